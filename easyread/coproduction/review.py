"""Review copies: a printable draft of one document for the group's checkers.

Each point is printed with two big boxes ("I understand this", "I do not understand this") and
space to write or draw; the last page records who checked it and when. What the checkers
record goes into the document's front matter as ``checked_by:``, which makes the "Checked by"
credit appear (GUIDELINES ER015). The PDF is made like every other print: WeasyPrint, tagged
PDF/UA-1, at the project's first print size.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from markupsafe import Markup

from ..config import CONFIG_FILE
from ..errors import BuildError, Problem, UsageError
from ..model import Document, Project
from ..render.pdf import print_sizes
from ..render.print.links import rewrite_links
from ..render.print.pages import Printer
from ..render.templates import environment

TEMPLATE = "print/coproduction/review.html"
FOLDER = "review"
"""Where review copies go, inside the build folder."""


def find_document(project: Project, name: str) -> Document:
    """The document a user named: its file (``content/welcome.md``), file name or page name."""
    wanted = Path(name).as_posix().removeprefix("./")
    for document in project.documents:
        path = Path(document.path)
        if wanted in (document.path, path.name, path.stem, document.slug, document.url):
            return document
    known = ", ".join(d.path for d in project.documents if d.path)
    raise UsageError(f"There is no document {name!r}. Choose one of: {known}.")


def review_html(project: Project, document: Document) -> str:
    """The review copy of ``document``, as the HTML that WeasyPrint prints."""
    settings = project.config.print
    size = print_sizes(settings)[0]
    printer = Printer.for_project(environment(project), project, settings)
    html = printer._render(  # the print stage's shared context: sizes, fonts, pictures
        TEMPLATE,
        size,
        document=document,
        title=f"Review copy: {document.title}",
        language=document.language,
        authors=[document.author or project.config.organisation],
        description=f"A copy of '{document.title}' for checking.",
        created="",
        links=partial(_plain_links, note=printer.notes(document)),
        anchor=lambda document, anchor: anchor,
    )
    return html


def _plain_links(html: str, note: Callable[[str, str], str | None]) -> Markup:
    """On a review copy, links are read, not followed: web links stay, the rest is text, with
    the same notes as the document's own PDF (the checkers read what readers will)."""
    return Markup(rewrite_links(html, lambda href: href if "://" in href else None, note))


def make_review(project: Project, document: Document, target: Path) -> Path:
    """Print the review copy of ``document`` to ``target`` (a PDF file)."""
    from ..render.print.weasy import PrintJob, write_pdf

    job = PrintJob(
        name=f"the review copy of {document.title}",
        source=document.path,
        html=review_html(project, document),
        base_url=project.root.as_uri() + "/",
        target=target,
    )
    result = write_pdf(job)
    if result.errors:
        raise BuildError(
            [
                Problem(document.path, None, None, f"the review copy could not be made: {e}")
                for e in result.errors
            ]
        )
    return result.target


def check_target(project: Project, target: Path) -> None:
    """A :class:`UsageError` when writing the review copy to ``target`` would overwrite or
    add to what the project is made from (``--out content/welcome.md`` wrote a PDF over the
    document), or overwrite a file that is not a PDF."""
    root, where = project.root.resolve(), target.resolve()
    inputs = [root / name for name in ("content", "symbols", "templates")]
    inputs += [root / CONFIG_FILE, (root / project.config.packs.participants).resolve()]
    if any(where == each or where.is_relative_to(each) for each in inputs):
        raise UsageError(
            f"--out {target}: this is part of what the project is made from. "
            "Write the review copy somewhere else, like build/review/ (the default)."
        )
    if where.is_file() and not _is_pdf(where):
        raise UsageError(
            f"--out {target}: this file is not a PDF, and writing the review copy would "
            "replace it. Choose a new file name ending in .pdf."
        )


def _is_pdf(file: Path) -> bool:
    try:
        with file.open("rb") as opened:
            return opened.read(5) == b"%PDF-"
    except OSError:
        return False


def default_target(project: Project, document: Document) -> Path:
    """``build/review/<slug>-review.pdf`` in the project."""
    return project.root / "build" / FOLDER / f"{document.slug}-review.pdf"
