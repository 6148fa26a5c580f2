"""Find, read and check a project's documents: ``load_project`` is the whole loading stage."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Collection
from pathlib import Path

from markdown_it import MarkdownIt

from ..config import CONFIG_FILE, Config, load_config, setting_line
from ..coproduction.actions import add_actions
from ..coproduction.clock import today
from ..coproduction.sources import source_digest
from ..errors import ConfigError, ContentError, Problem, Problems
from ..fingerprint import fingerprint
from ..markup import make_parser
from ..markup.hardwords import HARD_WORD, glossary_key, upper_first, word_anchor
from ..model import Document, GlossaryEntry, Point, Project, Section
from ..symbols import load_library
from ..symbols.files import picture_problem
from ..textformat import file_slug, slugify
from ..yamlfile import read_text
from .assemble import Assembler, is_picture_file
from .cache import FileEntry, Word
from .draft import Draft
from .loader import Found, Loader, Share
from .markdown import read_markdown
from .schemas import Glossary
from .structured import read_structured

CONTENT = "content"
SUFFIXES = (".md", ".yml", ".yaml")


def is_hidden(name: str) -> bool:
    """Whether a file in ``content/`` is one that computers make and people never see, so it
    is not read: a Mac's ``._welcome.md`` and ``.DS_Store``, Word's lock file
    ``~$minutes.docx``, an editor's ``.welcome.md.swp`` or ``welcome.md~``."""
    return name.startswith((".", "~$")) or name.endswith(("~", ".swp", ".swo", ".tmp"))


RESERVED = {"index", "about", "glossary"}

__all__ = ["load_project"]


def load_project(
    root: Path,
    cache: dict[str, FileEntry] | None = None,
    jobs: int = 1,
    mistakes: list[Problem] | None = None,
) -> Project:
    """Load and check everything; one :class:`ContentError` lists every problem found. With
    ``mistakes``, the problems of documents are put into it instead, and the project is made of
    the documents that have none (``easyread check`` checks those; there may be none); a
    wrong setting, or a project without a content folder or documents, is raised as ever.

    ``cache`` holds what the last load made of each file (see ``cache.py``): unchanged files
    are not read again, and the entries are brought up to date for the next load. ``jobs``
    processes share the reading and the making of documents when there are many (see
    :class:`Loader`); the project is the same as one process makes.
    """
    root = root.resolve()
    cache = {} if cache is None else cache
    config = load_config(root)
    library = load_library(root)
    md = make_parser()
    problems = Problems()
    files = discover(root, problems)
    # with the form and answers a results page reads
    digests = {file.relative_to(root).as_posix(): source_digest(file) for file in files}
    with Loader(Share(root, config, md, library), list(digests), jobs) as loader:
        changed = [s for s, d in digests.items() if s not in cache or cache[s].digest != d]
        read = loader.call(_read_files, changed, digests, problems)
        entries: dict[str, FileEntry] = {}
        glossary_drafts: dict[str, Draft] = {}
        for shown in digests:
            if shown not in read:
                entries[shown] = cache[shown]
            elif (found := read[shown]) is not None:
                entries[shown] = found[0]
                if found[1] is not None:
                    glossary_drafts[shown] = found[1]
        # a glossary's own mistake is reported; its words would be reported as missing too
        unread = any(read.get(s) is None and _says_glossary(root / s) for s in changed)
        pages = {}  # files with mistakes too: a link to one is not also reported as broken
        for shown in digests:  # (paths as strings: a project has 1000s of files)
            name = posixpath.basename(shown)
            is_glossary = shown in entries and entries[shown].glossary
            pages[name] = "glossary.html" if is_glossary else f"{file_slug(name)}.html"
        assembler = Assembler(
            root,
            md,
            library,
            _glossary(entries, problems),
            pages,
            problems,
            settings=config.symbols,
            glossary_unread=unread,
        )
        glossary = assembler.glossary = assembler.meanings()
        # the folder too: a document made in a copy of the project shows that copy's pictures
        key = fingerprint(
            root, sorted(glossary.items()), sorted(pages.items()), library.digest, config
        )
        seen_files: dict[str, bool] = {}
        stale = [
            shown
            for shown, entry in entries.items()
            if not entry.glossary
            and (
                entry.document is None
                or entry.key != key
                or not _pictures_exist(entry.document, seen_files)
            )
        ]
        made = loader.call(_make_documents, stale, (glossary, pages, unread), problems)
    documents = []
    for shown, each in entries.items():
        if each.glossary:
            continue
        if shown in made:
            if (done := made[shown]) is None:
                continue
            each.document, each.fingerprint = done
            each.key = key
        assert each.document is not None
        documents.append(each.document)
    documents.sort(key=lambda d: (d.order, d.title.lower(), d.slug))
    glossary_file = next((s for s, e in entries.items() if e.glossary), None)
    entry = entries[glossary_file] if glossary_file else None
    if (
        entry
        and entry.document
        and entry.key == key
        and _pictures_exist(entry.document, seen_files)
    ):
        documents.append(entry.document)
    elif entry or glossary:
        draft = None
        if glossary_file:
            draft = glossary_drafts.get(glossary_file) or _read(
                root / glossary_file, root, config, md, problems
            )
        document = _glossary_document(draft, glossary, assembler, config)
        if entry:
            entry.document, entry.key, entry.fingerprint = document, key, fingerprint(document)
        documents.append(document)
    picture = None
    if config.picture:
        line = setting_line(root, ("picture",))
        picture = assembler.picture(config.picture, CONFIG_FILE, root, line)
    wrong_setting = any(p.path == CONFIG_FILE for p in problems.items)
    if mistakes is not None and not wrong_setting:
        mistakes.extend(problems.items)
    else:
        problems.raise_if_any(ConfigError if wrong_setting else ContentError)
    cache.clear()
    cache.update(entries)
    fingerprints, digests = {}, {}
    for entry in entries.values():
        if entry.document:
            entry.fingerprint = entry.fingerprint or fingerprint(entry.document)
            fingerprints[entry.document.path] = entry.fingerprint
            digests[entry.document.path] = entry.digest
    project = Project(
        root,
        config,
        tuple(documents),
        tuple(glossary[k] for k in sorted(glossary)),
        picture,
        fingerprints,
        library,
        digests,
    )
    return add_actions(project, today())


