"""Every action from every set of minutes on one "Who is doing what" page.

The page is a ``type: actions`` document: its own introduction, then the actions not done yet
(the late ones first, marked), then the ones that are done, each linking to its minutes. Each
set of minutes with actions links to the page. Late means: not done, and the day it had to be
done by is before today (see :mod:`.clock`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..markup import inline_markdown
from ..markup.hardwords import lower_first
from ..model import (
    GLOSSARY_PAGE,
    Document,
    Picture,
    Point,
    Project,
    Section,
    symbol_picture,
)
from ..textformat import long_date
from .data import ActionItem, MinutesData

LATE_PICTURE = "alarm"
"""The symbol (or keyword) a late job is shown with."""


@dataclass(frozen=True)
class CollectedAction:
    """An action and the minutes it comes from."""

    action: ActionItem
    minutes: Document

    def late(self, today: datetime.date) -> bool:
        """Not done, and its day has passed."""
        return not self.action.done and self.action.by is not None and self.action.by < today


def collect(project: Project) -> list[CollectedAction]:
    """Every action of every set of minutes, the oldest meeting first."""
    minutes = [d for d in project.documents if isinstance(d.data, MinutesData)]
    minutes.sort(key=lambda d: (d.data.date, d.slug))
    return [CollectedAction(a, d) for d in minutes for a in d.data.actions]


def add_actions(project: Project, today: datetime.date) -> Project:
    """Fill the "Who is doing what" page(s) and link each set of minutes to the first."""
    pages = [d for d in project.documents if d.type == "actions"]
    if not pages:
        return project
    actions = collect(project)
    documents = []
    changed = set()
    for document in project.documents:
        if document.type == "actions":
            document = _fill(document, actions, today, _late_picture(project), _env(project))
            changed.add(document.path)
        elif isinstance(document.data, MinutesData) and document.data.actions:
            document = _link(document, pages[0])
            changed.add(document.path)
        documents.append(document)
    more: dict[str, Any] = {}
    known = getattr(project, "fingerprints", None)
    if known is not None:  # what the loader worked out no longer fits the changed documents
        more["fingerprints"] = {k: v for k, v in known.items() if k not in changed}
    return replace(project, documents=tuple(documents), **more)


TO_DO, DONE = "to-do", "done"
"""The ids of the sections of the jobs still to do and of those done."""


def _env(project: Project) -> dict[str, Any]:
    """How a job's Markdown is rendered on the page, as in its minutes: a link to another
    document goes to its page, a hard word to the glossary."""
    return {
        "pages": {Path(d.path).name: d.url for d in project.documents if d.path},
        "glossary": {e.key: (e.term, e.meaning_html) for e in project.glossary},
        "glossary_url": GLOSSARY_PAGE,
    }


def _late_picture(project: Project) -> Picture | None:
    """The picture of a late job (an alarm clock), where the library has one it may use."""
    symbol = project.picture_library().find(LATE_PICTURE)
    if symbol is None or not project.config.symbols.allows(symbol.licence):
        return None
    return symbol_picture(symbol)


def _fill(
    page: Document,
    actions: list[CollectedAction],
    today: datetime.date,
    late_picture: Picture | None = None,
    env: dict[str, Any] | None = None,
) -> Document:
    waiting = [a for a in actions if not a.action.done]
    waiting.sort(key=lambda a: (not a.late(today), a.action.by or datetime.date.max))
    done = [a for a in actions if a.action.done]
    late = sum(a.late(today) for a in waiting)
    if waiting:
        summary = f"On {long_date(today)}, {len(waiting)} {_jobs(len(waiting))} still to do"
        summary += f". {late} of them {'is' if late == 1 else 'are'} late." if late else "."
    else:
        summary = f"On {long_date(today)}, every job is done."
    line = page.sections[0].line if page.sections else 1
    intro = _point(line, Markup("<p>{}</p>\n").format(summary), summary, page.picture)
    sections = [*page.sections]
    if sections and sections[0].anchor == "start":
        sections[0] = replace(sections[0], points=(*sections[0].points, intro))
    else:
        sections.insert(0, Section(None, "start", 1, (intro,)))
    if waiting:
        rows = tuple(_row(a, today, line, late_picture, env) for a in waiting)
        sections.append(Section("Still to do", TO_DO, line, rows))
    if done:
        sections.append(
            Section("Done", DONE, line, tuple(_row(a, today, line, None, env) for a in done))
        )
    return replace(page, sections=tuple(sections))


def _jobs(count: int) -> str:
    return "job is" if count == 1 else "jobs are"  # "job", as the page says everywhere


def _row(
    item: CollectedAction,
    today: datetime.date,
    line: int,
    late_picture: Picture | None = None,
    env: dict[str, Any] | None = None,
) -> Point:
    action, minutes = item.action, item.minutes
    what, words, linked = inline_markdown(lower_first(action.what), env)  # as in the minutes
    lines = [Markup("<strong>{}</strong> will {}").format(action.who, what)]
    text = [f"{action.who} will {words}"]
    if action.by:
        lines.append(Markup("By {}.").format(long_date(action.by)))
        text.append(f"By {long_date(action.by)}.")
    if action.done:
        status = "This is done."
    elif item.late(today):
        status = "This is late."
    else:
        status = "This is not done yet."
    lines.append(
        Markup("<strong>{}</strong>").format(status) if item.late(today) else escape(status)
    )
    text.append(status)
    where = f"our meeting on {long_date(minutes.data.date)}"
    lines.append(Markup('From <a href="{}#actions">{}</a>.').format(minutes.url, where))
    text.append(f"From {where}.")
    html = Markup("<p>") + Markup("<br>\n").join(lines) + Markup("</p>\n")
    picture = _picture_of(minutes, action)
    if item.late(today) and late_picture is not None:
        picture = late_picture  # a late job does not look like the others (a list)
    links = tuple((p, w) for p, w in linked if p not in (GLOSSARY_PAGE, minutes.url))
    return replace(_point(line, html, "\n".join(text), picture), links=links)


def _picture_of(minutes: Document, action: ActionItem) -> Picture | None:
    """The action's picture in its minutes (a tick when done, a list when not)."""
    for section in minutes.sections:
        if section.anchor == "actions":
            index = minutes.data.actions.index(action)
            if index < len(section.points):
                picture: Picture | None = section.points[index].picture
                return picture
    return None


def _link(minutes: Document, page: Document) -> Document:
    sections = list(minutes.sections)
    for i, section in enumerate(sections):
        if section.anchor == "actions":
            text = f"See what everyone is doing on the page called “{page.title}”."
            html = Markup(
                '<p>See what everyone is doing on the page called “<a href="{}">{}</a>”.</p>\n'
            )
            point = _point(section.line, html.format(page.url, page.title), text, page.picture)
            sections[i] = replace(section, points=(*section.points, point))
    return replace(minutes, sections=tuple(sections))


def _point(line: int, html: str, text: str, picture: Picture | None) -> Point:
    return Point(line=line, source="", text=text, html=str(html), picture=picture)
