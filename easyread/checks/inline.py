"""Inline markup of easyread content, turned into plain text that remembers its source places.

Understood: ``[picture]`` or ``[file.jpg: alt text]`` at the start of a point, ``{hard word}``
and ``{hard word: what it means}``, ``**bold**``, ``*italics*`` and ``_italics_``, ``<u>``,
``<i>`` and ``<em>``, links ``[text](address)`` and ``<https://...>``, backslash escapes and
HTML comments (which readers never see).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Block, BlockKind, Marked, MarkKind, Place, Run

Segment = tuple[int, int, str]
"""A piece of one source line: its 1-based line, the column of its first character, its text."""

PICTURE = re.compile(
    r"\[([\w][\w \-]{0,40}|[^\[\]\s:]+\.(?:png|jpe?g|gif|svg|webp)(?::[^\[\]]*)?)\](?![(\[:])[^\S\n]*",
    re.IGNORECASE,
)
"""A picture marker: a symbol name, or an image file with ``: alt text``, then any spaces
(a non-breaking one from Word too)."""
IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>])")
_HARD = re.compile(r"\{\??([^{}:\n?]+?)(?::[ \t]*([^{}\n]*?))?[ \t]*\}")
_BOLD = re.compile(r"\*\*|__")
_STAR = re.compile(r"\*(?=[^\s*])([^*\n]*?)(?<=[^\s*])\*")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?)(?<=[^\s_])_(?![\w_])")
_TAG = re.compile(r"<(/?)(u|i|em|b|strong)>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
_TAG_KINDS: dict[str, MarkKind] = {"u": "underline", "i": "italics", "em": "italics"}
_MARKUP_CHARS = frozenset("<\\{[*_")
"""The characters markup can start with: every pattern above begins with one of them."""
_MARKUP_START = re.compile(r"[<\\{\[*_]")


@dataclass
class _Builder:
    kind: BlockKind
    point: int
    line_breaks: bool
    pieces: list[str] = field(default_factory=list)
    """The plain text so far, in pieces (joined once, at the end)."""
    length: int = 0
    """The length of the plain text so far: the offset of the next character."""
    runs: list[Run] = field(default_factory=list)
    marked: list[Marked] = field(default_factory=list)
    extra: list[Block] = field(default_factory=list)

    def emit(self, text: str, line: int, column: int) -> None:
        """Add ``text``, written on ``line`` from ``column`` on."""
        if text:
            self.pieces.append(text)
            self.runs.append((self.length, line, column))
            self.length += len(text)

    def block(self, end: Place, picture: bool | None, alt: bool) -> Block:
        return Block(
            kind=self.kind,
            text="".join(self.pieces),
            runs=(*self.runs, (self.length, *end)),
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
    """Read ``raw[pos:]`` into ``builder``: plain text in runs, markup where it starts.

    Markup can only start at one of ``<\\{[*_``, so the text up to the next such character
    (or the next place where a link or italics closes) is plain and is added in one piece.
    """
    closing: dict[int, tuple[int, MarkKind, int]] = {}  # position -> (length, kind, start)
    open_tags: dict[str, int] = {}
    size = len(raw)
    while pos < size:
        if pos in closing:
            length, kind, begin = closing.pop(pos)
            builder.marked.append(Marked(begin, builder.length, kind))
            pos += length
            continue
        if raw[pos] in _MARKUP_CHARS:
            pos = _markup(builder, raw, pos, line, column, closing, open_tags)
            continue
        found = _MARKUP_START.search(raw, pos)
        stop = min([found.start() if found else size, *(at for at in closing if at > pos)])
        builder.emit(raw[pos:stop], line, column + pos)
        pos = stop


def _markup(
    builder: _Builder,
    raw: str,
    pos: int,
    line: int,
    column: int,
    closing: dict[int, tuple[int, MarkKind, int]],
    open_tags: dict[str, int],
) -> int:
    """Read the markup that starts at ``raw[pos]`` (or the character itself); the next position."""
    here = builder.length
    if match := _COMMENT.match(raw, pos):
        pos = match.end()
    elif match := _ESCAPE.match(raw, pos):
        builder.emit(match[1], line, column + pos + 1)
        pos = match.end()
    elif match := _HARD.match(raw, pos):
        word = match[1].strip()
        builder.emit(word, line, column + match.start(1))
        hard: MarkKind = "explained-word" if match[2] is not None else "hard-word"
        builder.marked.append(Marked(here, builder.length, hard))
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
        builder.marked.append(Marked(here, builder.length, "link"))
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
    return pos
