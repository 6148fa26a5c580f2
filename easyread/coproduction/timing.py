"""Is a meeting's information ready in time? (``coproduction.notice_days`` in easyread.yml)

People need time to read before a meeting: its information must reach them ``notice_days``
days before (7 unless set). A meeting's documents are its invitation and every document the
invitation links to; a document is ready when people with lived experience have checked it
(``checked_by``, GUIDELINES ER015). From the last day to send it (the meeting's day minus the
notice days) until the meeting, the build warns about every document that is not ready.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..model import Document, Project
from ..reporting import Reporter
from ..textformat import long_date
from .clock import today as clock_today

_LINK = re.compile(r'href="([^"#:/]+\.html)(?:#[^"]*)?"')


@dataclass(frozen=True)
class LateMeeting:
    """A meeting whose information is not ready, and it is time to send it."""

    meeting: Document
    deadline: datetime.date
    """The last day the information can reach people with the notice they need."""
    not_ready: tuple[Document, ...]
    """The meeting's documents that nobody has checked yet."""


def meeting_documents(project: Project, meeting: Document) -> list[Document]:
    """The invitation, then each document it links to, in the order of the links."""
    by_url = {d.url: d for d in project.documents}
    found = {meeting.url: meeting}
    for point in meeting.points:
        for url in _LINK.findall(point.html):
            if url in by_url:
                found.setdefault(url, by_url[url])
    return list(found.values())


def _deadline(day: datetime.date, notice: datetime.timedelta) -> datetime.date:
    """``notice`` before ``day``; the first day there is, for a day in the first week of the
    year 1 (a mistyped year: it is found as a meeting long past)."""
    try:
        return day - notice
    except OverflowError:
        return datetime.date.min


def late_meetings(project: Project, today: datetime.date) -> list[LateMeeting]:
    """Meetings from their deadline to their day whose documents are not all checked."""
    notice = datetime.timedelta(days=project.config.coproduction.notice_days)
    late = []
    for meeting in project.documents:
        if meeting.type != "meeting" or meeting.date is None:
            continue
        deadline = _deadline(meeting.date, notice)
        if not deadline <= today <= meeting.date:
            continue
        not_ready = tuple(d for d in meeting_documents(project, meeting) if not d.checked_by)
        if not_ready:
            late.append(LateMeeting(meeting, deadline, not_ready))
    return late


def timing_messages(project: Project, today: datetime.date) -> list[str]:
    """A warning for each meeting whose information is not ready in time, and for each
    meeting that has passed."""
    days = project.config.coproduction.notice_days
    messages = []
    for late in late_meetings(project, today):
        when = "today" if late.deadline == today else long_date(late.deadline)
        files = ", ".join(d.path or d.url for d in late.not_ready)
        messages.append(
            f"{late.meeting.path}: the meeting on {long_date(late.meeting.date)} "  # type: ignore[arg-type]
            f"needs its information to reach people {days} days before, by {when}. "
            f"Not checked yet: {files}. Ask your checkers to check "
            f"{'it' if len(late.not_ready) == 1 else 'them'}, add 'checked_by:', and send "
            "the information as soon as you can."
        )
    for meeting in project.documents:  # the website would still ask people to come
        if meeting.type == "meeting" and meeting.date is not None and meeting.date < today:
            messages.append(
                f"{meeting.path}: the meeting on {long_date(meeting.date)} has passed, but its "
                "page still asks people to come. Change 'date:' to the next meeting, or take "
                "this file out of content/ (and write the minutes)."
            )
    return messages


def late_packs(project: Project, today: datetime.date) -> list[str]:
    """A note for each meeting whose packs, made today, arrive with less notice than needed."""
    days = project.config.coproduction.notice_days
    notice = datetime.timedelta(days=days)
    notes = []
    for meeting in project.documents:
        if meeting.type != "meeting" or meeting.date is None:
            continue
        deadline = _deadline(meeting.date, notice)
        if deadline < today <= meeting.date:
            notes.append(
                f"{meeting.path}: packs made today reach people less than {days} days before the "
                f"meeting on {long_date(meeting.date)}. They needed them by "
                f"{long_date(deadline)}. Send them today, and tell people the papers are late."
            )
    return notes


def warn_about_timing(
    project: Project, reporter: Reporter, today: datetime.date | None = None
) -> None:
    """Tell the reporter about every meeting whose information is not ready in time."""
    for message in timing_messages(project, today or clock_today()):
        reporter.warning(message)
