"""``easyread serve``: a live preview for authors on 127.0.0.1.

It builds the website, serves it, watches the project folder and builds again when a file in
it changes: the website first, then the other formats in the background. Any file in the
project folder may be read by a build (a document may show a picture from any folder, and
templates/ or symbols/ may be made after the preview starts), so every one counts but those in
the output folder and in hidden folders, and editors' swap and backup files (see
:class:`ProjectFiles`). Open pages reload themselves. Each page the preview serves has a panel
with that document's check findings, and, while the content has an error, a banner saying
what to fix: both are added to the page as it is sent, never written into the build, so the
built site never has them. While there is an error the last good build keeps being served.
"""

from __future__ import annotations

import html
import json
import logging
import posixpath
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import watchfiles
from watchfiles import Change

from .build import MARKER, BuildResult, Kept, build, check_output_folder
from .config import load_config
from .errors import EasyreadError, UsageError
from .reporting import NullReporter, Reporter
from .textformat import file_slug
from .uptodate import Stat, project_files

if TYPE_CHECKING:
    from .checks import DocumentReport

log = logging.getLogger(__name__)

STATE_URL = "/__easyread/state"
WAKE_MS = 300
"""How long the watcher waits for a change before it wakes up (it does nothing then, but
the first time: see :func:`watch`)."""

RELOAD_SCRIPT = """<script>
(function () {
  var seen = null;
  function poll() {
    fetch("STATE_URL", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.version !== seen) { location.reload(); }
      seen = s.version;
    }).catch(function () {}).finally(function () { setTimeout(poll, 700); });
  }
  poll();
})();
</script>""".replace("STATE_URL", STATE_URL)


@dataclass
class Preview:
    """The state the server shows: the build's version, the last error, the check reports by page.

    A preview is made only of what ``easyread build`` would build: a folder without
    ``easyread.yml``, a broken ``easyread.yml`` or an output folder that easyread did not make
    raise the same errors as there (exit code 2), before anything is made.
    """

    root: Path
    out: Path
    formats: tuple[str, ...] = ("html",)
    reporter: Reporter = field(default_factory=NullReporter)
    version: int = 0
    seconds: float = 0.0
    """How long the last build took until its pages were shown (for the benchmark)."""
    errors: list[str] = field(default_factory=list)
    reports: dict[str, DocumentReport] = field(default_factory=dict)
    """The last good build's check report on each document, by its page."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    background: threading.Thread | None = None
    stop_background: threading.Event = field(default_factory=threading.Event)
    """The last background build's: set to have it end with what it has made, so that an
    edit's page is not kept waiting for print and audio (the next background build goes on)."""
    kept: Kept = field(default_factory=Kept)
    at_start: dict[str, Stat] = field(default_factory=dict)
    """The project's files as they were before the first build (see :func:`watch`)."""

    def __post_init__(self) -> None:
        self.root = self.root.resolve()
        self.out = self.out.resolve()
        load_config(self.root)  # the build's own checks, so the same messages
        check_output_folder(self.root, self.out)
        self.at_start = self._watched_files()

    def changed_since_start(self) -> bool:
        """Whether a file of the project that the watcher watches has changed since the
        preview was made (an edit saved during the first build, before the watcher started)."""
        return self._watched_files() != self.at_start

    def _watched_files(self) -> dict[str, Stat]:
        watched = ProjectFiles(self.root, self.out)
        files = project_files(self.root, self.out)
        return {path: stat for path, stat in files.items() if watched(Change.modified, path)}

    def rebuild(self) -> None:
        """The website now; the other formats after it, in the background (a background
        build under way stops at its next PDF or recording, so the page comes first)."""
        self.stop_background.set()
        self._build(("html",))
        others = tuple(f for f in self.formats if f != "html")
        if others and not self.errors:
            self.stop_background = threading.Event()  # this background build's own
            self.background = threading.Thread(
                target=self._background, args=(others, self.stop_background), daemon=True
            )
            self.background.start()

    def close(self, wait: float = 60) -> None:
        """Stop the background build at its next PDF or recording, and wait for it (so that
        it leaves no half-made folder), for ``wait`` seconds at most."""
        self.stop_background.set()
        if self.background is not None:
            self.background.join(wait)

    def _background(self, formats: tuple[str, ...], stop: threading.Event) -> None:
        """Build ``formats``, then the pages again if that made files (they link them)."""
        made = self._build(formats, stop)
        if made is not None and made.made and not stop.is_set():
            self._build(("html",))

    def _build(
        self, formats: tuple[str, ...], stop: threading.Event | None = None
    ) -> BuildResult | None:
        """Build ``formats`` (stopping early when ``stop`` is set); the result, or None when
        the build failed (see ``errors``)."""
        with self.lock:
            start = time.perf_counter()
            before = self.errors
            result: BuildResult | None = None
            try:
                result = build(
                    self.root,
                    self.out,
                    formats,
                    reporter=self.reporter,
                    kept=self.kept,
                    stop=stop,
                    site_in_step=False,  # the pages are made again after a background build
                )
            except EasyreadError as error:
                self.errors = [str(p) for p in error.problems]
                what = "this" if len(self.errors) == 1 else f"these {len(self.errors)} problems"
                shown = "the last good build" if self.built else "no pages"
                self.reporter.warning(
                    f"Fix {what}; until then the preview shows {shown}.\n" + "\n".join(self.errors)
                )
            except Exception as error:  # the preview goes on, and says what went wrong
                log.exception("the preview's build failed")
                self.errors = [f"The build failed: {error}"]
            else:
                self.errors = []
                if before:
                    self.reporter.info("Fixed: the preview shows your changes again.")
                if "html" in formats:
                    self.reports = {file_slug(r.path) + ".html": r for r in result.reports}
            if "html" in formats or self.errors != before:
                self.version += 1  # open pages reload now
            self.seconds = time.perf_counter() - start
            if not self.built:
                return result  # no cache in a folder before a build made it its own (MARKER)
            try:
                self.kept.finish(self.out)  # then what the next command will want is saved
            except OSError as error:
                log.warning("could not save the build's cache: %s", error)
            return result

    @property
    def built(self) -> bool:
        """Whether there is a build to show (the first build may have failed)."""
        return (self.out / MARKER).is_file()

    def page_extras(self, page: str, made: bool = True) -> tuple[str, str]:
        """What the preview adds to one page (``made`` by a good build, or not yet): at its
        top, the mistakes to fix (an author who does not scroll down must see that the page
        is not their edit); at its foot, the findings panel and the reload script."""
        top = ""
        if self.errors:
            items = "".join(f"<li>{html.escape(e)}</li>" for e in self.errors)
            title = "This page is from the last good build." if made else "No build made this page."
            top = _panel("easyread-errors", f"{title} Fix these:", items)
        parts = [RELOAD_SCRIPT]
        report = self.reports.get(page)  # its findings, written out only when it is shown
        notes = [f"Line {f.line}: {f.rule} {f.message}" for f in report.findings] if report else []
        if notes:
            items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
            parts.insert(
                0,
                _panel(
                    "easyread-findings",
                    "Easy-read checks for this page (only in the preview):",
                    items,
                ),
            )
        return top, "\n".join(parts)


