"""The build, as a script: load, check, render each format, then swap the result into place.

Everything is made in a temporary folder beside the output folder. Only when every stage has
succeeded does it replace the old output, so a failed build leaves the last good one as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import importlib
import os
import secrets
import shlex
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .cached_checks import check_documents
from .config import load_config
from .coproduction.timing import warn_about_timing
from .documents import load_project, not_files, not_read
from .documents.cache import FileEntry, cache_state, link_cache, read_cache, write_cache
from .documents.places import missing_places
from .documents.shape import shape_warnings
from .errors import ConfigError, ContentError, Problem, UsageError
from .forked import cores
from .memory import fewer_collections
from .model import Project
from .render import FORMATS, RenderOptions, workers
from .render.outputs import Outputs
from .render.templates import template_mistakes
from .reporting import NullReporter, Reporter
from .uptodate import Inputs, Recorder

if TYPE_CHECKING:
    from .checks import DocumentReport

CACHE_DIR = Path(".cache")
"""Inside the output folder: what the last build made, for the next one."""

MARKER = ".easyread-build"
"""A file in every output folder, so easyread never replaces a folder it did not make."""


@dataclass
class Kept:
    """What a process that builds again and again (the preview) keeps between its builds.

    The loader's entries stay in memory instead of being read from the last build and written
    into the new one each time; the caller saves them with :meth:`finish` once the new build is
    in place and shown, so that a later command finds them.
    """

    loaded: dict[str, FileEntry] | None = None
    unsaved: bool = False
    """Whether ``loaded`` holds more than the build's cache file (which a build links from the
    last one), after a build that loaded something new, even one that then failed."""
    checks: dict[str, tuple[str, DocumentReport]] = field(default_factory=dict)
    """The checks' reports, with the key each was made with."""
    retired: list[Path] = field(default_factory=list)
    """Old build folders, moved aside by the builds since the last :meth:`finish`."""

    def finish(self, out: Path) -> None:
        """Save the loader's entries into the build in ``out``, if they are newer, and remove
        the old build folders."""
        while self.retired:
            shutil.rmtree(self.retired.pop(), ignore_errors=True)
        if self.unsaved and self.loaded is not None:
            write_cache(out / CACHE_DIR, self.loaded)
            self.unsaved = False


@dataclass(frozen=True)
class BuildResult:
    project: Project
    out: Path
    files: tuple[Path, ...]
    """Every file written, as paths inside ``out``."""
    made: tuple[str, ...] = ()
    """The output jobs that ran (the others were current and reused), like ``html:welcome``."""
    reports: tuple[DocumentReport, ...] = ()
    """The easy-read checks' report on each document (none when the checks were left out)."""


