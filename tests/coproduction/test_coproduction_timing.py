"""A meeting's information must reach people in time: warnings at the right boundary."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import CONFIG, MakeProject

from easyread.build import build
from easyread.coproduction.timing import late_meetings, late_packs, timing_messages
from easyread.documents import load_project
from easyread.reporting import BufferReporter

from .coprod_projects import meeting, minutes

PAPERS = minutes("2026-11-12", "  - {who: Sam, what: Book a room., done: false}\n").replace(
    "checked_by: [{name: Our checkers, date: 2026-11-12}]\n", ""
)


@pytest.mark.parametrize(
    ("today", "warned"),
    [
        ("2026-12-02", False),  # 8 days before: still time
        ("2026-12-03", True),  # 7 days before: the last day to send it
        ("2026-12-10", True),  # the day of the meeting
        ("2026-12-11", False),  # the meeting is over
    ],
)
def test_warned_from_the_deadline_until_the_meeting(
    make_project: MakeProject, today: str, warned: bool
) -> None:
    root = make_project({"content/meeting.yml": meeting("2026-12-10", checked=False)})
    project = load_project(root)
    late = late_meetings(project, datetime.date.fromisoformat(today))
    assert bool(late) is warned
    if warned:
        assert late[0].deadline == datetime.date(2026, 12, 3)


def test_a_meeting_that_has_passed_is_a_warning(make_project: MakeProject) -> None:
    """A build after the day still published "Please come" without a word."""
    project = load_project(make_project({"content/meeting.yml": meeting("2026-12-10")}))
    assert timing_messages(project, datetime.date(2026, 12, 10)) == []
    assert timing_messages(project, datetime.date(2026, 12, 11)) == [
        "content/meeting.yml: the meeting on Thursday 10 December 2026 has passed, but its "
        "page still asks people to come. Change 'date:' to the next meeting, or take this "
        "file out of content/ (and write the minutes)."
    ]


def test_a_meeting_in_the_first_week_of_the_year_1_is_a_passed_meeting_not_a_crash(
    make_project: MakeProject,
) -> None:
    """A mistyped year: the deadline, 7 days before, is before the first day there is."""
    root = make_project({"content/meeting.yml": meeting("0001-01-03", checked=False)})
    project = load_project(root)
    assert timing_messages(project, datetime.date(2026, 12, 1)) == [
        "content/meeting.yml: the meeting on Wednesday 3 January 1 has passed, but its "
        "page still asks people to come. Change 'date:' to the next meeting, or take this "
        "file out of content/ (and write the minutes)."
    ]
    assert late_packs(project, datetime.date(2026, 12, 1)) == []
    assert late_meetings(project, datetime.date(1, 1, 2))[0].deadline == datetime.date.min


def test_checked_documents_are_ready(make_project: MakeProject) -> None:
    project = load_project(make_project({"content/meeting.yml": meeting("2026-12-10")}))
    assert timing_messages(project, datetime.date(2026, 12, 5)) == []


def test_documents_the_invitation_links_to_count(make_project: MakeProject) -> None:
    files = {
        "content/meeting.yml": meeting("2026-12-10", link="papers.yml"),
        "content/papers.yml": PAPERS,
    }
    project = load_project(make_project(files))
    messages = timing_messages(project, datetime.date(2026, 12, 3))
    assert messages == [
        "content/meeting.yml: the meeting on Thursday 10 December 2026 needs its information to "
        "reach people 7 days before, by today. Not checked yet: content/papers.yml. Ask your "
        "checkers to check it, add 'checked_by:', and send the information as soon as you can."
    ]


def test_notice_days_come_from_easyread_yml(make_project: MakeProject) -> None:
    config = CONFIG + "coproduction:\n  notice_days: 14\n"
    root = make_project(
        {"content/meeting.yml": meeting("2026-12-10", checked=False)}, config=config
    )
    project = load_project(root)
    assert not late_meetings(project, datetime.date(2026, 11, 25))
    assert late_meetings(project, datetime.date(2026, 11, 26))[0].deadline == datetime.date(
        2026, 11, 26
    )


def test_the_build_warns_through_the_reporter(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setenv("EASYREAD_TODAY", "2026-12-04")
    root = make_project({"content/meeting.yml": meeting("2026-12-10", checked=False)})
    reporter = BufferReporter()
    build(root, root / "build", ("html",), reporter=reporter, checks=False)
    warnings = [m for kind, m in reporter.messages if kind == "warning"]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "content/meeting.yml: the meeting on Thursday 10 December 2026 needs its information to "
        "reach people 7 days before, by Thursday 3 December 2026. Not checked yet: "
        "content/meeting.yml."
    )


def test_a_bad_notice_setting_is_a_config_error(make_project: MakeProject) -> None:
    from easyread.errors import ConfigError

    config = CONFIG + "coproduction:\n  notice_days: soon\n"
    root = make_project({"content/meeting.yml": meeting("2026-12-10")}, config=config)
    with pytest.raises(ConfigError) as error:
        load_project(root)
    assert (
        "easyread.yml:6: coproduction.notice_days: expected a number of days from 0 to 60"
        in str(error.value.problems[0])
    )


@pytest.mark.parametrize(("today", "late"), [("2026-12-03", False), ("2026-12-04", True)])
def test_packs_made_after_the_deadline_are_late(
    make_project: MakeProject, today: str, late: bool
) -> None:
    project = load_project(make_project({"content/meeting.yml": meeting("2026-12-10")}))
    notes = late_packs(project, datetime.date.fromisoformat(today))
    assert bool(notes) is late
    if late:
        assert notes == [
            "content/meeting.yml: packs made today reach people less than 7 days before the "
            "meeting on Thursday 10 December 2026. They needed them by Thursday 3 December 2026. "
            "Send them today, and tell people the papers are late."
        ]


def test_the_staff_sheet_lists_late_meetings(tmp_path: Path) -> None:
    from easyread.packs.staff import write_html

    page = write_html(tmp_path, "Us", [], datetime.date(2026, 12, 4), ["The <meeting> is late."])
    html = page.read_text()
    assert '<h2>Meetings</h2>\n<ul class="late"><li>The &lt;meeting&gt; is late.</li></ul>' in html
