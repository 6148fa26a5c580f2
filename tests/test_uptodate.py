"""``easyread build`` of a project that has not changed since its last build does nothing.

A build that was skipped leaves the very same output folder (the same inode); a real build
swaps a new one into place. So each test can tell which happened.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MakeProject
from scratch import page

from easyread import uptodate
from easyread.cli import main

LONG = (
    "[talk] We will talk about the new day centre and the buses and the lunches and the money "
    "and the rooms and the staff and the garden at our meeting next month.\n"
)


@pytest.fixture
def root(make_project: MakeProject) -> Path:
    return make_project(
        {
            "content/a.md": page(title="A", body=LONG),
            "content/b.md": page(title="B", body="[talk] We will talk.\n"),
        }
    )


def build(root: Path, *options: str) -> tuple[bool, str]:
    """Build; return whether a new output folder was made, and what was said."""
    out = root / "build"
    before = out.stat().st_ino if out.exists() else None
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html", *options])
    assert result.exit_code == 0, result.output
    return out.stat().st_ino != before, result.output


def test_an_unchanged_project_is_not_built_again_and_says_the_same(root: Path) -> None:
    made, first = build(root)
    assert made
    made, again = build(root)
    assert not made
    assert "Nothing has changed since the last build." in again
    said = [line for line in first.splitlines() if not line.startswith("Made the ")]
    assert [line for line in again.splitlines() if not line.startswith("Nothing has")] == said
    assert "content/a.md: needs work." in again


def edit_same_size_same_time(root: Path) -> None:
    """An edit the file's size and time cannot show (made within one clock tick)."""
    path = root / "content" / "b.md"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("talk.", "walk."), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size


