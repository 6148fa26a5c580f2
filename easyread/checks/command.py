"""``easyread check``: the command line over :func:`.targets.run_check`. Heavy imports are lazy."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--statistics", is_flag=True, help="Show a summary of each document and its verdict.")
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="'json' prints one object for other tools.",
)
@click.option("--rules", "list_rules", is_flag=True, help="List the rules and stop.")
@click.option(
    "--project",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="The project folder (default: the current folder, when it has easyread.yml).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes for a project's documents (default: one per core).",
)
def check(
    paths: tuple[Path, ...],
    strict: bool,
    statistics: bool,
    output: str,
    list_rules: bool,
    project: Path | None,
    jobs: int | None,
) -> None:
    """Check that documents are easy read (GUIDELINES ER001-ER015).

    PATHS are documents of the project, or any Markdown or text files, or folders. Exit
    status: 0 when no errors remain, 1 when some do, 2 for a wrong command or configuration.
    """
    from ..errors import ContentError, EasyreadError, file_problem
    from .output import format_json, format_rules, format_text
    from .report import Report
    from .targets import run_check

    if list_rules:
        click.echo(format_rules())
        return

    try:
        try:
            report = run_check(paths, project, strict=strict, jobs=jobs)
        except OSError as unread:  # a file the computer would not open
            if unread.filename is None:
                raise
            raise ContentError([file_problem(unread)]) from None
    except EasyreadError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        if output == "json":  # a tool reading the JSON learns why nothing was checked
            click.echo(format_json(Report((), tuple(error.problems))))
        raise SystemExit(error.exit_code) from None
    for problem in report.problems:
        click.echo(str(problem), err=True)
    if output == "json":
        click.echo(format_json(report))
    else:
        click.echo(format_text(report, statistics=statistics))
    raise SystemExit(1 if report.failed else 0)
