"""The print stage: large-print, tagged PDF/UA-1 files of every document and a print pack.

Files (in ``out/print``), for each print size asked for:

- ``<slug>.pdf``: one document, at the first (main) size; ``<slug>-24pt.pdf`` at another size;
- ``pack.pdf`` (``pack-24pt.pdf``): the print pack, with a cover, a contents page when it has
  more than 4 pages, every document, the hard words, the credits and how to ask for other
  formats.

The sizes come from ``print.sizes`` in ``easyread.yml``, or from ``--print-size`` (which
replaces them for one build). Documents are printed in parallel, one WeasyPrint per worker
process; WeasyPrint is imported only here, when PDFs are made.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BuildError, ConfigError, Problem, UsageError
from ..model import Project
from ..print_settings import PrintConfig, PrintSize, parse_sizes
from . import RenderOptions
from .outputs import Outputs
from .print.keys import Keys
from .print.pages import Printer, pack_documents
from .print.pool import PRELOAD as PRELOAD  # what print workers start with: see workers.py
from .print.pool import run
from .print.weasy import PrintJob, PrintResult
from .templates import environment

FOLDER = "print"
"""The stage's folder in the build."""

PACK = "pack"
"""The print pack's file name, without ``.pdf``."""

SHORT_PACK = 5
"""A pack of this many pages or fewer, its contents page included, is printed without one
(GUIDELINES LY010: a contents page for packs over 4 pages)."""


NO_CONTENTS = ".contents { display: none; }"
"""The stylesheet that leaves out the pack's contents page."""


def render(project: Project, out: Path, options: RenderOptions) -> list[Path]:
    """Print every document and the pack at every size; the PDF files written.

    A PDF whose inputs have not changed since the last build is reused from it.
    """
    settings = project.config.print
    sizes = print_sizes(settings, options.print_sizes)
    printer = Printer.for_project(environment(project), project, settings)
    outputs = options.outputs or Outputs.start(out, None)
    keys = Keys()
    reused: list[Path] = []
    todo: list[tuple[PrintJob, str]] = []
    for job in plan(printer, sizes, out / FOLDER, options):
        key = keys.key(job)
        files = outputs.reuse(_job_id(job), key, **_size_record(job))  # its place may differ
        if files is None:
            todo.append((job, key))
        else:
            reused += files
    results = run([job for job, _ in todo], options.jobs, options.reporter, options.stop)
    _raise_errors([job for job, _ in todo], results)
    made = {result.target for result in results}
    for job, key in todo:
        if job.target in made:
            outputs.record(_job_id(job), key, [job.target], **_size_record(job))
        elif options.stopped():  # the last build's PDF stays until the next build makes it
            reused += outputs.keep_last(_job_id(job)) or []
    if len(made) < len(todo):
        options.reporter.info(f"print: stopped with {len(todo) - len(made)} PDFs still to make.")
    elif not options.stopped():  # even empty (a share of a --shard build with no PDF): it
        (out / FOLDER).mkdir(parents=True, exist_ok=True)  # is copied from; a stopped build
        # that made none keeps the last build's folder
    for warning in dict.fromkeys(w for r in results for w in r.warnings):
        options.reporter.warning(f"print: {warning}")
    return sorted([*reused, *(r.target for r in results)])


def _size_record(job: PrintJob) -> dict[str, object]:
    """What the output record says of a PDF's size (see ``html._kept_prints``)."""
    if job.size is None:
        return {}
    return {"print": {"points": job.size.points, "name": job.size.name, "place": job.place}}


def _job_id(job: PrintJob) -> str:
    return f"pdf:{job.target.name}"  # the format's name first, as the build expects


def print_sizes(settings: PrintConfig, asked: tuple[str, ...] = ()) -> tuple[PrintSize, ...]:
    """The sizes to print: ``--print-size`` values when given, else ``print.sizes``."""
    if asked:
        return parse_sizes(asked, ("easyread build", "--print-size"), UsageError)
    return parse_sizes(settings.sizes, ("easyread.yml", "print.sizes"), ConfigError)


def file_name(slug: str, size: PrintSize, first: bool) -> str:
    """``welcome.pdf`` at the main size, ``welcome-24pt.pdf`` at the others."""
    return f"{slug}{'' if first else size.suffix}.pdf"


def plan(
    printer: Printer,
    sizes: tuple[PrintSize, ...],
    folder: Path,
    options: RenderOptions | None = None,
) -> list[PrintJob]:
    """Every PDF to make, biggest first (so that parallel workers finish together)."""
    project = printer.project
    base_url = project.root.as_uri() + "/"
    chapters = pack_documents(project)
    make_pack = printer.settings.pack and bool(chapters)
    if make_pack and any(d.slug == PACK for d in project.documents):
        raise BuildError(
            [
                Problem(
                    next(d.path for d in project.documents if d.slug == PACK),
                    None,
                    None,
                    f"this document would print as {PACK}.pdf, which is the print pack.",
                    "Give the file another name, or set 'print: {pack: false}' in easyread.yml.",
                )
            ]
        )
    jobs: list[PrintJob] = []
    for index, size in enumerate(sizes):
        first = index == 0
        for document in project.documents:
            if options and not options.in_shard(document.slug):
                continue
            jobs.append(
                PrintJob(
                    name=f"{document.title} ({size.label})",
                    source=document.path,
                    html=printer.document_html(document, size),
                    base_url=base_url,
                    target=folder / file_name(document.slug, size, first),
                    weight=_weight(len(document.points), size),
                    link_names=tuple(printer.document_links(document).items()),
                    size=size,
                    place=index,
                )
            )
        if make_pack and (options is None or options.first_shard):
            jobs.append(
                PrintJob(
                    name=f"the print pack ({size.label})",
                    source="easyread.yml",
                    html=printer.pack_html(size),
                    short_css=NO_CONTENTS,
                    link_names=tuple(printer.pack_links().items()),
                    short_pages=SHORT_PACK,
                    base_url=base_url,
                    target=folder / file_name(PACK, size, first),
                    weight=_weight(
                        sum(len(d.points) for d in chapters) + len(project.glossary), size
                    ),
                    size=size,
                    place=index,
                )
            )
    return sorted(jobs, key=lambda job: -job.weight)


def _weight(points: int, size: PrintSize) -> int:
    """Roughly how long a job takes: its points, more at bigger sizes (more pages)."""
    return int((points + 4) * size.points)


def _raise_errors(jobs: list[PrintJob], results: list[PrintResult]) -> None:
    by_target = {job.target: job for job in jobs}
    problems = [
        Problem(
            by_target[result.target].source,
            None,
            None,
            f"the PDF of {by_target[result.target].name} could not be made: {error}",
            _hint(error),
        )
        for result in results
        for error in result.errors
    ]
    if problems:
        raise BuildError(problems)


def _hint(error: str) -> str:
    """What to change, for WeasyPrint's usual errors."""
    if "alt" in error:
        return "Give every picture alt text: [file.jpg: what the picture shows]."
    if "lang" in error:
        return "Set 'language:' in easyread.yml or in the document."
    if "image" in error.lower() or "SVG" in error:
        return "Check that the picture file exists and opens in an image viewer."
    return "Check the print templates in templates/print/."
