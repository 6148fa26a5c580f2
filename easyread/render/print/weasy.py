"""Turn one print job's HTML into a tagged PDF/UA-1 file with WeasyPrint.

This is the only module that imports WeasyPrint, and it runs in the worker processes (or, with
one job, in the build's own process). WeasyPrint reports problems through its ``weasyprint``
logger: an ERROR record (an image without alt text, a page without a language, a picture that
cannot be read) means the PDF is not accessible or not complete, so the job fails with the
document's name; WARNING records (CSS it does not understand) are passed back to the build.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ...speech.normalise import digit_groups
from ..lifeline import worker_starts

if TYPE_CHECKING:
    from ...print_settings import PrintSize

PDF_OPTIONS: dict[str, Any] = {
    "pdf_variant": "pdf/ua-1",  # tagged, with language, title and pdfuaid:part 1 (AX003)
    "pdf_tags": True,
    "optimize_images": True,
}
"""What every print PDF is made with."""


@dataclass(frozen=True)
class PrintJob:
    """One PDF to make: a document or the pack, at one print size."""

    name: str
    """What it is, for messages: ``Welcome (16 point)``."""
    source: str
    """The file it was made from, relative to the project (``easyread.yml`` for the pack)."""
    html: str
    """The whole page, styles included."""
    base_url: str
    """Where relative addresses in the HTML start from (the project folder)."""
    target: Path
    """The PDF file to write."""
    short_css: str | None = None
    """A stylesheet to print again with when ``html`` makes ``short_pages`` pages or fewer
    (the pack hides its contents page when it is that short)."""
    short_pages: int = 0
    """See ``short_css``."""
    weight: int = 0
    """How much work the job is (roughly its number of points), to start big jobs first."""
    link_names: tuple[tuple[str, str], ...] = ()
    """``(anchor, what is there)`` for the links inside the PDF: a screen reader reads a
    link's description, which WeasyPrint sets to the bare anchor (``doc-minutes``)."""
    size: PrintSize | None = None
    """The print size, recorded with the PDF so that the website names the size of the file
    it links to."""
    place: int = 0
    """Where the size is among those asked for: 0 is the main size (``welcome.pdf``; the
    others are ``welcome-24pt.pdf``), and the website lists them in this order."""


@dataclass(frozen=True)
class PrintResult:
    """What happened to one job."""

    target: Path
    """The PDF file (written only when there are no errors)."""
    pages: int
    """How many pages it has."""
    errors: tuple[str, ...] = ()
    """WeasyPrint's ERROR records: the PDF was not written."""
    warnings: tuple[str, ...] = ()
    """WeasyPrint's WARNING records and Python warnings: the PDF was written."""
    seconds: float = 0.0
    """How long it took."""


def write_pdf(job: PrintJob) -> PrintResult:
    """Make the PDF for ``job``; problems are returned, never raised, so that they cross
    process boundaries intact."""
    started = time.perf_counter()
    weasyprint, import_warnings = _weasyprint()
    fonts = weasyprint.text.fonts.FontConfiguration()
    try:
        with _records() as records, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            document = weasyprint.HTML(string=job.html, base_url=job.base_url).render(
                font_config=fonts, **PDF_OPTIONS
            )
            if job.short_css is not None and len(document.pages) <= job.short_pages:
                short = weasyprint.CSS(string=job.short_css)
                document = weasyprint.HTML(string=job.html, base_url=job.base_url).render(
                    stylesheets=[short], font_config=fonts, **PDF_OPTIONS
                )
            if not any(r.levelno >= logging.ERROR for r in records):
                _write(document, job)
    finally:
        # The web fonts are copied into a /tmp/weasyprint-* folder, removed when the font
        # configuration is garbage collected. A pool's worker process ends without that
        # (os._exit), which left one such folder for each PDF it made: removed here instead.
        fonts.__del__()
    errors = [r for r in records if r.levelno >= logging.ERROR]
    found = [r for r in records if logging.WARNING <= r.levelno < logging.ERROR]
    return PrintResult(
        target=job.target,
        pages=len(document.pages),
        errors=tuple(r.getMessage() for r in errors),
        warnings=(
            *import_warnings,
            *(r.getMessage() for r in found),
            *(f"{w.category.__name__}: {w.message}" for w in caught),
        ),
        seconds=time.perf_counter() - started,
    )


def pdf_identifier(html: str) -> bytes:
    """The identifier written into a PDF printed from ``html``: the same HTML, the same id, so
    a PDF can be recognised as current (personal packs reuse the build's PDFs by it)."""
    return hashlib.sha256(html.encode()).hexdigest()[:32].encode()