def _read_files(
    share: Share, files: list[str], digests: dict[str, str]
) -> Found[tuple[FileEntry, Draft | None] | None]:
    """Parse the files: their entries (and a glossary file's draft), None for those with mistakes."""
    problems = Problems()
    found: list[tuple[FileEntry, Draft | None] | None] = []
    for shown in files:
        draft = _read(share.root / shown, share.root, share.config, share.md, problems)
        if draft is None:
            found.append(None)
            continue
        share.drafts[shown] = draft
        is_glossary = isinstance(draft.meta, Glossary)
        entry = FileEntry(digests[shown], is_glossary, draft.words, _inline(draft), draft.synonyms)
        found.append((entry, draft if is_glossary else None))
    return found, problems.items


def _make_documents(
    share: Share,
    files: list[str],
    known: tuple[dict[str, GlossaryEntry], dict[str, str], bool],
) -> Found[tuple[Document, str] | None]:
    """Make the files' documents with their fingerprints; None for files with mistakes."""
    glossary, pages, unread = known
    problems = Problems()
    config = share.config
    assembler = Assembler(
        share.root,
        share.md,
        share.library,
        glossary,
        pages,
        problems,
        settings=config.symbols,
        glossary_unread=unread,
    )
    found: list[tuple[Document, str] | None] = []
    for shown in files:
        draft = share.drafts.get(shown) or _read(
            share.root / shown, share.root, config, share.md, problems
        )
        if draft is None:
            found.append(None)
            continue
        document = _document(draft, assembler, config)
        found.append((document, fingerprint(document)))
    return found, problems.items


WRITTEN_ELSEWHERE = (".docx", ".doc", ".odt", ".rtf", ".pages", ".txt", ".text", ".markdown")
"""Files in ``content/`` that look like documents but are not read (see :func:`not_read`)."""


def not_read(root: Path) -> list[str]:
    """Files in ``content/`` that look like documents (saved from a word processor, or with
    another ending) but are not documents of the site, as shown in messages."""
    folder = root / CONTENT
    if not folder.is_dir():
        return []
    return [f"{CONTENT}/{name}" for name in _files(folder, WRITTEN_ELSEWHERE)]


