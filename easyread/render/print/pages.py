"""The HTML that WeasyPrint prints: one document, or the whole print pack, at one size.

Templates live in ``templates/print/`` (a project's own ``templates/print/`` wins). The
stylesheet ``print.css`` is a template too, so that every size in it follows the print size.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ...coproduction.site import print_template_for
from ...markup.contacts import leaves_project
from ...markup.hardwords import word_anchor
from ...markup.links import says_title
from ...model import GLOSSARY_PAGE, Document, GlossaryEntry, Picture, Project, Symbol
from ...print_settings import PrintConfig, PrintSize
from ...symbols.licences import licence_url
from ...textformat import join_names, long_date
from ..rows import row_pictures
from .links import rewrite_links

"""The website's glossary page, which hard words link to."""


@dataclass(frozen=True)
class Credit:
    """A picture set used in the print, for the credits page."""

    name: str
    author: str
    licence: str
    source: str
    licence_url: str = ""
    """The licence's web address (Creative Commons licences), or ""."""


@dataclass(frozen=True)
class Printer:
    """Makes the HTML of each printed document and of the pack for one project."""

    env: jinja2.Environment
    project: Project
    settings: PrintConfig
    pictures: dict[str, Picture | None]
    """The pictures of ``rows.PICTURES`` (None where the symbol library has no such symbol)."""

    @classmethod
    def for_project(
        cls, env: jinja2.Environment, project: Project, settings: PrintConfig
    ) -> Printer:
        return cls(env, project, settings, row_pictures(project))

    def document_html(self, document: Document, size: PrintSize, letter: bool = False) -> str:
        """One document on its own, with its hard words and how to ask for other formats;
        a pack's ``letter`` says how to ask itself, and is signed by who wrote it: its back
        page has only the picture credits and the print size."""
        words = _words_used([document], self.project.glossary)
        targets = {word_anchor(w.key) for w in words} | {s.anchor for s in document.sections}

        def resolve(href: str) -> str | None:
            if leaves_project(href):
                return href
            page, _, anchor = href.partition("#")
            if page in ("", GLOSSARY_PAGE, document.url) and anchor in targets:
                return f"#{anchor}"
            if page == GLOSSARY_PAGE and words:
                return f"#{HARD_WORDS}"  # this document's hard words, at its end
            return None

        note = self.notes(document)

        return self._render(
            print_template_for(document),
            size,
            document=document,
            title=document.title,
            language=document.language,
            authors=[document.author or self.project.config.organisation],
            description=document.summary,
            created=document.date.isoformat() if document.date else "",
            words=words,
            credits=_credits(document.pictures),
            links=_linker(resolve, note),
            anchor=lambda document, anchor: anchor,
            letter=letter,
        )

    def notes(self, document: Document) -> Callable[[str, str], str | None]:
        """What a link of ``document`` to another document says on paper, where it can be
        followed no more: the other's title ("Read what we decided" says nothing there),
        unless its words say it (see ``rewrite_links``: once a point)."""
        others = {d.url: d.title for d in self.project.documents if d.url != document.url}

        def note(href: str, words: str) -> str | None:
            page, _, anchor = href.partition("#")
            title = others.get(page)
            if not title or anchor.startswith("word-") or says_title(words, title):
                return None  # a hard word is explained where it is, not sent to the glossary
            return f" (“{title}”)"

        return note

    def pack_html(self, size: PrintSize) -> str:
        """The print pack: cover, contents, every document, hard words, credits and other
        formats."""
        project, config = self.project, self.project.config
        documents = pack_documents(project)
        pages = {d.url: d for d in documents}
        words = {word_anchor(w.key) for w in project.glossary}

        def resolve(href: str) -> str | None:
            if leaves_project(href):
                return href
            page, _, anchor = href.partition("#")
            if page == GLOSSARY_PAGE:
                return f"#{anchor}" if anchor in words else "#glossary"
            if page in pages:
                document = pages[page]
                if anchor in {s.anchor for s in document.sections}:
                    return f"#{document.slug}--{anchor}"
                return f"#doc-{document.slug}"
            return None

        pictures: list[Picture] = [project.picture] if project.picture else []
        pictures += [p for d in documents for p in d.pictures]
        pictures += [w.picture for w in project.glossary if w.picture]
        authors = _people(d.author for d in documents)
        return self._render(
            "print/pack.html",
            size,
            documents=documents,
            title=config.title,
            language=config.language,
            authors=authors or [config.organisation],
            description=config.description,
            created="",
            words=project.glossary,
            credits=_credits(pictures),
            # the pack prints the hard words too: who checked them is said with the rest
            checkers=_checkers(
                [*documents, *(d for d in project.documents if d.type == "glossary")]
            ),
            links=_linker(resolve),
            anchor=lambda document, anchor: f"{document.slug}--{anchor}",
        )

    def document_links(self, document: Document) -> dict[str, str]:
        """What is at each place a link in the document's own PDF can go to."""
        names = {s.anchor: s.heading or document.title for s in document.sections}
        names[HARD_WORDS] = "Hard words in this document"
        for word in _words_used([document], self.project.glossary):
            names[word_anchor(word.key)] = f"{word.term}, a hard word"
        return names

    def pack_links(self) -> dict[str, str]:
        """What is at each place a link in the pack can go to."""
        names = {"glossary": "Hard words", "credits": "Who made this"}
        names["other-formats"] = "Other formats and how to ask for them"
        for document in pack_documents(self.project):
            names[f"doc-{document.slug}"] = document.title
            for section in document.sections:  # the first, with no heading: the document
                names[f"{document.slug}--{section.anchor}"] = section.heading or document.title
        for word in self.project.glossary:
            names[word_anchor(word.key)] = f"{word.term}, a hard word"
        return names

    def _render(self, name: str, size: PrintSize, **context: Any) -> str:
        common: dict[str, Any] = {
            "project": self.project,
            "config": self.project.config,
            "size": size,
            "settings": self.settings,
            "pictures": self.pictures,
            "url": _file_url,
            "long_date": long_date,
            "join_names": join_names,
            "word_anchor": word_anchor,
            "fonts": _fonts(),
        }
        css = self.env.get_template("print/print.css").render(common)
        return self.env.get_template(name).render(common, css=Markup(css), **context)


