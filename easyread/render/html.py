"""The website: one page per document, the index, the glossary and the about page."""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .. import forked
from ..coproduction.site import site_files, template_for
from ..errors import EasyreadError
from ..fingerprint import fingerprint
from ..model import Document, Picture, Project
from ..print_settings import PrintSize
from ..resources import builtin
from ..speech.paths import PLAYLIST, audio_files
from ..symbols.files import public_svg
from ..symbols.staff import staff_page
from . import FORMATS, RenderOptions
from .credits import credits
from .outputs import Outputs, Watched, read_values, templates_key, templates_use
from .pdf import PACK, print_sizes  # names only: WeasyPrint is imported when PDFs are made
from .rows import WEB as WEB_ROWS
from .rows import row_pictures
from .templates import environment

FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")


def render(project: Project, out: Path, options: RenderOptions) -> list[Path]:
    """Write the site into ``out/site`` and return the files written.

    Each page is a job whose key covers everything its template is given (pages are given only
    what they show), so a page that is current is reused from the last build.
    """
    site = out / "site"
    site.mkdir(parents=True, exist_ok=True)
    env = environment(project)
    outputs = options.outputs or Outputs.start(out, None)
    prints = _prints(project, options, outputs)
    offers = {d.slug: _offer(d, options, outputs, prints) for d in project.documents}
    site_offer = _offer(None, options, outputs, prints)
    common: dict[str, object] = {
        "formats": site_offer.formats,
        "glossary_page": _glossary_page(project),
        "prints": site_offer.prints,
    }
    shared = fingerprint(project.config, project.picture, common)
    page_key = fingerprint(shared, templates_key(env, "document.html"))
    rest: list[Path] = []

    def the_rest() -> None:  # made while the workers make the documents' pages
        spoken = any("audio" in offer.formats for offer in offers.values())
        rest.extend(_site_pages(project, env, site, common, shared, outputs, options, spoken))

    written = _document_pages(
        project, env, site, common, offers, page_key, outputs, options.jobs, the_rest
    )
    return written + rest


@dataclass(frozen=True)
class Offer:
    """The other formats a page links to."""

    formats: tuple[str, ...]
    """The formats the page links: ``html``, and ``pdf`` and ``audio`` when it links those
    (not ``text``, which no page links, so a page is the same whether a build makes it)."""
    prints: tuple[tuple[str, str], ...]
    """The print sizes, as (label, file name ending): the first ends "" (``welcome.pdf``,
    ``welcome-24pt.pdf``)."""


def _offer(
    document: Document | None,
    options: RenderOptions,
    outputs: Outputs,
    prints: Callable[[str], tuple[tuple[str, str], ...]],
) -> Offer:
    """What a document's page (or, for None, the index and about pages, which link the print
    pack and the playlist) links to: the print and audio files this build makes, and those
    of the last build that it keeps as they were. So the website built alone still
    links the PDFs and recordings a whole build made, but never a file that is not there."""
    slug = document.slug if document is not None else PACK
    offered = prints(slug)
    formats = {"html", *(["pdf"] if offered else [])}
    if "audio" in options.formats:
        formats.add("audio")
    elif outputs.old_root is not None:
        if document is None:
            spoken = bool(outputs.kept(f"audio:{PLAYLIST}"))
        else:  # (none kept: no need to work out the names of its files)
            kept = outputs.kept(f"audio:{slug}")
            spoken = bool(kept) and _audio_files(document) <= kept
        if spoken:
            formats.add("audio")
    # only what the page links, in one order: the same page whatever else a build makes
    return Offer(tuple(name for name in FORMATS if name in formats), offered)


def _audio_files(document: Document) -> frozenset[str]:
    """The audio files a document's page links to (see templates/document.html)."""
    files = audio_files(document)
    spoken = [files.sections[s.anchor] for s in document.sections if s.points and s.heading]
    return frozenset(f"audio/{name}" for name in (files.whole, files.timings, *spoken))


