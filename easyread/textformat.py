"""Dates, times and names written the easy-read way (GUIDELINES ER014)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from functools import lru_cache

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
"""English names, whatever the computer's language settings (``%A`` and ``%B`` follow them)."""
SHORT_MONTHS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}  # fmt: skip
SHORT_DAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Weds": "Wednesday", "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday",
    "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
"""Short names of months and days, and the names they stand for (the checks ask for the
whole name, ER014; the audio says it)."""


def long_date(day: datetime.date) -> str:
    """``Thursday 10 December 2026``: the day's name, no ordinals, the year in full."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def clock_time(time: datetime.time) -> str:
    """``2pm``, ``2:30pm``, ``12 noon``, ``12 midnight``."""
    if time.minute == 0 and time.hour == 12:
        return "12 noon"
    if time.minute == 0 and time.hour == 0:
        return "12 midnight"
    hour = time.hour % 12 or 12
    half = "am" if time.hour < 12 else "pm"
    return f"{hour}{half}" if time.minute == 0 else f"{hour}:{time.minute:02d}{half}"


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """``Sam, Priya and Jo``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)  # each build asks again for each file's, heading's and word's
def slugify(text: str) -> str:
    """A lower-case id for a page address or anchor: ``What we decided`` -> ``what-we-decided``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_IN_SLUG.sub("-", text.lower()).strip("-") or "section"


def file_slug(path: str) -> str:
    """The slug of a file's name without its suffix, as ``slugify(Path(path).stem)``, for a
    path written with ``/`` (quicker than making a ``Path``: a project has 1000s of files)."""
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    return slugify(name[:dot] if 0 < dot < len(name) - 1 else name)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")


def escape_markdown(text: str) -> str:
    """Text from a YAML field, made safe to place inside generated Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
