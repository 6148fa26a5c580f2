"""The text stage: a plain-text and a Markdown version of every document.

For people who use a screen reader or read their information in an email: ``text/<slug>.txt``
and ``text/<slug>.md``. Each point keeps its lines and lists; its picture is described in
brackets (``[Picture: a calendar]``), and a hard word is explained under the point where it
first appears, as on the website. :func:`braille_ready` turns the plain text into text ready
for braille transcription (plain ASCII punctuation, 40 characters a line).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from functools import partial
from pathlib import Path

from ..fingerprint import fingerprint
from ..model import Document, Point, Project
from . import RenderOptions
from .outputs import Outputs
from .textblocks import Block, blocks

FOLDER = "text"
"""The stage's folder in the build."""

BRAILLE_WIDTH = 40
"""Characters a line in braille-ready text: the cells of a line on a standard braille page."""


def render(project: Project, out: Path, options: RenderOptions) -> list[Path]:
    """Write ``text/<slug>.txt`` and ``text/<slug>.md`` for every document."""
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    outputs = options.outputs or Outputs.start(out, None)
    written: list[Path] = []
    for document in project.documents:
        # recorded as the document's job, so the build knows whose files they are
        titles = project.linked_titles(document)
        key = fingerprint(project.fingerprint(document), sorted(titles.items()))
        written += outputs.job(
            f"text:{document.slug}", key, partial(_write, folder, document, titles)
        )
    return written


def _write(folder: Path, document: Document, titles: Mapping[str, str]) -> list[Path]:
    """Write the document's plain text and Markdown into ``folder``; the files."""
    paths = []
    for suffix, text in (
        (".txt", plain_text(document, titles)),
        (".md", markdown(document, titles)),
    ):
        path = folder / f"{document.slug}{suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def picture_note(point: Point) -> str:
    """``[Picture: a calendar]``, or nothing when the point has no picture."""
    if point.picture is None or not point.picture.alt.strip():
        return ""
    return f"[Picture: {point.picture.alt.strip()}]"


def plain_text(document: Document, titles: Mapping[str, str] | None = None) -> str:
    """The document as plain text: title underlined, headings underlined, one point a block.
    ``titles``: of the documents it links to, by page, named after the links' words."""
    out = [document.title, "=" * len(document.title), ""]
    if document.summary:
        out += [document.summary, ""]
    for section in document.sections:
        if section.heading:
            out += [section.heading, "-" * len(section.heading), ""]
        for point in section.points:
            note = picture_note(point)
            if note:
                out.append(note)
            out += [_plain(block) for block in blocks(point.html, False, titles)]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _plain(block: Block) -> str:
    if block.kind == "item":
        return "- " + block.text.replace("\n", "\n  ")
    return block.text


def markdown(document: Document, titles: Mapping[str, str] | None = None) -> str:
    """The document as Markdown: ``#`` title, ``##`` headings, pictures described in brackets;
    ``titles`` as for :func:`plain_text`."""
    out = [f"# {_escape(document.title)}", ""]
    if document.summary:
        out += [_escape(document.summary), ""]
    for section in document.sections:
        if section.heading:
            out += [f"## {_escape(section.heading)}", ""]
        for point in section.points:
            note = picture_note(point)
            if note:
                out += [_escape(note), ""]
            previous = ""
            for block in blocks(point.html, True, titles):
                if previous and (block.kind != "item" or previous != "item"):
                    out.append("")
                text = block.text.replace("\n", "\\\n")
                out.append(f"- {text}" if block.kind == "item" else text)
                previous = block.kind
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _escape(text: str) -> str:
    """Text that Markdown shows as it is."""
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([-+]|\d+[.)])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)


_ASCII = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2022": "-",
    }
)


def braille_ready(text: str, width: int = BRAILLE_WIDTH) -> str:
    """Plain text ready for braille transcription.

    Typographic quotes and dashes become plain ones, underlines (``====``) go, and every line
    is wrapped at ``width`` characters without breaking words; list items keep a hanging
    indent. Braille translation (contractions, page layout) is left to the transcriber.
    """
    lines: list[str] = []
    for line in text.translate(_ASCII).split("\n"):
        if line and set(line) <= {"=", "-"} and len(line) > 1:
            continue  # a title's or heading's underline
        if not line.strip():
            if lines and lines[-1]:
                lines.append("")
            continue
        item = line.startswith(("- ", "  "))
        lines += textwrap.wrap(
            line,
            width,
            subsequent_indent="  " if item else "",
            break_long_words=True,
            break_on_hyphens=False,
        )
    return "\n".join(lines).strip() + "\n"