def _site_pages(
    project: Project,
    env: jinja2.Environment,
    site: Path,
    common: dict[str, object],
    shared: str,
    outputs: Outputs,
    options: RenderOptions,
    readalong: bool,
) -> list[Path]:
    """Every file of the site but the documents' pages, and the staff page; with
    ``readalong``, the script of the pages that link audio."""
    written: list[Path] = []
    made_credits = credits(project)
    every = row_pictures(project)  # a picture for each row of the about page (ER012)
    rows = {role: every[role] for role in WEB_ROWS}
    for name in ("index.html", "about.html"):
        listing: dict[str, object] = {**common, "credits": made_credits, "rows": rows}
        key = fingerprint(shared, made_credits, rows, templates_key(env, name))

        def make_listing(name: str = name, listing: dict[str, object] = listing) -> list[Path]:
            return [_page(env, site, name, name, listing, document=None)]

        if templates_use(env, name, "documents"):  # its key covers what it reads of them
            written += _listing(project, listing, f"html:{name}", key, outputs, make_listing)
        else:
            written += outputs.job(f"html:{name}", key, make_listing)
    written.append(_page(env, site, "assets/style.css", "assets/style.css", common, document=None))
    for name, template in site_files(project):
        written.append(_page(env, site, name, template, common, document=None))
    written += _copy_assets(site)
    if readalong:  # the read-along script: plain JavaScript, copied as it is
        script = site / "assets" / "readalong.js"
        shutil.copyfile(builtin("templates") / "assets" / "readalong.js", script)
        written.append(script)
    written += _copy_pictures(project, site, [p for p in rows.values() if p is not None])
    if project.config.symbols.staff_page:  # for staff only: outside the public site
        written += staff_page(project, site.parent / "staff", outputs)
    return written


def _listing(
    project: Project,
    listing: dict[str, object],
    job: str,
    key: str,
    outputs: Outputs,
    make: Callable[[], list[Path]],
) -> list[Path]:
    """A page given every document (the home page's list): reused while what its last making
    read of them (their titles, pictures and summaries, say) is the same, so an edit to a
    document's points does not make it again. ``key`` covers the rest of what it is given."""
    last = outputs.old.get(job, {}).get("reads")
    if isinstance(last, list) and all(isinstance(name, str) for name in last):
        found = outputs.reuse(job, fingerprint(key, read_values(project, last)), reads=last)
        if found is not None:
            return found
    reads: set[str] = set()
    listing["documents"] = [Watched(document, reads) for document in project.documents]
    files = make()
    read = sorted(reads)
    outputs.record(job, fingerprint(key, read_values(project, read)), files, reads=read)
    return files


def _document_pages(
    project: Project,
    env: jinja2.Environment,
    site: Path,
    common: dict[str, object],
    offers: dict[str, Offer],
    page_key: str,
    outputs: Outputs,
    workers: int,
    meanwhile: Callable[[], object],
) -> list[Path]:
    """Each document's page: reused when current, else made (by ``workers`` processes when
    there are enough pages to make) and recorded, in the order of the documents. The build
    calls ``meanwhile()`` while the pages are made (see ``forked.run``)."""
    offered: dict[Offer, str] = {}  # a few different offers: each hashed once
    pages = [
        (
            f"html:{d.slug}",
            fingerprint(
                project.fingerprint(d),
                page_key,
                templates_key(env, template_for(d)),
                offered.get(offer) or offered.setdefault(offer, fingerprint(offer)),
            ),
            d,
        )
        for d in project.documents
        for offer in [offers[d.slug]]
    ]
    reused = {job: outputs.reuse(job, key) for job, key, _ in pages}
    stale = [document for job, _, document in pages if reused[job] is None]
    for template in dict.fromkeys(template_for(d) for d in stale):
        env.get_template(template)  # compiled once, before any workers are forked

    def make(documents: Sequence[Document]) -> list[Path]:
        return [_document_page(env, site, d, common, offers[d.slug]) for d in documents]

    made = iter(forked.run(make, stale, workers, meanwhile))
    written: list[Path] = []
    for job, key, _ in pages:
        files = reused[job]
        if files is None:
            files = [next(made)]
            outputs.record(job, key, files)
        written += files
    return written


def _document_page(
    env: jinja2.Environment,
    site: Path,
    document: Document,
    common: dict[str, object],
    offer: Offer,
) -> Path:
    context = {**common, "formats": offer.formats, "prints": offer.prints}
    try:
        return _page(env, site, document.url, template_for(document), context, document=document)
    except jinja2.TemplateError as error:  # a worker's traceback stays there: keep the place
        _locate(error)
        raise


