"""Every action of every set of minutes on one page; late ones marked against a fixed day."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeProject

from easyread.build import build
from easyread.coproduction.actions import collect
from easyread.documents import load_project

from .coprod_projects import ACTIONS, minutes

OCTOBER = minutes(
    "2026-10-08",
    "  - {who: Tom, what: Ask for a timetable., by: 2026-11-20, done: false}\n"
    "  - {who: Dev, what: Write a form., by: 2026-10-30, done: true}\n",
)
NOVEMBER = minutes(
    "2026-11-12",
    "  - {who: Amira, what: Book the bus., by: 2026-12-01, done: false}\n"
    "  - {who: Jo, what: Bring the plans., done: false}\n",
)
FILES = {
    "content/minutes-10.yml": OCTOBER,
    "content/minutes-11.yml": NOVEMBER,
    "content/actions.yml": ACTIONS,
}


@pytest.fixture
def root(make_project: MakeProject, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EASYREAD_TODAY", "2026-11-28")
    return make_project(FILES)


def _rows(root: Path, anchor: str) -> list[str]:
    page = load_project(root).document("actions")
    return [p.text for s in page.sections if s.anchor == anchor for p in s.points]


def test_actions_from_all_minutes_are_collected(root: Path) -> None:
    project = load_project(root)
    assert [(a.action.who, a.minutes.slug) for a in collect(project)] == [
        ("Tom", "minutes-10"),
        ("Dev", "minutes-10"),
        ("Amira", "minutes-11"),
        ("Jo", "minutes-11"),
    ]
    to_do = _rows(root, "to-do")
    assert [r.split(" will ")[0] for r in to_do] == ["Tom", "Amira", "Jo"]  # late first
    assert to_do[0].split("\n") == [
        "Tom will ask for a timetable.",
        "By Friday 20 November 2026.",
        "This is late.",
        "From our meeting on Thursday 8 October 2026.",
    ]
    assert "This is not done yet." in to_do[1] and "This is late." not in to_do[1]
    assert [r.split(" will ")[0] for r in _rows(root, "done")] == ["Dev"]
    start = _rows(root, "start")
    assert start[-1] == "On Saturday 28 November 2026, 3 jobs are still to do. 1 of them is late."


@pytest.mark.parametrize(
    ("today", "late"),
    [("2026-12-01", False), ("2026-12-02", True), ("2026-11-01", False)],
)
def test_late_means_the_day_has_passed(
    root: Path, monkeypatch: pytest.MonkeyPatch, today: str, late: bool
) -> None:
    monkeypatch.setenv("EASYREAD_TODAY", today)
    page = load_project(root).document("actions")
    amira = next(p for s in page.sections for p in s.points if p.text.startswith("Amira"))
    assert ("This is late." in amira.text) is late
    assert ("<strong>This is late.</strong>" in amira.html) is late
    # a late job has a picture of its own, not the list every other job has
    assert amira.picture is not None
    assert (amira.picture.alt == "An alarm clock") is late


def test_the_minutes_link_to_the_page(root: Path, tmp_path: Path) -> None:
    site = build(root, tmp_path / "out", ("html",)).out / "site"
    for name in ("minutes-10.html", "minutes-11.html"):
        html = (site / name).read_text()
        # the page's name in quotes: "on the page Who is doing what" read as one sentence
        assert 'on the page called “<a href="actions.html">Who is doing what</a>”.' in html
    page = (site / "actions.html").read_text()
    assert '<a href="minutes-10.html#actions">our meeting on Thursday 8 October 2026</a>' in page
    assert "<strong>This is late.</strong>" in page


def test_without_an_actions_page_the_minutes_stay_as_they_were(
    make_project: MakeProject,
) -> None:
    project = load_project(make_project({"content/minutes-10.yml": OCTOBER}))
    texts = [p.text for p in project.document("minutes-10").points]
    assert not any("Who is doing what" in t for t in texts)


def test_an_action_marked_done_moves_in_an_incremental_build(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(root, out, ("html",))
    assert "will ask for a timetable." in _section(out, "to-do")
    minutes_file = root / "content" / "minutes-10.yml"
    minutes_file.write_text(
        minutes_file.read_text().replace(
            "by: 2026-11-20, done: false", "by: 2026-11-20, done: true"
        )
    )
    build(root, out, ("html",))
    assert "will ask for a timetable." not in _section(out, "to-do")
    assert "will ask for a timetable." in _section(out, "done")


def _section(out: Path, anchor: str) -> str:
    html = (out / "site" / "actions.html").read_text()
    start = html.index(f'id="{anchor}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_when_every_job_is_done_the_page_says_so(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EASYREAD_TODAY", "2026-11-28")
    done = minutes("2026-10-08", "  - {who: Dev, what: Write a form., done: true}\n")
    root = make_project({"content/minutes-10.yml": done, "content/actions.yml": ACTIONS})
    page = load_project(root).document("actions")
    assert [s.anchor for s in page.sections] == ["start", "done"]
    assert page.sections[0].points[-1].text == "On Saturday 28 November 2026, every job is done."


def test_a_job_starts_small_after_will_but_i_keeps_its_capital() -> None:
    """ "Everyone will i will read the plans" was shown for a job written as a sentence."""
    from easyread.markup.hardwords import lower_first

    assert lower_first("Book the room.") == "book the room."
    assert lower_first("I will read the plans.") == "I will read the plans."
    assert lower_first("NHS forms.") == "NHS forms."


def test_a_job_is_markdown_as_a_point_is(make_project: MakeProject, tmp_path: Path) -> None:
    """'Send the {survey}' and '**Ring** the bus company' were shown with their braces and
    stars on both pages, and espeak said "asterisk"."""
    job = (
        "  - {who: Jo, what: '**Ring** the bus company about the {survey: a list of questions}. "
        "See [the plan](plan.md).'}\n"
    )
    files = {
        "content/minutes-11.yml": minutes("2026-11-12", job),
        "content/actions.yml": ACTIONS,
        "content/plan.md": "---\ntitle: Our plan\n---\n\n[hello] Hi.\n",
    }
    project = load_project(make_project(files))
    [row] = [
        p for s in project.document("actions").sections if s.anchor == "to-do" for p in s.points
    ]
    assert row.text.startswith("Jo will ring the bus company about the survey. See the plan.\n")
    assert "will <strong>ring</strong> the bus company about the <a class=" in row.html
    # the link goes to the page, as in the minutes (it went to plan.md), and names it
    assert 'See <a href="plan.html">the plan</a>.' in row.html and row.links == (
        ("plan.html", "the plan"),
    )
    [said] = [p for p in project.document("minutes-11").points if p.text.startswith("Jo")]
    assert said.text.startswith("Jo will ring the bus company about the survey.")
    assert "{" not in said.html and "*" not in said.html
