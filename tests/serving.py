"""The live preview as ``easyread serve`` runs it, for the preview's tests."""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from easyread.serve import Preview, make_server, watch


@contextmanager
def running(root: Path) -> Iterator[tuple[str, Preview]]:
    """The preview of ``root``, built, served and watched: its address, and its state."""
    preview = Preview(root, root / "build")
    preview.rebuild()
    server = make_server(preview, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with watching(preview) as ready:
            assert ready.wait(10), "the watcher did not start"
            yield f"http://127.0.0.1:{server.server_address[1]}", preview
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def watching(preview: Preview) -> Iterator[threading.Event]:
    """``watch(preview)`` in a thread of its own until the block ends; the event it sets once
    it is listening (and has looked for changes made since the preview was made)."""
    stop, ready = threading.Event(), threading.Event()
    watcher = threading.Thread(target=watch, args=(preview, stop, ready), daemon=True)
    watcher.start()
    try:
        yield ready
    finally:
        stop.set()
        watcher.join(5)


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def built_again(preview: Preview, after: int) -> None:
    """Wait until the preview has built again since its version was ``after``."""
    deadline = time.monotonic() + 10
    while preview.version <= after:
        assert time.monotonic() < deadline, "the preview did not build again"
        time.sleep(0.05)