def _files(folder: Path, suffixes: Collection[str]) -> list[str]:
    """The names of the files in ``folder`` that end in one of ``suffixes`` (in any capitals),
    not hidden, in order (names, not paths: a project has 1000s of files)."""
    with os.scandir(folder) as entries:
        return sorted(
            entry.name
            for entry in entries
            if os.path.splitext(entry.name)[1].lower() in suffixes
            and not is_hidden(entry.name)
            and _is_file(entry)
        )


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a file, or a link to one (as ``Path.is_file``: a link that leads
    back to itself is not, and :func:`not_files` names it)."""
    try:
        return entry.is_file()
    except OSError:
        return False


def not_files(root: Path) -> list[str]:
    """Warnings for what in ``content/`` is named like a document but is not a file: a link
    to a file that is not there (or to itself), a folder, a pipe. The build leaves each out;
    staff would think it is published."""
    folder = root / CONTENT
    if not folder.is_dir():
        return []
    found = []
    with os.scandir(folder) as entries:  # (names first: a project has 1000s of files)
        odd = sorted(
            entry.name
            for entry in entries
            if os.path.splitext(entry.name)[1].lower() in SUFFIXES
            and not is_hidden(entry.name)
            and not _is_file(entry)
        )
    for path in (folder / name for name in odd):
        shown = f"{CONTENT}/{path.name}"
        if path.is_symlink() and not path.exists():
            found.append(
                f"{shown} is a link to a file that is not there, so it is left out. "
                "Mend the link, or put the document itself here."
            )
        elif path.is_dir():
            found.append(
                f"{shown} is a folder, not a document, so it is left out. "
                "Rename the folder, or move the document out of it into content/."
            )
        else:
            found.append(
                f"{shown} is not an ordinary file, so it is left out. Put the document itself here."
            )
    return found


def discover(root: Path, problems: Problems) -> list[Path]:
    """The document files in ``content/``, in name order."""
    folder = root / CONTENT
    if not folder.is_dir():
        problems.add(
            CONTENT,
            None,
            "There is no content folder.",
            "Make a folder called 'content' for your documents.",
        )
        problems.raise_if_any(ContentError)
    files = [folder / name for name in _files(folder, SUFFIXES)]
    slugs: dict[str, Path] = {}
    for file in files:
        slug = slugify(file.stem)
        shown = f"{CONTENT}/{file.name}"
        if slug in slugs:
            problems.add(
                shown,
                None,
                f"Two documents would both be the page '{slug}.html'.",
                f"Rename this file or {CONTENT}/{slugs[slug].name}.",
            )
        elif slug in RESERVED - {"glossary"}:
            problems.add(
                shown,
                None,
                f"The name '{file.stem}' is kept for a page easyread makes.",
                "Rename the file.",
            )
        slugs.setdefault(slug, file)
    if not files:
        problems.add(
            CONTENT,
            None,
            "The content folder has no documents.",
            "Add a Markdown (.md) or YAML (.yml) document.",
        )
    return files


def _read(
    file: Path, root: Path, config: Config, md: MarkdownIt, problems: Problems
) -> Draft | None:
    shown = file.relative_to(root).as_posix()
    slug = slugify(file.stem)
    try:
        text = read_text(file, shown)
        if file.suffix.lower() == ".md":
            return read_markdown(text, file, shown, slug, md, problems)
        return read_structured(text, file, shown, slug, config, problems)
    except ContentError as error:
        problems.extend(error.problems)
        return None


def _inline(draft: Draft) -> list[Word]:
    """Hard words a document explains where it uses them: ``{word: meaning}``."""
    found = []
    for section in draft.sections:
        for point in section.points:
            for offset, text in enumerate(point.source.split("\n")):
                for match in HARD_WORD.finditer(text):
                    if match[2] and match[2].strip():
                        found.append((match[1].strip(), match[2].strip(), "", point.line + offset))
    return found


def _glossary(entries: dict[str, FileEntry], problems: Problems) -> dict[str, GlossaryEntry]:
    """Every hard word: glossary files first, then words explained where they are used."""
    glossary: dict[str, GlossaryEntry] = {}
    words = [(shown, *w) for shown, e in entries.items() for w in e.words]
    words += [(shown, *w) for shown, e in entries.items() for w in e.inline]
    synonyms = {k: v for e in entries.values() for k, v in e.synonyms.items()}
    for shown, word, meaning, _picture, line in words:
        key = glossary_key(word)
        first = glossary.get(key)
        if first is None:
            glossary[key] = GlossaryEntry(
                key, word, meaning, shown, line, synonyms=synonyms.get(key, ())
            )
        elif _same_meaning(meaning) != _same_meaning(first.meaning):
            # one meaning would be lost without a word: the first is shown everywhere
            problems.add(
                shown,
                line,
                f"The hard word {word!r} is explained here and, differently, in "
                f"{first.path}:{first.line}.",
                "Explain it in one place: remove the other explanation, or make them the same.",
            )
    return glossary


def _says_glossary(file: Path) -> bool:
    """Whether a file that could not be read says it is a glossary (``type: glossary``)."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^type:\s*['\"]?glossary\b", text, re.MULTILINE) is not None


