"""What the last ``easyread packs`` made, kept to be used again while it is current.

The PDFs and audio the packs need stay in the packs folder, in ``.renders/`` (private like
everything there), with ``keys.json``: for each file, the key of everything it was made from
(the build's keys: see ``render/print/keys.py`` and ``render/audio.py``) and a hash of its
bytes. The next run links a file whose key is the same and whose bytes are still as made,
instead of making it again; a file somebody changed in a pack is made again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .privacy import FOLDER_MODE, write_private

MANIFEST = "keys.json"
"""The file in the renders folder that says what each file was made from."""

FIELDS = ("key", "sha256", "personal")
"""What the manifest says of each file."""


@dataclass
class Store:
    """The renders of the last run (``old``, in ``folder``) and those of this one (``new``)."""

    folder: Path | None
    """The last run's renders folder, if there is one."""
    old: dict[str, dict[str, str]] = field(default_factory=dict)
    """``pdf/welcome-24pt.pdf`` -> ``{"key": ..., "sha256": ..., "personal": "no"}``, as the
    last run made it (``personal``: a letter, made for one person)."""
    new: dict[str, dict[str, str]] = field(default_factory=dict)
    """The same for this run's renders."""

    @classmethod
    def open(cls, folder: Path | None) -> Store:
        """The store the last run left in ``folder`` (an empty one when it left none)."""
        old: dict[str, dict[str, str]] = {}
        if folder is not None:
            try:
                data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if isinstance(data, dict):
                old = {
                    name: {key: entry[key] for key in FIELDS}
                    for name, entry in data.items()
                    if isinstance(entry, dict)
                    and all(isinstance(entry.get(key), str) for key in FIELDS)
                }
        return cls(folder, old)

    def take(self, name: str, key: str, target: Path) -> bool:
        """Link the last run's file ``name`` to ``target`` when it was made from ``key`` and
        its bytes are still as made; whether it did."""
        from ..render.outputs import link

        entry = self.old.get(name)
        if self.folder is None or entry is None or entry["key"] != key:
            return False
        source = self.folder / name
        try:
            if _sha256(source) != entry["sha256"]:
                return False
        except OSError:
            return False
        link(source, target)
        self.new[name] = entry
        return True

    def record(self, name: str, key: str, path: Path, personal: bool) -> None:
        """This run made (or copied) ``path`` as ``name`` from ``key``; ``personal``: it is
        one person's (a letter)."""
        self.new[name] = {
            "key": key,
            "sha256": _sha256(path),
            "personal": "yes" if personal else "no",
        }

    def save(self, folder: Path, keep_old: bool) -> None:
        """Keep this run's PDFs and audio in ``folder`` (nothing else: text is quick to make,
        and an MP3's section files and timings are not in packs), with what each was made
        from. With ``keep_old`` (the packs of some people only), the last run's renders of the
        group's documents are kept too, for the others' next packs, but not its letters:
        someone taken out of the participants file may be among them. Without it, renders
        nobody needs now go."""
        from ..render.outputs import link

        if keep_old and self.folder is not None:
            for name, entry in sorted(self.old.items()):
                source, target = self.folder / name, folder / name
                personal = entry["personal"] != "no"
                if personal or name in self.new or target.exists() or not source.is_file():
                    continue
                target.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
                link(source, target)
                self.new[name] = entry
        for path in sorted(folder.rglob("*"), reverse=True):  # a folder after what is in it
            if path.is_dir() and not any(path.iterdir()):
                path.rmdir()
            elif path.is_file() and path.relative_to(folder).as_posix() not in self.new:
                path.unlink()  # quick to make again (text), or made beside what is kept
        write_private(folder / MANIFEST, json.dumps(self.new, indent=1, sort_keys=True) + "\n")


def _sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
