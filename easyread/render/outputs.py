"""Which outputs are already current, so an incremental build reuses them.

Each output job (a page, a PDF, an audio file) has an id and a key: the fingerprint of all it is
made from, computed before it runs: the document, the settings it reads, the templates it can
load (found by reading the templates, so a changed partial counts) and the toolkit's version.
When the last build made the job with the same key and its files are still there, the files
are linked into the new build instead of being made again. The record of keys is written into
each new build: ``.cache/outputs.json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import jinja2.meta

log = logging.getLogger(__name__)

RECORD = Path(".cache") / "outputs.json"


@dataclass
class Outputs:
    """The jobs of the last build (``old``) and of this one, with their keys and files."""

    new_root: Path
    """The build being made."""
    old_root: Path | None = None
    """The last build, whose files may be reused (None: make everything)."""
    old: dict[str, dict[str, object]] = field(default_factory=dict)
    new: dict[str, dict[str, object]] = field(default_factory=dict)
    made: list[str] = field(default_factory=list)
    """Jobs that ran in this build (the rest were reused), for tests and progress."""
    _folders: set[str] = field(default_factory=set)
    """Folders already made in the new build."""

    @classmethod
    def start(
        cls, new_root: Path, old_root: Path | None, keep: Callable[[str], bool] = lambda job: False
    ) -> Outputs:
        """Read the last build's record, if there is one and it can be read.

        Jobs for which ``keep`` is true (formats this build does not make, whose files stay in
        place) stay in the record as they were.
        """
        old: dict[str, dict[str, object]] = {}
        if old_root is not None and (old_root / RECORD).is_file():
            try:
                old = json.loads((old_root / RECORD).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.debug("ignoring the output record: %s", exc)
        return cls(new_root, old_root, old, {job: e for job, e in old.items() if keep(job)})

    def reuse(self, job: str, key: str) -> list[Path] | None:
        """Put the last build's files for ``job`` into the new build, if they are current."""
        entry = self.old.get(job)
        if self.old_root is None or entry is None or entry.get("key") != key:
            return None
        names = [str(n) for n in entry.get("files", [])]  # type: ignore[attr-defined]
        old, new = str(self.old_root), str(self.new_root)  # strings: a build links 1000s of files
        if not all(os.path.isfile(os.path.join(old, n)) for n in names):
            return None
        for name in names:
            folder = os.path.dirname(name)
            if folder not in self._folders:
                os.makedirs(os.path.join(new, folder), exist_ok=True)
                self._folders.add(folder)
            link(Path(old, name), Path(new, name))
        self.new[job] = entry
        return [self.new_root / name for name in names]

    def record(self, job: str, key: str, files: list[Path]) -> None:
        """Note that ``job`` made ``files`` from inputs with ``key``."""
        names = sorted({p.relative_to(self.new_root).as_posix() for p in files})
        self.new[job] = {"key": key, "files": names}
        self.made.append(job)

    def job(self, job: str, key: str, make: Callable[[], list[Path]]) -> list[Path]:
        """The files of ``job``: reused when current, else made by ``make`` and recorded."""
        files = self.reuse(job, key)
        if files is None:
            files = make()
            self.record(job, key, files)
        return files

    def save(self) -> Path:
        """Write this build's record into it."""
        path = self.new_root / RECORD
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.new, indent=1, sort_keys=True), encoding="utf-8")
        return path


def recorded_key(build_root: Path, job: str) -> str | None:
    """The key ``job`` was made with in the build at ``build_root`` (None: not recorded)."""
    outputs = Outputs.start(build_root, build_root)
    entry = outputs.old.get(job)
    return str(entry["key"]) if entry else None


def link(source: Path, target: Path) -> None:
    """A hard link where the file system allows it (instant, no extra space), else a copy.

    A file already at ``target`` is replaced.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        target.unlink()
        link(source, target)
    except OSError:
        shutil.copy2(source, target)


def templates_key(env: jinja2.Environment, name: str) -> str:
    """A hash of a template and every template it extends, includes or imports.

    A reference that is not a plain name (a variable) could load anything, so then every
    template the environment can list counts. Worked out once per environment and name.
    """
    known = _KEYS.setdefault(env, {})
    if name not in known:
        digest = hashlib.sha256()
        for current in sorted(_closure(env, name)):
            source, _, _ = _source(env, current)
            digest.update(current.encode() + b"\0" + source.encode() + b"\0")
        known[name] = digest.hexdigest()
    return known[name]


def templates_use(env: jinja2.Environment, name: str, variable: str) -> bool:
    """Whether the template ``name``, or one it can load, reads ``variable`` from what it is
    given (so a page that does not is not given it, and its key need not cover it)."""
    uses = _USES.setdefault(env, {})
    if name not in uses:
        found: set[str] = set()
        for current in _closure(env, name):
            source, filename, _ = _source(env, current)
            parsed = env.parse(source, name=current, filename=filename)
            found |= jinja2.meta.find_undeclared_variables(parsed)
        uses[name] = frozenset(found)
    return variable in uses[name]


_KEYS: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, str]] = weakref.WeakKeyDictionary()
_USES: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_REFERENCES: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, tuple[str | None, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _source(env: jinja2.Environment, name: str) -> tuple[str, str | None, object]:
    assert env.loader is not None
    return env.loader.get_source(env, name)


def _closure(env: jinja2.Environment, name: str) -> set[str]:
    """``name`` and every template it can load."""
    references = _REFERENCES.setdefault(env, {})
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if current not in references:
            source, filename, _ = _source(env, current)
            parsed = env.parse(source, name=current, filename=filename)
            references[current] = tuple(jinja2.meta.find_referenced_templates(parsed))
        for referenced in references[current]:
            if referenced is None:
                todo.extend(n for n in env.list_templates() if n.endswith(".html"))
            else:
                todo.append(referenced)
    return seen
