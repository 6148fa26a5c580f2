"""The checker's library functions: check a loaded project, or files given by path."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, ContentError, Problem
from .engine import check_source
from .markdown import read_source
from .report import DocumentReport, Report
from .settings import ChecksConfig

if TYPE_CHECKING:
    from ..model import Project

SUFFIXES = (".md", ".markdown", ".txt", ".text")
"""Files that ``easyread check FOLDER`` reads from a folder that is not a project."""


def check_project(
    project: Project, *, strict: bool = False, paths: Iterable[str] | None = None
) -> Report:
    """Check every document of a loaded project (or only those whose path is in ``paths``).

    ``strict`` turns warnings into errors. Raises :class:`ConfigError` for unknown rule IDs
    in ``easyread.yml``.
    """
    from .project import document_source, glossary_synonyms, project_glossary

    config = project.config.checks
    refuse_unknown_rules(config)
    glossary, synonyms = project_glossary(project), glossary_synonyms(project)
    wanted = set(paths) if paths is not None else None
    reports = [
        check_source(
            document_source(document, project.root, glossary, synonyms), config, strict=strict
        )
        for document in project.documents
        if wanted is None or document.path in wanted
    ]
    return Report(tuple(reports))


def check_files(
    files: Iterable[tuple[Path, str]],
    config: ChecksConfig | None = None,
    *,
    strict: bool = False,
    glossary: frozenset[str] = frozenset(),
) -> Report:
    """Check Markdown or text files: each a (path, name shown in messages) pair.

    A file that cannot be read goes into the report's ``problems``; the others are checked.
    """
    config = config or ChecksConfig()
    refuse_unknown_rules(config)
    reports: list[DocumentReport] = []
    problems: list[Problem] = []
    for path, shown in files:
        try:
            source = read_source(path, shown, glossary)
        except ContentError as error:
            problems += error.problems
            continue
        reports.append(check_source(source, config, strict=strict))
    return Report(tuple(reports), tuple(problems))


def refuse_unknown_rules(config: ChecksConfig) -> None:
    """A :class:`ConfigError` for rule IDs that do not exist and limits in the wrong order."""
    problems = [
        Problem(
            "easyread.yml",
            None,
            None,
            f"checks.rules.{rule}: there is no rule {rule}.",
            "Rules are named like ER001 (see GUIDELINES.md).",
        )
        for rule in config.unknown_rules()
    ]
    if config.sentence_words > config.sentence_words_error:
        problems.append(
            Problem(
                "easyread.yml",
                None,
                None,
                f"checks.sentence_words: {config.sentence_words} is more than "
                f"sentence_words_error ({config.sentence_words_error}).",
                "The warning limit must not be above the error limit.",
            )
        )
    if config.rare_word_zipf > config.hard_word_zipf:
        problems.append(
            Problem(
                "easyread.yml",
                None,
                None,
                f"checks.rare_word_zipf: {config.rare_word_zipf:g} is more than "
                f"hard_word_zipf ({config.hard_word_zipf:g}).",
                "Very rare words (errors) must be rarer than hard words (warnings).",
            )
        )
    if problems:
        raise ConfigError(problems)
