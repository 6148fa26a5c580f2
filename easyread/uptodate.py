"""Whether a build would change nothing, found out before the rest of easyread is imported.

Every build records what it started from in its output (``.cache/stamp.json``): the size and
modification time of every file in the project folder, in easyread's own files and templates,
and of the installed packages' folders; the Python files the build imported from anywhere else
(a package installed for editing, or found through PYTHONPATH, is changed in place); the
build's settings and today's date; and the size, time and inode of every file it made.
``easyread build`` compares that record with what is on disk now. When everything is the same
it says again what the last build said and stops: an unchanged project of a thousand documents
is "rebuilt" in a fraction of a second.

Anything that differs, or a record that cannot be read, means a normal build, which decides
output by output what is current. So the record only has to be right when it says "nothing
changed": it is taken *before* the build reads anything, so an edit made during a build is seen
by the next one. A file changed within the same clock tick as the record keeps its time, so
files modified close to the record's time are compared by a hash of their bytes too (the way
git handles "racily clean" files).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from stat import S_ISREG
from typing import TypedDict

from . import __version__
from .coproduction.clock import today
from .packs import PARTICIPANTS_FILE
from .reporting import Reporter
from .resources import builtin

STAMP = Path(".cache") / "stamp.json"
FORMAT = 2
RACY_NS = 2_000_000_000
"""Files modified this close to the record's time are compared by their bytes as well."""
SKIPPED = {"__pycache__"}
"""Folders that are never input; nor are hidden folders at the top of the project folder
(``.git``, ``.venv``, a build's temporary folders), which a build never reads."""
FONTS = ("/etc/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts")
"""Fonts installed other than by Debian's packages (PDFs and the site may use them)."""


class Options(TypedDict):
    """The options of ``easyread build`` that change what it makes: recorded, and given to
    :func:`easyread.build.build` as they are, so that no option can be left out of one."""

    formats: tuple[str, ...]
    print_sizes: tuple[str, ...]
    shard: tuple[int, int]
    strict: bool
    checks: bool


Stat = list[int]
"""A file's size, modification and change times, and inode: ``mv`` of another file with the
same size and time over it still changes its change time and inode."""


@dataclass
class Inputs:
    """What a build starts from, as found on disk when it was looked at (``taken``)."""

    settings: dict[str, object]
    files: dict[str, Stat]
    taken: int
    hashes: dict[str, str] = field(default_factory=dict)
    """Hashes of the files modified close to ``taken``."""

    @classmethod
    def look(cls, root: Path, out: Path, options: Options) -> Inputs | None:
        """The inputs of a build of ``root`` into ``out`` with ``options``; None when ``root``
        is not a project (no content folder: the build says so, without a look through a
        folder that may be someone's whole home)."""
        if not (root / "content").is_dir():
            return None
        root, out = root.resolve(), out.resolve()
        taken = time.time_ns()
        files = project_files(root, out)
        for folder in (builtin("templates"), builtin("symbols"), Path(__file__).parent):
            _walk(folder, set(), files)
        _installed(files)
        full: dict[str, object] = {
            **options,
            "root": str(root),
            "out": str(out),
            "version": __version__,
            "python": f"{sys.executable} {sys.version}",
            "today": today().isoformat(),
        }
        inputs = cls(json.loads(json.dumps(full)), files, taken)  # as the record will read
        inputs.hashes = {path: _hash(path) for path in _racy(files, taken)}
        return inputs

    def unchanged_since(self, out: Path) -> Stamp | None:
        """The last build's record in ``out``, if nothing it was made from or made has changed."""
        stamp = Stamp.read(out)
        if stamp is None or stamp.settings != self.settings or stamp.files != self.files:
            return None
        if any(_stat_of(path) != stat for path, stat in stamp.code.items()):
            return None
        for path in _racy(stamp.files, stamp.taken):
            if stamp.hashes.get(path) != _hash(path):
                return None
        return stamp if stamp.outputs == _outputs(out, stamp.folders) else None

    def save(
        self,
        build: Path,
        messages: list[tuple[str, str]],
        documents: int,
        carried: Mapping[str, Stat] | None = None,
    ) -> None:
        """Record these inputs in the finished build folder ``build`` (before it is moved),
        with the files of the folders carried over whole from the last build when it takes
        its place, as ``Outputs`` found them (moved, they keep sizes, times and inodes)."""
        carried = carried or {}
        folders = sorted({p.name for p in build.iterdir()} | {n.split("/")[0] for n in carried})
        outputs = {**_outputs(build, folders), **carried}
        stamp = Stamp(
            self.settings,
            self.files,
            self.taken,
            self.hashes,
            _imported(self.taken),
            folders,
            outputs,
            messages,
            documents,
        )
        path = build / STAMP
        path.parent.mkdir(parents=True, exist_ok=True)
        # not asdict, which copies each of the 1000s of stats before json writes them
        record = {"format": FORMAT, **{f.name: getattr(stamp, f.name) for f in fields(stamp)}}
        path.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")


