"""Where the built-in theme and picture library are, installed or in a source checkout."""

from __future__ import annotations

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


def user_cache(name: str) -> Path:
    """A folder of the user's cache (``$XDG_CACHE_HOME/easyread/<name>``, else
    ``~/.cache/easyread/<name>``) for what is kept between commands to be read again quickly:
    the picture library, compiled templates. Not made here; removing it is always safe."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "easyread", name)