@fewer_collections()
def build(
    root: Path,
    out: Path | None = None,
    formats: tuple[str, ...] = tuple(FORMATS),
    jobs: int | None = None,
    print_sizes: tuple[str, ...] = (),
    reporter: Reporter | None = None,
    strict: bool = False,
    clean: bool = False,
    checks: bool = True,
    shard: tuple[int, int] = (1, 1),
    inputs: Inputs | None = None,
    kept: Kept | None = None,
    stop: threading.Event | None = None,
    site_in_step: bool = True,
) -> BuildResult:
    """Build ``formats`` of the project in ``root`` into ``out`` (default ``root/build``).

    The easy-read checks run first: the summary of a document that needs work is a warning,
    of one that is ready a detail, then the totals; with ``strict`` any error-level finding
    (warnings count as errors) stops the build. One build at a time makes ``out``.
    What the last build in ``out`` made is reused where it is current, unless ``clean``.
    ``checks=False`` leaves the checks out (``strict`` needs them). ``shard=(I, N)`` makes only
    the I-th of N shares of the print and audio files (see ``render.parse_shard``).
    ``inputs``, looked at before the build, are recorded in it (see ``uptodate.py``).
    ``kept`` is what the process kept from its last build (see :class:`Kept`).
    When ``stop`` is set, the print and audio stages start no more jobs and the build ends
    with what they have made (see ``RenderOptions.stop``).

    When ``out`` has a website and this build does not make it, its pages are made again too,
    last (those that are current are reused): they link the print and audio files, name their
    sizes and list the documents, which this build may change. ``site_in_step=False`` leaves
    them as they were.
    """
    root = root.resolve()
    out = (out or root / "build").resolve()
    check_output_folder(root, out)
    load_config(root)  # a folder that is not a project is refused before its lock is made
    with one_build_at_a_time(out, reporter or NullReporter()):
        recorder = Recorder(reporter or NullReporter())
        reporter = recorder
        last = out if (out / MARKER).is_file() else None  # the last build; with --clean, only
        old = None if clean else last  # the formats it does not make are taken from it
        if site_in_step:
            formats = _site_in_step(formats, last)
        if kept is not None and kept.loaded is not None and old is not None:
            loaded = kept.loaded
        else:
            loaded = read_cache(old / CACHE_DIR if old else None)
        before = cache_state(loaded)
        project = load_project(root, loaded, jobs or cores())
        changed = cache_state(loaded) != before
        if kept is not None:
            kept.loaded = loaded
            kept.unsaved = kept.unsaved or changed
        if "pdf" in formats:  # a wrong size is found before anything is made
            _check_print_sizes(project, print_sizes)
        warn_about_timing(project, reporter)
        for message in [*missing_places(project), *shape_warnings(project)]:
            reporter.warning(message)
        for shown in not_read(root):  # saved from Word, say: staff would think it is published
            reporter.warning(
                f"{shown} is not a document of the website, so it is left out. "
                "Write documents as .md or .yml files (see the README)."
            )
        for message in not_files(root):  # a broken link: staff would think it is published
            reporter.warning(message)
        with new_folder_beside(out) as staging:
            reports = []
            if checks or strict:
                kept_checks = kept.checks if kept is not None else None
                reports = _check(project, strict, reporter, old, staging, jobs, kept_checks)
            recorder.notes = False  # the rest says what was made: not said again if nothing changed
            outputs = Outputs.start(
                staging,
                last,
                keep=partial(_kept_job, formats),
                documents=[d.slug for d in project.documents],
                reuse=old is not None,
            )
            options = RenderOptions(
                formats=formats,
                jobs=jobs or cores(),
                print_sizes=print_sizes,
                reporter=reporter,
                outputs=outputs,
                shard=shard,
                stop=stop,
            )
            stages = {name: importlib.import_module(FORMATS[name]) for name in formats}
            for stage in stages.values():  # one fork server serves every stage's workers
                workers.want(getattr(stage, "PRELOAD", ()))
            written: list[Path] = []
            for name, stage in stages.items():
                with template_mistakes(root):
                    written += stage.render(project, staging, options)
                reporter.info(f"Made the {name} output.")
            if old and kept is not None:
                link_cache(old / CACHE_DIR, staging / CACHE_DIR)  # Kept.finish saves a newer one
            elif old and not changed:
                link_cache(
                    old / CACHE_DIR, staging / CACHE_DIR
                )  # nothing new to save: keep the file
            else:
                write_cache(staging / CACHE_DIR, loaded)
                if kept is not None:
                    kept.unsaved = False
            outputs.save()
            (staging / MARKER).write_text(
                "This folder is made by easyread build.\n", encoding="utf-8"
            )
            if inputs is not None:
                carried = outputs.carried_stats()  # moved in from the last build by the swap
                inputs.save(staging, recorder.messages, len(project.documents), carried)
            stopped = stop is not None and stop.is_set()  # stopped: what it did not make stays
            made = (
                []
                if stopped
                else [f for n in formats for f in FOLDERS[n] if f not in outputs.carried]
            )
            _swap(staging, out, made, kept)
        return BuildResult(
            project,
            out,
            _moved(written, staging, out),
            tuple(outputs.made),
            tuple(reports),
        )


def _moved(files: list[Path], staging: Path, out: Path) -> tuple[Path, ...]:
    """The ``files`` made in ``staging``, as they are now that it is ``out`` (by their names:
    quicker than ``relative_to`` for the 1000s of files of a big site)."""
    start, now = len(str(staging)), str(out)
    return tuple(Path(now + str(file)[start:]) for file in files)


