"""Where the built-in theme and picture library are, installed or in a source checkout."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin(name: str) -> Path:
    """The built-in ``templates`` or ``symbols`` folder.

    A wheel carries them as ``easyread/_data/<name>``; an editable install or a source checkout
    has them at the top of the repository.
    """
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def user_cache(name: str) -> Path | None:
    """A folder of the user's cache (``$XDG_CACHE_HOME/easyread/<name>``, else
    ``~/.cache/easyread/<name>``) for what is kept between commands to be read again quickly:
    the picture library, compiled templates. Removing it is always safe.

    What is kept there is read back as Python objects and code, so it is used only when the
    ``easyread`` folder is this user's and nobody else may write in it (made so here, when
    it is not there yet); else None: no cache.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    top = Path(base, "easyread")
    try:
        top.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = top.stat()
    except OSError:  # a read-only home folder, say
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o022:
        return None
    return top / name


@functools.cache
def code_version() -> str:
    """A hash of easyread's own code as it is installed (each module's name, size and change
    time): what a cache kept between commands is made by, besides its version number, which
    a checkout being worked on, or an editable install, keeps while its code changes."""
    digest = hashlib.sha256()
    for folder, folders, files in sorted(os.walk(_PACKAGE)):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                shown = os.path.relpath(os.path.join(folder, name), _PACKAGE)
                digest.update(f"{shown}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:16]
