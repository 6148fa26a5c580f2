"""ER010: the same word for the same thing (IE rule 9, ERS).

Groups of words that mean one thing come from the configuration (``synonyms``), the glossary
(a term and its other names, when glossary entries have ``synonyms``) and a short built-in
list. A sentence that names two of them ("COVID-19 is sometimes called coronavirus")
introduces the other word and is not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..analysis import Analysis, Located
from ..findings import Finding
from ..quick import words_in
from ..rule import Rule

GROUPS = (
    ("COVID-19", "coronavirus", "COVID"),
    ("GP", "family doctor"),
    ("poll card", "polling card"),
    ("email", "e-mail"),
)
"""Words for the same thing that public-service text often mixes."""


def check(doc: Analysis) -> Iterator[Finding]:
    seen: set[frozenset[str]] = set()
    for group in (*GROUPS, *doc.config.synonyms, *doc.source.synonyms):
        words = frozenset(word.lower() for word in group)
        if words in seen:  # the glossary may give a group the built-in list has too
            continue
        seen.add(words)
        pattern = _pattern(group)
        if not _used(group, pattern, doc.text):
            continue
        finding = _second_word(doc, group, pattern)
        if finding:
            yield finding


@lru_cache(maxsize=256)
def _pattern(group: tuple[str, ...]) -> re.Pattern[str]:
    """Any word of the group (or its plural), longest first."""
    words = "|".join(re.escape(w) for w in sorted(group, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})s?(?![\w-])", re.IGNORECASE)


def _used(group: tuple[str, ...], pattern: re.Pattern[str], text: str) -> bool:
    """Whether a word of the group may be in the text: quickly, when the words are ASCII."""
    if all(word.isascii() for word in group):
        return words_in(text, tuple(word.lower() for word in group))
    return pattern.search(text) is not None


def _second_word(doc: Analysis, group: tuple[str, ...], pattern: re.Pattern[str]) -> Finding | None:
    """A finding where a second word of the group is first used, or None."""
    first: tuple[str, int] | None = None
    for sentence in doc.all_sentences:
        block, start, end = sentence.block, sentence.sentence.start, sentence.sentence.end
        matches = list(pattern.finditer(block.text, start, end))
        used = {_member(group, m[1]) for m in matches}
        if len(used) != 1 or _introduces(sentence):
            continue
        member = used.pop()
        if first is None:
            first = (member, block.place(matches[0].start())[0])
        elif member != first[0]:
            return doc.finding(
                RULE.id, RULE.severity, block, matches[0].start(), matches[0].end(),
                f'This document calls one thing "{first[0]}" (line {first[1]}) and '
                f'"{matches[0][1]}". Use one word for it every time.',
            )  # fmt: skip
    return None


def _member(group: tuple[str, ...], written: str) -> str:
    return next(w for w in group if w.lower() == written.lower())


def _introduces(sentence: Located) -> bool:
    return bool(
        re.search(r"\b(?:called|known as|also|means|stands for|or)\b", sentence.text, re.IGNORECASE)
    )


RULE = Rule(
    id="ER010",
    title="The same word for the same thing",
    severity="warning",
    sources="IE rule 9, ERS",
    fix="Choose one word for each thing and use it every time.",
    check=check,
)
