"""Links to other documents: ``[the minutes](minutes.md)`` becomes ``minutes.html``.

The render environment's ``pages`` maps a linked file name (``minutes.md``) to its page.
External links open in the same tab; they are marked for screen readers by the theme.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

DOCUMENT_SUFFIXES = (".md", ".yml", ".yaml")


def links_plugin(md: MarkdownIt) -> None:
    md.add_render_rule("link_open", _render_link_open)


def split_target(href: str) -> tuple[str, str]:
    """``minutes.md#actions`` -> ``("minutes.md", "actions")``."""
    target, _, anchor = href.partition("#")
    return target, anchor


def linked_file(href: str) -> str:
    """The file name a link to another document names: ``../content/b.md#x`` -> ``b.md``."""
    return split_target(href)[0].rsplit("/", 1)[-1]


def says_title(words: str, title: str) -> bool:
    """Whether a link's words say which document it goes to: they hold its title ("Read Our
    plan"), or 3 words or more of it ("our meeting on Thursday 8 October 2026", of "What
    happened at our meeting on Thursday 8 October 2026")."""
    words, title = " ".join(words.casefold().split()), " ".join(title.casefold().split())
    return title in words or (len(words.split()) >= 3 and words in title)


def is_document_link(href: str) -> bool:
    """Whether a link points at another document of the project."""
    target, _ = split_target(href)
    return "://" not in target and target.lower().endswith(DOCUMENT_SUFFIXES)


def _render_link_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if is_document_link(href):
        target, anchor = split_target(href)
        page = env.get("pages", {}).get(target.rsplit("/", 1)[-1])
        if page:
            token.attrSet("href", page + (f"#{anchor}" if anchor else ""))
    return self.renderToken(tokens, idx, options, env)
