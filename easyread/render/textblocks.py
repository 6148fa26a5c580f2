"""A point's HTML as blocks of text: paragraphs, list items and hard-word explanations.

The point's HTML is what the website shows, so the text versions say the same: its line
breaks, its lists, and the explanation of a hard word under the point where it first appears.
Links to other sites keep their address; links inside the site keep their words only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from ..markup.contacts import LEAVES, leaves_project
from ..markup.links import says_title
from .print.links import address as printed_address

BlockKind = Literal["paragraph", "item", "explain"]


@dataclass(frozen=True)
class Block:
    """One paragraph or list item of a point, as text."""

    kind: BlockKind
    text: str
    """The words; lines are separated by ``\\n``."""


def blocks(
    html: str, markdown: bool = False, titles: Mapping[str, str] | None = None
) -> list[Block]:
    """The blocks of a point's HTML, as plain text or (``markdown``) as Markdown. A link to a
    page in ``titles`` (another document) is followed by that document's title."""
    parser = _Parser(markdown, titles or {})
    parser.feed(html)
    parser.close()
    parser.finish()
    return parser.blocks


class _Parser(HTMLParser):
    def __init__(self, markdown: bool, titles: Mapping[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.titles = titles
        self.named: set[str] = set()
        """The documents named after a link so far."""
        self.blocks: list[Block] = []
        self.kind: BlockKind = "paragraph"
        self.parts: list[str] = []
        self.href: str | None = None
        self.link_start = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "p":
            self.finish()
            self.kind = "explain" if "explain" in (attributes.get("class") or "") else "paragraph"
        elif tag == "li":
            self.finish()
            self.kind = "item"
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "strong" and self.markdown:
            self.parts.append("**")
        elif tag == "a":
            self.href = attributes.get("href") or ""
            self.link_start = len(self.parts)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "li"):
            self.finish()
        elif tag == "strong" and self.markdown:
            self.parts.append("**")
        elif tag == "a" and self.href is not None:
            self._end_link(self.href)
            self.href = None

    def handle_data(self, data: str) -> None:
        text = data.replace("\n", " ")
        self.parts.append(_escape_inline(text) if self.markdown else text)

    def _end_link(self, href: str) -> None:
        outside = leaves_project(href)
        words = "".join(self.parts[self.link_start :])
        if not outside:
            title = self.titles.get(href.partition("#")[0])
            # "Read what we decided" says nothing in an email; "Read Our plan" does, and a
            # document is named once
            if title and title not in self.named and not says_title(words, title):
                self.named.add(title)
                self.parts.append(f" (“{_escape_inline(title) if self.markdown else title}”)")
            return
        address = href.partition(":")[2] if href.startswith(LEAVES) else href
        # as on paper: "01632 960123" is tel:01632960123, "www.mencap.org.uk" is its https://
        said = printed_address(href, words) == ""
        if self.markdown:
            self.parts[self.link_start :] = [f"[{words}]({href})"]
        elif not said:
            self.parts.append(f" ({address})")

    def finish(self) -> None:
        text = "".join(self.parts)
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(Block(self.kind, text))
        self.parts = []
        self.kind = "paragraph"


def _escape_inline(text: str) -> str:
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text
