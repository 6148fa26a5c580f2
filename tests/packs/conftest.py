"""One public build and one run of ``easyread packs``, shared by the tests that look at them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from packs.packproject import TODAY, write_project

from easyread.build import build
from easyread.packs.make import PacksResult, make_packs
from easyread.reporting import BufferReporter


@dataclass(frozen=True)
class Made:
    root: Path
    result: PacksResult
    reporter: BufferReporter

    @property
    def packs(self) -> Path:
        return self.result.out

    @property
    def public(self) -> Path:
        return self.root / "build"


def public_build(root: Path) -> None:
    """The site, the text versions, print at the project's own size and audio, in build/."""
    build(root, None, ("html", "text", "pdf", "audio"), jobs=2, checks=False)


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    root = write_project(tmp_path_factory.mktemp("packs") / "project")
    public_build(root)
    reporter = BufferReporter()
    result = make_packs(root, jobs=2, reporter=reporter, today=TODAY)
    return Made(root, result, reporter)
