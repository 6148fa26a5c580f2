"""One build of the audio stage, shared by the tests that only look at what it made."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from audio.spoken import write_project

from easyread.documents import load_project
from easyread.model import Project
from easyread.render import RenderOptions
from easyread.render.audio import render
from easyread.reporting import BufferReporter


@dataclass(frozen=True)
class Spoken:
    project: Project
    out: Path
    files: list[Path]
    reporter: BufferReporter

    @property
    def audio(self) -> Path:
        return self.out / "audio"


def speak(root: Path, out: Path, jobs: int = 2) -> Spoken:
    project = load_project(root)
    reporter = BufferReporter()
    options = RenderOptions(formats=("audio",), jobs=jobs, reporter=reporter)
    return Spoken(project, out, render(project, out, options), reporter)


@pytest.fixture(scope="session")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Spoken:
    root = write_project(tmp_path_factory.mktemp("project"))
    return speak(root, tmp_path_factory.mktemp("build"))
