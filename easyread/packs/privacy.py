"""Where packs may be written, and owner-only permissions on everything in them.

Packs hold personal data. They are never written into a public output (the website, print,
audio or text folders of a build, the content folder or the project itself), and every folder
is made ``0700`` and every file ``0600``, so only the person who made them can read them.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..build import MARKER as BUILD_MARKER
from ..errors import UsageError

MARKER = ".easyread-packs"
"""A file in the packs folder, so easyread never replaces a folder it did not make."""

PUBLIC = ("site", "print", "audio", "text")
"""The public folders of a build: what is published or shared with everyone."""

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def check_out_folder(root: Path, out: Path) -> None:
    """Refuse an output folder that is public, holds the project, or has other files in it."""
    root, out = root.resolve(), out.resolve()
    public = [root / "build" / name for name in PUBLIC] + [root / "content"]
    for folder in (out, *out.parents):
        if folder in public or (folder.name in PUBLIC and (folder.parent / BUILD_MARKER).exists()):
            raise UsageError(
                f"--out {out}: this is inside {folder}, which is public. Personal packs are "
                "never written there. Use a private folder, like the default build/packs."
            )
    if out == root or root.is_relative_to(out) or (out / BUILD_MARKER).exists():
        raise UsageError(
            f"--out {out}: this folder holds the project or a build. Use a folder of its own, "
            "like the default build/packs."
        )
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise UsageError(
            f"--out {out}: this folder has files that easyread did not make, and making packs "
            "replaces it. Choose an empty or new folder."
        )


def lock_down(folder: Path) -> None:
    """Make ``folder`` and everything in it readable by its owner only."""
    folder.chmod(FOLDER_MODE)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            Path(parent, name).chmod(FOLDER_MODE)
        for name in files:
            Path(parent, name).chmod(FILE_MODE)


def write_private(path: Path, text: str | bytes) -> Path:
    """Write a file (text, or bytes) that only its owner can read, from the moment it exists."""
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    if isinstance(text, bytes):
        with os.fdopen(descriptor, "wb") as binary:
            binary.write(text)
        return path
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
        file.write(text)
    return path
