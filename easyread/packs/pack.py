"""One copy of a pack: what it needs, and its files put together from the renders.

A copy is the person's own, or their supporter's (in ``<id>/supporter/``). Its folder holds
the letter and each document in each format asked for::

    letter.pdf                        the letter, at the biggest print size, in their colours
    print/<slug>-<size>.pdf           easy-read-print and large-print
    audio/00-letter.mp3, 01-<slug>.mp3, playlist.m3u
    text/<slug>.txt, text/<slug>.md   plain-text (and letter.txt)
    braille/<slug>.txt                braille-ready-text (and braille/letter.txt)
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from ..speech.tags import number_track
from .letter import Addressee
from .people import Needs
from .privacy import FOLDER_MODE, write_private
from .renders import Renders, Request


@dataclass(frozen=True)
class Copy:
    """One copy of a pack: who it is for, where it goes and what it holds."""

    folder: str
    """Relative to the packs folder: ``p07`` or ``p07/supporter``."""
    to: Addressee
    documents: tuple[Document, ...]

    @property
    def needs(self) -> Needs:
        return self.to.needs

    def placements(self) -> Iterator[tuple[str, Request]]:
        """Every file of the copy: its path in the copy's folder, and the request it shows."""
        needs, formats = self.needs, self.needs.formats
        letter = self.to.key
        if needs.print_sizes:
            yield "letter.pdf", Request(letter, "pdf", needs.letter_size, needs.colours)
        # the website's address must be written down somewhere, not only said in the audio
        written = bool(needs.print_sizes) or "braille-ready-text" in formats
        if "plain-text" in formats or ("website-link" in formats and not written):
            yield "letter.txt", Request(letter, "txt")
        if "braille-ready-text" in formats:
            yield "braille/letter.txt", Request(letter, "braille")
        if "audio" in formats:
            yield "audio/00-letter.mp3", Request(letter, "audio")
        for number, document in enumerate(self.documents, start=1):
            slug = document.slug
            for size in needs.print_sizes:
                yield f"print/{slug}-{size.name}.pdf", Request(slug, "pdf", size, needs.colours)
            if "audio" in formats:
                yield f"audio/{number:02d}-{slug}.mp3", Request(slug, "audio")
            if "plain-text" in formats:
                yield f"text/{slug}.txt", Request(slug, "txt")
                yield f"text/{slug}.md", Request(slug, "md")
            if "braille-ready-text" in formats:
                yield f"braille/{slug}.txt", Request(slug, "braille")

    def requests(self) -> set[Request]:
        return {request for _, request in self.placements()}

    def write(self, packs: Path, renders: Renders) -> list[Path]:
        """Link the copy's files into its folder (its MP3s copied, to number them); write
        its playlist."""
        folder = packs / self.folder
        written: list[Path] = []
        playlist = ["#EXTM3U"]
        tracks = [name for name, request in self.placements() if request.kind == "audio"]
        for name, request in self.placements():
            target = folder / name
            target.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            if request.kind == "audio":  # a copy of its own, numbered as the file name is
                write_private(target, renders.files[request].read_bytes())
                number_track(target, f"{tracks.index(name) + 1}/{len(tracks)}")
            else:
                os.link(renders.files[request], target)
            written.append(target)
            if request.kind == "audio":
                title = renders.documents[request.slug].title
                seconds = round(renders.durations.get(request, 0))
                playlist += [f"#EXTINF:{seconds},{title}", Path(name).name]
        if len(playlist) > 1:
            written.append(
                write_private(folder / "audio" / "playlist.m3u", "\n".join(playlist) + "\n")
            )
        return written


ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Every file in a zip has this date, so the same pack gives the same zip."""

STORED = (".pdf", ".mp3")
"""Files already compressed: stored in the zip as they are."""


def write_zip(folder: Path, target: Path) -> Path:
    """Zip ``folder`` (its files under the folder's name) into ``target``, owner-only."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file, zipfile.ZipFile(file, "w") as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = Path(folder.name, path.relative_to(folder)).as_posix()
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.external_attr = 0o600 << 16
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix in STORED else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, path.read_bytes())
    return target
