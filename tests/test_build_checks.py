"""The build runs the easy-read checks: a line for each document that needs work (every one
with -v) and the totals, and --strict stops it."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import MakeProject
from scratch import page

from easyread.cli import main

LONG = (
    "[talk] We will talk about the new day centre and the buses and the lunches and the money "
    "and the rooms and the staff and the garden at our meeting in the hall.\n"
)


def test_normal_build_summarises_each_document_and_goes_on(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body=LONG)})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 0
    summary = [line for line in result.output.splitlines() if "content/a.md: " in line]
    assert len(summary) == 1 and summary[0].startswith("Warning: content/a.md: needs work.")
    assert "2 errors, 0 warnings" in summary[0]
    assert "1 document checked: 0 ready, 1 needs work; 2 errors, 0 warnings." in result.output
    assert (root / "build" / "site" / "a.html").exists()
    # the summary counts the findings; the build says how to see them
    hint = f"To see each error and warning, where it is and what to change: easyread check {root}"
    assert hint in result.output.splitlines()
    shown = CliRunner().invoke(main, ["check", str(root)])
    assert "content/a.md:" in shown.output and "ER001" in shown.output


def test_only_documents_that_need_work_have_a_line_of_their_own(
    make_project: MakeProject,
) -> None:
    """A build of 300 documents printed 300 lines of "ready", and -q hid the one that needed
    work: now it is a warning (shown with -q), a ready one is said with -v, and a total ends
    the list."""
    checked = "checked_by: [{name: Our checkers, date: 2026-11-01}]\n"
    ready = page(body="[talk] We meet on Monday.\n").replace("---\n\n", checked + "---\n\n")
    root = make_project({"content/a.md": page(body=LONG), "content/b.md": ready})
    for flags, b_shown in (([], False), (["-q"], False), (["-v"], True)):
        result = CliRunner().invoke(main, ["build", str(root), "--format", "html", *flags])
        lines = result.output.splitlines()
        assert any(line.startswith("Warning: content/a.md: needs work.") for line in lines)
        assert any(line.startswith("content/b.md: ready.") for line in lines) is b_shown, flags
        total = "2 documents checked: 1 ready, 1 needs work; 2 errors, 0 warnings."
        assert (total in lines) is (flags != ["-q"])


def test_no_hint_when_nothing_was_found(make_project: MakeProject) -> None:
    checked = "checked_by: [{name: Our checkers, date: 2026-11-01}]\n"
    text = page(body="[talk] We meet on Monday.\n").replace("---\n\n", checked + "---\n\n")
    root = make_project({"content/a.md": text})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 0 and "0 errors, 0 warnings" in result.output
    assert "easyread check" not in result.output


def test_strict_build_stops_on_an_error_and_builds_nothing(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body=LONG)})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html", "--strict"])
    assert result.exit_code == 1
    assert "content/a.md:5:8: ER001 " in result.output
    assert not (root / "build").exists()


def test_strict_build_passes_easy_text(make_project: MakeProject) -> None:
    body = "[talk] We will talk about the new day centre.\n"
    extra = "checked_by:\n  - {name: The checking group, date: 2026-11-01}\n"
    root = make_project({"content/a.md": page(body=body, extra=extra)})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html", "--strict"])
    assert result.exit_code == 0, result.output


def test_no_checks_builds_without_the_summaries(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body=LONG)})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html", "--no-checks"])
    assert result.exit_code == 0
    assert not [line for line in result.output.splitlines() if line.startswith("content/a.md: ")]
