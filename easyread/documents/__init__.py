"""Find, read and check a project's documents: ``load_project`` is the whole loading stage."""

from __future__ import annotations

from pathlib import Path

from ..config import Config, load_config
from ..coproduction.actions import add_actions
from ..coproduction.clock import today
from ..errors import ContentError, Problems
from ..markup import make_parser
from ..markup.hardwords import HARD_WORD, glossary_key, word_anchor
from ..model import Document, GlossaryEntry, Point, Project, Section
from ..symbols import load_library
from ..textformat import slugify
from ..yamlfile import read_text
from .assemble import Assembler
from .draft import Draft
from .markdown import read_markdown
from .schemas import Glossary
from .structured import read_structured

CONTENT = "content"
SUFFIXES = (".md", ".yml", ".yaml")
RESERVED = {"index", "about", "glossary"}

__all__ = ["load_project"]


def load_project(root: Path) -> Project:
    """Load and check everything; one :class:`ContentError` lists every problem found."""
    root = root.resolve()
    config = load_config(root)
    library = load_library(root)
    md = make_parser()
    problems = Problems()
    drafts = [d for f in discover(root, problems) if (d := _read(f, root, config, md, problems))]
    glossary = _glossary(drafts, md, problems)
    pages = {
        d.file.name: "glossary.html" if isinstance(d.meta, Glossary) else f"{d.slug}.html"
        for d in drafts
    }
    assembler = Assembler(root, md, library, glossary, pages, problems, settings=config.symbols)
    documents = [
        _document(d, assembler, config) for d in drafts if not isinstance(d.meta, Glossary)
    ]
    documents.sort(key=lambda d: (d.order, d.title.lower(), d.slug))
    glossary_doc = next((d for d in drafts if isinstance(d.meta, Glossary)), None)
    if glossary or glossary_doc:
        documents.append(_glossary_document(glossary_doc, glossary, assembler, config))
    picture = assembler.picture(config.picture, "easyread.yml", root, 1) if config.picture else None
    problems.raise_if_any(ContentError)
    project = Project(
        root, config, tuple(documents), tuple(glossary[k] for k in sorted(glossary)), picture
    )
    return add_actions(project, today())


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
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
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


def _read(file: Path, root: Path, config: Config, md: object, problems: Problems) -> Draft | None:
    shown = file.relative_to(root).as_posix()
    slug = slugify(file.stem)
    try:
        text = read_text(file, shown)
        if file.suffix.lower() == ".md":
            return read_markdown(text, file, shown, slug, md, problems)  # type: ignore[arg-type]
        return read_structured(text, file, shown, slug, config, problems)
    except ContentError as error:
        problems.extend(error.problems)
        return None


def _glossary(drafts: list[Draft], md: object, problems: Problems) -> dict[str, GlossaryEntry]:
    """Every hard word: glossary files first, then words explained where they are used."""
    entries: dict[str, GlossaryEntry] = {}
    words = [(d, *w) for d in drafts for w in d.words]
    for draft in drafts:
        for section in draft.sections:
            for point in section.points:
                for offset, text in enumerate(point.source.split("\n")):
                    for match in HARD_WORD.finditer(text):
                        if match[2] and match[2].strip():
                            words.append(
                                (draft, match[1].strip(), match[2].strip(), "", point.line + offset)
                            )
    for draft, word, meaning, _picture, line in words:
        key = glossary_key(word)
        if key not in entries:
            entries[key] = GlossaryEntry(key, word, meaning, draft.path, line, picture=None)
    return entries


def _common(draft: Draft, assembler: Assembler, config: Config) -> dict[str, object]:
    meta = draft.meta
    picture = None
    if meta.picture:
        picture = assembler.picture(meta.picture, draft.path, draft.file.parent, 2)
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
        meaning_html = assembler.md.renderInline(entry.meaning)
        points.append(
            Point(
                line=entry.line,
                source=entry.meaning,
                text=f"{term}.\n{entry.meaning}",
                html=f'<p><strong class="term">{_escape(term)}</strong><br>\n{meaning_html}</p>\n',
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
