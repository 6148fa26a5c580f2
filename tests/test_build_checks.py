"""The build runs the easy-read checks: a summary line per document, and --strict stops it."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import MakeProject
from scratch import page

from easyread.cli import main

LONG = (
    "[talk] We will talk about the new day centre and the buses and the lunches and the money "
    "and the rooms and the staff and the garden at our meeting next month.\n"
)


def test_normal_build_summarises_each_document_and_goes_on(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body=LONG)})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 0
    summary = [line for line in result.output.splitlines() if line.startswith("content/a.md: ")]
    assert (
        len(summary) == 1 and "needs work" in summary[0] and "2 errors, 0 warnings" in summary[0]
    ), summary
    assert (root / "build" / "site" / "a.html").exists()
    # the summary counts the findings; the build says how to see them
    hint = f"To see each error and warning, where it is and what to change: easyread check {root}"
    assert hint in result.output.splitlines()
    shown = CliRunner().invoke(main, ["check", str(root)])
    assert "content/a.md:" in shown.output and "ER001" in shown.output


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
