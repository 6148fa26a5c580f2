"""Which outputs are already current, so an incremental build reuses them.

Each output job (a page, a PDF, an audio file) has an id and a key: the fingerprint of all it is
made from, computed before it runs: the document, the settings it reads, the templates it can
load (found by reading the templates, so a changed partial counts) and the toolkit's version.
When the last build made the job with the same key and its files are still exactly as that
build wrote them (same size, modification time and inode), the files are linked into the new
build instead of being made again. So are the PDFs and recordings of a copy of the build (a
CI cache put back), whose files have new times and inodes: their bytes are compared with a
hash recorded when they were made. The record of keys is written into each new build:
``.cache/outputs.json``; the files' sizes, times and inodes beside it, in
``.cache/outputs-stat.json`` (apart, so that the record of keys is the same from one build of
the same project to another).

Each job also records the documents it was made from: its own, for a job named after a
document (``html:welcome``, ``audio:welcome``, ``pdf:welcome-24pt.pdf``), else every document
of the project (the index, the print pack). The outputs of a format that a build does not make
stay as they were, but only while every document they were made from is still in the project.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import weakref
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import jinja2.meta

from ..fingerprint import Remembered, fingerprint

if TYPE_CHECKING:
    from ..model import Document, Project

log = logging.getLogger(__name__)

RECORD = Path(".cache") / "outputs.json"
STATS = Path(".cache") / "outputs-stat.json"

Stat = list[int]
"""A file's size, modification time (ns) and inode, as the build that wrote it left it. A hard
link keeps all three, so a file reused from build to build keeps its record; an edit, a cut
short copy or another file moved into its place changes at least one."""

HASHED = ("pdf", "audio")
"""Formats whose files are slow to make: the hash of each file's bytes is recorded too, so
that a copy of the build (a CI cache put back, ``cp -r``), whose files have new times and
inodes, is still reused where its bytes are the same. Web pages are quicker made again than
hashed (1,000 pages are about 40 MB)."""

_SIZE = re.compile(r"-[0-9_]+pt$")
"""The end of a PDF's name at a second print size, like ``-24pt`` (see ``PrintSize.suffix``)."""


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
    documents: frozenset[str] | None = None
    """The slugs of the project's documents (None: not known, and nothing is withdrawn)."""
    old_stats: dict[str, Stat] = field(default_factory=dict)
    """Each file of the last build, as it wrote it."""
    new_stats: dict[str, Stat] = field(default_factory=dict)
    """Each file of this build's jobs, as it is written or linked."""
    _kept: set[str] = field(default_factory=set)
    """Jobs carried over from the last build as they were (their format is not made)."""
    _folders: set[str] = field(default_factory=set)
    """Folders already made in the new build."""
    _broken: set[str] = field(default_factory=set)
    """Kept jobs with a file that is no longer there (removed by hand): left out, like the
    jobs of a document that is gone (see :meth:`_leaving`)."""
    reusing: bool = True
    """False (``--clean``): nothing is reused; the outputs of formats not made are still kept."""
    carried: set[str] = field(default_factory=set)
    """Folders of the last build that this one takes over whole (see :meth:`carry`)."""

    @classmethod
    def start(
        cls,
        new_root: Path,
        old_root: Path | None,
        keep: Callable[[str], bool] = lambda job: False,
        documents: Collection[str] | None = None,
        reuse: bool = True,
    ) -> Outputs:
        """Read the last build's record, if there is one and it can be read.

        Jobs for which ``keep`` is true (formats this build does not make, whose files stay in
        place) stay in the record as they were, unless they were made from a document that is
        no longer among ``documents`` (see :meth:`save`). With ``reuse=False`` (``--clean``)
        no other job is reused.
        """
        old: dict[str, dict[str, object]] = {}
        stats: dict[str, Stat] = {}
        if old_root is not None and (old_root / RECORD).is_file():
            try:
                old = json.loads((old_root / RECORD).read_text(encoding="utf-8"))
                # without the stats (a build by an older easyread), no file is reused
                stats = json.loads((old_root / STATS).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.debug("ignoring the output record or its stats: %s", exc)
        old, stats = _valid(old), stats if isinstance(stats, dict) else {}
        kept = {job for job in old if keep(job)}
        return cls(
            new_root,
            old_root,
            old,
            {job: old[job] for job in kept},
            documents=None if documents is None else frozenset(documents),
            old_stats=stats,
            _kept=kept,
            _broken={job for job in kept if not _there(old_root, old[job])},
            reusing=reuse,
        )

    def reuse(self, job: str, key: str, **about: object) -> list[Path] | None:
        """Put the last build's files for ``job`` into the new build, if they are current:
        made with ``key``, and each still as the last build made it (see :meth:`as_made`).
        ``about`` replaces what the record said of the job (see :meth:`record`)."""
        entry = self.old.get(job)
        if not self.reusing or entry is None or entry.get("key") != key:
            return None
        return self._take(job, entry, about)

    def keep_last(self, job: str) -> list[Path] | None:
        """Put the last build's files for ``job`` into the new build as they are, current or
        not, with their record: for a job that a stopped build did not get to (the preview's
        background build, stopped by an edit), so that nothing already made is lost. The
        record keeps the key they were made with, so the next build makes them again."""
        entry = self.old.get(job)
        return None if entry is None else self._take(job, entry, {})

    def _take(
        self, job: str, entry: dict[str, object], about: dict[str, object]
    ) -> list[Path] | None:
        """Link the files of the last build's ``entry`` for ``job`` into the new build, when
        each is as that build made it, and note the job (with ``about``)."""
        if self.old_root is None:
            return None
        names = _names(entry)
        old, new = str(self.old_root), str(self.new_root)  # strings: a build links 1000s of files
        found = [self.as_made(entry, name) for name in names]
        if None in found:
            return None
        for name, how in zip(names, found, strict=True):
            folder = os.path.dirname(name)
            if folder not in self._folders:
                os.makedirs(os.path.join(new, folder), exist_ok=True)
                self._folders.add(folder)
            if link(os.path.join(old, name), os.path.join(new, name)) and how == "file":
                self.new_stats[name] = self.old_stats[name]
            else:  # copied (now or before), as it is now
                self._stat_new(name)
        entry = {**entry, **about}
        if "hashes" not in entry:  # recorded by an easyread from before hashes
            entry.update(self._hashes(job, names))
        self._note(job, entry)
        return [self.new_root / name for name in names]

    def as_made(self, entry: dict[str, object], name: str) -> str | None:
        """Whether the last build's file ``name`` of a job (recorded as ``entry``) is as that
        build made it: ``"file"`` when it is the very file (see :meth:`intact`), ``"bytes"``
        when it is another with the same bytes (a copy of the build: the hash recorded for
        the formats in :data:`HASHED`), else None."""
        if self.intact(name):
            return "file"
        hashes = entry.get("hashes")
        recorded = hashes.get(name) if isinstance(hashes, dict) else None
        assert self.old_root is not None
        if recorded is not None and _digest(os.path.join(self.old_root, name)) == recorded:
            return "bytes"
        return None

    def _hashes(self, job: str, names: list[str]) -> dict[str, object]:
        """The hashes of the new build's files of ``job``, for the formats in :data:`HASHED`."""
        if job.partition(":")[0] not in HASHED:
            return {}
        return {"hashes": {n: _digest(os.path.join(self.new_root, n)) for n in names}}

    def record(self, job: str, key: str, files: list[Path], **about: object) -> None:
        """Note that ``job`` made ``files`` from inputs with ``key``; ``about`` is kept in
        its record (as JSON) for later builds (see :meth:`kept_records`)."""
        names = sorted({p.relative_to(self.new_root).as_posix() for p in files})
        for name in names:
            self._stat_new(name)
        self._note(job, {**about, **self._hashes(job, names), "key": key, "files": names})
        self.made.append(job)

    def carry(self, job: str, key: str, folder: str) -> list[Path] | None:
        """Like :meth:`reuse`, for a job that has ``folder`` of the build to itself (the staff
        page and its thousands of pictures): when the job is current and the last build's
        folder holds its files and no others, each as that build made it, the folder is
        taken into the new build whole, by one rename (see ``build._swap``), instead of being
        linked file by file. The folder must hold nothing else, not even an empty folder.
        The files' paths in the new build, or None."""
        entry = self.old.get(job)
        if not self.reusing or self.old_root is None or entry is None or entry.get("key") != key:
            return None
        names = _names(entry)
        inside = {  # the folders the files are in, below ``folder``
            "/".join(parts[:end]) + "/"
            for parts in (name.split("/") for name in names)
            for end in range(2, len(parts))
        }
        if _entries_in(self.old_root, folder) != {*names, *inside}:
            return None  # something else there (put in by hand): as a clean build makes it
        if not all(map(self.intact, names)):
            return None
        for name in names:
            self.new_stats[name] = self.old_stats[name]
        self._note(job, dict(entry))
        self.carried.add(folder)
        return [self.new_root / name for name in names]

    def carried_stats(self) -> dict[str, Stat]:
        """Each file of the folders :meth:`carry` takes over, as it found them."""
        return {
            name: stat
            for name, stat in self.new_stats.items()
            if name.split("/")[0] in self.carried
        }

    def job(self, job: str, key: str, make: Callable[[], list[Path]]) -> list[Path]:
        """The files of ``job``: reused when current, else made by ``make`` and recorded."""
        files = self.reuse(job, key)
        if files is None:
            files = make()
            self.record(job, key, files)
        return files

    def kept(self, job: str) -> frozenset[str]:
        """The files (inside the build) of ``job`` when the last build made it and this one
        keeps it as it was, as it keeps the outputs of the formats it does not make; else
        none (also for a job it leaves out: see :meth:`_leaving`)."""
        if job not in self._kept or self._leaving(job):
            return frozenset()
        return frozenset(_names(self.new[job]))

    def kept_records(self, kind: str) -> dict[str, dict[str, object]]:
        """The record of each job of the format ``kind`` (``pdf``) that this build keeps as
        it was (see :meth:`kept`)."""
        prefix = kind + ":"
        return {
            job: self.new[job]
            for job in sorted(self._kept)
            if job.startswith(prefix) and self.kept(job)
        }

    def save(self) -> Path:
        """Write this build's record into it, after withdrawing the outputs of formats it did
        not make that were made from documents no longer in the project."""
        self._withdraw()
        for job in self._kept:  # their files stay as the last build left them
            for name in _names(self.new[job]):
                if name in self.old_stats:
                    self.new_stats.setdefault(name, self.old_stats[name])
        path = self.new_root / RECORD
        path.parent.mkdir(parents=True, exist_ok=True)
        # not indented: Python's json writes with its quick C encoder only then
        path.write_text(json.dumps(self.new, sort_keys=True), encoding="utf-8")
        recorded = {n for entry in self.new.values() for n in _names(entry)}
        stats = {name: stat for name, stat in self.new_stats.items() if name in recorded}
        (self.new_root / STATS).write_text(json.dumps(stats, sort_keys=True), encoding="utf-8")
        return path

    def _stat_new(self, name: str) -> None:
        stat = _stat(os.path.join(self.new_root, name))
        if stat is not None:  # else a file that is not there is never current
            self.new_stats[name] = stat

    def intact(self, name: str) -> bool:
        """Whether the last build's file ``name`` is exactly as that build wrote it."""
        recorded = self.old_stats.get(name)
        assert self.old_root is not None
        return recorded is not None and _stat(os.path.join(self.old_root, name)) == recorded

    def _note(self, job: str, entry: dict[str, object]) -> None:
        """Put ``job`` in this build's record, with the documents it was made from."""
        if self.documents is not None:
            entry["documents"] = self._named(job) or sorted(self.documents)
        self.new[job] = entry
        self._kept.discard(job)

    def _named(self, job: str) -> list[str]:
        """The project's documents that ``job`` is named after: ``html:<slug>``,
        ``audio:<slug>``, ``text:<slug>``, ``pdf:<slug>.pdf``, ``pdf:<slug>-24pt.pdf``. Both,
        when the name could be either (``pdf:a-24pt.pdf`` with documents ``a`` and ``a-24pt``)."""
        assert self.documents is not None
        name = job.partition(":")[2]
        stem = name.removesuffix(".pdf")
        return sorted({name, stem, _SIZE.sub("", stem)} & self.documents)

    def _withdraw(self) -> None:
        """Leave out of this build the kept jobs that :meth:`_leaving` names, and their files.

        The files of a format this build does not make are carried over by the folder (see
        ``build._swap``), so a folder with files to leave out is made here instead, from links
        to every other file of the old one (the site's styles and pictures included).
        """
        if self.old_root is None:
            return
        gone = [job for job in sorted(self._kept) if self._leaving(job)]
        if not gone:
            return
        left_out = {name for job in gone for name in _names(self.new[job])}
        for job in gone:
            del self.new[job]
            self._kept.discard(job)
        for folder in sorted({name.split("/")[0] for name in left_out}):
            if (self.new_root / folder).exists() or not (self.old_root / folder).is_dir():
                continue  # made by this build, or nothing to carry over
            for source in sorted((self.old_root / folder).rglob("*")):
                name = source.relative_to(self.old_root).as_posix()
                if name not in left_out and source.is_file() and not source.is_symlink():
                    (self.new_root / name).parent.mkdir(parents=True, exist_ok=True)
                    link(source, self.new_root / name)
            (self.new_root / folder).mkdir(exist_ok=True)  # so the old folder is not carried

    def _leaving(self, job: str) -> bool:
        """Whether the kept ``job`` is left out of this build: made from a document that is
        gone (see :meth:`_withdrawn`), or with a file removed by hand (so, for audio, is the
        playlist, which lists the recording)."""
        if job in self._broken:
            return True
        if self.documents is None:
            return False
        if self._withdrawn(job):
            return True
        # the playlist lists every recording (the print pack has its own copy of each page)
        playlist = job.startswith("audio:") and not self._named(job)
        return playlist and any(b.startswith("audio:") for b in self._broken)

    def _withdrawn(self, job: str) -> bool:
        """Whether the kept ``job`` was made from a document that is no longer in the project.

        A job made from every document (the print pack, the playlist) is withdrawn too when
        one of them is gone: it shows the withdrawn document, and making it again needs its
        format, which this build was not asked for; the next build of that format makes it
        again. Not the website's own pages (its index and about page, the staff page): the
        website cannot do without them, and they are made again with its next build.

        A record from before documents were recorded names them only by the job's name: a job
        named after no document of the project counts as made from one that is gone."""
        assert self.documents is not None
        entry = self.new[job]
        kind, _, name = job.partition(":")
        if kind == "staff" or (kind == "html" and name.endswith(".html")):
            return False  # the website's own pages: a document's page is html:<slug>
        made_from = _strings(entry["documents"]) if "documents" in entry else self._named(job)
        return not made_from or not set(made_from) <= self.documents


def _valid(record: object) -> dict[str, dict[str, object]]:
    """The entries of a record read from a build that have the shape this easyread writes;
    the others (a record from another version, or edited by hand) count as never made."""
    if not isinstance(record, dict):
        return {}
    return {
        job: entry
        for job, entry in record.items()
        if isinstance(entry, dict)
        and isinstance(entry.get("key"), str)
        and isinstance(entry.get("files"), list)
        and all(isinstance(name, str) for name in entry["files"])
    }


def _entries_in(root: Path, folder: str) -> set[str]:
    """Every entry in ``folder`` of the build at ``root`` as its record names files: the
    files, and the folders (and links to folders, not followed) with a ``/`` at the end."""
    found: set[str] = set()
    for current, folders, files in os.walk(os.path.join(root, folder)):
        inside = os.path.relpath(current, root).replace(os.sep, "/")
        found.update(f"{inside}/{name}" for name in files)
        found.update(f"{inside}/{name}/" for name in folders)
    return found


def _there(root: Path | None, entry: dict[str, object]) -> bool:
    """Whether every file of a job of the build at ``root`` is still there (a kept job whose
    files were removed is not linked, nor recorded again)."""
    return root is not None and all(os.path.isfile(os.path.join(root, n)) for n in _names(entry))


def _names(entry: dict[str, object]) -> list[str]:
    """The files of a job's record, relative to its build."""
    return _strings(entry.get("files", []))


def _strings(value: object) -> list[str]:
    """A list of strings from the record (a list of them, as JSON reads it)."""
    return [str(item) for item in value] if isinstance(value, list) else []


def _digest(path: str) -> str | None:
    """A hash of the bytes of the file at ``path`` (None when it cannot be read)."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, lambda: hashlib.blake2b(digest_size=20)).hexdigest()
    except OSError:
        return None


def _stat(path: str) -> Stat | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def recorded_key(build_root: Path, job: str) -> str | None:
    """The key ``job`` was made with in the build at ``build_root`` (None: not recorded, or its
    files are no longer as that build made them: see :meth:`Outputs.as_made`)."""
    outputs = Outputs.start(build_root, build_root)
    entry = outputs.old.get(job)
    if entry is None or not all(outputs.as_made(entry, name) for name in _names(entry)):
        return None
    return str(entry["key"])


def link(source: str | Path, target: str | Path) -> bool:
    """A hard link where the file system allows it (instant, no extra space), else a copy;
    whether it is a link (a copy is a file of its own: another inode).

    A file already at ``target`` is replaced.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        os.unlink(target)
        return link(source, target)
    except OSError:
        shutil.copy2(source, target)
        return False
    return True


class Watched:
    """A document as a template is given it, noting the name of each attribute the template
    reads (``*`` when it prints the whole document), so that the page's key can cover just
    those: a page made from the same values of them is the same page (see :func:`read_values`).

    Jinja reads an attribute with ``getattr`` (``d.title``, ``d["title"]``, the ``sort``,
    ``map`` and ``selectattr`` filters alike), which finds it here, in :meth:`__getattr__`.
    """

    __slots__ = ("_document", "_reads")

    def __init__(self, document: Document, reads: set[str]) -> None:
        self._document = document
        self._reads = reads

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # asked of any object (markupsafe's "__html__"), not read
            raise AttributeError(name)
        self._reads.add(name)
        return getattr(self._document, name)

    def __str__(self) -> str:
        self._reads.add("*")
        return str(self._document)

    def __repr__(self) -> str:
        self._reads.add("*")
        return repr(self._document)


def read_values(project: Project, reads: Collection[str]) -> str:
    """A hash of the attributes named in ``reads`` (``*``: all) of each of the project's
    documents, in their order (see :class:`Watched`)."""
    names = tuple(sorted(reads))
    return fingerprint(names, [_read(project, d, names) for d in project.documents])


def _read(project: Project, document: Document, names: tuple[str, ...]) -> str:
    """A hash of the attributes ``names`` of ``document``: worked out once for each
    document (its attributes are made from it, so its fingerprint covers them)."""
    whole = project.fingerprint(document)

    def values() -> str:
        return fingerprint([whole if n == "*" else getattr(document, n, None) for n in names])

    return _VALUES.get(fingerprint(whole, names), values)


_VALUES: Remembered[str] = Remembered()


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
