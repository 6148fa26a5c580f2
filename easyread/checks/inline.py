"""Inline markup of easyread content, turned into plain text that remembers its source places.

Understood: ``[picture]`` or ``[file.jpg: alt text]`` at the start of a point, ``{hard word}``
and ``{hard word: what it means}``, ``**bold**``, ``*italics*`` and ``_italics_``, ``<u>``,
``<i>`` and ``<em>``, links ``[text](address)`` and ``<https://...>``, backslash escapes and
HTML comments (which readers never see).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Block, BlockKind, Marked, MarkKind, Place

Segment = tuple[int, int, str]
"""A piece of one source line: its 1-based line, the column of its first character, its text."""

PICTURE = re.compile(
    r"\[([\w][\w \-]{0,40}|[^\[\]\s:]+\.(?:png|jpe?g|gif|svg|webp)(?::[^\[\]]*)?)\](?![(\[:])[ \t]*",
    re.IGNORECASE,
)
"""A picture marker: a symbol name, or an image file with ``: alt text``."""
IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>])")
_HARD = re.compile(r"\{([^{}:\n]+?)(?::[ \t]*([^{}\n]*?))?[ \t]*\}")
_BOLD = re.compile(r"\*\*|__")
_STAR = re.compile(r"\*(?=[^\s*])([^*\n]*?)(?<=[^\s*])\*")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?)(?<=[^\s_])_(?![\w_])")
_TAG = re.compile(r"<(/?)(u|i|em|b|strong)>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
_TAG_KINDS: dict[str, MarkKind] = {"u": "underline", "i": "italics", "em": "italics"}


@dataclass
class _Builder:
    kind: BlockKind
    point: int
    line_breaks: bool
    chars: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    marked: list[Marked] = field(default_factory=list)
    extra: list[Block] = field(default_factory=list)

    def emit(self, text: str, line: int, column: int) -> None:
        for i, char in enumerate(text):
            self.chars.append(char)
            self.places.append((line, column + i))

    def block(self, end: Place, picture: bool | None, alt: bool) -> Block:
        return Block(
            kind=self.kind,
            text="".join(self.chars),
            places=(*self.places, end),
            point=self.point,
            picture=picture,
            picture_alt=alt,
            marked=tuple(self.marked),
            line_breaks=self.line_breaks,
        )


def parse_inline(
    segments: list[Segment],
    kind: BlockKind,
    point: int,
    *,
    picture_marker: bool = False,
    picture: bool | None = None,
    line_breaks: bool = False,
) -> list[Block]:
    """The block for ``segments`` followed by a block for each explanation written in it.

    With ``picture_marker``, a ``[picture]`` at the start gives the block its picture.
    """
    builder = _Builder(kind, point, line_breaks)
    alt = True
    end: Place = (1, 1)
    for number, (line, column, raw) in enumerate(segments):
        start = 0
        if number == 0 and picture_marker:
            match = PICTURE.match(raw)
            picture = match is not None
            if match:
                name, _, described = match[1].partition(":")
                alt = not IMAGE_FILE.search(name.strip()) or bool(described.strip())
                start = match.end()
        if number:
            builder.emit("\n", *end)
        _scan(builder, raw, start, line, column)
        end = (line, column + len(raw))
    block = builder.block(end, picture, alt)
    return [block, *builder.extra]


def _scan(builder: _Builder, raw: str, pos: int, line: int, column: int) -> None:
    closing: dict[int, tuple[int, MarkKind, int]] = {}  # position -> (length, kind, start)
    open_tags: dict[str, int] = {}
    while pos < len(raw):
        if pos in closing:
            length, kind, begin = closing.pop(pos)
            builder.marked.append(Marked(begin, len(builder.chars), kind))
            pos += length
            continue
        here = len(builder.chars)
        if match := _COMMENT.match(raw, pos):
            pos = match.end()
        elif match := _ESCAPE.match(raw, pos):
            builder.emit(match[1], line, column + pos + 1)
            pos = match.end()
        elif match := _HARD.match(raw, pos):
            word = match[1].strip()
            builder.emit(word, line, column + match.start(1))
            hard: MarkKind = "explained-word" if match[2] is not None else "hard-word"
            builder.marked.append(Marked(here, len(builder.chars), hard))
            if match[2]:
                explanation = _Builder("explanation", builder.point, False)
                explanation.emit(match[2], line, column + match.start(2))
                end = (line, column + match.end(2))
                builder.extra.append(explanation.block(end, None, True))
            pos = match.end()
        elif match := _LINK.match(raw, pos):
            closing[match.end(1)] = (match.end() - match.end(1), "link", here)
            pos += 1
        elif match := _AUTOLINK.match(raw, pos):
            builder.emit(match[1], line, column + pos + 1)
            builder.marked.append(Marked(here, len(builder.chars), "link"))
            pos = match.end()
        elif match := _BOLD.match(raw, pos):
            pos = match.end()
        elif (match := _STAR.match(raw, pos)) or (match := _UNDERSCORE.match(raw, pos)):
            closing[match.end() - 1] = (1, "italics", here)
            pos += 1
        elif match := _TAG.match(raw, pos):
            name = match[2].lower()
            if name in _TAG_KINDS:
                if not match[1]:
                    open_tags[name] = here
                elif name in open_tags:
                    builder.marked.append(Marked(open_tags.pop(name), here, _TAG_KINDS[name]))
            pos = match.end()
        else:
            builder.emit(raw[pos], line, column + pos)
            pos += 1
