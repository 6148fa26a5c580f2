"""Markdown documents: YAML front matter, then points separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from ..errors import Problems
from ..schema import validate
from ..yamlfile import load_yaml
from .draft import Draft, RawPoint, RawSection
from .schemas import Meta, normalise

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def read_markdown(
    text: str, file: Path, shown: str, slug: str, md: MarkdownIt, problems: Problems
) -> Draft | None:
    """A draft of a Markdown document, or None (with problems recorded) when it cannot be read."""
    match = FRONT_MATTER.match(text)
    if not match:
        problems.add(
            shown,
            1,
            "The document has no front matter.",
            "Start the file with a line '---', then 'title: ...', then another line '---'.",
        )
        return None
    data, lines = load_yaml(match[1] or "", shown, first_line=2)
    if not isinstance(data, dict):
        problems.add(shown, 2, "The front matter must be 'name: value' lines.", "Add 'title: ...'.")
        return None
    if data.get("type", "page") != "page":
        problems.add(
            shown,
            lines.line(("type",)),
            f"type: a Markdown document can only be a page, got {data['type']!r}.",
            "Write meetings, minutes and glossaries as .yml files, or remove 'type:'.",
        )
        return None
    meta = validate(Meta, normalise(data), lines, problems)
    if meta is None:  # reported; go on, so problems in the body are reported in the same run
        meta = Meta(title=str(data.get("title") or slug))
    body_start = text[: match.end()].count("\n")
    return Draft(shown, file, slug, meta, _sections(text[match.end() :], body_start, md))


def _sections(body: str, offset: int, md: MarkdownIt) -> list[RawSection]:
    """Split the body into sections (at headings) and points (blocks; a list joins the point above).

    A point's source is the exact run of file lines it covers, so lines inside it map back.
    """
    lines = body.split("\n")
    sections = [RawSection(None, offset + 1)]
    for i, token in enumerate(tokens := md.parse(body, {})):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        start, end = token.map
        if token.type == "heading_open":
            sections.append(RawSection(tokens[i + 1].content, offset + start + 1))
            continue
        points = sections[-1].points
        if token.type in ("bullet_list_open", "ordered_list_open") and points:
            start = points.pop().line - offset - 1
        if token.type != "hr":
            points.append(RawPoint("\n".join(lines[start:end]).strip("\n"), offset + start + 1))
    if sections[0].points:
        sections[0].line = sections[0].points[0].line
    elif len(sections) > 1:
        sections.pop(0)
    return sections
