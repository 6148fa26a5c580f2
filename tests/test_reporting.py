"""Progress on the command line: plain lines where there is no terminal (CI, log files)."""

from __future__ import annotations

import pytest

from easyread.terminal import TerminalReporter


def run_stage(reporter: TerminalReporter) -> None:
    for done in range(4):
        reporter.progress("pdf", done, 3, f"doc-{done}.pdf" if done else "")
    reporter.info("Made the pdf output.")
    reporter.warning("print: a picture is very small.")


def test_without_a_terminal_progress_is_one_line_when_done(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_stage(TerminalReporter())
    assert capsys.readouterr().err.splitlines() == [
        "pdf: 3 of 3",
        "Made the pdf output.",
        "Warning: print: a picture is very small.",
    ]


def test_verbose_says_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    run_stage(TerminalReporter(verbose=True))
    assert capsys.readouterr().err.splitlines()[:4] == [
        "pdf: 0 of 3",
        "pdf: 1 of 3: doc-1.pdf",  # which file is made, to see which one is slow
        "pdf: 2 of 3: doc-2.pdf",
        "pdf: 3 of 3: doc-3.pdf",
    ]


def test_quiet_says_only_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    run_stage(TerminalReporter(quiet=True))
    assert capsys.readouterr().err.splitlines() == ["Warning: print: a picture is very small."]


def test_on_a_terminal_progress_counts_up_on_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reporter = TerminalReporter()
    reporter.terminal = True
    run_stage(reporter)
    assert (
        capsys.readouterr().err.split("\n")[0]
        == "pdf: 0 of 3\rpdf: 1 of 3\rpdf: 2 of 3\rpdf: 3 of 3"
    )


def test_verbose_on_a_terminal_says_every_step_a_line_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reporter = TerminalReporter(verbose=True)
    reporter.terminal = True
    run_stage(reporter)
    assert capsys.readouterr().err.splitlines()[:4] == [
        "pdf: 0 of 3",
        *(f"pdf: {n} of 3: doc-{n}.pdf" for n in range(1, 4)),
    ]


def test_without_a_terminal_a_long_stage_says_how_far_it_is_now_and_then(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CI job of 302 PDFs said nothing for minutes, then "print: 302 of 302"."""
    monkeypatch.setenv("CI", "true")  # a CI service's terminal is no terminal to count on
    reporter = TerminalReporter()
    assert not reporter.terminal
    for done in range(101):
        reporter.progress("print", done, 100)
    assert capsys.readouterr().err.splitlines() == [
        f"print: {n} of 100" for n in range(10, 101, 10)
    ]


def test_a_stage_that_starts_again_counts_its_tenths_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The preview builds again and again with one reporter: the second build's tenths were
    counted from where the first ended."""
    reporter = TerminalReporter()
    for _ in range(2):
        for done in range(101):
            reporter.progress("print", done, 100)
    lines = capsys.readouterr().err.splitlines()
    assert lines == 2 * [f"print: {n} of 100" for n in range(10, 101, 10)]
