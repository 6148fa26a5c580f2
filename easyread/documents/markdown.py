"""Markdown documents: YAML front matter, then points separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import Problems
from ..schema import validate
from ..yamlfile import load_yaml
from .draft import Draft, RawPoint, RawSection
from .schemas import Meta, check_meta, normalise

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
    if meta is not None:
        check_meta(meta, lines, problems)
    if meta is None:  # reported; go on, so problems in the body are reported in the same run
        meta = Meta(title=str(data.get("title") or slug))
    body_start = text[: match.end()].count("\n")
    sections = _sections(text[match.end() :], body_start, md)
    picture_line = lines.line(("picture",)) or 2
    return Draft(shown, file, slug, meta, sections, picture_line=picture_line)


def _sections(body: str, offset: int, md: MarkdownIt) -> list[RawSection]:
    """Split the body into sections (at headings) and points (blocks; a list joins the point above).

    The body is parsed once; each point keeps its tokens, and its source is the exact run of
    file lines it covers, so lines inside it map back to the file.
    """
    lines = body.split("\n")
    base = offset + 1
    sections = [RawSection(None, base)]
    tokens = md.parse(body, {})
    for start_index, end_index in _blocks(tokens):
        first = tokens[start_index]
        assert first.map is not None
        start, end = first.map
        if first.type == "heading_open":
            sections.append(RawSection(tokens[start_index + 1].content, base + start))
            continue
        if first.type == "hr":
            continue
        block = tuple(tokens[start_index:end_index])
        points = sections[-1].points
        if first.type in ("bullet_list_open", "ordered_list_open") and points:
            previous = points.pop()
            block = (*(previous.tokens or ()), *block)
            start = previous.line - base
        source = "\n".join(lines[start:end]).strip("\n")
        points.append(RawPoint(source, base + start, tokens=block, base=base))
    if sections[0].points:
        sections[0].line = sections[0].points[0].line
    elif len(sections) > 1:
        sections.pop(0)
    return sections


def _blocks(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, after last) token index of each top-level block."""
    blocks = []
    start = 0
    for i, token in enumerate(tokens):
        if token.level != 0:
            continue
        if token.nesting == 1:
            start = i
        elif token.nesting == 0:
            blocks.append((i, i + 1))
        else:
            blocks.append((start, i + 1))
    return blocks