@contextlib.contextmanager
def one_build_at_a_time(out: Path, reporter: Reporter) -> Iterator[None]:
    """Hold the output folder for one build: a second build into it waits until the first
    is done (two at once each swapped in what it made from the same last build, and the
    website of the one that ended last lost the other's PDFs). The lock is a file beside the
    folder, ``.build.lock``; where the file system has no locks, builds are not held."""
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        held = os.open(out.parent / f".{out.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        held = None
    if held is None:
        yield
        return
    try:
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            reporter.info(f"Another build is making {out}: waiting until it is done.")
            fcntl.flock(held, fcntl.LOCK_EX)
        except OSError:
            pass
        yield
    finally:
        os.close(held)


FOLDERS = {"html": ("site", "staff"), "pdf": ("print",), "audio": ("audio",), "text": ("text",)}
"""The folders of a build that each format's stage makes."""


def _kept_job(formats: tuple[str, ...], job: str) -> bool:
    """Whether the outputs of ``job`` are kept as they were: its format (the staff page's is
    the website's) is one of easyread's that this build does not make."""
    kind = job.partition(":")[0]
    kind = "html" if kind == "staff" else kind
    return kind in FORMATS and kind not in formats


def _site_in_step(formats: tuple[str, ...], last: Path | None) -> tuple[str, ...]:
    """``formats``, and the website last when the ``last`` build has one (even with
    ``--clean``, a build keeps the outputs of the formats it does not make): so the website
    never links a PDF, a recording or a document that is gone, nor names a print size that a
    PDF no longer has, nor leaves out new recordings."""
    if "html" not in formats and last is not None and (last / "site").is_dir():
        return (*formats, "html")
    return formats


def _check(
    project: Project,
    strict: bool,
    reporter: Reporter,
    old: Path | None,
    new: Path,
    jobs: int | None = None,
    kept: dict[str, tuple[str, DocumentReport]] | None = None,
) -> list[DocumentReport]:
    from .checks.output import totals

    reports = check_documents(project, strict, old, new, jobs, kept)
    for document in reports:  # one line for each that needs work, even with -q; all with -v
        (reporter.detail if document.verdict.label == "ready" else reporter.warning)(
            document.summary()
        )
    # the totals, and where to see each finding: a warning when there are errors, so that -q
    # (which says only warnings and errors) does not look like a clean build
    say = reporter.warning if any(d.errors for d in reports) else reporter.info
    if reports:
        say(totals(reports))
    if any(d.findings for d in reports):  # the summaries count them; this says where to look
        say(
            "To see each error and warning, where it is and what to change: "
            f"easyread check {shlex.quote(str(project.root))}"
        )
    if strict and any(d.errors for d in reports):
        raise ContentError(
            [
                Problem(d.path, f.line, f.column, f"{f.rule} {f.message}")
                for d in reports
                for f in d.findings
                if f.severity == "error"
            ]
        )
    return reports


def _check_print_sizes(project: Project, asked: tuple[str, ...]) -> None:
    from .print_settings import parse_sizes  # not the PDF stage: WeasyPrint is slow to import

    if asked:
        parse_sizes(asked, ("easyread build", "--print-size"), UsageError)
    else:
        parse_sizes(project.config.print.sizes, ("easyread.yml", "print.sizes"), ConfigError)


def make_in_build_folder(root: Path, folder: Path) -> None:
    """Make ``folder``; when that makes the project's ``build/`` folder, mark it as a build's,
    so that ``easyread build`` can still use it (review copies and packs go there too)."""
    build_folder = root.resolve() / "build"
    new = not build_folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if new and build_folder.exists():
        (build_folder / MARKER).write_text(
            "This folder is made by easyread build.\n", encoding="utf-8"
        )


def check_output_folder(root: Path, out: Path) -> None:
    """A :class:`UsageError` when ``out`` cannot be the output folder of the project in
    ``root``: it holds the project, is inside a folder the build reads, or holds files that
    easyread did not make."""
    if out == root or root.is_relative_to(out):
        raise UsageError(
            f"--out {out}: the output folder cannot hold the project. Use a folder like 'build'."
        )
    for folder in ("content", "symbols", "templates"):  # the next build would read it
        if out.is_relative_to(root / folder):
            raise UsageError(
                f"--out {out}: the output folder cannot be inside the project's {folder} "
                "folder, or the next build and 'easyread check' read what it made. "
                "Use a folder like 'build'."
            )
    # (not "--out": without it, the folder is the project's build/)
    if out.exists() and not out.is_dir():
        raise UsageError(
            f"{out}: this is a file, where the build makes its output folder. "
            "Move or rename the file, or choose another folder with --out."
        )
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UsageError(
            f"{out}: this folder has files that easyread did not make, and a build replaces "
            "its output folder. Move the files, or choose an empty or new folder with --out."
        )


@contextlib.contextmanager
def new_folder_beside(out: Path) -> Iterator[Path]:
    """A new, empty folder beside ``out``, to make the next ``out`` in; removed if the work
    in the ``with`` block fails or is stopped.

    While in use it is locked (flock). Folders like it that no process holds a lock on were
    left by work stopped by force (``kill -9``, a power cut), and are removed here: work
    stopped any other way removes its own. One process at a time looks for them and makes
    its folder (a lock on the folder they are in), so none is removed as it is being made.
    Where the file system has no such locks (some network ones), nothing is removed.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    staging: Path | None = None
    lock = None
    try:
        with _locked(out.parent, wait=True):
            for pattern in (
                f"{glob.escape(out.name)}-new-*",
                f"{glob.escape(out.name)}-old-[0-9]*",
            ):
                for folder in out.parent.glob(f".{pattern}"):
                    _remove_abandoned(folder)
            # Ctrl+C waits until the folder is known here, to be removed (a build stopped the
            # moment its folder was made left it behind)
            stopping = {signal.SIGINT, signal.SIGTERM}
            held = signal.pthread_sigmask(signal.SIG_BLOCK, stopping)
            try:
                staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
            lock = _lock(staging, wait=True)
        yield staging
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)


@contextlib.contextmanager
def _locked(folder: Path, wait: bool) -> Iterator[int | None]:
    lock = _lock(folder, wait)
    try:
        yield lock
    finally:
        if lock is not None:
            os.close(lock)


def _lock(folder: Path, wait: bool) -> int | None:
    """An exclusive lock on ``folder`` (an open file descriptor: closing it lets go), or None
    when it cannot be had: held by another process (``wait`` false), or not supported."""
    try:
        lock = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(lock)
        return None
    return lock


def _remove_abandoned(folder: Path) -> None:
    """Remove ``folder`` if it is this user's and no process holds a lock on it."""
    try:
        if folder.stat().st_uid != os.getuid():
            return
    except OSError:
        return
    with _locked(folder, wait=False) as lock:
        if lock is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _swap(staging: Path, out: Path, made: Iterable[str], kept: Kept | None) -> None:
    """Put the new build in place, keeping outputs of formats this build did not make (and
    packs and review copies), but not the folders ``made`` by this build's formats: one the
    build did not make this time (the staff page turned off) is gone, as from a new build.
    With ``kept`` (the preview), the old folder is removed by :meth:`Kept.finish`, after the
    new pages are shown."""
    left = set(made)
    others = [old.name for old in out.iterdir() if old.name not in left] if out.exists() else []
    retired = replace_folder(staging, out, others, 0o755, remove=kept is None)
    if kept is not None and retired is not None:
        kept.retired.append(retired)


def replace_folder(
    staging: Path, out: Path, keep: Iterable[str], mode: int, remove: bool = True
) -> Path | None:
    """Put the finished folder ``staging`` in the place of ``out``, with the entries of ``out``
    named in ``keep`` that ``staging`` does not have. ``out`` is never half made: it is the
    old folder until one rename makes it the new one. The old folder is removed, or with
    ``remove`` false left for the caller to remove: it is returned (None: there was none)."""
    # Ctrl+C and SIGTERM wait while the folders are moved: stopped half way, the kept ones
    # would be in the new folder, which the build then removes as unfinished
    stopping = {signal.SIGINT, signal.SIGTERM}
    held = signal.pthread_sigmask(signal.SIG_BLOCK, stopping)
    try:
        retired = _replace(staging, out, keep)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    out.chmod(mode)
    if retired is not None and remove:
        shutil.rmtree(retired, ignore_errors=True)
    return retired


def _replace(staging: Path, out: Path, keep: Iterable[str]) -> Path | None:
    """Move the kept entries of ``out`` into ``staging``, and ``staging`` in its place; the
    old folder, moved aside, if there was one."""
    if not out.exists():
        staging.rename(out)
        return None
    moved = []
    # its own name, not made yet (renaming onto a folder is refused by some file systems):
    # the preview removes its old folders after showing the new one
    retired = out.with_name(f".{out.name}-old-{os.getpid()}-{secrets.token_hex(6)}")
    aside = False
    try:
        for name in sorted(keep):
            if (out / name).exists() and not (staging / name).exists():
                (out / name).rename(staging / name)
                moved.append(name)
        out.rename(retired)
        aside = True
        staging.rename(out)
    except OSError:  # the last build stays as it was: what was moved goes back
        if aside:
            with contextlib.suppress(OSError):
                retired.rename(out)
        for name in reversed(moved):
            with contextlib.suppress(OSError):
                (staging / name).rename(out / name)
        raise
    return retired
