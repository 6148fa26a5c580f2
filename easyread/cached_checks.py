"""The build's easy-read checks, reusing last build's report for a document that is unchanged.

A report is reused when the document, its file's bytes, the glossary, the check settings and
the toolkit's version are all the same as when it was made.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import forked
from .fingerprint import file_digest, fingerprint
from .forked import cores
from .model import Document, Project
from .render.outputs import link

if TYPE_CHECKING:
    from .checks import DocumentReport

log = logging.getLogger(__name__)

CACHE = Path(".cache") / "checks.pickle"


def check_documents(
    project: Project,
    strict: bool,
    old_build: Path | None,
    new_build: Path,
    jobs: int | None = None,
    kept: dict[str, tuple[str, DocumentReport]] | None = None,
) -> list[DocumentReport]:
    """A report per document, in the project's order; the reports are saved into the new build.

    When many documents are to be checked, ``jobs`` worker processes (default: one per CPU)
    share them out. A process that builds again and again passes ``kept``, a dict of the
    reports it keeps in memory instead of reading them from the last build each time.
    """
    old: dict[str, tuple[str, DocumentReport]] = {}
    if old_build:
        old = kept or _read(old_build / CACHE)
    shared = fingerprint(project.glossary, project.config, strict)
    keys = {d.path: _key(project, d, shared) for d in project.documents}
    stale = [path for path, key in keys.items() if old.get(path, ("",))[0] != key]
    fresh: dict[str, DocumentReport] = {}
    if stale:  # the checker is imported only when there is something to check
        from .checks.api import check_project, refuse_unknown_rules

        refuse_unknown_rules(project.config.checks)  # here, not in a worker: the error stays whole

        def check(paths: Sequence[str]) -> list[DocumentReport]:
            return list(check_project(project, strict=strict, paths=paths).documents)

        workers = jobs or cores()
        fresh = {r.path: r for r in forked.run(check, stale, workers)}
    reports = [fresh.get(path) or old[path][1] for path in keys if path in fresh or path in old]
    (new_build / CACHE).parent.mkdir(parents=True, exist_ok=True)
    saved = {r.path: (keys[r.path], r) for r in reports}
    same = not stale and len(old) == len(keys) and kept is None  # kept may be newer than it
    if old_build is not None and same and (old_build / CACHE).is_file():
        link(old_build / CACHE, new_build / CACHE)  # nothing new to save: keep the file
    else:
        with (new_build / CACHE).open("wb") as file:
            pickle.dump(saved, file, protocol=pickle.HIGHEST_PROTOCOL)
    if kept is not None:
        kept.clear()
        kept.update(saved)
    return reports


def _key(project: Project, document: Document, shared: str) -> str:
    digest = project.digests.get(document.path)  # the loader read the file already
    if digest is None:
        source = project.root / document.path
        digest = file_digest(source) if document.path and source.is_file() else ""
    return fingerprint(project.fingerprint(document), digest, shared)


def _read(path: Path) -> dict[str, tuple[str, DocumentReport]]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as file:
            data = pickle.load(file)
    except Exception as exc:  # a damaged cache is only a slower build
        log.debug("ignoring the checks cache: %s", exc)
        return {}
    return data if isinstance(data, dict) else {}