def _write(document: Any, job: PrintJob) -> None:
    """Write the PDF beside its target, and put it in place only when WeasyPrint reported no
    error while writing it (the tags, and so the missing alt texts, are made then)."""
    identifier = pdf_identifier(job.html)
    partial = job.target.with_name(job.target.name + ".part")
    partial.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("weasyprint")
    failed = _Collector(logging.ERROR)
    logger.addHandler(failed)
    try:
        document.write_pdf(
            partial,
            pdf_identifier=identifier,
            finisher=_name_links({**_written(job.html), **dict(job.link_names)}),
            **PDF_OPTIONS,
        )
    finally:
        logger.removeHandler(failed)
    if failed.records:
        partial.unlink(missing_ok=True)
    else:
        partial.replace(job.target)


_CONTACT_LINK = re.compile(r'<a href="((?:tel|sms|mailto):[^"]+)">(.*?)</a>', re.S)


def _written(html: str) -> dict[str, str]:
    """Each phone or email link's address as its words write it (a number in the author's
    groups, which a screen reader says better than one long number), when they do; else a
    number in the usual groups ("Ring us" says no number)."""
    written = {}
    for href, words in _CONTACT_LINK.findall(html):
        kind, _, address = href.partition(":")
        words = " ".join(unescape(re.sub(r"<[^>]*>", "", words)).split())
        if kind == "mailto":
            written[href] = words if words == address else address
        elif re.sub(r"[^\d+]", "", words) == address:
            written[href] = words
        else:
            plus = "+" if address.startswith("+") else ""
            written.setdefault(href, plus + " ".join(digit_groups(address.lstrip("+"))))
    return written


def _name_links(names: dict[str, str]) -> Callable[[Any, Any], None]:
    """A WeasyPrint finisher that gives each internal link annotation a readable
    description (PDF/UA-1 7.18.5: "Go to: More about us", not "doc-more"), and a phone or
    email link one that says what it is ("Phone: 01632 960123", not "tel:01632960123")."""

    def finisher(document: Any, pdf: Any) -> None:
        for item in pdf.objects:
            if isinstance(item, dict) and item.get("Subtype") == "/Link" and "Contents" in item:
                contents = item["Contents"]
                target = str(getattr(contents, "string", ""))
                name = names.get(target)
                kind, _, address = target.partition(":")
                if kind in ("tel", "sms", "mailto"):  # "Phone: 01632 960123", as written
                    said = {"tel": "Phone", "sms": "Text message", "mailto": "Email"}[kind]
                    item["Contents"] = type(contents)(f"{said}: {name or address}")
                elif name:
                    item["Contents"] = type(contents)(f"Go to: {name}")

    return finisher


_IMPORTED: tuple[ModuleType, tuple[str, ...]] | None = None


def _weasyprint() -> tuple[ModuleType, tuple[str, ...]]:
    """WeasyPrint, imported once per process, and the warnings its import gave.

    Without libharfbuzz-subset WeasyPrint warns (and is about 5 times slower): that warning
    is reported with the results instead of breaking the build.
    """
    global _IMPORTED
    if _IMPORTED is None:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import weasyprint
        hints = tuple(
            f"{w.message} (run 'tools/system-deps site' to install libharfbuzz-subset0)"
            for w in caught
        )
        _tag_languages()
        _IMPORTED = (weasyprint, hints)
    return _IMPORTED


def _tag_languages() -> None:
    """Make WeasyPrint give the PDF's structure element for an HTML element with a ``lang``
    attribute that language (``/Lang``), as PDF/UA asks of a part in another language than
    the document's (the site's words on a Welsh page, a Welsh title in an English pack).

    WeasyPrint (up to at least version 70) writes only ``<html lang>``, as the document's
    ``/Lang``, and leaves out every other ``lang`` attribute. Its tags are made by one
    recursive function that yields the structure elements made for each box: this wraps it
    (once), leaving the tags as they are when WeasyPrint has no such function any more.
    """
    import pydyf
    from weasyprint.pdf import tags

    build = getattr(tags, "_build_box_tree", None)
    if build is None or getattr(build, "easyread_languages", False):
        return

    def build_with_languages(box: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        element = getattr(box, "element", None)
        own = None
        if element is not None and getattr(box, "element_tag", None) not in ("html", "body"):
            own = element.get("lang")
        for made in build(box, *args, **kwargs):
            if own and "Lang" not in made:
                made["Lang"] = pydyf.String(own)
            yield made

    build_with_languages.easyread_languages = True  # type: ignore[attr-defined]
    tags._build_box_tree = build_with_languages


def preload() -> None:
    """Import WeasyPrint now (a pool's workers call this once when they start), and end
    with the fork server they come from (see ``lifeline``)."""
    worker_starts()
    _weasyprint()


class _Collector(logging.Handler):
    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _records() -> Iterator[list[logging.LogRecord]]:
    """WeasyPrint's WARNING and ERROR records while the block runs."""
    logger = logging.getLogger("weasyprint")
    collector = _Collector()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(collector)
    # The build reports these records itself: keep them out of the application's own logs.
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield collector.records
    finally:
        logger.removeHandler(collector)
        logger.setLevel(level)
        logger.propagate = propagate
