"""``easyread packs`` as a user runs it: messages, exit codes, ids only."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from packs.packproject import write_project
from packs.test_participants import BAD, SECRETS

from easyread.cli import main

TEXT_ONLY = """\
participants:
  - {id: c1, name: Commandy Fakename, call_me: Commandy, formats: [plain-text], sent: email, review: 2020-01-01}
  - {id: c2, name: Othery Fakename, call_me: Othery, formats: [plain-text], sent: post, review: 2030-01-01}
  - {id: c3, name: Thirdy Fakename, call_me: Thirdy, formats: [plain-text], sent: post, review: 2030-01-01}
"""


def test_packs_command_makes_the_packs(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", participants=TEXT_ONLY)
    result = CliRunner().invoke(main, ["packs", str(root)])
    assert result.exit_code == 0, result.output
    assert "Made 3 packs into" in result.output
    assert "index.html" in result.output
    assert "c1: Review date passed" in result.output
    assert "Commandy" not in result.output
    assert (root / "build" / "packs" / "c1" / "letter.txt").is_file()
    result = CliRunner().invoke(main, ["packs", str(root), "--only", "c1,c2", "--only", "c3"])
    assert result.exit_code == 0, result.output
    assert "Made 3 packs into" in result.output
    result = CliRunner().invoke(main, ["packs", str(root), "--only", "c2", "-q"])
    assert "Made 1 pack into" in result.output
    assert "Made the pack for" not in result.output
    assert "c1:" not in result.output  # a pack for c2 says nothing of c1's review date
    # run in content/, as 'build' is, it makes the packs of the project above
    result = CliRunner().invoke(main, ["packs", str(root / "content"), "--only", "c2", "-q"])
    assert result.exit_code == 0 and "Made 1 pack into" in result.output, result.output


def test_bad_records_exit_1_without_names(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", participants=BAD)
    result = CliRunner().invoke(main, ["packs", str(root)])
    assert result.exit_code == 1
    assert "bad01: format 2" in result.output
    for secret in SECRETS:
        assert secret not in result.output
    assert not (root / "build" / "packs").exists()


def test_unknown_id_and_public_folder_exit_2(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", participants=TEXT_ONLY)
    result = CliRunner().invoke(main, ["packs", str(root), "--only", "nobody"])
    assert result.exit_code == 2
    assert "--only: the 1st of the ids you gave is not in the participants file." in result.output
    for given in ("Quentin Fakeperson", "quentin"):  # a name by mistake is not repeated
        result = CliRunner().invoke(main, ["packs", str(root), "--only", given])
        assert result.exit_code == 2 and "the 1st of the ids" in result.output
        assert "uentin" not in result.output  # a CI log would keep it
    result = CliRunner().invoke(main, ["packs", str(root), "--out", str(root / "build" / "site")])
    assert result.exit_code == 2
    assert "which is public" in result.output


def test_a_folder_that_cannot_be_made_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    """--out under a file (or a full disk, a folder not ours) gave a Python traceback."""
    root = write_project(tmp_path / "project", participants=TEXT_ONLY)
    (tmp_path / "a-file").write_text("not a folder")
    result = CliRunner().invoke(main, ["packs", str(root), "--out", str(tmp_path / "a-file" / "p")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, OSError)
    assert f"{tmp_path / 'a-file'}: " in result.output
    assert "A file is in the way, where easyread needs a folder." in result.output
    assert "Nothing was changed in the output." in result.output