def _locate(error: jinja2.TemplateError) -> None:
    """Give an error found while rendering the template file and line its traceback shows
    (as ``template_problem`` finds them), so that they survive being sent from a worker."""
    if getattr(error, "filename", None) is not None:
        return
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".html", ".css", ".js")):
            error.filename, error.lineno = frame.filename, frame.lineno  # type: ignore[attr-defined]
            return


def _prints(
    project: Project, options: RenderOptions, outputs: Outputs
) -> Callable[[str], tuple[tuple[str, str], ...]]:
    """The PDFs that a page of the document with a slug (or ``PACK``) links to, as (label,
    file name ending), the main size first (ending ""): those this build makes, or else those
    it keeps from the last build, each named by the size it was printed at."""
    if "pdf" in options.formats:
        made = print_sizes(project.config.print, options.print_sizes)
        ends = tuple((size.label, "" if i == 0 else size.suffix) for i, size in enumerate(made))
        return lambda slug: ends
    kept = _kept_prints(project, outputs)
    return lambda slug: kept.get(slug, ())


def _kept_prints(project: Project, outputs: Outputs) -> dict[str, tuple[tuple[str, str], ...]]:
    """The PDFs kept from the last build, by the slug they print: (label, ending), in the
    order their sizes were asked for (the main size first). A record from before sizes were
    recorded is named by the project's sizes."""
    try:
        project_sizes = print_sizes(project.config.print)
    except EasyreadError:  # found when the PDFs are made
        project_sizes = ()
    by_ending = {"" if i == 0 else s.suffix: (i, s) for i, s in enumerate(project_sizes)}
    found: dict[str, list[tuple[int, str, str]]] = {}
    for job, record in outputs.kept_records("pdf").items():
        stem = job.partition(":")[2].removesuffix(".pdf")
        about = record.get("print")
        if isinstance(about, dict):
            try:
                place = int(about.get("place", 0))
                size = PrintSize(float(about.get("points", 0)), str(about.get("name", "")))
            except (TypeError, ValueError):  # a record edited by hand: not linked
                continue
            ending = "" if place == 0 else size.suffix
        else:
            ending = next((e for e in by_ending if e and stem.endswith(e)), "")
            if ending not in by_ending:
                continue
            place, size = by_ending[ending]
        slug = stem.removesuffix(ending) if ending else stem
        found.setdefault(slug, []).append((place, size.label, ending))
    return {slug: tuple((label, end) for _, label, end in sorted(f)) for slug, f in found.items()}


def _glossary_page(project: Project) -> str | None:
    return "glossary.html" if any(d.slug == "glossary" for d in project.documents) else None


def _page(
    env: jinja2.Environment,
    site: Path,
    name: str,
    template: str,
    context: dict[str, object],
    document: Document | None,
) -> Path:
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    html = env.get_template(template).render(context, document=document, page=name)
    path.write_text(html, encoding="utf-8")
    return path


def _copy_assets(site: Path) -> list[Path]:
    import fontpkg_atkinson_hyperlegible as font

    source = Path(font.__file__).parent
    fonts = site / "assets" / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    written = []
    for name in (*FONT_FILES, "LICENSE"):
        origin = source / "files" / name if name != "LICENSE" else source / name
        target = fonts / ("OFL.txt" if name == "LICENSE" else name)
        shutil.copyfile(origin, target)
        written.append(target)
    return written


def _copy_pictures(project: Project, site: Path, rows: list[Picture]) -> list[Path]:
    pictures: dict[str, Picture] = {p.src: p for p in rows}
    if project.picture:
        pictures[project.picture.src] = project.picture
    for document in project.documents:
        for picture in document.pictures:
            pictures[picture.src] = picture
    written = []
    for src in sorted(pictures):
        target = site / src
        target.parent.mkdir(parents=True, exist_ok=True)
        file = pictures[src].file
        if file.suffix.lower() == ".svg":  # a drawing program's notes stay at home
            target.write_bytes(public_svg(file.read_bytes()))
        else:
            shutil.copyfile(file, target)
        written.append(target)
    return written
