"""The print stage inside a whole build: files in build/print, reused when current."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf.printproject import MORE, write_project

from easyread import render
from easyread.build import build
from easyread.reporting import BufferReporter

CONFIG = """\
title: Build Group
organisation: Build Council
contact: {phone: 01632 960002}
"""


@pytest.fixture(autouse=True)
def pdf_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage as the build knows it (a no-op once ``pdf`` is in FORMATS)."""
    monkeypatch.setitem(render.FORMATS, "pdf", "easyread.render.pdf")


def test_a_build_prints_into_build_print_and_reuses_current_pdfs(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", {"content/more.md": MORE}, CONFIG)
    reporter = BufferReporter()
    first = build(root, formats=("pdf",), jobs=2, checks=False, reporter=reporter)
    assert sorted(p.relative_to(first.out).as_posix() for p in first.files) == [
        "print/more.pdf",
        "print/pack.pdf",
    ]
    assert all(p.is_file() for p in first.files)
    assert ("progress", "print 2/2") in reporter.messages
    second = build(root, formats=("pdf",), jobs=2, checks=False, print_sizes=("easy-read", "24"))
    assert sorted(second.made) == ["pdf:more-24pt.pdf", "pdf:pack-24pt.pdf"]
    assert (second.out / "print" / "more-24pt.pdf").is_file()
