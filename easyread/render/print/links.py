"""Links inside a point's HTML, made to work on paper and in the PDF.

A point's HTML links to website pages (``minutes.html``, ``glossary.html#word-agenda``). In a
PDF those pages do not exist: a link goes to the same place inside the PDF when it is there
(the glossary of the pack, another document of the pack), keeps its address when it leaves the
project (``https://``, ``mailto:``, ``tel:``), and otherwise becomes plain text (a ``span``).
On paper a link cannot be clicked: one that leaves the project is followed by its address, in
brackets, unless its words say it ("the Mencap website (www.mencap.org.uk)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import unquote

from ...markup.contacts import PHONE_SCHEMES, says_number
from ...speech.normalise import digit_groups

Resolve = Callable[[str], "str | None"]
"""Gives the new address for a link's ``href``, or None to make the link plain text."""


Note = Callable[[str, str], "str | None"]
"""Gives text to print after a link, for its ``href`` and its words (like which document it
goes to, when the words do not say)."""


def rewrite_links(html: str, resolve: Resolve, note: Note | None = None) -> str:
    """``html`` with every ``<a href>`` resolved by ``resolve``; one that becomes plain text is
    followed by what ``note`` gives for it (as text), each note once. The rest is left as it
    is."""
    parser = _LinkRewriter(resolve, note)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


class _LinkRewriter(HTMLParser):
    def __init__(self, resolve: Resolve, note: Note | None) -> None:
        super().__init__(convert_charrefs=False)
        self.resolve = resolve
        self.note = note
        self.out: list[str] = []
        self.closing: list[tuple[str, str | None, int]] = []
        """Each open link: its tag, the href to note after it, where its words start."""
        self.noted: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            self.out.append(self.get_starttag_text() or "")
            return
        href = dict(attrs).get("href")
        target = self.resolve(href) if href is not None else None
        name = "a" if target is not None else "span"
        kept = [(k, v) for k, v in attrs if k != "href"]
        if target is not None:
            kept.append(("href", target))
        text = "".join(f" {k}" if v is None else f' {k}="{escape(v, quote=True)}"' for k, v in kept)
        self.out.append(f"<{name}{text}>")
        # a note for a link that is plain text on paper (it can be followed no more), and the
        # address of one that leaves the project
        noted = None
        if href is not None and ((self.note and target is None) or address(href, "")):
            noted = href
        self.closing.append((name, noted, len(self.out)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        note = None
        if tag == "a" and self.closing:
            tag, href, start = self.closing.pop()
            if href is not None:
                words = unescape(re.sub(r"<[^>]*>", "", "".join(self.out[start:])))
                shown = address(href, words)
                if shown is not None:
                    note = f" ({shown})" if shown else None
                elif self.note is not None:
                    note = self.note(href, words)
        self.out.append(f"</{tag}>")
        if note and note not in self.noted:  # two links to one document: named once
            self.noted.add(note)
            self.out.append(escape(note, quote=False))

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        pass


def addresses(html: str) -> tuple[tuple[str, str], ...]:
    """The links of ``html`` that leave the project and whose words do not say where: each
    ``(href, address)`` (see :func:`address`), once, in order. What audio says after a point,
    as paper prints it."""
    if "<a " not in html:
        return ()
    finder = _LinkFinder()
    finder.feed(html)
    finder.close()
    found: dict[str, tuple[str, str]] = {}
    for href, words in finder.links:
        shown = address(href, words)
        if shown:
            found.setdefault(shown, (href, shown))
    return tuple(found.values())


class _LinkFinder(HTMLParser):
    """Each link's href and words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.open: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href is not None:
            self.open = (href, [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.open is not None:
            self.links.append((self.open[0], "".join(self.open[1])))
            self.open = None

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.open[1].append(data)


def address(href: str, words: str) -> str | None:
    """How the address a link leaves the project for is printed (``www.mencap.org.uk/news``,
    ``amira@example.org``, ``01632 960000``); "" when ``words`` say it already, and None for
    a link that stays in the project."""
    if href.startswith(PHONE_SCHEMES):
        return "" if says_number(href, words) else _phone(re.sub(r"[^\d+]", "", href[4:]))
    if href.startswith("mailto:"):
        shown = unquote(href[7:].partition("?")[0])
    elif href.startswith(("http://", "https://")):
        shown = href.split("://", 1)[1]
        shown = shown[:-1] if shown.endswith("/") and shown.count("/") == 1 else shown
    else:
        return None
    if _bare(shown) in _bare(words):
        return ""
    return shown


def _bare(address: str) -> str:
    """An address as compared with a link's words: no ``https://``, ``www.`` or ``/`` at its end."""
    address = re.sub(r"^[a-z]+://", "", address.strip().casefold())
    return address.removeprefix("www.").rstrip("/")


def _phone(digits: str) -> str:
    """A number as printed: in the usual groups, or as the link has it when it has a
    country's code (whose groups differ from country to country)."""
    return digits if digits.startswith("+") else " ".join(digit_groups(digits))
