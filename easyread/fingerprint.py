"""Content hashes of values and files, for deciding what is already current."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

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


V = TypeVar("V")


class Remembered(Generic[V]):
    """What a function made of its inputs, by their fingerprint: a process that builds again and
    again (the preview) works out each document's part once, not at each build. The oldest
    are forgotten past ``size``."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._found: OrderedDict[str, V] = OrderedDict()

    def get(self, key: str, make: Callable[[], V]) -> V:
        """What ``make()`` gives, remembered by ``key`` (a fingerprint of all it reads)."""
        try:
            self._found.move_to_end(key)
            return self._found[key]
        except KeyError:
            pass
        made = self._found[key] = make()
        if len(self._found) > self.size:
            self._found.popitem(last=False)
        return made
