"""The co-production document types as sections of points, like every other document.

``documents.structured`` calls :func:`coproduction_sections` for each YAML document; it adds
the sections of the co-production types and returns what their pages show besides points.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from ..errors import Problems
from ..textformat import escape_markdown, slugify
from ..yamlfile import Key, Lines, key_name
from .data import ActionItem, ChangesData, FormData, FormField, MinutesData
from .scales import HELPED, SCALES, SHARE, Choice
from .schemas import Actions, Form, Results, YouSaidWeDid

RESERVED = {"helped": "who helped", "share": "sharing"}
"""Answer columns every form may have: question ids must not take them."""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Sections(Protocol):
    """Where generated sections and points go (``documents.structured``'s builder)."""

    lines: Lines

    def section(self, heading: str | None, key: Key, anchor: str = "") -> None: ...

    def point(self, source: str, key: Key) -> None: ...

    def points(self, items: tuple[str, ...], key: Key) -> None: ...


def coproduction_sections(
    meta: object, out: Sections, file: Path, shown: str, problems: Problems
) -> object:
    """Add the sections of a co-production document to ``out``; the page's extra data."""
    from ..documents.schemas import Minutes
    from .results import results_sections

    if isinstance(meta, Form):
        return form_sections(meta, out, shown, problems, slug=slugify(file.stem))
    if isinstance(meta, Results):
        return results_sections(meta, out, file, shown, problems)
    if isinstance(meta, YouSaidWeDid):
        return changes_sections(meta, out)
    if isinstance(meta, Actions):
        out.section(None, ("intro",), "start")
        out.points(meta.intro, ("intro",))
        return None
    if isinstance(meta, Minutes):
        items = tuple(
            ActionItem(a.who, a.what, a.by, a.done, out.lines.line(("actions", i)) or 1)
            for i, a in enumerate(meta.actions)
        )
        return MinutesData(meta.date, items)
    return None


CHOOSE = "Choose 1 answer."
"""How to answer a question with answers to choose, under it in every format."""

WRITE = "Write your answer."
"""How to answer a question answered in words, under it in every format."""


def form_sections(
    meta: Form, out: Sections, shown: str, problems: Problems, slug: str
) -> FormData | None:
    """A form: its introduction, a section per question, who helped, sharing, giving it back."""
    if not check_questions(meta, out.lines, shown, problems):
        return None
    out.section(None, ("intro",), "start")
    out.points(meta.intro, ("intro",))
    fields: list[FormField] = []
    for number, question in enumerate(meta.questions, start=1):
        key: Key = ("questions", number - 1)
        anchor = f"question-{question.id}"
        out.section(f"Question {number}", key, anchor)
        # how to answer, in every format (the audio and the text said the question only)
        how = WRITE if question.answers == "words" else CHOOSE
        out.point(f"{question.ask.rstrip()}\n{how}", (*key, "ask"))
        if question.answers == "words":
            fields.append(FormField(anchor, question.id, "words"))
        else:
            choices = SCALES[question.answers]
            _choices(out, choices, (*key, "answers"))
            fields.append(FormField(anchor, question.id, "choice", tuple(c.value for c in choices)))
    if meta.helped:
        out.section("Who helped you", ("helped",), "helped")
        out.point(f"[hand-up] Who helped you fill in this form?\n{CHOOSE}", ("helped",))
        _choices(out, HELPED, ("helped",))
        fields.append(FormField("helped", "helped", "choice", tuple(c.value for c in HELPED)))
    if any(q.answers == "words" for q in meta.questions):
        out.section("Sharing what you wrote", ("questions",), "share")
        out.point(
            f"[private] Can we share what you wrote?\nWe will never share your name.\n{CHOOSE}",
            ("questions",),
        )
        _choices(out, SHARE, ("questions",))
        fields.append(FormField("share", "share", "choice", tuple(c.value for c in SHARE)))
    out.section("How to give the form back", ("send_back",), "send-back")
    if meta.send_back:
        out.points(meta.send_back, ("send_back",))
    else:
        out.point("[letter] Please give the form back to the person who gave it to you.", ())
    return FormData(slug, tuple(fields))


def _choices(out: Sections, choices: tuple[Choice, ...], key: Key) -> None:
    for choice in choices:
        out.point(f"[{choice.picture}] {escape_markdown(choice.label)}", key)


def check_questions(meta: Form, lines: Lines, shown: str, problems: Problems) -> bool:
    """Question ids are short, unique names that answer columns can use."""
    ok = True
    seen: dict[str, int] = {}
    for i, question in enumerate(meta.questions):
        where = key_name(("questions", i, "id"))
        line = lines.line(("questions", i, "id"))
        if not _ID.match(question.id):
            problems.add(
                shown,
                line,
                f"{where}: {question.id!r} cannot be a question's name.",
                "Use small letters, numbers and '-', like 'meetings' or 'easy-to-read'.",
            )
            ok = False
        elif question.id in RESERVED:
            problems.add(
                shown,
                line,
                f"{where}: {question.id!r} is kept for the answers about {RESERVED[question.id]}.",
                "Give the question another name.",
            )
            ok = False
        elif question.id in seen:
            problems.add(
                shown,
                line,
                f"{where}: two questions are called {question.id!r}.",
                f"Give each question its own name (the other one is on line {seen[question.id]}).",
            )
            ok = False
        seen.setdefault(question.id, line or 1)
    if not meta.questions:
        problems.add(shown, lines.line(("questions",)), "questions: the form has no questions.",
                     "Add at least one question.")  # fmt: skip
        ok = False
    return ok


def changes_sections(meta: YouSaidWeDid, out: Sections) -> ChangesData:
    """A "you said, we did" page: a section per change with what was said, what we did and links."""
    out.section(None, ("intro",), "start")
    out.points(meta.intro, ("intro",))
    anchors = []
    for i, change in enumerate(meta.items):
        key: Key = ("items", i)
        anchor = f"change-{i + 1}"
        anchors.append(anchor)
        out.section(change.heading, (*key, "heading"), anchor)
        out.point(change.said, (*key, "said"))
        out.point(change.did, (*key, "did"))
        if change.feedback:
            link = f"[chat] Read [what people told us]({change.feedback})."
            out.point(link, (*key, "feedback"))
        if change.decision:
            link = f"[vote] Read [what we decided]({change.decision})."
            out.point(link, (*key, "decision"))
    return ChangesData(tuple(anchors))
