"""Path mode: read any Markdown or text file into a :class:`Source`.

Markdown block structure comes from markdown-it-py (its tokens know their source lines); the
project's inline markup is read by :mod:`.inline`. A file with front matter or ``[picture]``
markers is easyread content: each point needs a picture and someone who checked it. Text from
elsewhere is judged on its writing only, and a short line with no full stop is a heading.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..errors import ConfigError, Problem
from ..yamlfile import read_text
from .directives import disabled_lines, unknown_rules
from .frontmatter import FrontMatter, read_front_matter
from .inline import PICTURE, Segment, parse_inline
from .text import Block, BlockKind, Source

_MARKER = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)*")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*")
_ENDS = (".", "!", "?", ":", ";", ",", "…")
HEADING_WORDS = 12
"""A line of text from elsewhere with no full stop and at most this many words is a heading."""


@dataclasses.dataclass
class _Raw:
    kind: BlockKind
    segments: list[Segment]
    starts_point: bool


def read_source(path: Path, shown: str, glossary: frozenset[str] = frozenset()) -> Source:
    """The file at ``path`` as the checker's input; ``shown`` names it in messages."""
    text = read_text(path, shown)
    lines = text.split("\n")
    front = read_front_matter(lines, shown)
    _refuse_unknown_rules(tuple(lines), shown)
    body = lines[front.end :]
    if path.suffix.lower() in (".md", ".markdown"):
        raws = _markdown_blocks(body, front.end)
    else:
        raws = _text_blocks(body, front.end)
    points = [r for r in raws if r.starts_point and r.segments]
    marked = sum(bool(PICTURE.match(r.segments[0][2])) for r in points)
    easyread = bool(front.values) or (marked > 0 and marked * 2 >= len(points))
    blocks = _front_blocks(front, lines) + _blocks(raws, easyread)
    return Source(
        path=shown,
        lines=tuple(lines),
        blocks=tuple(blocks),
        checked_by=front.checked_by if easyread else None,
        checked_line=front.lines.line(("checked_by",)) or 1,
        checked_dates=front.checked_dates,
        pictures=easyread,
        settings=front.settings,
        disabled=disabled_lines(tuple(lines)),
        glossary=glossary,
        language=str(front.values.get("language") or "en"),
    )


def _blocks(raws: list[_Raw], easyread: bool) -> list[Block]:
    blocks: list[Block] = []
    point = 0
    for raw in raws:
        kind = raw.kind
        if not easyread and kind == "point" and _looks_like_heading(raw.segments):
            kind = "heading"
        if kind == "heading" or raw.starts_point:
            point += 1
        parsed = parse_inline(
            raw.segments, kind, point, picture_marker=raw.starts_point, line_breaks=easyread
        )
        if not easyread or kind != "point":
            parsed = [dataclasses.replace(b, picture=None) for b in parsed]
        blocks += parsed
    return blocks


def _looks_like_heading(segments: list[Segment]) -> bool:
    if len(segments) != 1:
        return False
    text = segments[0][2].strip()
    return bool(text) and not text.endswith(_ENDS) and len(text.split()) <= HEADING_WORDS


def _markdown_blocks(body: list[str], offset: int) -> list[_Raw]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse("\n".join(body))
    raws: list[_Raw] = []
    items = 0
    previous = ""
    for token in tokens:
        if token.type == "list_item_open":
            items += 1
        elif token.type == "list_item_close":
            items -= 1
        elif token.type in ("heading_open", "paragraph_open") and token.map:
            first, last = token.map
            if token.type == "heading_open":
                raw = _segments(body, first, first + 1, offset, _HEADING)
                raws.append(_Raw("heading", _strip_closing_hashes(raw), False))
            elif items:
                raw = _segments(body, first, last, offset, _MARKER)
                raws.append(_Raw("item", raw, previous not in ("point", "item")))
            else:
                raws.append(_Raw("point", _segments(body, first, last, offset, None), True))
            previous = raws[-1].kind
        elif token.type in ("html_block", "fence", "code_block", "hr"):
            previous = ""
    return raws


def _segments(
    body: list[str], first: int, last: int, offset: int, marker: re.Pattern[str] | None
) -> list[Segment]:
    segments: list[Segment] = []
    for index in range(first, last):
        raw = body[index]
        start = _QUOTE.match(raw)
        column = start.end() if start else 0
        if index == first and marker and (found := marker.match(raw, column)):
            column = found.end()
        while column < len(raw) and raw[column] in " \t":
            column += 1
        segments.append((offset + index + 1, column + 1, raw[column:].rstrip()))
    return segments


def _strip_closing_hashes(segments: list[Segment]) -> list[Segment]:
    return [(line, column, re.sub(r"[ \t]+#+$", "", text)) for line, column, text in segments]


def _text_blocks(body: list[str], offset: int) -> list[_Raw]:
    raws: list[_Raw] = []
    current: _Raw | None = None
    for index, raw in enumerate(body):
        if not raw.strip():
            current = None
            continue
        line = offset + index + 1
        marker = _MARKER.match(raw)
        if marker:
            starts = current is None and (not raws or raws[-1].kind == "heading")
            current = _Raw("item", [(line, marker.end() + 1, raw[marker.end() :].rstrip())], starts)
            raws.append(current)
        elif current is None:
            column = len(raw) - len(raw.lstrip())
            current = _Raw("point", [(line, column + 1, raw.strip())], True)
            raws.append(current)
        else:
            column = len(raw) - len(raw.lstrip())
            current.segments.append((line, column + 1, raw.strip()))
    return raws


def _front_blocks(front: FrontMatter, lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for key, kind in (("title", "title"), ("summary", "summary")):
        value = front.values.get(key)
        line = front.lines.line((key,))
        if not isinstance(value, str) or line is None:
            continue
        column = lines[line - 1].find(value[:20])
        column = column + 1 if column >= 0 else len(key) + 3
        block_kind: BlockKind = "title" if kind == "title" else "summary"
        blocks += parse_inline([(line, column, value)], block_kind, 0)
    return blocks


def _refuse_unknown_rules(lines: tuple[str, ...], shown: str) -> None:
    problems = [
        Problem(
            shown, line, None, f"there is no rule {rule} to disable.", "Write rules like ER001."
        )
        for line, rule in unknown_rules(lines)
    ]
    if problems:
        raise ConfigError(problems)
