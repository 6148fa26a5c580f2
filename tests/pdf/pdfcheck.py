"""Read a PDF the way a checker does: its tags with pikepdf, its text with pdftotext."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pikepdf


def structure(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element, in the order of the tag tree (reading order)."""

    def walk(node: object) -> Iterator[pikepdf.Dictionary]:
        if isinstance(node, pikepdf.Array):
            for item in node:
                yield from walk(item)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            yield node
            if "/K" in node:
                yield from walk(node.K)

    yield from walk(pdf.Root.StructTreeRoot.K)


@cache
def pages_text(path: Path) -> tuple[str, ...]:
    """The text of each page, as pdftotext reads it (whitespace made single spaces)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return tuple(normal(page) for page in text.split("\f")[:-1])


def normal(text: str) -> str:
    """``text`` with single spaces and no list bullets (pdftotext puts them in the text)."""
    return " ".join(text.replace("\u2022", " ").split())


def words(text: str, count: int, last: bool = False) -> str:
    """The first (or last) ``count`` words of ``text``."""
    found = text.split()
    return " ".join(found[-count:] if last else found[:count])


def page_of(path: Path, text: str, start: int = 0) -> int:
    """The first page (0-based, from ``start``) whose text has ``text``; -1 when none has.

    Spaces and hyphens do not count: a web address too long for a line is broken over two,
    and pdftotext joins a line ending in a hyphen to the next without it.
    """
    wanted = _squeeze(text)
    for index, page in enumerate(pages_text(path)[start:], start=start):
        if wanted in _squeeze(page):
            return index
    return -1


def _squeeze(text: str) -> str:
    return "".join(normal(text).split()).replace("-", "")
