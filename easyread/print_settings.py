"""``print:`` in ``easyread.yml``: the sizes, colours and paper of the printed (PDF) versions.

Kept out of ``easyread.render`` so that ``config.py`` can import it without importing the
renderers (which import the model, which imports the config).

Print sizes follow GUIDELINES LY002 and LY003: ``easy-read`` is 16 point, ``large`` 18 point,
``extra-large`` 24 point, and any number of points of at least 14 can be asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import EasyreadError, Problem
from .schema import doc

NAMED_SIZES: dict[str, float] = {"easy-read": 16, "large": 18, "extra-large": 24}
"""The named print sizes and their body text size in points."""

SMALLEST_SIZE = 14.0
"""No printed text is smaller than this (GUIDELINES LY002: 14 point minimum)."""

LARGEST_SIZE = 72.0
"""A sanity limit: bigger text does not fit beside a picture on A4."""

SIZE_HINT = (
    "Use easy-read (16 point), large (18 point), extra-large (24 point) "
    f"or a number of points from {SMALLEST_SIZE:g} to {LARGEST_SIZE:g}, like 20."
)


@dataclass(frozen=True)
class PrintConfig:
    """How the printed (PDF) versions look."""

    sizes: tuple[str, ...] = field(
        default=("easy-read",),
        metadata=doc(
            "Text sizes to print: easy-read (16 point), large (18 point), extra-large "
            "(24 point) or a number of points of at least 14. The first is the main one",
        ),
    )
    colours: Literal["black-on-white", "black-on-yellow"] = field(
        default="black-on-white",
        metadata=doc("Black text on white paper, or on pale yellow for people who ask for it"),
    )
    paper: Literal["A4"] = field(default="A4", metadata=doc("The paper size (A4 portrait)"))
    pack: bool = field(
        default=True,
        metadata=doc("Make a print pack with every document, the hard words and the contacts"),
    )


@dataclass(frozen=True, order=True)
class PrintSize:
    """One text size to print the documents at."""

    points: float
    """The body text size in points; headings are bigger, nothing is smaller."""
    name: str
    """How people ask for it: ``easy-read``, ``large``, ``extra-large`` or ``20pt``."""

    @property
    def label(self) -> str:
        """How the size is named in the printed text, like ``large print (18 point)``."""
        # named by the range the size is in (GUIDELINES LY003): large print is at least 16
        # point (16 itself is easy read's size), extra large 24 or more; below 16, easy read
        if self.points >= NAMED_SIZES["extra-large"]:
            words = "extra large print"
        elif self.points > NAMED_SIZES["easy-read"]:
            words = "large print"
        else:
            words = "easy read"
        return f"{words} ({self.points:g} point)"

    @property
    def suffix(self) -> str:
        """What the file name of a second size ends with, like ``-24pt``."""
        return f"-{self.points:g}pt".replace(".", "_")


def parse_size(value: str | float) -> PrintSize | None:
    """The size ``value`` names (``large``, ``24``, ``24pt``), or None when it names none."""
    text = str(value).strip().lower()
    if text in NAMED_SIZES:
        return PrintSize(NAMED_SIZES[text], text)
    number = text.removesuffix("pt").strip()
    try:
        points = float(number)
    except ValueError:
        return None
    if not SMALLEST_SIZE <= points <= LARGEST_SIZE:
        return None
    for name, named in NAMED_SIZES.items():
        if named == points:
            return PrintSize(points, name)
    return PrintSize(points, f"{points:g}pt")


def parse_sizes(
    values: tuple[str | float, ...] | list[str | float],
    where: tuple[str, str],
    error: type[EasyreadError],
) -> tuple[PrintSize, ...]:
    """Every size in ``values``, first one first, without repeats; ``error`` for a bad one.

    ``where`` is the file and the setting the values come from, for messages:
    ``("easyread.yml", "print.sizes")`` or ``("easyread build", "--print-size")``.
    """
    path, key = where
    sizes: list[PrintSize] = []
    problems: list[Problem] = []
    for value in values:
        size = parse_size(value)
        if size is None:
            problems.append(
                Problem(path, None, None, f"{key}: {value!r} is not a print size.", SIZE_HINT)
            )
        elif all(size.points != known.points for known in sizes):
            sizes.append(size)
    if problems:
        raise error(problems)
    if not sizes:
        raise error([Problem(path, None, None, f"{key}: there is no print size.", SIZE_HINT)])
    return tuple(sizes)
