"""What co-production pages show besides their points (``Document.data``).

Small frozen values, made when a document is loaded and read by the templates.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class FormField:
    """One question of a form, shown as form controls in the section ``anchor``."""

    anchor: str
    """The section that holds the question (its first point) and the choices (the others)."""
    name: str
    """The control's name: the column in the answers CSV."""
    kind: Literal["choice", "words"]
    """Choose one answer, or write an answer."""
    values: tuple[str, ...] = ()
    """The value sent for each choice, in the order of the section's points after the first."""


@dataclass(frozen=True)
class FormData:
    """A form's questions, in order."""

    form: str
    """The form's name (its slug), sent with the answers."""
    fields: tuple[FormField, ...]

    def field(self, anchor: str) -> FormField | None:
        """The question shown in the section ``anchor``, if it has one."""
        return next((f for f in self.fields if f.anchor == anchor), None)


@dataclass(frozen=True)
class Bar:
    """One answer on a chart and how many people gave it."""

    label: str
    count: int
    percent: int
    """The bar's length: the percentage of the people who answered the question."""


@dataclass(frozen=True)
class Chart:
    """How many people gave each answer to one question."""

    anchor: str
    """The section the chart belongs to."""
    bars: tuple[Bar, ...]

    @property
    def answered(self) -> int:
        """How many people answered the question."""
        return sum(bar.count for bar in self.bars)


@dataclass(frozen=True)
class ResultsData:
    """The charts of a results page."""

    people: int
    """How many forms came back."""
    charts: tuple[Chart, ...]

    def chart(self, anchor: str) -> Chart | None:
        """The chart of the section ``anchor``, if it has one."""
        return next((c for c in self.charts if c.anchor == anchor), None)


@dataclass(frozen=True)
class ActionItem:
    """One action from a set of minutes."""

    who: str
    what: str
    by: datetime.date | None
    done: bool
    line: int
    """Where it is written in the minutes."""


@dataclass(frozen=True)
class MinutesData:
    """The actions of a set of minutes, for the "Who is doing what" page."""

    date: datetime.date
    """The day of the meeting."""
    actions: tuple[ActionItem, ...]


@dataclass(frozen=True)
class ChangesData:
    """A "you said, we did" page: the sections that hold a change (said, did, links)."""

    anchors: tuple[str, ...]
