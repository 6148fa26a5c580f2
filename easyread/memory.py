"""Python's garbage collector, told that a build keeps what it makes until the end.

The cyclic collector starts a collection every 700 new objects. A build makes millions
(tokens, points, pages) and keeps most of them until it ends, so each collection looks
through a growing heap and finds almost nothing: a quarter of the loading of 1,000
documents went there. mypy raises the same thresholds for the same reason. Objects are
still freed as usual when nothing refers to them; only cycles wait longer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

THRESHOLDS = (200_000, 30, 30)
"""New objects before a young collection, and young (then middle) collections before an
older one (the default is 700, 10, 10)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often inside the ``with`` block (or a decorated function)."""
    before = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