@dataclass
class Stamp:
    """The record a build left: its inputs, outputs, and what it told the user."""

    settings: dict[str, object]
    files: dict[str, Stat]
    taken: int
    hashes: dict[str, str]
    code: dict[str, Stat]
    """The Python files imported from outside the folders in ``files`` (see :func:`_imported`)."""
    folders: list[str]
    outputs: dict[str, Stat]
    messages: list[tuple[str, str]]
    documents: int

    def say_again(self, reporter: Reporter) -> None:
        """What the build said (its checks' summaries and warnings), and that nothing changed."""
        says = {"warning": reporter.warning, "detail": reporter.detail}
        for level, message in self.messages:
            says.get(level, reporter.info)(message)
        reporter.info("Nothing has changed since the last build.")

    @classmethod
    def read(cls, out: Path) -> Stamp | None:
        try:
            record = json.loads((out / STAMP).read_text(encoding="utf-8"))
            if record.get("format") != FORMAT:
                return None
            del record["format"]
            stamp = cls(**record)
            stamp.messages = [(level, message) for level, message in stamp.messages]
            return stamp
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no record, or one from another version: build as usual


@dataclass
class Recorder:
    """Passes a build's messages on to ``reporter`` and keeps the ones to say again when
    nothing has changed: every warning, and notes while ``notes`` is true (the checks'
    summaries; not "Made the html output.")."""

    reporter: Reporter
    messages: list[tuple[str, str]] = field(default_factory=list)
    notes: bool = True

    def info(self, message: str) -> None:
        if self.notes:
            self.messages.append(("info", message))
        self.reporter.info(message)

    def warning(self, message: str) -> None:
        self.messages.append(("warning", message))
        self.reporter.warning(message)

    def detail(self, message: str) -> None:
        if self.notes:
            self.messages.append(("detail", message))
        self.reporter.detail(message)

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        self.reporter.progress(stage, done, total, item)


def project_files(root: Path, out: Path) -> dict[str, Stat]:
    """Each file in the project folder ``root`` that a build into ``out`` may read, as it is
    now (not the output, nor hidden folders at the top, nor the lock a build holds beside
    its output folder: see ``build.one_build_at_a_time``)."""
    files: dict[str, Stat] = {}
    _walk(root, {out, root / "build"}, files, top_hidden=False)
    top = str(root) + os.sep
    private = participants_files(root)
    return {
        path: stat
        for path, stat in files.items()
        if path not in private
        and not (
            path.startswith(top + ".") and path.endswith(".lock") and os.sep not in path[len(top) :]
        )
    }


