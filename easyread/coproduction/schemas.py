"""What authors write in the co-production document types (registered in ``documents.schemas``).

Each point is written like a point in a page: ``"[meeting] Were our meetings helpful?"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..documents.schemas import SCHEMAS, Meta
from ..schema import doc

AnswerKind = Literal["yes-no", "faces", "words"]
"""How a question is answered: yes / not sure / no, a 5-point scale with faces, or in words."""


@dataclass(frozen=True)
class Question:
    """One question on a form."""

    id: str = field(
        metadata=doc("A short name for the question, like 'meetings': the column in the answers")
    )
    ask: str = field(metadata=doc("The question, as a point with a picture"))
    answers: AnswerKind = field(
        metadata=doc(
            "How people answer: yes-no, faces (5 faces from very good to very bad) or words"
        )
    )


@dataclass(frozen=True, kw_only=True)
class Form(Meta):
    """``type: form``: a feedback or evaluation form."""

    intro: tuple[str, ...] = field(default=(), metadata=doc("What the form is for, as points"))
    questions: tuple[Question, ...] = field(metadata=doc("The questions, in order"))
    helped: bool = field(
        default=True, metadata=doc("Ask who helped the person fill in the form (true or false)")
    )
    send_back: tuple[str, ...] = field(
        default=(), metadata=doc("How to give the form back, as points")
    )


@dataclass(frozen=True, kw_only=True)
class Results(Meta):
    """``type: results``: what people said on a form ("What you told us")."""

    form: str = field(metadata=doc("The form's file in content/, like feedback-form.yml"))
    answers: str = field(metadata=doc("The answers: a CSV file next to this one"))
    intro: tuple[str, ...] = field(default=(), metadata=doc("What this page is, as points"))


@dataclass(frozen=True)
class Change:
    """One thing people said, and what changed because of it."""

    heading: str = field(metadata=doc("What it is about, in a few words"))
    said: str = field(metadata=doc("What people said, as a point"))
    did: str = field(metadata=doc("What we did about it, as a point"))
    feedback: str = field(
        default="", metadata=doc("Where people said it: a document, like what-you-told-us.yml")
    )
    decision: str = field(
        default="",
        metadata=doc("Where we decided it: a document, like minutes-2026-11.yml#decided"),
    )


@dataclass(frozen=True, kw_only=True)
class YouSaidWeDid(Meta):
    """``type: you-said-we-did``: what people said and what changed."""

    intro: tuple[str, ...] = field(default=(), metadata=doc("What this page is, as points"))
    items: tuple[Change, ...] = field(metadata=doc("What people said and what we did"))


@dataclass(frozen=True, kw_only=True)
class Actions(Meta):
    """``type: actions``: every action from every set of minutes ("Who is doing what")."""

    intro: tuple[str, ...] = field(default=(), metadata=doc("What this page is, as points"))


COPRODUCTION_SCHEMAS: dict[str, type[Meta]] = {
    "form": Form,
    "results": Results,
    "you-said-we-did": YouSaidWeDid,
    "actions": Actions,
}
"""The co-production document types, by the name written after ``type:``."""

SCHEMAS.update(COPRODUCTION_SCHEMAS)
