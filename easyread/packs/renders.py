"""Render requests: every distinct output the packs need, each made once.

A pack asks for a document in a format, and for print at a size and colours: a
:class:`Request`. :class:`Renders` collects the requests of every pack, makes each distinct one
once (30 people with 4 distinct needs cost 4 renders, not 30) and gives the file for each;
packs then hard-link that one file. A PDF the public build already made from the same HTML (its
PDF identifier is the hash of that HTML) is copied, not printed again.

The stages' own functions do the work: :mod:`easyread.render.print` for PDFs (in parallel),
:mod:`easyread.render.audio` for audio (in parallel), :mod:`easyread.render.text` for text.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from ..errors import BuildError, Problem
from ..model import Document, Project
from ..print_settings import PrintSize
from ..render import RenderOptions
from ..render.print.pages import Printer
from ..render.print.weasy import pdf_identifier
from ..render.text import braille_ready, markdown, plain_text
from .people import Colours
from .store import Store

Kind = Literal["pdf", "audio", "txt", "md", "braille"]
"""What a request makes: a PDF, an MP3, plain text, Markdown or braille-ready text."""

SUFFIX: dict[Kind, str] = {
    "pdf": ".pdf",
    "audio": ".mp3",
    "txt": ".txt",
    "md": ".md",
    "braille": ".txt",
}


@dataclass(frozen=True, order=True)
class Request:
    """One output of one document: the key that says whether two packs need the same file."""

    slug: str
    """The document (a letter's slug is its addressee's key)."""
    kind: Kind
    size: PrintSize | None = None
    """The print size (PDFs only)."""
    colours: Colours | None = None
    """The print colours (PDFs only)."""

    @property
    def name(self) -> str:
        """A file name for the request's output: ``welcome-24pt-black-on-yellow.pdf``."""
        parts = [self.slug]
        if self.size is not None:
            parts.append(f"{self.size.points:g}pt".replace(".", "_"))
        if self.colours:
            parts.append(self.colours)
        if self.kind == "braille":
            parts.append("braille")
        return "-".join(parts) + SUFFIX[self.kind]


@dataclass
class Counts:
    """How much work the requests cost, by kind: renders of the group's documents, files of
    the public build reused instead, and renders of letters (one per copy of a pack)."""

    made: Counter[str] = field(default_factory=Counter)
    reused: Counter[str] = field(default_factory=Counter)
    letters: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    """Files the last ``easyread packs`` made that were still current (see :mod:`.store`)."""


