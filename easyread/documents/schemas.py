"""What authors may write at the top of a document and in the structured (YAML) types."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

from ..checks.settings import RULE_IDS, Written
from ..errors import Problems
from ..languages import language_problem
from ..model import Check
from ..schema import doc
from ..yamlfile import Lines


@dataclass(frozen=True, kw_only=True)
class Meta:
    """Front matter: the keys every document may have."""

    title: str = field(metadata=doc("The document's title"))
    type: Literal[
        "page", "meeting", "minutes", "glossary", "form", "results", "you-said-we-did", "actions"
    ] = field(default="page", metadata=doc("What kind of document this is"))
    summary: str = field(default="", metadata=doc("One or two sentences for the list of documents"))
    date: datetime.date | None = field(default=None, metadata=doc("The date of the document"))
    language: str = field(default="", metadata=doc("The language, if not the project's"))
    picture: str = field(default="", metadata=doc("The picture beside the title"))
    author: str = field(default="", metadata=doc("Who wrote it"))
    checked_by: tuple[Check, ...] = field(
        default=(), metadata=doc("People with lived experience who checked it, and when")
    )
    order: int = field(default=100, metadata=doc("Position in the list of documents"))
    checks: dict[str, Written] = field(
        default_factory=dict,
        metadata=doc("How the easy-read checks treat this document, like ER012: off"),
    )


@dataclass(frozen=True)
class Place:
    name: str = field(metadata=doc("The name of the place"))
    address: str = field(default="", metadata=doc("The address"))
    picture: str = field(default="", metadata=doc("A picture of the place"))


@dataclass(frozen=True)
class Access:
    step_free: bool | None = field(default=None, metadata=doc("Can people get in without steps?"))
    hearing_loop: bool | None = field(default=None, metadata=doc("Is there a hearing loop?"))
    quiet_room: bool | None = field(default=None, metadata=doc("Is there a quiet room?"))
    accessible_toilet: bool | None = field(
        default=None, metadata=doc("Is there an accessible toilet?")
    )
    notes: tuple[str, ...] = field(default=(), metadata=doc("Other things that help, as points"))


@dataclass(frozen=True)
class MeetingContact:
    name: str = field(default="", metadata=doc("Who to contact"))
    phone: str = field(default="", metadata=doc("Their phone number"))
    email: str = field(default="", metadata=doc("Their email address"))


@dataclass(frozen=True)
class Reply:
    by: datetime.date | None = field(default=None, metadata=doc("The date to reply by"))
    how: tuple[str, ...] = field(default=(), metadata=doc("How to say yes, as points"))


@dataclass(frozen=True, kw_only=True)
class Meeting(Meta):
    """``type: meeting``: an invitation to a meeting."""

    what: tuple[str, ...] = field(metadata=doc("What the meeting is about, as points"))
    date: datetime.date = field(metadata=doc("The day of the meeting"))
    start: datetime.time = field(metadata=doc("When it starts, like 2pm"))
    end: datetime.time | None = field(default=None, metadata=doc("When it ends, like 4pm"))
    place: Place = field(metadata=doc("Where it is"))
    getting_there: tuple[str, ...] = field(default=(), metadata=doc("How to get there, as points"))
    access: Access = field(default_factory=Access, metadata=doc("What helps people take part"))
    bring: tuple[str, ...] = field(default=(), metadata=doc("What to bring, as points"))
    agenda: tuple[str, ...] = field(default=(), metadata=doc("What we will talk about, as points"))
    contact: MeetingContact | None = field(default=None, metadata=doc("Who to contact"))
    reply: Reply = field(default_factory=Reply, metadata=doc("How and when to say you are coming"))


@dataclass(frozen=True)
class Topic:
    heading: str = field(metadata=doc("What we talked about, in a few words"))
    points: tuple[str, ...] = field(metadata=doc("What was said, as points"))


@dataclass(frozen=True)
class Action:
    who: str = field(metadata=doc("Who will do it"))
    what: str = field(metadata=doc("What they will do"))
    by: datetime.date | None = field(default=None, metadata=doc("When it must be done by"))
    done: bool = field(default=False, metadata=doc("Is it done?"))


@dataclass(frozen=True, kw_only=True)
class Minutes(Meta):
    """``type: minutes``: what happened at a meeting."""

    date: datetime.date = field(metadata=doc("The day of the meeting"))
    place: str = field(default="", metadata=doc("Where the meeting was"))
    came: tuple[str, ...] = field(default=(), metadata=doc("Who came (first names)"))
    apologies: tuple[str, ...] = field(default=(), metadata=doc("Who could not come"))
    talked_about: tuple[Topic, ...] = field(default=(), metadata=doc("What we talked about"))
    decided: tuple[str, ...] = field(default=(), metadata=doc("What we decided, as points"))
    actions: tuple[Action, ...] = field(default=(), metadata=doc("Who will do what, by when"))


@dataclass(frozen=True)
class Word:
    means: str = field(metadata=doc("What the word means, in easy words"))
    picture: str = field(default="", metadata=doc("A picture for the word"))
    synonyms: tuple[str, ...] = field(
        default=(), metadata=doc("Other words for the same thing, to use one of them only")
    )


@dataclass(frozen=True, kw_only=True)
class Glossary(Meta):
    """``type: glossary``: hard words and what they mean."""

    words: dict[str, Word] = field(metadata=doc("The hard words"))


SCHEMAS: dict[str, type[Meta]] = {
    "page": Meta,
    "meeting": Meeting,
    "minutes": Minutes,
    "glossary": Glossary,
}

# The co-production types (forms, results...) extend Meta: importing them adds them to SCHEMAS.
from ..coproduction import schemas as _coproduction  # noqa: E402, F401


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Accept the short forms authors write: a name for a checker, a sentence for a word."""
    data = dict(data)
    checked = data.get("checked_by")
    if isinstance(checked, str | dict):
        checked = [checked]
    if isinstance(checked, list):
        data["checked_by"] = [{"name": c} if isinstance(c, str) else c for c in checked]
    words = data.get("words")
    if isinstance(words, dict):
        data["words"] = {k: {"means": v} if isinstance(v, str) else v for k, v in words.items()}
    return data


def check_meta(meta: Meta, lines: Lines, problems: Problems) -> None:
    """The language is a code, and every rule named under ``checks:`` exists."""
    if meta.language and (wrong := language_problem(meta.language)):
        problems.add(lines.path, lines.line(("language",)), f"language: {wrong[0]}", wrong[1])
    for rule in meta.checks:
        if rule.upper() not in RULE_IDS:
            problems.add(
                lines.path,
                lines.line(("checks", rule)),
                f"checks.{rule}: there is no rule {rule}.",
                "Rules are named like ER001: 'easyread check --rules' lists them.",
            )
