"""Shared fixtures: small scratch projects written inline, as a user would write them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

CONFIG = """\
title: Test group
organisation: Test council
contact:
  phone: 01632 960000
"""

MakeProject = Callable[..., Path]


@pytest.fixture
def make_project(tmp_path: Path) -> MakeProject:
    """Write a project: ``make_project({"content/a.md": "..."}, config=...)``; returns its folder."""

    def make(
        files: dict[str, str | bytes], config: str | None = CONFIG, name: str = "project"
    ) -> Path:
        root = tmp_path / name
        root.mkdir()
        if config is not None:
            (root / "easyread.yml").write_text(config, encoding="utf-8")
        (root / "content").mkdir()
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make
