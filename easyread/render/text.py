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
from collections.abc import Iterator, Mapping
from functools import partial
from pathlib import Path

from ..config import Config
from ..coproduction.data import FormData
from ..fingerprint import fingerprint
from ..model import Document, Point, Project
from ..textformat import long_date
from . import RenderOptions
from .outputs import Outputs
from .rows import OTHER_FORMATS, ask
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
        back = back_pages(document, project.config)
        key = fingerprint(project.fingerprint(document), sorted(titles.items()), back)
        written += outputs.job(
            f"text:{document.slug}",
            key,
            partial(_write, folder, document, titles, project.config),
        )
    return written


def _write(
    folder: Path, document: Document, titles: Mapping[str, str], config: Config
) -> list[Path]:
    """Write the document's plain text and Markdown into ``folder``; the files."""
    paths = []
    for suffix, text in (
        (".txt", plain_text(document, titles, config)),
        (".md", markdown(document, titles, config)),
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


def plain_text(
    document: Document,
    titles: Mapping[str, str] | None = None,
    config: Config | None = None,
    pictures: bool = True,
) -> str:
    """The document as plain text: title underlined, headings underlined, one point a block.
    ``titles``: of the documents it links to, by page, named after the links' words. With
    ``config``, it ends as the printed copy does: who wrote and checked it, and how to ask
    for it in other formats. ``pictures``: whether each picture is described (braille leaves
    them out: a line each that says nothing to its reader)."""
    out = [document.title, "=" * len(document.title), ""]
    if document.summary:
        out += [document.summary, ""]
    for heading, lines in _parts(document, titles, config, pictures, markdown=False):
        if heading:
            out += [heading, "-" * len(heading), ""]
        out += lines
    return "\n".join(out).rstrip() + "\n"


def _plain(block: Block) -> str:
    if block.kind == "item":
        return "- " + block.text.replace("\n", "\n  ")
    return block.text


def markdown(
    document: Document, titles: Mapping[str, str] | None = None, config: Config | None = None
) -> str:
    """The document as Markdown: ``#`` title, ``##`` headings, pictures described in brackets;
    ``titles`` and ``config`` as for :func:`plain_text`."""
    out = [f"# {_escape(document.title)}", ""]
    if document.summary:
        out += [_escape(document.summary), ""]
    for heading, lines in _parts(document, titles, config, True, markdown=True):
        if heading:
            out += [f"## {_escape(heading)}", ""]
        out += lines
    return "\n".join(out).rstrip() + "\n"


def _parts(
    document: Document,
    titles: Mapping[str, str] | None,
    config: Config | None,
    pictures: bool,
    markdown: bool,
) -> Iterator[tuple[str | None, list[str]]]:
    """Each section's heading and lines, then the back pages' (with ``config``)."""
    form = document.data if isinstance(document.data, FormData) else None
    for section in document.sections:
        field = form.field(section.anchor) if form else None
        lines: list[str] = []
        for number, point in enumerate(section.points):
            note = picture_note(point) if pictures else ""
            if note:
                lines += [_escape(note), ""] if markdown else [note]
            # a form: a box to tick before each answer, room to write after a question
            tick = "[ ] " if field and field.kind == "choice" and number else ""
            lines += _blocks(point, titles, markdown, tick)
            if field and field.kind == "words":
                lines += ["", "Your answer:", "", ""]
            lines.append("")
        yield section.heading, lines
    if config is not None:
        for heading, rows in back_pages(document, config):
            if markdown:  # a paragraph each
                yield heading, [line for row in rows for line in (_escape(row), "")]
            else:
                yield heading, [*rows, ""]


def _blocks(point: Point, titles: Mapping[str, str] | None, markdown: bool, tick: str) -> list[str]:
    lines: list[str] = []
    previous = ""
    for block in blocks(point.html, markdown, titles):
        if not markdown:
            lines.append(tick + _plain(block))
            continue
        if previous and (block.kind != "item" or previous != "item"):
            lines.append("")
        text = block.text.replace("\n", "\\\n")
        lines.append(f"- {text}" if block.kind == "item" else tick.replace("[ ]", "\\[ \\]") + text)
        previous = block.kind
    return lines


def back_pages(document: Document, config: Config) -> list[tuple[str, list[str]]]:
    """What the printed copy says after the document: who wrote and checked it (ER015), and
    how to ask for it in other formats, with the group's contact details."""
    about = [f"Written by {document.author}."] if document.author else []
    about += [
        f"Checked by {check.name}" + (f" on {long_date(check.date)}." if check.date else ".")
        for check in document.checked_by
    ]
    contact = config.contact
    formats = [OTHER_FORMATS, ask(config)]
    formats += [f"Phone: {contact.phone}"] if contact.phone else []
    formats += [f"Text message: {contact.text}"] if contact.text else []
    formats += [f"Email: {contact.email}"] if contact.email else []
    formats += [f"Write to: {contact.address}"] if contact.address else []
    pages = [("About this document", about)] if about else []
    return [*pages, ("Other formats", formats)]


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
