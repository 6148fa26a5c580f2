"""Small text helpers that many parts share."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.textformat import file_slug, slugify


@pytest.mark.parametrize(
    "path",
    ["content/a.md", "a..md", "x/.hidden", "x.", "c/a.b.yml", "Über Uns.md", "noext", "s/Ab C.yml"],
)
def test_a_files_slug_is_the_slug_of_its_stem(path: str) -> None:
    """The loader names pages with it, as it did with ``Path.stem`` (a quicker way)."""
    assert file_slug(path) == slugify(Path(path).stem)
