"""The README's commands, run as a new user runs them: a real subprocess."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import easyread

EASYREAD = [sys.executable, "-m", "easyread"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EASYREAD, *args], cwd=cwd, capture_output=True, text=True, check=False)


def test_new_then_build(tmp_path: Path) -> None:
    made = run("new", "group", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout == "Made a new project in group.\nBuild it with: easyread build group\n"
    assert (tmp_path / "group" / ".gitignore").read_text().count("/private/") == 1
    built = run("build", "group", "--format", "html", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    site = tmp_path / "group" / "build" / "site"
    assert built.stdout.splitlines() == [
        f"Built 2 documents into {site.parent}.",
        f"Open the website: {(site / 'index.html').as_uri()}",
    ]
    assert sorted(p.name for p in site.glob("*.html")) == [
        "about.html",
        "glossary.html",
        "index.html",
        "welcome.html",
    ]
    assert "A written record of what we talked about" in (site / "glossary.html").read_text()
    # the page that says how to mark a hard word shows the curly brackets
    assert "like <code>{minutes}</code>" in (site / "welcome.html").read_text()


def test_quiet_says_nothing_when_all_is_well_and_not_with_verbose(tmp_path: Path) -> None:
    run("new", "group", cwd=tmp_path)
    for _ in range(2):  # a real build, then one that finds nothing has changed
        built = run("build", "group", "--format", "html", "-q", cwd=tmp_path)
        assert (built.returncode, built.stdout, built.stderr) == (0, "", "")
    both = run("build", "group", "-q", "-v", cwd=tmp_path)
    assert (both.returncode, both.stderr) == (
        2,
        "-q and -v: say less or say more, not both. Leave one of them out.\n",
    )


def test_the_suggested_command_can_be_pasted_and_build_runs_in_content(tmp_path: Path) -> None:
    """'easyread build my new group', pasted, said "Got unexpected extra arguments"; build run
    in content/ said there is no easyread.yml here."""
    made = run("new", "my new group", cwd=tmp_path)
    suggested = made.stdout.splitlines()[-1].removeprefix("Build it with: ")
    assert suggested == "easyread build 'my new group'"
    built = run(*shlex.split(suggested)[1:], "--format", "html", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    project = tmp_path / "my new group"
    (project / "build" / "site" / "index.html").unlink()
    inside = run("build", "--format", "html", cwd=project / "content")
    assert inside.returncode == 0, inside.stderr
    assert f"Building the project in {project}." in inside.stderr.splitlines()
    assert (project / "build" / "site" / "index.html").is_file()
    assert not (project / "content" / "build").exists()


def test_new_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "group").mkdir()
    (tmp_path / "group" / "mine.txt").write_text("x")
    made = run("new", "group", cwd=tmp_path)
    assert (made.returncode, made.stderr) == (
        2,
        "group: this folder is not empty. Choose a new folder name.\n",
    )
    made = run("new", "group/mine.txt", cwd=tmp_path)
    assert (made.returncode, made.stderr) == (
        2,
        "group/mine.txt: this is a file, not a folder. Choose a new folder name.\n",
    )
    assert (tmp_path / "group" / "mine.txt").read_text() == "x"


def test_version(tmp_path: Path) -> None:
    assert run("--version", cwd=tmp_path).stdout == f"easyread, version {easyread.__version__}\n"


def test_a_content_error_has_no_traceback(tmp_path: Path) -> None:
    run("new", "group", cwd=tmp_path)
    (tmp_path / "group" / "content" / "welcome.md").write_text(
        "---\ntitle: x\n---\n\n[nothing-like-this] Hi.\n"
    )
    built = run("build", "group", cwd=tmp_path)
    assert built.returncode == 1
    assert (
        built.stderr
        == "content/welcome.md:5: There is no picture called 'nothing-like-this'. Use a name from the picture library, or an image file like [photo.jpg: what it shows].\n"
        "Nothing was changed in the output.\n"
    )
