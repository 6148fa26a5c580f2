"""``easyread build`` runs the checks: the totals, a summary line per document with -v;
``--strict`` stops on errors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from easyread.cli import main
from easyread.starter import create


def test_a_normal_build_prints_the_totals_and_with_v_a_summary_per_document(
    tmp_path: Path,
) -> None:
    create(tmp_path / "p")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "p"), "--format", "html", "-v"])
    assert result.exit_code == 0, result.output
    assert (
        "content/welcome.md: ready. 73 words in 10 sentences; 6.8 words a sentence (longest 9); "
        "0.0% hard words; 0 of 4 points without a picture; 0 errors, 1 warning."
    ) in result.stderr.splitlines()
    totals = "2 documents checked: 2 ready, 0 need work; 0 errors, 1 warning."
    assert totals in result.stderr.splitlines()


def test_strict_fails_the_build_on_a_warning(tmp_path: Path) -> None:
    create(tmp_path / "p")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "p"), "--format", "html", "--strict"]
    )
    assert result.exit_code == 1
    assert (
        'content/welcome.md:6:1: ER015 Say when "Our checking group" checked this document: '
        "add 'date:' under their name."
    ) in result.stderr.splitlines()
    assert not (tmp_path / "p" / "build").exists()
