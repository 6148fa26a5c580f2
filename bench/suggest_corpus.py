"""List the best picture suggested for each point of the easy-read corpus, to read as a user.

    .venv/bin/python bench/suggest_corpus.py [MULBERRY_FOLDER] [FILES...] > before.txt

Mulberry (default /work/shared/symbol-sets/mulberry) is imported into a temporary project, so
its pictures are offered after OpenMoji's, as in a real project. Each paragraph of each file
(default /work/shared/corpus/easy/*.md) counts as a point. Compare two runs with ``diff``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from easyread.symbols.library import load_library
from easyread.symbols.mulberry import import_mulberry

MULBERRY = Path("/work/shared/symbol-sets/mulberry")
CORPUS = Path("/work/shared/corpus/easy")


def points(file: Path) -> list[str]:
    """The paragraphs of a file, without comments, headings' hashes or list bullets."""
    found = []
    for line in file.read_text(encoding="utf-8").splitlines():
        line = line.strip().lstrip("#*- ").strip()
        if line and not line.startswith("<!--") and not line.startswith("---"):
            found.append(line)
    return found


def main(args: list[str]) -> None:
    mulberry = Path(args[0]) if args else MULBERRY
    files = [Path(a) for a in args[1:]] or sorted(CORPUS.glob("*.md"))
    with tempfile.TemporaryDirectory() as folder:
        import_mulberry(mulberry, Path(folder))
        library = load_library(Path(folder))
        for file in files:
            for text in points(file):
                found = library.index.suggest(text, limit=3)
                names = " ".join(f"[{m.symbol.set}/{m.symbol.id}]" for m in found) or "-"
                print(f"{file.name[:2]}: {text[:70]}\n    {names}")


if __name__ == "__main__":
    main(sys.argv[1:])
