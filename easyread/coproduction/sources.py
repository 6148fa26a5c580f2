"""The other files a co-production document is made from, for the loader's cache.

A results page (``type: results``) is made from its own file, the form it names and the
answers CSV: when either of those changes, the page must be made again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import EasyreadError
from ..yamlfile import load_yaml


def also_reads(file: Path) -> tuple[Path, ...]:
    """The files besides ``file`` that its document is made from (none for most documents)."""
    if file.suffix.lower() not in (".yml", ".yaml"):
        return ()
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    if "results" not in text:  # the quick answer for every other document
        return ()
    try:
        data, _ = load_yaml(text, file.name)
    except EasyreadError:  # the loader reports it
        return ()
    if not isinstance(data, dict) or data.get("type") != "results":
        return ()
    return tuple(file.parent / str(data[k]) for k in ("form", "answers") if data.get(k))


def source_digest(file: Path) -> str:
    """A hash of ``file`` and of every file it is made from (a missing one counts as empty)."""
    digest = hashlib.sha256(file.read_bytes())
    for other in also_reads(file):
        digest.update(b"\0" + other.name.encode() + b"\0")
        digest.update(_contents(other))
    return digest.hexdigest()


def _contents(file: Path) -> bytes:
    """The bytes of a file a document is made from; none when it is missing, cannot be read
    or its name cannot be a file's (the loader says what is wrong with it)."""
    try:
        return file.read_bytes()
    except (OSError, ValueError):
        return b""
