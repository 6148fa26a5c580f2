"""ER007: numbers as digits; no percentages, fractions or huge numbers without a comparison.

DH and GOVUK: "3", not "three"; "1 in 4 people", not "25%". RNIB prefers words for one to
ten in clear print: set ``numbers: words-to-ten`` for that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from ..analysis import Analysis
from ..findings import Finding
from ..quick import Quick
from ..rule import Rule
from ..text import Block

_UNITS = "one two three four five six seven eight nine".split()
_SMALL = [
    *_UNITS,
    *"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
]
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
VALUES = {word: i + 1 for i, word in enumerate(_SMALL)} | {
    w: 20 + 10 * i for i, w in enumerate(_TENS)
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = re.compile(
    rf"\b(?:({'|'.join(_TENS)})(?:[-\s]({'|'.join(_UNITS)}))?|({'|'.join(_SMALL)}))\b"
    rf"(?:\s+({'|'.join(_SCALES)})\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(%|per\s?cent\b)", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})(?![\w/])|([½⅓⅔¼¾⅕⅛])")
_FRACTION_WORDS = re.compile(
    r"\b(?:(?:a|one|two|three)\s+(?:third|quarter)s?|three\s+quarters|two\s+thirds)\b",
    re.IGNORECASE,
)
_BIG = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3}){1,}|\d+(?:\.\d+)?\s+(?:million|billion))(?![\w,])",
    re.IGNORECASE,
)
_DIGITS = Quick(r"[\d½⅓⅔¼¾⅕⅛]")
_WORDS = Quick(rf"{_NUMBER_WORD.pattern}|{_FRACTION_WORDS.pattern}")
"""What every finding of this rule starts from: a digit or a fraction sign, or a number in
words (looked for only in documents that have one)."""
_GLYPHS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅛": "1/8"}


def check(doc: Analysis) -> Iterator[Finding]:
    words_to_ten = doc.config.numbers == "words-to-ten"
    for sentence in doc.sentences_with(_DIGITS, _WORDS):
        block, start, end = sentence.block, sentence.sentence.start, sentence.sentence.end
        text = block.text
        fractions = [m.span() for m in _FRACTION_WORDS.finditer(text, start, end)]
        for match in _NUMBER_WORD.finditer(text, start, end):
            value = _value(match)
            if value is None or (words_to_ten and value <= 10 and not match[4]):
                continue
            if any(a <= match.start() < b for a, b in fractions):
                continue  # "two thirds": a fraction, below
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'Write numbers as digits: "{_digits(value, match[4])}", not "{match[0]}".',
            )  # fmt: skip
        for match in _PERCENT.finditer(text, start, end):
            share = Fraction(match[1]) / 100
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'Do not use a percentage ("{match[0]}"). Say "{in_every(share)}", '
                f'like "{in_every(share)} people".',
            )  # fmt: skip
        for match in _FRACTION.finditer(text, start, end):
            written = match[0]
            top, bottom = (_GLYPHS.get(written) or written).split("/")
            if not 0 < int(top) < int(bottom) <= 10:
                continue
            yield _fraction(doc, block, match.start(), match.end(), written, f"{top} in {bottom}")
        for match in _FRACTION_WORDS.finditer(text, start, end):
            written = match[0]
            share = _word_fraction(written.lower())
            yield _fraction(doc, block, match.start(), match.end(), written, in_every(share))
        comparison = re.search(r"\b\d+ in (?:every )?\d", sentence.text)
        for match in _BIG.finditer(text, start, end):
            if comparison is None and _is_big(match[1]):
                yield doc.finding(
                    RULE.id, RULE.severity, block, match.start(), match.end(),
                    f'"{match[1]}" is a very big number. Compare it with something people know, '
                    'like "about 1 in 50 people in England".',
                )  # fmt: skip


def _value(match: re.Match[str]) -> int | None:
    if match[3]:
        value = VALUES[match[3].lower()]
        if value == 1 and not match[4]:
            return None  # "one" is also a word: "one of them", "no one"
    else:
        value = VALUES[match[1].lower()] + (VALUES[match[2].lower()] if match[2] else 0)
    return value


def _digits(value: int, scale: str | None) -> str:
    if scale and scale.lower() in ("million", "billion"):
        return f"{value} {scale.lower()}"
    total = value * _SCALES[scale.lower()] if scale else value
    return f"{total:,}"


def _fraction(
    doc: Analysis, block: Block, start: int, end: int, written: str, plain: str
) -> Finding:
    return doc.finding(
        RULE.id, RULE.severity, block, start, end,
        f'Do not use a fraction ("{written}"). Say "{plain}", like "{plain} people".',
    )  # fmt: skip


def _word_fraction(text: str) -> Fraction:
    top = {"a": 1, "one": 1, "two": 2, "three": 3}[text.split()[0]]
    return Fraction(top, 3 if "third" in text else 4)


def in_every(share: Fraction) -> str:
    """A share said the easy way: 1/4 -> "1 in 4", 0.6 -> "3 in 5", 0.01 -> "1 in 100"."""
    if share <= 0:
        return "none"
    if share >= 1:
        return "everyone"
    if share < Fraction(1, 10):
        return f"1 in {round(1 / share)}"
    if share > Fraction(95, 100):
        return f"{round(share * 100)} in 100"
    for tolerance in (Fraction(1, 100), Fraction(1, 40)):
        for bottom in (2, 3, 4, 5, 10, 6, 8, 7, 9):
            top = round(share * bottom)
            if 0 < top < bottom and abs(Fraction(top, bottom) - share) <= tolerance:
                return f"{top} in {bottom}"
    return f"{round(share * 10)} in 10"


def _is_big(written: str) -> bool:
    if re.search(r"million|billion", written, re.IGNORECASE):
        return True
    return int(written.replace(",", "")) >= 10_000


RULE = Rule(
    id="ER007",
    title="Numbers people can picture",
    severity="warning",
    sources="DH, GOVUK; RNIB prefers words for one to ten in clear print (configurable)",
    fix='Write "3", not "three"; say "1 in 4 people", not "25%" or "a quarter".',
    check=check,
    english=True,
)
