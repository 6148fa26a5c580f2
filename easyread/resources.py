"""Where the built-in theme and picture library are, installed or in a source checkout."""

from __future__ import annotations

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
