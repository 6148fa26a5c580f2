"""What ``easyread check PATHS`` checks: a project's documents, folders, or loose files.

- no paths: the project in ``--project`` or the current folder;
- a folder with ``easyread.yml``: that project's documents;
- a file of a project's ``content/``: that document, checked as the project loads it;
- any other folder: its Markdown and text files (not in hidden folders like ``.git``);
- any other file: checked in path mode.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import Problem, UsageError
from ..forked import cores
from .api import SUFFIXES, check_files, check_project, refuse_unknown_rules
from .report import DocumentReport, Report
from .settings import ChecksConfig

CONFIG_FILE = "easyread.yml"


def run_check(
    paths: tuple[Path, ...], project: Path | None, *, strict: bool = False, jobs: int | None = None
) -> Report:
    """Check what the command line names; :class:`UsageError` for paths that do not exist.

    A project's documents are loaded and checked by ``jobs`` processes (default: one per CPU)
    when there are many, as ``easyread build`` does.
    """
    if project is not None and not (project / CONFIG_FILE).is_file():
        raise UsageError(f"{project}: there is no {CONFIG_FILE} in this folder.")
    home = project or (Path.cwd() if Path(CONFIG_FILE).is_file() else None)
    if not paths:
        if home is None:
            raise UsageError(
                f"There is no {CONFIG_FILE} here. Give the files to check, like "
                "'easyread check letter.md', or a project folder with --project FOLDER."
            )
        paths = (home,)
    documents: list[DocumentReport] = []
    problems: list[Problem] = []
    loose: list[tuple[Path, str]] = []
    wanted: dict[Path, set[str]] = {}
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: there is no such file or folder.")
        if path.is_dir() and (path / CONFIG_FILE).is_file():
            wanted.setdefault(path.resolve(), set())
        elif path.is_dir():
            loose += [(f, _shown(f)) for f in _files(path)]
        elif home is not None and _inside(path, home / "content"):
            if path.is_file() and path.suffix.lower() not in (".md", ".yml", ".yaml"):
                raise UsageError(
                    f"{path}: this is not a document: easyread checks the .md and .yml "
                    "files in content/."
                )
            wanted.setdefault(home.resolve(), set()).add(
                path.resolve().relative_to(home.resolve()).as_posix()
            )
        elif _readable(path):
            loose.append((path, _shown(path)))
        else:
            raise UsageError(
                f"{path}: easyread checks Markdown (.md) and text (.txt) files, "
                "or the documents of a project."
            )
    for root, names in wanted.items():
        documents += _project_reports(root, names, strict, jobs or cores(), problems)
    if loose:
        unique = list({file.resolve(): (file, shown) for file, shown in loose}.values())
        report = check_files(unique, _config(home), strict=strict)
        documents += report.documents
        problems += report.problems
    return Report(tuple(documents), tuple(problems))


def _project_reports(
    root: Path, names: set[str], strict: bool, jobs: int, problems: list[Problem]
) -> list[DocumentReport]:
    """The reports on the project's documents (those in ``names``, or all); the mistakes
    that keep a document from being read go into ``problems``, and the others are checked."""
    from .. import forked
    from ..documents import load_project
    from ..memory import fewer_collections

    with fewer_collections():
        found: list[Problem] = []
        project = load_project(root, jobs=jobs, mistakes=found)
        prefix = os.path.relpath(root)
        for problem in found:  # of the documents asked for (and of files that are not one)
            if not names or problem.path in names or not problem.path.startswith("content/"):
                shown = problem.path if prefix == "." else os.path.join(prefix, problem.path)
                problems.append(replace(problem, path=shown))
        refuse_unknown_rules(project.config.checks)  # here, not in a worker: the error stays whole
        wanted = [d.path for d in project.documents if not names or d.path in names]

        def check(paths: Sequence[str]) -> list[DocumentReport]:
            return list(check_project(project, strict=strict, paths=paths).documents)

        reports = forked.run(check, wanted, jobs)
    if prefix == ".":
        return reports
    return [replace(d, path=os.path.join(prefix, d.path)) for d in reports]


def _config(home: Path | None) -> ChecksConfig:
    if home is None:
        return ChecksConfig()
    from ..config import load_config

    return load_config(home).checks


def _files(folder: Path) -> list[Path]:
    """Markdown and text files in ``folder`` and its sub-folders, but not hidden ones."""
    return sorted(
        file
        for file in folder.rglob("*")
        if _readable(file) and not any(p.startswith(".") for p in file.relative_to(folder).parts)
    )


def _readable(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
