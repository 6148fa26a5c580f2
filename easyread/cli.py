"""The ``easyread`` command. Each command is a few lines over the library.

Exit codes: 0 all well; 1 content errors or a failed build; 2 a usage or configuration error;
130 stopped with Ctrl+C, 143 stopped by SIGTERM.
Heavy libraries (WeasyPrint, the speech engine) are imported only by the stages that need them.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from . import __version__
from .checks.command import check
from .coproduction.command import review
from .errors import UsageError
from .packs.command import packs
from .symbols.command import symbols
from .terminal import TerminalReporter, reports_errors


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="easyread")
def main() -> None:
    """Make easy-read web pages, print and audio from one set of documents."""


main.add_command(check)
main.add_command(review)
main.add_command(symbols)
main.add_command(packs)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@reports_errors
def new(folder: Path) -> None:
    """Make a new project in FOLDER, with a small example to start from."""
    from .starter import create

    create(folder)
    click.echo(f"Made a new project in {folder}.")
    click.echo(f"Build it with: easyread build {shlex.quote(str(folder))}")


@main.command()
@click.argument("project", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--out", type=click.Path(path_type=Path), help="Output folder (default: PROJECT/build)."
)
@click.option(
    "--format", "formats", default=None, help="What to make, like html,pdf,audio (default: all)."
)
@click.option(
    "--print-size",
    "print_sizes",
    multiple=True,
    help="Print size for the PDFs: easy-read (16pt), large (18pt), extra-large (24pt) or points, "
    "like 20. Repeat it for several sizes (default: print.sizes in easyread.yml).",
)
@click.option(
    "--shard",
    default="1/1",
    help="Make only share I of N of the print and audio files, like 2/3 (see the README).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per core)."
)
@click.option("-q", "--quiet", is_flag=True, help="Say only warnings and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Say every step, a line each.")
@click.option("--strict", is_flag=True, help="Stop if the easy-read checks find a problem.")
@click.option("--clean", is_flag=True, help="Make everything again, reusing nothing.")
@click.option("--no-checks", is_flag=True, help="Leave out the easy-read checks (faster).")
@reports_errors
def build(
    project: Path,
    out: Path | None,
    formats: str | None,
    print_sizes: tuple[str, ...],
    shard: str,
    jobs: int | None,
    quiet: bool,
    verbose: bool,
    strict: bool,
    clean: bool,
    no_checks: bool,
) -> None:
    """Build the website (and other formats) of the project in PROJECT."""
    from .render import FORMATS, parse_formats, parse_shard
    from .uptodate import Inputs, Options

    if quiet and verbose:
        raise UsageError("-q and -v: say less or say more, not both. Leave one of them out.")
    project = _inside_project(project, quiet)

    options = Options(
        formats=parse_formats(formats) if formats else tuple(FORMATS),
        print_sizes=print_sizes,
        shard=parse_shard(shard),
        strict=strict,
        checks=not no_checks,
    )
    reporter = TerminalReporter(quiet, verbose)
    folder = (out or project / "build").resolve()
    inputs = Inputs.look(project, folder, options)  # before the build reads anything
    last = inputs.unchanged_since(folder) if inputs and not clean else None
    if last is not None:
        last.say_again(reporter)
        _built(last.documents, folder, options["formats"], quiet, options["shard"])
        return
    from .build import build as run_build  # imported only when there is something to build

    result = run_build(
        project, out, jobs=jobs, reporter=reporter, clean=clean, inputs=inputs, **options
    )
    _built(len(result.project.documents), result.out, options["formats"], quiet, options["shard"])


def _inside_project(folder: Path, quiet: bool, doing: str = "Building") -> Path:
    """The project ``folder`` is in: run in ``content/``, a command uses the project above."""
    from .config import find_project

    found = find_project(folder)
    if found != folder and not quiet:
        click.echo(f"{doing} the project in {found}.", err=True)
    return found


def _built(
    documents: int,
    out: Path,
    formats: tuple[str, ...],
    quiet: bool,
    shard: tuple[int, int] = (1, 1),
) -> None:
    if quiet:
        return
    share = ""
    if shard != (1, 1) and {"pdf", "audio"} & set(formats):
        share = f" (their print and audio: share {shard[0]} of {shard[1]})"
    click.echo(f"Built {documents} documents into {out}{share}.")
    if "html" in formats:
        click.echo(f"Open the website: {(out / 'site' / 'index.html').as_uri()}")


@main.command()
@click.argument("project", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="The port to show the preview on (0: any free port).",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Output folder (default: PROJECT/build)."
)
@click.option(
    "--format",
    "formats",
    default="html",
    show_default=True,
    help="What to keep up to date, like html,pdf,audio: the website first, then print and "
    "audio in the background.",
)
@reports_errors
def serve(project: Path, port: int, out: Path | None, formats: str) -> None:
    """Preview the project at http://127.0.0.1:PORT, building again when a file changes."""
    import threading

    from .render import parse_formats
    from .serve import Preview, make_server, watch

    reporter = TerminalReporter(quiet=True)
    project = _inside_project(project, quiet=False, doing="Previewing")
    preview = Preview(
        project.resolve(), (out or project / "build").resolve(), parse_formats(formats), reporter
    )
    server = make_server(preview, port=port)  # a port in use is said before any build
    stop = threading.Event()
    try:
        preview.rebuild()  # before other threads start: a build with none can fork workers
        watcher = threading.Thread(target=watch, args=(preview, stop), daemon=True)
        watcher.start()
        click.echo(f"Preview: http://127.0.0.1:{server.server_address[1]}/ (press Ctrl+C to stop)")
        server.serve_forever()
    finally:  # Ctrl+C, SIGTERM: reports_errors says "Stopped." with the exit code
        stop.set()
        preview.close()
        server.server_close()
