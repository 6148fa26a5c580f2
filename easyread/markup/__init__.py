"""The Markdown dialect of easy-read points: markdown-it-py with one plugin per feature."""

from __future__ import annotations

import functools
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from .comments import comments_plugin
from .contacts import contacts_plugin
from .hardwords import hard_words_plugin
from .links import links_plugin
from .pictures import pictures_plugin


def make_parser() -> MarkdownIt:
    """CommonMark with raw HTML escaped, line breaks kept, and the easy-read plugins."""
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "typographer": False})
    md.disable(["image"])  # a picture goes at the start of a point: [file.jpg: what it shows]
    md.use(comments_plugin).use(pictures_plugin).use(hard_words_plugin).use(links_plugin)
    md.use(contacts_plugin)
    return md


@functools.cache
def _inline_parser() -> MarkdownIt:
    return make_parser()


def inline_markdown(source: str, env: dict[str, Any] | None = None) -> tuple[Markup, str]:
    """Markdown written in a line of a YAML field (a job in the minutes) as HTML, and as its
    words: "**Ring** the {survey}" is shown bold, not with its stars and braces. ``env`` is
    the render environment (``pages`` for links to documents, ``glossary`` for hard words)."""
    md = _inline_parser()
    env = dict(env or {})
    tokens = md.parseInline(source, env)
    return Markup(md.renderer.render(tokens, md.options, env).strip()), plain_text(tokens)


def plain_text(tokens: list[Token]) -> str:
    """What a reader reads: the words, without markup; blocks on separate lines."""
    blocks = []
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        parts = []
        for child in token.children:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
            elif child.type == "hard_word":
                parts.append(child.meta["word"])
        blocks.append("".join(parts).strip())
    return "\n".join(b for b in blocks if b)
