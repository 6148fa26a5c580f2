"""Content hashes of values and files, for deciding what is already current."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import __version__


def fingerprint(*values: object) -> str:
    """A hash of values by their ``repr`` (frozen dataclasses print every field, in order),
    and of the toolkit's version, so a new easyread never reuses an old one's work."""
    digest = hashlib.sha256(__version__.encode())
    for value in values:
        digest.update(b"\0")
        digest.update(repr(value).encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """A hash of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
