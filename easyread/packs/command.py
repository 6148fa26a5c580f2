"""``easyread packs``: a few lines over :func:`easyread.packs.make.make_packs`."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("project", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--only",
    "only",
    multiple=True,
    metavar="ID",
    help="Make the packs of these people only, by id (p01,p02 or --only again for each).",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Packs folder (default: PROJECT/build/packs)."
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per core)."
)
@click.option("-q", "--quiet", is_flag=True, help="Say only warnings and errors.")
def packs(
    project: Path, only: tuple[str, ...], out: Path | None, jobs: int | None, quiet: bool
) -> None:
    """Make each person's pack, in the formats they asked for, from the private participants file."""
    from ..terminal import TerminalReporter, reports_errors
    from .make import make_packs

    @reports_errors
    def run() -> None:
        from ..config import find_project
        from ..render.templates import template_mistakes

        root = find_project(project)  # run in content/, say: the project above
        ids = tuple(pid.strip() for value in only for pid in value.split(",") if pid.strip())
        with template_mistakes(root):
            result = make_packs(root, out, ids, jobs=jobs, reporter=TerminalReporter(quiet))
        made = result.counts.made
        click.echo(
            f"Made {len(result.made)} pack{'' if len(result.made) == 1 else 's'} into {result.out} "
            f"({sum(made.values())} files rendered, {sum(result.counts.reused.values())} reused "
            f"from the build, {sum(result.counts.kept.values())} from the last packs). "
            "They are private: owner-only."
        )
        click.echo(f"Staff sheet: {(result.out / 'index.html').as_uri()}")

    run()
