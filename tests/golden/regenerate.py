"""Build the golden project and keep its site as the expected output: ``make golden``.

Review the change with ``git diff tests/golden/expected`` before committing it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from easyread.build import build  # noqa: E402

BINARY = (".ttf", ".svg", ".png", ".txt")
"""Files compared by name only: fonts, pictures and licences copied as they are."""


def make_site(out: Path) -> Path:
    return build(HERE / "project", out / "build", ("html",)).out / "site"


def snapshot(site: Path) -> dict[str, str]:
    """Text files as text; copied files (whose bytes come from other packages) by name."""
    result = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            name = path.relative_to(site).as_posix()
            result[name] = "copied\n" if path.suffix in BINARY else path.read_text()
    return result


def regenerate() -> None:
    expected = HERE / "expected"
    shutil.rmtree(expected, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in snapshot(make_site(Path(tmp))).items():
            target = expected / (name + ".copied" if text == "copied\n" else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)


if __name__ == "__main__":
    regenerate()