NOT_YET = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>No page yet</title></head>
<body><h1>This page is not built yet</h1>
<p>It is made when the problems below are fixed.</p></body></html>"""
"""What the preview shows for a page that no build has made yet, with the errors to fix."""


_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


def _panel(ident: str, title: str, items: str) -> str:
    return (
        f'<aside id="{ident}" aria-label="{html.escape(title)}" style="border:4px solid #000;'
        f'background:#fff8c5;color:#000;padding:1rem;margin:1rem;font:1rem/1.5 sans-serif">'
        f"<h2 style='font-size:1.2rem;margin:0 0 .5rem'>{html.escape(title)}</h2><ul>{items}</ul></aside>"
    )


BESIDE = ("print", "audio", "text")
"""The build's folders beside the site that its pages link to, served as they are published."""


class _Handler(SimpleHTTPRequestHandler):
    """Serves the built site, adding the preview's extras to each HTML page."""

    preview: Preview

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == STATE_URL:
            self._send(
                json.dumps(
                    {"version": self.preview.version, "errors": self.preview.errors}
                ).encode(),
                "application/json",
            )
            return
        if path.endswith("/"):
            path += "index.html"
        file = Path(self.translate_path(path))
        if file.suffix == ".html" and (file.is_file() or self.preview.errors):
            # a page no build has made yet says what to fix, and reloads when it is made
            made = file.is_file()
            text = file.read_text(encoding="utf-8") if made else NOT_YET
            top, foot = self.preview.page_extras(file.name, made)
            if top:
                body = _BODY.search(text)
                at = body.end() if body else 0
                text = text[:at] + "\n" + top + text[at:]
            text = (
                text.replace("</body>", foot + "\n</body>", 1) if "</body>" in text else text + foot
            )
            self._send(text.encode("utf-8"), "text/html; charset=utf-8")
            return
        super().do_GET()

    def translate_path(self, path: str) -> str:
        """A file of the site; or of the print, audio or text folder beside it, which its pages
        link to (``../print/a.pdf`` from the top of the site is ``/print/a.pdf``)."""
        # as the server reads it: "/print/../.cache" is "/.cache", which is not served
        asked = posixpath.normpath(urllib.parse.unquote(urllib.parse.urlsplit(path).path))
        first, _, rest = asked.lstrip("/").partition("/")
        if first in BESIDE and rest:
            site, self.directory = self.directory, str(self.preview.out)
            try:
                return super().translate_path(path)
            finally:
                self.directory = site
        return super().translate_path(path)

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug(format, *args)


