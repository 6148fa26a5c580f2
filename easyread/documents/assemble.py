"""Turn drafts into documents: find pictures, check hard words and links, render each point."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import Problems, shortened
from ..markup import document_links, plain_text
from ..markup.hardwords import lookup, upper_first
from ..markup.links import is_document_link, linked_file, split_target
from ..markup.pictures import PICTURE, is_image_file, split_picture_ref, unclosed_picture
from ..model import GLOSSARY_PAGE, GlossaryEntry, Picture, Point, Section, Symbol, symbol_picture
from ..symbols import Library
from ..symbols.files import picture_problem
from ..symbols.settings import SymbolsConfig
from ..textformat import slugify
from .draft import Draft, RawPoint


@dataclass
class Assembler:
    """Resolves what points refer to, recording a problem (file and line) for each miss."""

    root: Path
    md: MarkdownIt
    library: Library
    glossary: dict[str, GlossaryEntry]
    pages: dict[str, str]
    """Document file name (``minutes.md``) -> page (``minutes.html``)."""
    problems: Problems
    used_symbols: dict[str, Picture] = field(default_factory=dict)
    settings: SymbolsConfig = field(default_factory=SymbolsConfig)
    """``symbols:`` in ``easyread.yml``: automatic pictures and allowed licences."""
    glossary_unread: bool = False
    """A glossary file could not be read (its problems are reported): a hard word missing
    from the glossary may be in it, and is not reported as missing."""

    def env(self) -> dict[str, Any]:
        """A fresh render environment for one page."""
        return {
            "glossary": {k: (e.term, e.meaning_html) for k, e in self.glossary.items()},
            "explained": set(),
            "pages": self.pages,
            "glossary_url": GLOSSARY_PAGE,
        }

    def meanings(self) -> dict[str, GlossaryEntry]:
        """The glossary, each meaning with its HTML and its words made from its Markdown, as
        a point's are: a link to another document goes to its page (a broken one is
        reported), and ``**bold**`` is bold, not said or printed as stars."""
        env = {"pages": self.pages, "glossary_url": GLOSSARY_PAGE}
        made = {}
        for key, entry in self.glossary.items():
            tokens = self.md.parseInline(entry.meaning, env)
            self._check_inline(tokens[0].children or [], entry.path, entry.line)
            html = self.md.renderer.render(tokens, self.md.options, env).strip()
            made[key] = replace(
                entry, meaning_html=upper_first(html), meaning_text=plain_text(tokens)
            )
        return made

    def sections(self, draft: Draft) -> tuple[Section, ...]:
        env = self.env()
        result = []
        anchors: set[str] = set()
        for raw in draft.sections:
            anchor = raw.anchor or (slugify(raw.heading) if raw.heading else "start")
            while anchor in anchors:
                anchor += "-2"
            anchors.add(anchor)
            points = tuple(p for r in raw.points if (p := self.point(r, draft, env)) is not None)
            result.append(Section(raw.heading, anchor, raw.line, points))
        return tuple(result)

    def point(self, raw: RawPoint, draft: Draft, env: dict[str, Any]) -> Point | None:
        if raw.tokens is not None:
            tokens, base = list(raw.tokens), raw.base
        else:
            tokens, base = self.md.parse(raw.source, {}), raw.line
        ref = tokens[0].meta.get("picture") if tokens else None
        picture = self.picture(ref, draft.path, draft.file.parent, raw.line) if ref else None
        if ref is None and (written := unclosed_picture(raw.source)):
            self.problems.add(
                draft.path,
                raw.line,
                f"There is a '[' with no ']' to close it: {_start(written)}",
                "Close the picture name with ']', then leave a space, like [bus] We go by bus.",
            )
        hard_words: list[str] = []
        for token in tokens:
            if token.type == "inline" and token.children:
                line = base + (token.map[0] if token.map else 0)
                hard_words += self._check_inline(token.children, draft.path, line)
        links = self._links(tokens, draft)  # before rendering, which gives links their pages
        html = self.md.renderer.render(tokens, self.md.options, env)
        text = plain_text(tokens)
        if ref is None and self.settings.auto_pictures:
            picture = self.automatic_picture(text)
        return Point(
            line=raw.line,
            source=_without_picture(raw.source) if ref else raw.source,
            text=text,
            html=html,
            picture=picture,
            hard_words=tuple(hard_words),
            links=links,
        )

    def _links(self, tokens: list[Token], draft: Draft) -> tuple[tuple[str, str], ...]:
        """The pages of other documents that the point links to (see ``document_links``)."""
        return document_links(tokens, self.pages, (GLOSSARY_PAGE, f"{draft.slug}.html"))

    def picture(self, ref: str, shown: str, folder: Path, line: int) -> Picture | None:
        """The picture for ``[ref]``: a symbol name, or an image file with its alt text."""
        name, alt = split_picture_ref(ref)
        if is_image_file(name):
            return self._image_file(name, alt, shown, folder, line)
        symbol = self.library.resolve(name)
        if symbol is None and (kind := _other_image_kind(name)):
            self.problems.add(
                shown,
                line,
                f"The picture file {name.partition(':')[0].strip()!r} is a {kind} file, which "
                "web pages and PDFs cannot show.",
                "Save it as JPEG or PNG (a photo program can do this: 'Export' or 'Save as'), "
                "and write its new name here.",
            )
            return None
        if symbol is None:
            close = self.library.suggest(name)
            hint = (
                f"Did you mean {' or '.join(repr(c) for c in close)}?"
                if close
                else (
                    "Use a name from the picture library, or an image file like [photo.jpg: what it shows]."
                )
            )
            if len(group := self.library.group(name)) > 1:
                first = group[0]
                hint = (
                    f"{name!r} fits {len(group)} pictures: choose one with 'easyread symbols "
                    f"search {name}', and write its name, like [{first.set}/{first.id}]."
                )
            called = shortened(name)
            self.problems.add(shown, line, f"There is no picture called {called!r}.", hint)
            return None
        if not self.settings.allows(symbol.licence):
            allowed = ", ".join(self.settings.allowed_licences)
            self.problems.add(
                shown,
                line,
                f"The picture {name!r} ({symbol.set}/{symbol.id}) has the licence "
                f"{symbol.licence!r}, which easyread.yml does not allow.",
                f"Choose a picture with an allowed licence ({allowed}), "
                "or add its licence to symbols.allowed_licences.",
            )
            return None
        for file in (symbol.file, symbol.high_contrast):
            if file is not None and (problem := picture_problem(file, symbol.version)):
                self.problems.add(
                    shown,
                    line,
                    f"The picture {name!r} ({_relative(file, self.root)}) cannot be used: "
                    f"{problem}.",
                    "Choose another picture. Importing its set again with 'easyread symbols "
                    "import' leaves out the pictures that cannot be used.",
                )
                return None
        return self._symbol_picture(symbol)

    def quiet_picture(self, name: str) -> Picture | None:
        """The library's picture called ``name`` when it can be used here, or None: a picture
        the author did not ask for, so nothing is reported when there is none."""
        symbol = self.library.find(name)
        if symbol is None or not self.settings.allows(symbol.licence) or not _usable(symbol):
            return None
        return self._symbol_picture(symbol)

    def automatic_picture(self, text: str) -> Picture | None:
        """The library's best picture for a point's words that can be used, marked as
        automatic."""
        best = self.library.index.suggest(
            text, limit=5, allowed=lambda s: self.settings.allows(s.licence)
        )
        usable = next((match.symbol for match in best if _usable(match.symbol)), None)
        return self._symbol_picture(usable, automatic=True) if usable else None

    def _symbol_picture(self, symbol: Symbol, automatic: bool = False) -> Picture:
        picture = symbol_picture(symbol, automatic)
        self.used_symbols[picture.src] = picture
        return picture

    def _image_file(
        self, name: str, alt: str | None, shown: str, folder: Path, line: int
    ) -> Picture | None:
        file = (folder / name).resolve()
        if not alt:
            self.problems.add(
                shown,
                line,
                f"The picture {name!r} has no description.",
                f"Say what it shows after a colon: [{name}: what the picture shows].",
            )
            return None
        if not file.is_relative_to(self.root.resolve()):
            self.problems.add(
                shown,
                line,
                f"The picture {name!r} is outside the project folder.",
                "Copy it into the project, next to the document.",
            )
            return None
        if file.is_dir():
            self.problems.add(
                shown,
                line,
                f"{name!r} is a folder, not a picture file.",
                "Write the name of a picture file in it, like "
                f"[{name.rstrip('/')}/photo.jpg: what the picture shows], or rename the folder.",
            )
            return None
        if not file.is_file():
            same = _named_alike(file)
            self.problems.add(
                shown,
                line,
                f"There is no picture file {name!r}.",
                f"There is {same.name!r}: write the name as it is, with the same capitals."
                if same
                else f"Put the file in {_relative(file.parent, self.root)}/ or correct the name.",
            )
            return None
        if not is_picture_file(file):
            self.problems.add(
                shown,
                line,
                f"The file {name!r} is not a picture, or it is damaged.",
                "Save the picture again as PNG, JPEG or SVG, and put it in the same place.",
            )
            return None
        if problem := picture_problem(file):
            self.problems.add(
                shown,
                line,
                f"The picture {name!r} cannot be used: {problem}.",
                "Make it smaller in a photo program (2000 pixels wide is plenty), and save it "
                "in the same place."
                if problem.startswith("it is too big")
                else "Save it again from a drawing or photo program as PNG, JPEG or plain SVG, "
                "without scripts or links to other files, and put it in the same place.",
            )
            return None
        src = "pictures/own/" + file.relative_to(self.root.resolve()).as_posix()
        return Picture(src=src, file=file, alt=alt)

    def _check_inline(self, children: list[Token], shown: str, line: int) -> list[str]:
        found = []
        for child in children:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "hard_word":
                key = lookup(child.meta["key"], self.glossary)
                if key is None and child.meta.get("if_known"):
                    continue  # {?word}: a hard word only where the glossary has it
                if key is None and self.glossary_unread:
                    continue
                if key is None:
                    word = shortened(child.meta["word"])
                    self.problems.add(
                        shown,
                        line,
                        f"The hard word {word!r} is not in the glossary.",
                        f"Explain it here, like {{{word}: what it means}}, or add it to the glossary.",
                    )
                else:
                    found.append(key)
            elif child.type == "unclosed_brace":
                self.problems.add(
                    shown,
                    line,
                    f"There is a '{{' with no '}}' to close it: {_start(child.meta['written'])}",
                    "Put a '}' straight after the hard word, like {agenda}, or take the '{' away.",
                )
            elif child.type == "link_open":
                href = str(child.attrGet("href") or "")
                target = linked_file(href)
                if is_document_link(href) and target not in self.pages:
                    linked = (self.root / shown).parent / split_target(href)[0]
                    inside = Path(os.path.normpath(linked)).is_relative_to(self.root / "content")
                    if inside and linked.is_file():  # a draft kept in a folder of its own
                        self.problems.add(
                            shown,
                            line,
                            f"The link to {href!r} goes to a file in a folder inside content/, "
                            "which is not a document of the website.",
                            "Move the file into content/ itself to publish it and link to it.",
                        )
                        continue
                    self.problems.add(
                        shown,
                        line,
                        f"The link to {href!r} goes to a document that does not exist.",
                        _link_hint(target, list(self.pages)),
                    )
        return found


def _link_hint(target: str, documents: list[str]) -> str:
    """What to link to instead: the documents with a name like ``target``, or all of a few."""
    alike = difflib.get_close_matches(target, documents, n=3, cutoff=0.6)
    if alike:
        return f"Did you mean {' or '.join(alike)}? Write the file name as it is in content/."
    if len(documents) <= 10:
        return f"Link to one of: {', '.join(sorted(documents))}."
    return "Write the name of a file in content/, like welcome.md."


_OTHER_IMAGES = {
    ".heic": "HEIC",
    ".heif": "HEIF",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".bmp": "BMP",
    ".avif": "AVIF",
    ".psd": "Photoshop",
    ".pdf": "PDF",
}
"""Picture files that a phone or a program makes, which pages and PDFs cannot show."""


def _other_image_kind(ref: str) -> str | None:
    """``"trip.heic: Our trip"`` -> ``"HEIC"``: a photo of a kind that cannot be shown."""
    return _OTHER_IMAGES.get(Path(ref.partition(":")[0].strip()).suffix.lower())


def _named_alike(file: Path) -> Path | None:
    """A file beside ``file`` with the same name in other capitals (``Hall.JPG``)."""
    try:
        name = file.name.lower()
        return next(
            (f for f in file.parent.iterdir() if f.name.lower() == name and f.is_file()), None
        )
    except OSError:
        return None


def _usable(symbol: Symbol) -> bool:
    """Whether the picture files of ``symbol`` can be used (see ``symbols.files``)."""
    files = (symbol.file, symbol.high_contrast)
    return not any(f is not None and picture_problem(f, symbol.version) for f in files)


def _start(written: str, words: int = 6) -> str:
    """The first few words of what the author wrote, to find it by: ``"{agenda before ..."``."""
    split = written.split()
    shown = " ".join(split[:words]) + (" ..." if len(split) > words else "")
    return f'"{shown}".'


def _without_picture(source: str) -> str:
    match = PICTURE.match(source)
    return source[match.end() :] if match else source


def _relative(folder: Path, root: Path) -> str:
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(folder)


_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
"""How the bytes of a PNG, JPEG or GIF file start."""

_SVG_STARTS = (b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")


def is_picture_file(file: Path) -> bool:
    """Whether ``file`` is a PNG, JPEG, GIF or WebP file (whichever of those its name says: a
    PNG saved as .jpg shows well) or, named .svg, an SVG file: a document saved with a
    picture's name, a web page saved as one, or a download cut short, is found here and not
    by the browser (a broken picture) or the PDF printer (a message about the whole pack)."""
    svg = file.suffix.lower() == ".svg"  # a browser takes a file for SVG by its name only
    with file.open("rb") as opened:
        start = opened.read(4096)
        if start.startswith(_SIGNATURES) or (start[:4] == b"RIFF" and start[8:12] == b"WEBP"):
            return not svg
        text = start.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not svg or not text.startswith(_SVG_STARTS):
            return False
        if b"<svg" in text:
            return True
        # XML: a prologue, a comment (a licence, say) or a doctype may come before <svg
        return b"<svg" in start[-4:] + opened.read(256 * 1024)
