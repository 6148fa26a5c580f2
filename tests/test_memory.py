"""The build collects garbage less often while it runs, and puts the collector back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

import easyread.build
from easyread.build import build
from easyread.errors import ContentError
from easyread.memory import THRESHOLDS, fewer_collections


def test_the_thresholds_are_raised_inside_and_put_back_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == THRESHOLDS
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before


def test_a_build_runs_with_fewer_collections(
    make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project({"content/a.md": page()})
    seen = []
    load = easyread.build.load_project

    def watched(*args: object) -> object:
        seen.append(gc.get_threshold())
        return load(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(easyread.build, "load_project", watched)
    before = gc.get_threshold()
    build(root, tmp_path / "out", ("html",))
    assert seen == [THRESHOLDS] and gc.get_threshold() == before
    (root / "content" / "a.md").write_text("no front matter\n")
    with pytest.raises(ContentError):
        build(root, tmp_path / "out", ("html",))
    assert gc.get_threshold() == before