def make_server(preview: Preview, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """An HTTP server for the preview's site folder (port 0 picks a free port).

    The folder may not be there yet, when the first build failed: only a build makes it, with
    the mark that lets the next build replace it (see ``build.MARKER``)."""
    handler = type("Handler", (_Handler,), {"preview": preview})
    site = preview.out / "site"
    try:
        return ThreadingHTTPServer((host, port), partial(handler, directory=str(site)))
    except OSError as error:
        raise UsageError(
            f"--port {port}: the preview cannot listen there ({error.strerror}). "
            "Choose another port, like --port 8001."
        ) from None


def watch(preview: Preview, stop: threading.Event, ready: threading.Event | None = None) -> None:
    """Build again whenever a file in the project changes, until ``stop`` is set.

    The project folder itself is watched, so folders made after the preview started are
    watched too, and so is a file saved by writing another and renaming it over the first, as
    many editors do (a watch on the file itself ends when it is replaced).

    The first build runs before the watcher starts (so that it may fork workers). Once the
    watcher is listening, it looks for a change made since the preview was made: an edit
    saved during that build is built, not left for the next save. Then it sets ``ready``."""
    first = True
    for changes in watchfiles.watch(
        preview.root,
        watch_filter=ProjectFiles(preview.root, preview.out),
        stop_event=stop,
        debounce=200,
        step=50,
        rust_timeout=WAKE_MS,
        yield_on_timeout=True,  # so the first look comes once the watcher is listening
        raise_interrupt=False,
    ):
        if first:  # listening now: did anything change before?
            first = False
            if not changes and preview.changed_since_start():
                preview.rebuild()
            preview.at_start = {}
            if ready is not None:
                ready.set()
        if changes:
            preview.rebuild()


class ProjectFiles(watchfiles.DefaultFilter):
    """The changes in the project folder ``root`` that a build may read.

    Not the output folder ``out`` nor the project's ``build/`` (review copies and packs go
    there): a build writes those, and a change there would start another build. Not hidden
    folders (``.git``, and a build's temporary folders beside its output folder), nor what
    watchfiles leaves out by default (``__pycache__``, ``node_modules``, editors' swap and
    backup files like ``.a.md.swp`` and ``a.md~``), nor the other files editors write while
    they save (Emacs' ``#a.md#``, Vim's ``4913``).
    """

    ignore_entity_patterns = (
        *watchfiles.DefaultFilter.ignore_entity_patterns,
        r"^#.*#$",
        r"^4913$",
    )

    def __init__(self, root: Path, out: Path) -> None:
        super().__init__()
        self.root = root
        # and the lock a build holds beside its folder (see build.one_build_at_a_time)
        self.skipped = (out, root / "build", out.parent / f".{out.name}.lock")

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        changed = Path(path)
        if any(changed.is_relative_to(skipped) for skipped in self.skipped):
            return False
        if not changed.is_relative_to(self.root):  # not expected: a link's target, say
            return True
        relative = changed.relative_to(self.root)
        if any(folder.startswith(".") for folder in relative.parts[:-1]):
            return False
        if relative.name.startswith(".") and not changed.is_file():
            return False  # a hidden folder, or one that is gone, like a build's temporary ones
        if relative.name.startswith(".") and relative.name.endswith(".lock"):
            return False  # another build's lock (see build.one_build_at_a_time)
        if any((self.root / folder / MARKER).is_file() for folder in _folders(relative)):
            return False  # what another build makes, like 'easyread build --out part-1'
        return super().__call__(change, str(relative))


def _folders(relative: Path) -> list[Path]:
    """The folders a path is in, inside the project, and itself: ``a/b/c`` gives ``a``,
    ``a/b`` and ``a/b/c``."""
    return [Path(*relative.parts[:n]) for n in range(1, len(relative.parts) + 1)]