HARD_WORDS = "hard_words"
"""The id of a document's own PDF's hard words, at its end (print/document.html)."""


def pack_documents(project: Project) -> list[Document]:
    """The documents the pack prints as chapters: all but the glossary, which it prints
    from every hard word of the project."""
    return [d for d in project.documents if d.type != "glossary"]


def _linker(
    resolve: Callable[[str], str | None], note: Callable[[str, str], str | None] | None = None
) -> Callable[[str], Markup]:
    def links(html: str) -> Markup:
        return Markup(rewrite_links(html, resolve, note))

    return links


def _words_used(
    documents: Iterable[Document], glossary: Iterable[GlossaryEntry]
) -> list[GlossaryEntry]:
    """The glossary entries of the hard words in ``documents``, in the order they first appear."""
    by_key = {entry.key: entry for entry in glossary}
    keys = dict.fromkeys(k for d in documents for p in d.points for k in p.hard_words)
    return [by_key[k] for k in keys if k in by_key]


def _people(names: Iterable[str]) -> list[str]:
    """Each person once, from names like ``Amira (Council) and Sam (Voices)``."""
    found: dict[str, None] = {}
    for name in names:
        for part in re.split(r",\s*|\s+and\s+", name):
            if part.strip():
                found.setdefault(part.strip(), None)
    return list(found)


def _checkers(documents: Iterable[Document]) -> list[tuple[str, list[str]]]:
    """Who checked which documents, and when (GUIDELINES ER015): a sentence saying who
    checked and when, and the titles they checked then."""
    checked: dict[tuple[datetime.date, str], list[str]] = {}
    for document in documents:
        for check in document.checked_by:
            key = (check.date or datetime.date.min, check.name)
            checked.setdefault(key, []).append(document.title)
    return [  # the oldest check first, as they happened
        (
            f"{name} checked these{f' on {long_date(day)}' if day > datetime.date.min else ''}:",
            titles,
        )
        for (day, name), titles in sorted(checked.items())
    ]


def _credits(pictures: Iterable[Picture]) -> list[Credit]:
    """The picture sets the pictures come from, each once; a picture with its own licence or
    author is credited apart from the rest of its set."""
    sets: dict[tuple[str, str, str], Symbol] = {}
    for picture in pictures:
        if (symbol := picture.symbol) is not None:
            sets.setdefault((symbol.set, symbol.licence, symbol.author), symbol)
    return [
        Credit(
            symbol.set_name or symbol.set,
            symbol.author,
            symbol.licence,
            symbol.source,
            licence_url(symbol.licence),
        )
        for _, symbol in sorted(sets.items())
    ]


def _file_url(path: Path) -> str:
    return path.resolve().as_uri()


def _fonts() -> dict[str, str]:
    """The font files to embed (GUIDELINES LY004: Atkinson Hyperlegible), as file URLs."""
    folder = resources.files("fontpkg_atkinson_hyperlegible") / "files"
    return {
        weight: Path(str(folder / f"AtkinsonHyperlegible-{style}.ttf")).as_uri()
        for weight, style in (("normal", "Regular"), ("bold", "Bold"))
    }
