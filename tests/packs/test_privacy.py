"""Privacy: nothing from the participants file reaches a public output; packs are owner-only;
``easyread packs`` never writes into a public folder; ``easyread build`` never reads the file."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pdfplumber
import pytest
from mutagen import File as AudioFile
from packs.conftest import Made
from packs.packproject import IDS, NAMES, write_project

from easyread.build import build
from easyread.errors import UsageError
from easyread.packs.make import make_packs

PUBLIC = ("site", "print", "audio", "text")


def readable_text(path: Path) -> str:
    """Everything a person could read in a file: the text of a PDF and its metadata, the tags
    of an MP3, the bytes of anything else."""
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as document:
            pages = " ".join(page.extract_text() or "" for page in document.pages)
            return pages + " " + repr(document.metadata)
    if path.suffix == ".mp3":
        audio = AudioFile(path)
        return repr(dict(audio.tags or {}))
    return path.read_bytes().decode("utf-8", errors="replace")


def test_no_public_output_holds_a_name_or_an_id(made: Made) -> None:
    """Every file the build made (the website, print, audio, text and their records)."""
    for folder in PUBLIC:
        assert (made.public / folder).is_dir(), folder
    searched = 0
    for path in sorted(made.public.rglob("*")):
        if not path.is_file() or path.is_relative_to(made.packs):
            continue
        raw = path.read_bytes()
        text = readable_text(path)
        searched += 1
        for secret in (*NAMES, *IDS):
            assert secret.encode() not in raw, (secret, path)
            assert secret not in text, (secret, path)
    assert searched > 20


def test_packs_are_owner_only(made: Made) -> None:
    assert stat.S_IMODE(made.packs.stat().st_mode) == 0o700
    for path in made.packs.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path


def test_packs_never_go_into_a_public_folder(made: Made) -> None:
    for out in (
        made.public / "site",
        made.public / "site" / "packs",
        made.public / "print" / "packs",
        made.public / "audio",
        made.public / "text" / "x",
        made.root / "content" / "packs",
        made.root / "symbols" / "packs",  # the build reads these two
        made.root / "templates" / "packs",
        made.root,
        made.public,
    ):
        with pytest.raises(UsageError, match="--out"):
            make_packs(made.root, out)
    assert not (made.public / "site" / "packs").exists()


def test_a_build_keeps_the_packs_private(made: Made, tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", participants=_TEXT_ONLY)
    packs = make_packs(root).out
    before = sorted(p.relative_to(packs) for p in packs.rglob("*"))
    build(root, None, ("html",))
    assert sorted(p.relative_to(packs) for p in packs.rglob("*")) == before
    assert stat.S_IMODE(packs.stat().st_mode) == 0o700


_TEXT_ONLY = """\
participants:
  - {id: t1, name: Texty Fakename, call_me: Texty, formats: [plain-text], sent: email, review: 2027-01-01}
  - {id: t2, name: Brailly Fakename, call_me: Brailly, formats: [braille-ready-text], sent: post, review: 2027-01-01}
