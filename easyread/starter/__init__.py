"""``easyread new``: a new project with a small example to start from."""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import UsageError

FILES = Path(__file__).parent / "files"


def create(folder: Path) -> None:
    """Copy the starter project into ``folder``, which must be new or empty."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: this is a file, not a folder. Choose a new folder name.")
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder}: this folder is not empty. Choose a new folder name.")
    shutil.copytree(FILES, folder, dirs_exist_ok=True)
    (folder / "gitignore").rename(folder / ".gitignore")
