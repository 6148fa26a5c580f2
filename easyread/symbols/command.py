"""``easyread symbols``: search the picture library, suggest pictures, import sets.

A thin layer over the library: each command loads, calls one function and prints. Exit codes
as for every easyread command; ``search`` also exits 1 when nothing matches, like grep.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..terminal import reports_errors, reports_read_errors

if TYPE_CHECKING:
    from .importing import Imported

F = TypeVar("F", bound=Callable[..., Any])

PROJECT = click.option(
    "--project",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="The project whose own sets and allowed licences count "
    "(default: the nearest folder with easyread.yml, here or above).",
)
NO_PROJECT = (
    "there is no easyread.yml in this folder or the folders above it, so this is not inside "
    "a project. Go to your project's folder, or give its folder with --project FOLDER."
)


RATED = "rated: choose it only on purpose"
"""How search marks a picture its set rates as one to choose with care."""


@click.group("symbols")
def symbols() -> None:
    """Find pictures, suggest them for points, and import symbol sets."""


@symbols.command()
@click.argument("words", nargs=-1, required=True)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
@PROJECT
@reports_read_errors
def search(words: tuple[str, ...], limit: int, project: Path | None) -> None:
    """Pictures whose names match WORDS, best first: name, set, licence, matched keyword.

    A picture the set rates as one to choose with care (nudity, private parts) is marked
    "rated": it is never suggested or chosen automatically. Exit status 1 when no picture
    matches.
    """
    from .library import load_library
    from .suggest import nearest_project

    if project is None and (project := nearest_project(Path.cwd())) is None:
        click.echo(f"Note: {NO_PROJECT} Only the built-in pictures are searched.", err=True)
        project = Path.cwd()
    library = load_library(_root(project))
    settings = _settings(project)
    query = " ".join(words)
    matches = library.index.search(query, limit, allowed=lambda s: settings.allows(s.licence))
    if not matches:
        click.echo(f"No picture matches {query!r}.", err=True)
        raise SystemExit(1)
    for match in matches:
        symbol = match.symbol
        name = symbol.id if library.find(symbol.id) == symbol else f"{symbol.set}/{symbol.id}"
        rated = f"\t{RATED}" if symbol.rated else ""
        click.echo(f"{name}\t{symbol.set}\t{symbol.licence}\t{match.keyword}{rated}")


@symbols.command()
@click.argument("document", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@reports_read_errors
def suggest(document: Path) -> None:
    """The best 3 pictures for each point of DOCUMENT that has no picture."""
    from ..documents import load_project
    from .library import load_library
    from .suggest import find_document, project_root, suggest_points

    project = load_project(project_root(document))
    found = find_document(project, document)
    library = load_library(project.root)
    suggestions = suggest_points(found.points, library, found.path, project.config.symbols)
    for suggestion in suggestions:
        first = suggestion.point.text.split("\n")[0]
        click.echo(f"{suggestion.path}:{suggestion.point.line}: {first[:60]}")
        for match in suggestion.candidates:
            symbol = match.symbol
            name = symbol.id if library.find(symbol.id) == symbol else f"{symbol.set}/{symbol.id}"
            click.echo(f"  [{name}]\t{symbol.set}\t{symbol.licence}\t{match.keyword}")
        if not suggestion.candidates:
            click.echo("  (no picture found: search with 'easyread symbols search WORD')")
    if not suggestions:
        click.echo(f"{found.path}: every point has a picture.")


@symbols.group("import")
def import_() -> None:
    """Import a symbol set into the project's own symbols/ folder."""


@import_.command("mulberry")
@click.argument("path", type=click.Path(path_type=Path, exists=True))
@PROJECT
@click.option("--set", "set_id", default="mulberry", show_default=True, help="The set's folder.")
@click.option("--replace", is_flag=True, help="Replace the set when it is already there.")
@click.option(
    "--licence",
    default="",
    help="The pictures' licence, like 'CC BY-SA 4.0', when the release's licence text does not "
    "say which.",
)
@reports_errors
def mulberry(path: Path, project: Path | None, set_id: str, replace: bool, licence: str) -> None:
    """Import the Mulberry Symbols release in PATH: its folder (symbol-info.csv and EN/) or
    its zip file.

    Pictures that cannot be used (a damaged file, a script in an SVG, a file missing from
    the release) are left out, and a warning names each one and says why. Exit status 0 when
    pictures were imported, even with some left out; 1 when none could be, or the release has
    mistakes (nothing is written then); 2 when the command is wrong.
    """
    from .mulberry import import_mulberry

    _imported(import_mulberry(path, _project(project), set_id, replace, licence))


@import_.command("folder")
@click.argument("path", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--csv", "table", type=click.Path(path_type=Path), required=True, help="The CSV.")
@click.option("--licence", required=True, help="The pictures' licence, like 'CC BY 4.0'.")
@click.option("--author", required=True, help="Who made the pictures.")
@click.option("--source", default="", help="Where the pictures come from.")
@click.option("--set", "set_id", default=None, help="The set's folder (default: PATH's name).")
@click.option("--name", default="", help="The set's name for the credits.")
@PROJECT
@click.option("--replace", is_flag=True, help="Replace the set when it is already there.")
@reports_errors
def folder(
    path: Path,
    table: Path,
    licence: str,
    author: str,
    source: str,
    set_id: str | None,
    name: str,
    project: Path | None,
    replace: bool,
) -> None:
    """Import the pictures in PATH listed in a CSV (columns: file, id, alt, keywords ...).

    Pictures that cannot be used (a damaged file, a script in an SVG) are left out, and a
    warning names each one and says why. Exit status 0 when pictures were imported, even with
    some left out; 1 when none could be, or the CSV has mistakes (nothing is written then); 2
    when the command is wrong.
    """
    from .folder import import_folder
    from .manifest import make_id

    ident = set_id or make_id(path.resolve().name)
    _imported(
        import_folder(path, table, _project(project), ident, licence, author, source, name, replace)
    )


def _imported(done: Imported) -> None:
    for problem in done.left_out:
        click.echo(click.style("Warning: ", fg="yellow", bold=True) + str(problem), err=True)
    click.echo(f"Imported {count(done.count, 'picture')} ({done.licence}) into {done.folder}.")
    if done.left_out:
        left = count(len(done.left_out), "picture")
        click.echo(f"{left} left out: see the warnings above.", err=True)


def count(number: int, noun: str) -> str:
    """``"1 picture"``, ``"2 pictures"``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _project(project: Path | None) -> Path:
    """The project an import writes into: ``--project``, else the nearest one here or above;
    either way a folder with easyread.yml (a set imported elsewhere would be lost)."""
    from ..config import CONFIG_FILE
    from ..errors import UsageError
    from .suggest import nearest_project

    if project is None:
        found = nearest_project(Path.cwd())
        if found is None:
            raise UsageError(NO_PROJECT)
        return found
    if not (project / CONFIG_FILE).is_file():
        raise UsageError(
            f"{project}: there is no easyread.yml here, so this is not a project's folder. "
            "Give --project the folder of your project (the one with easyread.yml)."
        )
    return _root(project)


def _root(project: Path) -> Path:
    return project.resolve()


def _settings(project: Path) -> Any:
    from ..config import CONFIG_FILE, load_config
    from .settings import SymbolsConfig

    if (project / CONFIG_FILE).is_file():
        return load_config(project).symbols
    return SymbolsConfig()