def _same_meaning(meaning: str) -> str:
    """A meaning as compared with another: "A list." and "a list" are the same."""
    return " ".join(meaning.split()).rstrip(".!? ").casefold()


def _pictures_exist(document: Document, found: dict[str, bool] | None = None) -> bool:
    """A reused document still finds the picture files it shows, and its own are still
    pictures (``found``: files seen so far, by path); else it is made again, and says what is
    wrong."""
    found = {} if found is None else found
    for picture in document.pictures:
        path = str(picture.file)  # a string: quicker to look up than a Path
        usable = found.get(path)
        if usable is None:  # a project's own picture is checked to be one again
            usable = found[path] = os.path.isfile(path) and (
                picture.symbol is not None or _still_usable(picture.file)
            )
        if not usable:
            return False
    return True


def _still_usable(file: Path) -> bool:
    """Whether a project's own picture, in a document made before, can still be used: it is
    looked at again (it may have been replaced by a damaged or huge one, or gained a script;
    opening it reads its start, and a PNG's parts)."""
    return is_picture_file(file) and picture_problem(file) is None


TYPE_PICTURES = {
    "meeting": "meeting",
    "minutes": "minutes",
    "form": "write",
    "results": "chart",
    "you-said-we-did": "chat",
    "actions": "list",
}
"""The picture of a YAML document that names none (ER012: every row has a picture)."""


def _common(draft: Draft, assembler: Assembler, config: Config) -> dict[str, object]:
    meta = draft.meta
    picture = None
    if meta.picture:
        picture = assembler.picture(meta.picture, draft.path, draft.file.parent, draft.picture_line)
    elif meta.type in TYPE_PICTURES:  # its row on the home page and its title have one too
        picture = assembler.quiet_picture(TYPE_PICTURES[meta.type])
    return {
        "path": draft.path,
        "slug": draft.slug,
        "type": meta.type,
        "title": meta.title,
        "summary": meta.summary,
        "language": meta.language or config.language,
        "date": meta.date,
        "picture": picture,
        "author": meta.author,
        "checked_by": meta.checked_by,
        "order": meta.order,
        "checks": meta.checks,
        "data": draft.data,
    }


def _document(draft: Draft, assembler: Assembler, config: Config) -> Document:
    return Document(sections=assembler.sections(draft), **_common(draft, assembler, config))  # type: ignore[arg-type]


def _glossary_document(
    draft: Draft | None, glossary: dict[str, GlossaryEntry], assembler: Assembler, config: Config
) -> Document:
    pictures = {}
    if draft is not None:
        for word, _, picture, line in draft.words:
            if picture:
                pictures[glossary_key(word)] = assembler.picture(
                    picture, draft.path, draft.file.parent, line
                )
    points = []
    for key in sorted(glossary):
        entry = glossary[key]
        term = entry.term[:1].upper() + entry.term[1:]
        points.append(
            Point(
                line=entry.line,
                source=entry.meaning,
                text=f"{term}.\n{upper_first(entry.meaning_text)}",
                html=f'<p><strong class="term">{_escape(term)}</strong><br>\n{entry.meaning_html}</p>\n',
                picture=pictures.get(key),
                anchor=word_anchor(key),
            )
        )
    section = Section(None, "words", 1, tuple(points))
    if draft is None:
        return Document(
            path="",
            slug="glossary",
            type="glossary",
            title="Hard words",
            summary="What the hard words in this information mean.",
            language=config.language,
            date=None,
            picture=None,
            author="",
            checked_by=(),
            sections=(section,),
            order=1000,
        )
    common = _common(draft, assembler, config)
    common["slug"] = "glossary"
    common["order"] = 1000
    return Document(sections=(section,), **common)  # type: ignore[arg-type]


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
