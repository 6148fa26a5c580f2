"""The Markdown dialect of easy-read points: markdown-it-py with one plugin per feature."""

from __future__ import annotations

from markdown_it import MarkdownIt

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
