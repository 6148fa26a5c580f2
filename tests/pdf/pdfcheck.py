"""Read a PDF the way a checker does: its tags with pikepdf, its text with pdftotext."""

from __future__ import annotations

import bisect
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
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


@dataclass(frozen=True)
class Flow:
    """A PDF's text as one string of letters and digits (no spaces or punctuation: pdftotext
    adds bullets, drops a hyphen at the end of a line and breaks long web addresses), with
    where each page starts in it."""

    text: str
    starts: tuple[int, ...]

    def find(self, fragment: str, start: int = 0) -> int:
        """Where ``fragment`` is, at ``start`` or after; -1 when it is not there."""
        return self.text.find(squeeze(fragment), start)

    def span(self, text: str, start: int = 0) -> tuple[int, int]:
        """Where the first and the last letter of ``text`` are, at ``start`` or after,
        found by its first and last 6 words; (-1, -1) when it is not there."""
        first, last = words(text, 6), words(text, 6, last=True)
        begin = self.find(first, start)
        end = self.find(last, begin) if begin >= 0 else -1
        return (begin, end + len(squeeze(last)) - 1) if end >= 0 else (-1, -1)

    def page(self, offset: int) -> int:
        """The page (0-based) of the letter at ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1


NOTE = re.compile(r"\s?\((?:“[^”]*”|page\s\d+)\)")
"""What print adds after a link to another document: its title, or its page in the pack."""


@cache
def flow(path: Path) -> Flow:
    """The letters and digits of every page, without the notes after links (the documents'
    own text has none), and where each page starts."""
    text, starts = "", []
    for page in pages_text(path):
        starts.append(len(text))
        text += squeeze(NOTE.sub("", page))
    return Flow(text, tuple(starts))


def squeeze(text: str) -> str:
    """Only the letters and digits of ``text``."""
    return re.sub(r"[\W_]+", "", text)


@dataclass(frozen=True)
class Page:
    """A page's size and every character on it, as pdfplumber reads them."""

    number: int
    width: float
    height: float
    chars: tuple[dict[str, Any], ...]


@cache
def characters(path: Path) -> tuple[Page, ...]:
    """Every page's characters (read once per file: pdfplumber is slow)."""
    with pdfplumber.open(path) as pdf:
        return tuple(
            Page(page.page_number, float(page.width), float(page.height), tuple(page.chars))
            for page in pdf.pages
        )