def replace_same_size_and_time(root: Path) -> None:
    """Another file with the same size and modification time moved over one (``mv``,
    ``cp -p``, ``rsync -a`` do this): only its change time and inode differ."""
    path = root / "content" / "b.md"
    text = path.read_text(encoding="utf-8")
    other = root / "b.new"
    other.write_text(text.replace("talk.", "walk."), encoding="utf-8")
    stat = path.stat()
    os.utime(other, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    other.replace(path)


def write(relative: str, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    return change


CHANGES: dict[str, Callable[[Path], None]] = {
    "a document": write("content/b.md", page(title="B", body="[talk] We will walk.\n")),
    "a document, same size and time": edit_same_size_same_time,
    "a document replaced by one of the same size and time": replace_same_size_and_time,
    "a new document": write("content/c.md", page(title="C", body="[talk] Hello.\n")),
    "a document removed": lambda root: (root / "content" / "b.md").unlink(),
    "the settings": lambda root: (root / "easyread.yml").write_text(
        (root / "easyread.yml").read_text(encoding="utf-8") + "\ndescription: New words.\n",
        encoding="utf-8",
    ),
    "a template of the project's": write("templates/partials/footer_extra.html", "<p>Hi</p>"),
    "a picture of the project's": write("pictures/logo.svg", "<svg/>"),
    "a file in a hidden folder of a set": write("symbols/own/.drafts/notes.txt", "Hello"),
    "a page of the output": write("build/site/a.html", "<p>Changed by hand</p>"),
    "a page of the output removed": lambda root: (root / "build" / "site" / "b.html").unlink(),
    "the record, damaged": write("build/.cache/stamp.json", "{"),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_any_change_builds_again(root: Path, change: str) -> None:
    build(root)
    CHANGES[change](root)
    made, said = build(root)
    assert made and "Nothing has changed" not in said
    assert not build(root)[0]  # and then it is current again


@pytest.mark.parametrize(
    "options",
    [["--format", "html,text"], ["--no-checks"], ["--strict"], ["--shard", "1/2"], ["--clean"]],
    ids=lambda options: " ".join(options),
)
def test_other_options_build_again(root: Path, options: list[str]) -> None:
    if "--strict" in options:  # a strict build needs a document with no findings
        (root / "content" / "a.md").unlink()
        extra = "checked_by:\n  - {name: The checking group, date: 2026-11-01}\n"
        write("content/b.md", page(title="B", body="[talk] We will talk.\n", extra=extra))(root)
    build(root)
    assert build(root, *options)[0]


def test_the_same_output_folder_named_another_way_is_current(root: Path) -> None:
    build(root)
    assert not build(root, "--out", str(root / "content" / ".." / "build"))[0]


def test_another_day_builds_again(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EASYREAD_TODAY", "2026-12-01")
    build(root)
    assert not build(root)[0]
    monkeypatch.setenv("EASYREAD_TODAY", "2026-12-02")  # late actions, meeting notices change
    assert build(root)[0]


def test_a_change_to_easyreads_own_templates_builds_again(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own"
    (own / "templates").mkdir(parents=True)
    (own / "symbols").mkdir()
    monkeypatch.setattr(uptodate, "builtin", lambda name: own / name)
    build(root)
    assert not build(root)[0]
    (own / "templates" / "document.html").write_text("changed", encoding="utf-8")
    assert build(root)[0]


def imported_from_elsewhere(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A module imported from ``folder``, as from a package installed for editing or from
    PYTHONPATH (gone from ``sys.modules`` after the test); its file."""
    file = folder / "easyread_test_elsewhere.py"
    file.write_text("NAME = 'one'\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("easyread_test_elsewhere", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, "easyread_test_elsewhere", module)
    return file


def test_a_change_to_code_imported_from_elsewhere_builds_again(
    root: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = imported_from_elsewhere(tmp_path_factory.mktemp("code"), monkeypatch)
    monkeypatch.setattr(uptodate, "RACY_NS", 0)  # the file was not changed as the build began
    build(root)
    assert not build(root)[0]
    file.write_text("NAME = 'two'\n", encoding="utf-8")
    assert build(root)[0]


def test_code_changed_as_the_build_starts_builds_again(
    root: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed just before the build may have been imported before or after the
    change: the record cannot tell, so the next build is a real one."""
    imported_from_elsewhere(tmp_path_factory.mktemp("code"), monkeypatch)
    build(root)
    assert build(root)[0]


def test_a_failed_build_leaves_no_record_to_skip_the_next(root: Path) -> None:
    build(root)
    (root / "content" / "b.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 1
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 1, "the mistake is still there, so it is still reported"


def test_old_files_are_compared_by_their_times_and_inode(root: Path) -> None:
    """Files changed long before the record are not read again, so a replacement with the
    same size and modification time is found by its change time and inode alone."""
    old = 1_600_000_000_000_000_000  # 2020
    for path in (root / "content").iterdir():
        os.utime(path, ns=(old, old))
    build(root)
    assert not build(root)[0]
    replace_same_size_and_time(root)
    assert build(root)[0]


def test_a_named_pipe_in_the_project_does_not_stop_the_build(root: Path) -> None:
    os.mkfifo(root / "notes.pipe")
    command = [sys.executable, "-m", "easyread", "build", str(root), "--format", "html", "-q"]
    for _ in range(2):  # the second build looks at the pipe too
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def test_a_folder_that_is_not_a_project_is_not_looked_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def walk(*args: object, **kwargs: object) -> None:
        raise AssertionError("looked through a folder that is not a project")

    monkeypatch.setattr(uptodate, "_walk", walk)
    result = CliRunner().invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 2 and "there is no easyread.yml here." in result.output


def test_a_staff_page_taken_over_from_the_last_build_is_still_looked_at(root: Path) -> None:
    """The staff folder is moved into a new build whole when it is current: the record of
    what the build made left it out, so a page removed by hand afterwards was never made
    again ("Nothing has changed")."""
    build(root)
    (root / "content" / "b.md").write_text(page(title="B", body="[talk] We talk.\n"))
    assert build(root)[0]  # the staff folder is taken over from the last build
    (root / "build" / "staff" / "symbols.html").unlink()
    made, said = build(root)
    assert made and "Nothing has changed" not in said
    assert (root / "build" / "staff" / "symbols.html").is_file()
