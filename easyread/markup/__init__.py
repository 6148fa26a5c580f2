"""The Markdown dialect of easy-read points: markdown-it-py with one plugin per feature."""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

from .comments import comments_plugin
from .contacts import contacts_plugin
from .hardwords import hard_words_plugin
from .links import is_document_link, linked_file, links_plugin
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


class InlineMarkdown(NamedTuple):
    """A line of Markdown as HTML, as its words, and the documents it links to."""

    html: Markup
    words: str
    links: tuple[tuple[str, str], ...]
    """See :func:`document_links`."""


def inline_markdown(source: str, env: dict[str, Any] | None = None) -> InlineMarkdown:
    """Markdown written in a line of a YAML field (a job in the minutes) as HTML, and as its
    words: "**Ring** the {survey}" is shown bold, not with its stars and braces. ``env`` is
    the render environment (``pages`` for links to documents, ``glossary`` for hard words)."""
    md = _inline_parser()
    env = dict(env or {})
    tokens = md.parseInline(source, env)
    links = document_links(tokens, env.get("pages", {}))  # before rendering changes the links
    html = Markup(md.renderer.render(tokens, md.options, env).strip())
    return InlineMarkdown(html, plain_text(tokens), links)


def plain_text(tokens: list[Token]) -> str:
    """What a reader reads: the words, without markup; blocks on separate lines."""
    blocks = [
        inline_words(token.children).strip()
        for token in tokens
        if token.type == "inline" and token.children
    ]
    return "\n".join(b for b in blocks if b)


def inline_words(children: Sequence[Token]) -> str:
    """The words of an inline token's children, without markup (a break is a new line)."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline", "unclosed_brace"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "hard_word":
            parts.append(child.meta["word"])
    return "".join(parts)


def document_links(
    tokens: Sequence[Token], pages: Mapping[str, str], leave_out: Collection[str] = ()
) -> tuple[tuple[str, str], ...]:
    """The pages (by ``pages``: file name -> page) of the documents that ``tokens`` (parsed,
    not yet rendered) link to, each once, in order, with the words of the first link to each;
    not the pages in ``leave_out``."""
    found: dict[str, str] = {}
    for token in tokens:
        children = token.children or []
        for i, child in enumerate(children):
            if child.type != "link_open":
                continue
            href = str(child.attrGet("href") or "")
            if not is_document_link(href):
                continue
            page = pages.get(linked_file(href))
            if page and page not in leave_out and page not in found:
                end = next(
                    (j for j in range(i + 1, len(children)) if children[j].type == "link_close"),
                    len(children),
                )
                found[page] = " ".join(inline_words(children[i + 1 : end]).split())
    return tuple(found.items())
