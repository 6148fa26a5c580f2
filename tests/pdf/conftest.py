"""The small project printed once per test session, at every named print size, with 2 workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf.printproject import EXAMPLE_SIZES, GLOSSARY, MORE, SIZES, WELCOME, Printed, write_project

from easyread.documents import load_project
from easyread.render import RenderOptions
from easyread.render.pdf import render
from easyread.reporting import BufferReporter


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    root = write_project(
        tmp_path_factory.mktemp("pdf") / "project",
        {"content/welcome.md": WELCOME, "content/more.md": MORE, "content/glossary.yml": GLOSSARY},
    )
    project = load_project(root)
    out = root / "build"
    reporter = BufferReporter()
    files = render(project, out, RenderOptions(jobs=2, print_sizes=SIZES, reporter=reporter))
    return Printed(project, out / "print", files, reporter)


@pytest.fixture(scope="session")
def example(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    """The example project of the repository (``content/``), printed at EXAMPLE_SIZES."""
    project = load_project(Path(__file__).resolve().parents[2])
    out = tmp_path_factory.mktemp("example")
    reporter = BufferReporter()
    files = render(
        project, out, RenderOptions(jobs=2, print_sizes=EXAMPLE_SIZES, reporter=reporter)
    )
    return Printed(project, out / "print", files, reporter)
