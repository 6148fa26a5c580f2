"""Words and sentences of a block, with their offsets in the block's text.

A sentence ends at ``.``, ``!`` or ``?`` followed by a space and a new sentence, and at a line
that ends with ``:`` or ``;`` (a lead-in to a list). Not at "Dr." or "e.g.", not inside "2.5",
"www.gov.uk" or "J. Smith". In easyread content each line is shown on its own, so a line also
ends a sentence there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal, NamedTuple

WordKind = Literal["word", "number", "link"]

_WEB = r"(?:https?://|www\.)[^\s<>()]*[^\s<>().,;:!?'\"’”]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_LINK = rf"{_WEB}|{_EMAIL}"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.:/]\d+)*"
_WORD = r"[^\W\d_]\w*(?:['’\-.][^\W_]\w*)*"
"""A letter, then letters and digits, with ``'``, ``-`` or ``.`` only between them."""
_NUMBER_OR_WORD = rf"(?P<number>(?:{_NUMBER})(?:[\w\-%]*))|(?P<word>{_WORD})"
_TOKEN = re.compile(rf"(?P<link>{_LINK})|{_NUMBER_OR_WORD}")
_TOKENS = {
    (True, True): _TOKEN,
    (True, False): re.compile(rf"(?P<link>{_WEB})|{_NUMBER_OR_WORD}"),
    (False, True): re.compile(rf"(?P<link>{_EMAIL})|{_NUMBER_OR_WORD}"),
    (False, False): re.compile(_NUMBER_OR_WORD),
}
""":data:`_TOKEN`, and the same without the kinds of link a text cannot have: quicker, as
an email address is tried at every word (web address, email address)."""

ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof st rev sr jr no nos vs etc eg e.g ie i.e approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co cf al tel ext""".split()
)
"""Words written with a full stop that does not end the sentence (lower case, no final dot)."""

_END = re.compile(r"[.!?…]+['\"’”)\]]*(?=\s)|[.!?…]+['\"’”)\]]*$")
_OPENERS = re.compile(r"\s+['\"‘“(\[]*[A-Z0-9]")
_PARAGRAPH_NUMBER = re.compile(r"\s*[\d.]+")


_new = tuple.__new__


class Word(NamedTuple):
    """A word or number and where it is in the block's text.

    A named tuple, not a dataclass: a document has thousands, and a tuple is made twice as
    quickly.
    """

    text: str
    start: int
    end: int
    kind: WordKind


class Sentence(NamedTuple):
    """A sentence of a block: its offsets and words (a named tuple, like :class:`Word`)."""

    start: int
    end: int
    words: tuple[Word, ...]


def words(text: str, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
    """The words of ``text[start:end]``. A number, a link or "COVID-19" is one word."""
    web, email = "://" in text or "www." in text, "@" in text
    found = _TOKENS[web, email].finditer(text, start, len(text) if end is None else end)
    # tuple.__new__ makes each Word without a call to Python code: a document has thousands
    return tuple([_new(Word, (m[0], m.start(), m.end(), m.lastgroup)) for m in found])


def sentences(text: str, line_breaks: bool = False) -> tuple[Sentence, ...]:
    """The sentences of a block's text, each with at least one word.

    The text's words are found once and shared out: a word never has a space in it, and a
    sentence ends before a space, a line break or the end of the text, so no word is cut.
    """
    found: list[Sentence] = []
    every = words(text)
    first = 0  # the first word not yet in a sentence
    start = 0
    ends = [word.end for word in every]
    for end in _boundaries(text, line_breaks):
        last = bisect_right(ends, end, first)
        if last > first:
            found.append(
                _new(Sentence, (every[first].start, _trim(text, start, end), every[first:last]))
            )
        first, start = last, end
    return tuple(found)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _boundaries(text: str, line_breaks: bool) -> list[int]:
    ends: set[int] = {len(text)}
    content_end = len(text.rstrip())
    for match in _END.finditer(text):
        end = match.end()
        if line_breaks and (end == len(text) or text[end] == "\n"):
            continue  # the end of a line, a sentence's end anyway
        if _ends_sentence(text, match.start(), end, content_end):
            ends.add(end)
    offset = 0
    for line in text.split("\n")[:-1]:
        offset += len(line) + 1
        if line_breaks or line.rstrip().endswith((":", ";")):
            ends.add(offset - 1)
    return sorted(ends)


def _ends_sentence(text: str, start: int, end: int, content_end: int) -> bool:
    """Whether the ``.``, ``!`` or ``?`` at ``text[start:end]`` ends a sentence.

    ``content_end`` is where the text ends, without the spaces after it.
    """
    if text[start] != "." or end - start > 1:
        return _next_starts(text, end, content_end)
    word = _word_before(text, start).lower()
    if word.rstrip(".") in ABBREVIATIONS:
        # "etc." may end a sentence: only when a capital follows and it is not "e.g. Bob"
        return word == "etc" and _next_starts(text, end, content_end)
    if len(word) == 1 and word.isalpha() and text[start - 1].isupper():
        return False  # an initial, like "J. Smith"
    line_start = text.rfind("\n", 0, start) + 1
    if _PARAGRAPH_NUMBER.fullmatch(text, line_start, start):
        return False  # a paragraph number, like "3.31." or "1."
    return _next_starts(text, end, content_end)


def _word_before(text: str, start: int) -> str:
    """The letters, digits and dots just before ``start``: what ``[\\w.]+$`` finds in
    ``text[:start]`` (so also before a newline that ends it)."""
    end = start - 1 if start and text[start - 1] == "\n" else start
    begin = end
    while begin and _is_word_or_dot(text[begin - 1]):
        begin -= 1
    return text[begin:end]


def _is_word_or_dot(char: str) -> bool:
    """True where the regular expression ``[\\w.]`` matches."""
    return char.isalnum() or char in "_."


def _next_starts(text: str, end: int, content_end: int) -> bool:
    return end >= content_end or bool(_OPENERS.match(text, end)) or text[end] == "\n"