class Renders:
    """Makes requests into files in ``folder``, each distinct request once."""

    def __init__(
        self,
        project: Project,
        folder: Path,
        public: Path | None,
        options: RenderOptions,
        previous: Path | None = None,
    ) -> None:
        self.project = project
        self.folder = folder
        self.store = Store.open(previous)
        """The renders of the last run (in ``previous``), and a record of this run's."""
        self.public = public
        """The public build folder whose outputs may be reused (``build/``), if any."""
        self.options = options
        self.documents: dict[str, Document] = {d.slug: d for d in project.documents}
        self.shared = frozenset(self.documents)
        """The group's documents (the rest are letters)."""
        self.files: dict[Request, Path] = {}
        self.counts = Counts()
        self.durations: dict[Request, float] = {}
        """Seconds of each audio file made, for playlists."""

    def add_documents(self, documents: Iterable[Document]) -> None:
        """Documents only the packs have (the letters)."""
        for document in documents:
            self.documents[document.slug] = document

    def make(self, requests: Iterable[Request]) -> dict[Request, Path]:
        """The file of every request, making those not made yet."""
        todo = sorted(set(requests) - set(self.files))
        self._text([r for r in todo if r.kind in ("txt", "md", "braille")])
        self._pdf([r for r in todo if r.kind == "pdf"])
        self._audio([r for r in todo if r.kind == "audio"])
        return dict(self.files)

    def _made(self, request: Request, path: Path) -> None:
        self.files[request] = path
        counter = self.counts.made if request.slug in self.shared else self.counts.letters
        counter[request.kind] += 1

    def _target(self, request: Request) -> Path:
        path = self.folder / request.kind / request.name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def _text(self, requests: list[Request]) -> None:
        for request in requests:
            document = self.documents[request.slug]
            titles = self.project.linked_titles(document)
            # a document ends as its printed copy does; a letter has its own ending
            config = self.project.config if request.slug in self.shared else None
            if request.kind == "md":
                text = markdown(document, titles, config)
            elif request.kind == "braille":  # its pictures left out: a line that says nothing
                text = braille_ready(plain_text(document, titles, config, pictures=False))
            else:
                text = plain_text(document, titles, config)
            target = self._target(request)
            target.write_text(text, encoding="utf-8")
            self._made(request, target)

    def _pdf(self, requests: list[Request]) -> None:
        if not requests:
            return
        from ..render.print.keys import Keys
        from ..render.print.pages import Printer
        from ..render.print.pool import run
        from ..render.print.weasy import PrintJob
        from ..render.templates import environment

        env = environment(self.project)
        keys = Keys()
        printers: dict[str, Printer] = {}
        jobs: dict[Path, tuple[Request, PrintJob, str]] = {}
        for request in requests:
            assert request.size is not None and request.colours is not None
            if request.colours not in printers:
                settings = replace(self.project.config.print, colours=request.colours)
                printers[request.colours] = Printer.for_project(env, self.project, settings)
            printer = printers[request.colours]
            document = self.documents[request.slug]
            letter = request.slug not in self.shared  # it asks about other formats itself
            html = printer.document_html(document, request.size, letter=letter)
            target = self._target(request)
            job = PrintJob(
                name=f"{document.title} ({request.size.label})",
                source=document.path,
                html=html,
                base_url=self.project.root.as_uri() + "/",
                target=target,
                weight=len(document.points),
                # a screen reader says what a link goes to, not the bare anchor 'word-agenda'
                link_names=tuple(printer.document_links(document).items()),
            )
            key = keys.key(job)
            if self._reuse_pdf(document, html, target, printer):
                self.files[request] = target
                self.counts.reused["pdf"] += 1
                self._record(request, key, target)
            elif self._keep(request, key, target):
                continue
            else:
                jobs[target] = (request, job, key)
        ordered = sorted((job for _, job, _ in jobs.values()), key=lambda job: -job.weight)
        results = run(ordered, self.options.jobs, self.options.reporter)
        problems = [
            Problem(jobs[r.target][1].source, None, None, f"the PDF could not be made: {error}")
            for r in results
            for error in r.errors
        ]
        if problems:
            raise BuildError(problems)
        for result in results:
            request, _, key = jobs[result.target]
            self._made(request, result.target)
            self._record(request, key, result.target)

    def _stored(self, request: Request) -> str:
        """The request's file, relative to the renders folder (its name in the store)."""
        return f"{request.kind}/{request.name}"

    def _record(self, request: Request, key: str, path: Path) -> None:
        """Note in the store what ``path`` was made from; a letter is one person's."""
        personal = request.slug not in self.shared
        self.store.record(self._stored(request), key, path, personal=personal)

    def _keep(self, request: Request, key: str, target: Path) -> bool:
        """Use the last run's file for ``request`` when it is current; whether it did."""
        if not self.store.take(self._stored(request), key, target):
            return False
        self.files[request] = target
        self.counts.kept[request.kind] += 1
        return True

    def _reuse_pdf(self, document: Document, html: str, target: Path, printer: Printer) -> bool:
        """Copy the public build's PDF of ``document`` when it was printed from ``html`` and
        the files it shows (pictures, fonts) are the same as then (the build's recorded key)."""
        from ..render.outputs import recorded_key
        from ..render.print.keys import Keys
        from ..render.print.weasy import PrintJob

        if self.public is None:
            return False
        identifier = pdf_identifier(html)
        folder = self.public / "print"
        for candidate in sorted(folder.glob(f"{document.slug}*.pdf")):
            job = PrintJob(
                name=document.title,
                source=document.path,
                html=html,
                base_url=self.project.root.as_uri() + "/",
                target=candidate,
                weight=0,
                link_names=tuple(printer.document_links(document).items()),
            )
            current = recorded_key(self.public, f"pdf:{candidate.name}") == Keys().key(job)
            if current and read_pdf_identifier(candidate) == identifier:
                shutil.copyfile(candidate, target)
                return True
        return False

    def _audio(self, requests: list[Request]) -> None:
        if not requests:
            return
        from ..render.audio import audio_key, run
        from ..speech.engine import load_binding
        from ..speech.files import AudioJob

        load_binding()
        config = self.project.config
        folder = self.folder / "audio"
        folder.mkdir(parents=True, exist_ok=True)
        keys = {r: audio_key(self.project, self.documents[r.slug]) for r in requests}
        requests = [
            r
            for r in requests
            if not self._reuse_audio(r, folder, keys[r]) and not self._keep_audio(r, keys[r])
        ]
        jobs = [
            AudioJob(
                self.documents[r.slug],
                self.project.glossary,
                config.audio,
                config.organisation,
                config.title,
                folder,
                tuple(self.project.linked_titles(self.documents[r.slug]).items()),
            )
            for r in requests
        ]
        for request, result in zip(requests, run(jobs, self.options), strict=True):
            self._made(request, folder / f"{result.slug}.mp3")
            self.durations[request] = result.duration
            self._record(request, keys[request], folder / request.name)

    def _keep_audio(self, request: Request, key: str) -> bool:
        """Use the last run's recording for ``request`` when it is current; whether it did."""
        from ..speech.files import read_mp3

        target = self._target(request)
        if not self._keep(request, key, target):
            return False
        self.durations[request] = float(read_mp3(target).info.length)
        return True

    def _reuse_audio(self, request: Request, folder: Path, key: str) -> bool:
        """Copy the public build's MP3 of the document when it is current (same key)."""
        from ..render.outputs import recorded_key
        from ..speech.files import read_mp3

        source = self.public / "audio" / f"{request.slug}.mp3" if self.public else None
        if source is None or not source.is_file():
            return False
        if recorded_key(source.parent.parent, f"audio:{request.slug}") != key:
            return False
        target = folder / source.name
        shutil.copyfile(source, target)
        self.files[request] = target
        self._record(request, key, target)
        self.durations[request] = float(read_mp3(target).info.length)
        self.counts.reused["audio"] += 1
        return True


_ID = re.compile(rb"/ID\s*\[\s*\(([0-9a-f]{32})\)")


def read_pdf_identifier(path: Path) -> bytes | None:
    """The first identifier in a PDF's trailer, or None."""
    with path.open("rb") as file:
        file.seek(0, 2)
        size = file.tell()
        file.seek(max(0, size - 4096))
        tail = file.read()
    found = _ID.findall(tail)
    return found[-1] if found else None