def participants_files(root: Path) -> set[str]:
    """The private participants file (the default one, and the one ``easyread.yml`` names):
    never input to a build, so never looked at here (its bytes were read and hashed, and its
    name recorded in the build folder, when it had just been saved)."""
    found = {PARTICIPANTS_FILE}
    try:
        text = (root / "easyread.yml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if "participants" in text:  # yaml is imported only for a project that names its own file
        import yaml

        try:
            packs = (yaml.safe_load(text) or {}).get("packs") or {}
            found.add(str(packs["participants"]))
        except (yaml.YAMLError, AttributeError, KeyError, TypeError):
            pass  # the build says what is wrong with easyread.yml
    return {os.path.normpath(root / name) for name in found}


def files_state(*folders: Path) -> dict[str, object]:
    """Every file in ``folders`` (size, times, inode, and the bytes of those changed in the
    last moments) and the installed packages: when this is the same, what was made from those
    files can be used again (see ``templates.py``)."""
    files: dict[str, Stat] = {}
    for folder in folders:
        _walk(folder, set(), files)
    _installed(files)
    now = time.time_ns()
    return {"files": files, "hashes": {path: _hash(path) for path in _racy(files, now)}}


def _racy(files: dict[str, Stat], taken: int) -> list[str]:
    """Files changed so close to ``taken`` that a change in the same clock tick keeps the times."""
    return [path for path, stat in files.items() if max(stat[1], stat[2]) >= taken - RACY_NS]


def _installed(files: dict[str, Stat]) -> None:
    """Installed packages: Python's (a folder's time changes when a package comes or goes),
    Debian's (fonts, the speech engine), by their record of what is installed, and fonts
    installed by hand, by their folders."""
    for extra in [*_packages(), "/var/lib/dpkg/status", *FONTS]:
        _stat_into(Path(extra).expanduser(), files)


def _packages() -> list[str]:
    """The folders of installed Python packages."""
    return [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]


NEVER: Stat = [-1, -1, -1, -1]
"""A record that matches no file."""


def _imported(taken: int) -> dict[str, Stat]:
    """The Python files this process has imported from outside the installed packages'
    folders, Python's own library and easyread's folder: code installed for editing
    (``pip install -e``) or found through PYTHONPATH, which is changed where it is.

    A file changed as the build began (see :data:`RACY_NS`) or during it may have been imported
    before or after the change, so it gets a record that matches nothing: the next build is a
    real one.
    """
    covered = tuple(
        os.path.join(folder, "")
        for folder in (
            *_packages(),
            sysconfig.get_path("stdlib"),
            sysconfig.get_path("platstdlib"),
            str(Path(__file__).parent),
        )
    )
    found: dict[str, Stat] = {}
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or file.startswith(covered):
            continue
        stat = _stat_of(file)
        if stat is not None:
            found[file] = NEVER if max(stat[1], stat[2]) >= taken - RACY_NS else stat
    return found


def _stat_of(path: str) -> Stat | None:
    try:
        return _stat(os.stat(path))
    except OSError:
        return None


def _walk(folder: Path, skip: set[Path], files: dict[str, Stat], top_hidden: bool = True) -> None:
    """Every regular file under ``folder`` (following links, once each), not in ``skip``, nor
    in a hidden folder at its top unless ``top_hidden``."""
    seen: set[tuple[int, int]] = set()
    todo = [folder]
    while todo:
        current = todo.pop()
        try:
            info = current.stat()
            entries = list(os.scandir(current))
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            try:
                if entry.is_dir():
                    path = Path(entry.path)
                    hidden = entry.name.startswith(".") and current == folder and not top_hidden
                    if not hidden and entry.name not in SKIPPED and path not in skip:
                        todo.append(path)
                    continue
                stat = entry.stat()
            except OSError:
                continue
            if S_ISREG(stat.st_mode):  # not a named pipe, which would never end a read
                files[entry.path] = _stat(stat)


def _stat(stat: os.stat_result) -> Stat:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _stat_into(path: Path, files: dict[str, Stat]) -> None:
    try:
        stat = path.stat()
    except OSError:
        return
    files[str(path.resolve())] = [
        stat.st_size if S_ISREG(stat.st_mode) else 0,
        stat.st_mtime_ns,
        0,
        0,
    ]


def _hash(path: str) -> str:
    try:
        with open(path, "rb") as file:
            return hashlib.sha256(file.read()).hexdigest()
    except OSError:
        return ""


def _outputs(build: Path, folders: list[str]) -> dict[str, Stat]:
    """Size, time and inode of every file in ``folders`` of ``build`` (not the record itself).

    Paths are strings here, not ``Path`` objects: a big site has many thousands of files.
    """
    found: dict[str, Stat] = {}
    todo: list[tuple[str, str]] = []
    for name in folders:
        path = build / name
        try:
            if path.is_dir() and not path.is_symlink():
                todo.append((str(path), name))
            else:
                stat = path.stat()
                found[name] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        except OSError:
            continue
    while todo:
        folder, shown = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = f"{shown}/{entry.name}"
            try:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((entry.path, name))
                    continue
                stat = entry.stat()
            except OSError:
                continue
            found[name] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    found.pop(STAMP.as_posix(), None)
    return found
