"""ER009: no idioms or metaphors (IE rules 10-11): say what you mean in plain words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule

IDIOMS = {
    r"on board": "agree with it, or are part of it",
    r"touch(?:es|ed|ing)? base": "talk to",
    r"going forward|moving forward": "from now on",
    r"at the end of the day": "in the end",
    r"in the loop": "know what is happening",
    r"keep(?:s|ing)? an eye on|kept an eye on": "watch, or check",
    r"a piece of cake": "easy",
    r"reach(?:es|ed|ing)? out to": "contact",
    r"get(?:s|ting)? the ball rolling": "start",
    r"think(?:ing)? outside the box": "think of new ideas",
    r"low[- ]hanging fruit": "easy things to do first",
    r"on the same page": "agree",
    r"rais(?:e|es|ed|ing) the bar": "make things better",
    r"tak(?:e|es|en|ing) (?:it |this |these |them )?forward|took (?:it |this )?forward": "do, or work on",
    r"at the heart of": "the most important part of",
    r"level playing field": "the same chances for everyone",
    r"step change": "big change",
    r"silver bullet": "one answer to everything",
    r"hit the ground running": "start quickly",
    r"under the weather": "ill",
    r"in a nutshell": "in short",
    r"come a long way": "made a lot of progress",
    r"bear in mind": "remember",
    r"break(?:s|ing)? the ice": "start talking",
    r"by and large": "mostly",
    r"cutting[- ]edge": "new",
    r"in the pipeline": "planned",
    r"up to speed": "know what is happening",
    r"tip of the iceberg": "a small part of the problem",
    r"the bottom line": "the most important thing",
    r"ring[- ]fenc(?:e|ed|ing)": "kept only for",
    r"joined[- ]up": "working together",
    r"a raft of": "many",
    r"(?:a|the) road ?map": "a plan",
    r"fall(?:s|ing)? through the cracks|fell through the cracks": "get missed",
    r"red tape": "rules and forms",
    r"in the long run": "later",
    r"play(?:s|ed|ing)? a part": "help",
    r"once in a blue moon": "hardly ever",
    r"spread(?:s|ing)? the word": "tell people",
    r"a big ask": "a lot to ask",
    r"fit(?:s)? for purpose": "good enough",
}
"""Idioms, with plain words to use instead. Patterns are regular expressions."""

_IDIOM = re.compile(r"\b(?:" + "|".join(f"({p})" for p in IDIOMS) + r")\b", re.IGNORECASE)
_PLAIN = list(IDIOMS.values())


def keywords(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """For each alternative of an idiom's pattern, the pieces of text every match of it has
    in it; None when the pattern is not simple enough to tell: only letters, spaces, hyphens,
    groups, ``[...]``, ``?`` and ``|`` are read.
    """
    found = []
    for alternative in _alternatives(pattern):
        while _GROUP.search(alternative):  # innermost groups first
            alternative = _GROUP.sub("\0", alternative)
        alternative = _OPTIONAL.sub("\0", _CLASS.sub("\0", alternative))
        pieces = alternative.split("\0")
        if any(_LITERAL.fullmatch(piece) is None for piece in pieces):
            return None
        found.append(tuple(piece for piece in pieces if piece.strip()))
        if not found[-1]:
            return None
    return tuple(found)


def _alternatives(pattern: str) -> list[str]:
    """The pattern split at each ``|`` that is not inside brackets."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            found.append(pattern[start:index])
            start = index + 1
    return [*found, pattern[start:]]


_GROUP = re.compile(r"\((?:\?:)?[^()]*\)\??")
_CLASS = re.compile(r"\[[^\]]*\]\??")
_OPTIONAL = re.compile(r".\?")
_LITERAL = re.compile(r"[a-z \-]*")
_FOUND = [keywords(pattern) for pattern in IDIOMS]
KEYWORDS = None if None in _FOUND else tuple(pieces for found in _FOUND for pieces in found or ())
"""The pieces of text each idiom (each alternative of its pattern) has in it; None when some
idiom's pattern is not simple enough to tell."""


def may_have_idioms(text: str) -> bool:
    """False when no idiom can be in ``text``: it lacks a piece of each of them.

    Unsure (True) when the text has letters beyond ASCII (see :mod:`..quick`).
    """
    if KEYWORDS is None or not text.isascii():
        return True
    lower = text.lower()
    return any(all(piece in lower for piece in pieces) for pieces in KEYWORDS)


def check(doc: Analysis) -> Iterator[Finding]:
    if not may_have_idioms(doc.sentence_text):
        return
    for sentence in doc.sentences:
        block = sentence.block
        for match in _IDIOM.finditer(block.text, sentence.sentence.start, sentence.sentence.end):
            assert match.lastindex is not None
            plain = _PLAIN[match.lastindex - 1]
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'"{match[0]}" is an idiom. Say it in plain words, like "{plain}".',
            )  # fmt: skip


RULE = Rule(
    id="ER009",
    title="No idioms",
    severity="warning",
    sources="IE rules 10-11",
    fix="Say what you mean in plain words.",
    check=check,
    english=True,
)
