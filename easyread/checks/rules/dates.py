"""ER014: full, unambiguous dates and times: "Tuesday 3 March 2026 at 2pm" (ERS, DH)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from ...languages import is_english
from ...textformat import SHORT_DAYS, SHORT_MONTHS, clock_time, long_date
from ..analysis import Analysis
from ..findings import Finding
from ..quick import Quick
from ..rule import Rule

_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
_ISO_DATE = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\d)")
_TIME = re.compile(r"(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?![\w:])(?!\s*(?:am|pm|a\.m|p\.m))")
_MONTHS = {**SHORT_MONTHS, **SHORT_DAYS}
"""Short names of months and days, and what to write instead."""
_DIGIT = Quick(r"\d")
"""Every date and time above has a digit in it, or next to it (``3 Jan``, ``Tue 4``)."""
_SHORT_NAME = re.compile(
    rf"(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))({'|'.join(_MONTHS)})\b"
    rf"|\b({'|'.join(_MONTHS)})\b(?=\s+\d)"
)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WRITTEN_DATE = re.compile(
    rf"(?<![\w])(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})"
    rf"|({_MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?=,?\s+\d{{4}}))(?:,?\s+(\d{{4}}))?(?![\w])"
)
"""A date with its month written as a word: "3 March 2027", "March 3, 2027", "3rd March"."""
_DAY_BEFORE = re.compile(rf"\b({_DAY_NAMES})\b,?\s*(?:the\s+)?$", re.IGNORECASE)
_RELATIVE = Quick(
    r"\b(?:(?:next|this|last|coming)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|weekend|month)|tomorrow|yesterday)\b(?!\s+of\b)"
)
"""A day said from when it is read ("next Tuesday"): on paper, read days or weeks later, or
in a pack sent by post, it is another day."""


def check(doc: Analysis) -> Iterator[Finding]:
    if is_english(doc.source.language):  # month and day names, "next Tuesday": English words
        yield from _days(doc)
        yield from _relative(doc)
    for sentence in doc.sentences_with(_DIGIT):
        block, start, end = sentence.block, sentence.sentence.start, sentence.sentence.end
        found: list[tuple[int, int, str]] = []
        for match in _NUMERIC_DATE.finditer(block.text, start, end):
            year = int(match[4]) + (2000 if len(match[4]) == 2 else 0)
            found.append((match.start(), match.end(), _date(year, int(match[3]), int(match[1]))))
        for match in _ISO_DATE.finditer(block.text, start, end):
            date = _date(int(match[1]), int(match[2]), int(match[3]))
            found.append((match.start(), match.end(), date))
        for match in _TIME.finditer(block.text, start, end):
            hour, minute = int(match[1]), int(match[2])
            if 1 <= hour <= 11 and not match[1].startswith("0"):
                full = f"{hour}{':' + match[2] if minute else ''}"
                plain = f"{full}am or {full}pm"
                message = f'Say whether "{match[0]}" is in the morning or afternoon: "{plain}".'
                yield doc.finding(
                    RULE.id, RULE.severity, block, match.start(), match.end(), message
                )
                continue
            found.append((match.start(), match.end(), _time(hour, minute)))
        for start_at, end_at, plain in found:
            written = block.text[start_at:end_at]
            kind = "time" if ":" in written else "date"
            yield doc.finding(
                RULE.id, RULE.severity, block, start_at, end_at,
                f'Write the {kind} in full: "{plain}", not "{written}".',
            )  # fmt: skip
        for match in _SHORT_NAME.finditer(block.text, start, end):
            short = match[1] or match[2]
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'Write "{_MONTHS[short]}" in full, not "{match[0]}".',
            )  # fmt: skip


def _days(doc: Analysis) -> Iterator[Finding]:
    """A date written in words but without its day of the week ("3 March 2027")."""
    for sentence in doc.sentences_with(_DIGIT):
        block, start, end = sentence.block, sentence.sentence.start, sentence.sentence.end
        for match in _WRITTEN_DATE.finditer(block.text, start, end):
            day, month = (match[1], match[2]) if match[1] else (match[4], match[3])
            date = _real_date(match[5], month, day)
            said = _DAY_BEFORE.search(block.text, max(0, match.start() - 16), match.start())
            if said and date is not None and said[1].capitalize() != f"{date:%A}":
                # people would come on the wrong day
                yield doc.finding(
                    RULE.id, RULE.severity, block, said.start(), match.end(),
                    f'{long_date(date).split(" ", 1)[1]} is a {date:%A}, not a '
                    f'{said[1].capitalize()}. Check the date and the day.',
                )  # fmt: skip
                continue
            if said or (date is not None and date.year < _this_year() - 1):
                continue  # a day of the past (a birthday) needs no day of the week
            if date is not None:
                message = f'Say the day of the week too: "{long_date(date)}", not "{match[0]}".'
            else:
                message = f'Say the day of the week too, like "Tuesday {int(day)} {month}".'
            yield doc.finding(RULE.id, "warning", block, match.start(), match.end(), message)


def _real_date(year: str | None, month: str, day: str) -> datetime.date | None:
    """The date written, when it has a year and is a real day (not 30 February)."""
    if not year:
        return None
    try:
        return datetime.date(int(year), _MONTH_NUMBERS[month], int(day))
    except ValueError:
        return None


def _this_year() -> int:
    return datetime.date.today().year


_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_NAMES.split("|"), start=1)}


def _relative(doc: Analysis) -> Iterator[Finding]:
    for sentence in doc.sentences_with(_RELATIVE):
        block, start, end = sentence.block, sentence.sentence.start, sentence.sentence.end
        for match in _RELATIVE.ignoring_case.finditer(block.text, start, end):
            yield doc.finding(
                RULE.id,
                "warning",
                block,
                match.start(),
                match.end(),
                f'Say the date instead of "{match[0]}": it is another day when this is read '
                'later, or comes by post. Like "Tuesday 3 March 2026".',
            )


def _date(year: int, month: int, day: int) -> str:
    try:
        return long_date(datetime.date(year, month, day))
    except ValueError:
        return "Tuesday 3 March 2026"


def _time(hour: int, minute: int) -> str:
    return clock_time(datetime.time(hour, minute))


RULE = Rule(
    id="ER014",
    title="Full dates and times",
    severity="error",
    sources="ERS, DH",
    fix='Write dates and times in full: "Tuesday 3 March 2026 at 2pm", not "3/3/26 14:00".',
    check=check,
    other_severity='warning for a date without its day of the week, or a day like "next Tuesday"',
)
