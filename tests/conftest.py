"""Shared fixtures: small scratch projects written inline, as a user would write them."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent

CONFIG = """\
title: Test group
organisation: Test council
contact:
  phone: 01632 960000
"""

MakeProject = Callable[..., Path]


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What easyread keeps between commands in the user's cache folder (the picture library)
    goes into one of the tests' own, not the home folder of the machine that runs them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


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


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=user-gesture-required",  # as a reader's browser: no sound before a click
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless, driven by playwright: one for the whole test run."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed: run 'tools/system-deps test' as root")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()