"""


def test_only_makes_the_packs_asked_for_and_keeps_the_others(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", participants=_TEXT_ONLY)
    packs = make_packs(root).out
    kept = packs / "t2" / "braille" / "welcome.txt"
    before = kept.stat().st_ino
    result = make_packs(root, only=("t1",))
    assert result.made == ("t1",)
    assert kept.stat().st_ino == before  # not made again
    assert (packs / "t1" / "letter.txt").is_file()
    with pytest.raises(UsageError, match="--only: the 1st of the ids you gave is not in"):
        make_packs(root, only=("nobody",))
    # A person taken out of the file loses their pack at the next run.
    participants = root / "private" / "participants.yml"
    participants.write_text(_TEXT_ONLY.split("  - {id: t2")[0])
    make_packs(root, only=("t1",))
    assert not (packs / "t2").exists() and not (packs / "t2.zip").exists()


def test_build_never_reads_the_participants_file(tmp_path: Path) -> None:
    """The build runs in a process that is stopped if anything opens the file."""
    root = write_project(tmp_path / "project")
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        secret = {str((root / "private").resolve())!r}

        def guard(event, args):
            if event == "open" and str(args[0]).startswith(secret):
                raise SystemExit("the participants file was opened: " + event)
            if event in ("os.listdir", "os.scandir") and str(args[0]).startswith(secret):
                raise SystemExit("the private folder was listed")

        sys.addaudithook(guard)
        from easyread.build import build
        build(Path({str(root)!r}), None, ("html", "text"))
        loaded = sorted(m for m in sys.modules if m.startswith("easyread.packs."))
        assert loaded == ["easyread.packs.settings"], loaded
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("setting", ["", "  participants: private/people.yml\n"])
def test_the_build_command_never_opens_the_participants_file(tmp_path: Path, setting: str) -> None:
    """'easyread build' looks at every file of the project first, to know whether anything
    changed; a participants file saved in the last 2 seconds was read then, and its name and
    a hash of it were written into build/.cache/stamp.json."""
    from packs.packproject import CONFIG, PARTICIPANTS

    root = write_project(tmp_path / "project", config=CONFIG + setting)
    secret = root / (setting.split(": ")[1].strip() if setting else "private/participants.yml")
    secret.write_text(PARTICIPANTS)  # just saved: within the 2 seconds
    script = textwrap.dedent(
        f"""
        import sys
        secret = {str(secret.resolve())!r}

        def guard(event, args):
            if event == "open" and str(args[0]) == secret:
                raise SystemExit("the participants file was opened")

        sys.addaudithook(guard)
        from easyread.cli import main
        main(["build", {str(root)!r}, "--format", "html", "-q"])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    assert secret.name not in (root / "build" / ".cache" / "stamp.json").read_text()


def test_site_and_stages_do_not_import_the_packs() -> None:
    script = (
        "import sys, easyread.build, easyread.render.html, easyread.render.pdf, "
        "easyread.render.audio, easyread.render.text, easyread.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('easyread.packs.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "['easyread.packs.command', 'easyread.packs.settings']"


def test_private_folder_is_left_out_of_new_projects(tmp_path: Path) -> None:
    from easyread.starter import create

    create(tmp_path / "new")
    assert "/private/" in (tmp_path / "new" / ".gitignore").read_text().splitlines()


def test_staff_are_told_when_git_would_take_the_private_files(tmp_path: Path) -> None:
    """With 'private/' not in .gitignore (an old project, a .gitignore replaced by a
    template), 'git add .' took the participants file and nothing said so."""
    from easyread.reporting import BufferReporter

    root = write_project(tmp_path / "project", participants=_TEXT_ONLY)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)

    def warnings() -> list[str]:
        reporter = BufferReporter()
        make_packs(root, only=("t1",), reporter=reporter)
        return [text for kind, text in reporter.messages if kind == "warning"]

    assert warnings() == []  # not in a git repository: nothing to say
    git("init", "-q")
    (root / ".gitignore").write_text("/build/\n")
    assert warnings() == [
        "private/participants.yml: git does not ignore this, so 'git add' can put it in the "
        "project's repository. Add '/private/participants.yml' to the .gitignore in the "
        "project folder."
    ]
    git("add", "private/participants.yml")
    [tracked] = warnings()
    assert tracked.startswith(
        "private/participants.yml: git keeps this in the project's repository"
    )
    assert "git rm -r --cached private/participants.yml" in tracked
    git("rm", "-q", "--cached", "private/participants.yml")
    (root / ".gitignore").write_text("/private/\n")
    assert warnings() == [
        "build/packs: git does not ignore this, so 'git add' can put it in the project's "
        "repository. Add '/build/packs' to the .gitignore in the project folder."
    ]
    (root / ".gitignore").write_text("/private/\n/build/\n")
    assert warnings() == []


def test_staff_are_told_when_others_can_read_the_participants_file(tmp_path: Path) -> None:
    """The packs were made owner-only, but the file they were made from, with everyone's
    needs, stayed readable by every user of the computer, and nothing said so."""
    from easyread.reporting import BufferReporter

    root = write_project(tmp_path / "project", participants=_TEXT_ONLY)
    participants = root / "private" / "participants.yml"

    def warnings() -> list[str]:
        reporter = BufferReporter()
        make_packs(root, only=("t1",), reporter=reporter)
        return [text for kind, text in reporter.messages if kind == "warning"]

    participants.chmod(0o644)  # as an editor saves it, with the usual umask
    assert warnings() == [
        "private/participants.yml: other people who use this computer can read this file, "
        "though the packs made from it are only yours. Run 'chmod 600 "
        "private/participants.yml' to keep it to yourself."
    ]
    participants.chmod(0o600)
    assert warnings() == []
