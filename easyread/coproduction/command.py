"""``easyread review DOCUMENT``: print a review copy for the group's checkers."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("document")
@click.option(
    "--project",
    "root",
    default=".",
    type=click.Path(path_type=Path, file_okay=False),
    help="The project folder (default: this folder).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The PDF to write (default: PROJECT/build/review/<document>-review.pdf).",
)
def review(document: str, root: Path, out: Path | None) -> None:
    """Make a printable review copy of DOCUMENT (like content/welcome.md) for checkers.

    Each point has boxes to tick and space to write; the last page records who checked it.
    """
    from ..terminal import reports_errors

    @reports_errors
    def run() -> None:
        from ..build import make_in_build_folder
        from ..config import CONFIG_FILE, find_project
        from ..documents import load_project
        from ..errors import ContentError
        from ..render.templates import template_mistakes
        from .review import check_target, default_target, find_document, make_review

        folder, name = root, document
        if not (root / CONFIG_FILE).is_file() and Path(document).is_file():
            # 'easyread review group/content/a.md' from outside: the document's project
            folder = find_project(Path(document).resolve().parent)
            name = Path(document).resolve().relative_to(folder.resolve()).as_posix()
        else:
            folder = find_project(root)
        try:
            project = load_project(folder)
        except ContentError as error:  # say why no copy was made, also when all are elsewhere
            why = (
                f"No review copy of {document} was made: a review copy is made from the "
                "whole project, so fix the mistakes above first, then run this again."
            )
            raise ContentError(error.problems, why) from None
        chosen = find_document(project, name)
        target = out or default_target(project, chosen)
        check_target(project, target)
        make_in_build_folder(project.root, target.parent)
        with template_mistakes(project.root):
            target = make_review(project, chosen, target)
        click.echo(f"Made the review copy of '{chosen.title}': {target}")
        click.echo("When it is checked, write who checked it and when under 'checked_by:'.")

    run()
