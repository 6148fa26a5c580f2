"""Where packs may be written, and owner-only permissions on everything in them.

Packs hold personal data. They are never written into a public output (the website, print,
audio or text folders of a build, the content folder or the project itself), and every folder
is made ``0700`` and every file ``0600``, so only the person who made them can read them.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ..build import MARKER as BUILD_MARKER
from ..errors import UsageError

MARKER = ".easyread-packs"
"""A file in the packs folder, so easyread never replaces a folder it did not make."""

PUBLIC = ("site", "print", "audio", "text")
"""The public folders of a build: what is published or shared with everyone."""

READ = ("symbols", "templates")
"""The project's folders that the build reads, besides content/ (its pictures and templates)."""

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
    for name in READ:
        if out.is_relative_to(root / name):
            raise UsageError(
                f"--out {out}: this is inside the project's {name} folder, which easyread build "
                "reads, and which is shared with the project. Personal packs are never written "
                "there. Use a private folder, like the default build/packs."
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


def git_warnings(root: Path, paths: list[Path]) -> list[str]:
    """A warning for each of ``paths`` (the participants file, the packs folder) that git would
    put in the project's repository: git tracks it, or does not ignore it (``git add .`` would
    take it). Nothing when the project is not in a git repository, the path is outside it,
    or git is missing."""
    warnings = []
    for path in paths:
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        tracked = _git(root, "ls-files", "--error-unmatch", "--", str(path))
        if tracked == 0:
            warnings.append(
                f"{shown}: git keeps this in the project's repository, so everyone who can read "
                f"the repository can read it. Run 'git rm -r --cached {shown}', add '/{shown}' to "
                "the .gitignore in the project folder, and ask whoever looks after the "
                "repository to remove it from its history."
            )
        elif tracked == 1 and _git(root, "check-ignore", "-q", "--", str(path)) == 1:
            warnings.append(
                f"{shown}: git does not ignore this, so 'git add' can put it in the project's "
                f"repository. Add '/{shown}' to the .gitignore in the project folder."
            )
    return warnings


def _git(root: Path, *args: str) -> int | None:
    """The exit code of ``git args`` in ``root``; None when git cannot say (no git, no
    repository, a path outside it)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, check=False, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.returncode if done.returncode in (0, 1) else None


def readable_by_others(root: Path, path: Path) -> list[str]:
    """A warning when people other than its owner can read the participants file at
    ``path`` (the packs made from it are owner-only)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return []
    if os.name != "posix" or not mode & 0o044:
        return []
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    return [
        f"{shown}: other people who use this computer can read this file, though the packs "
        f"made from it are only yours. Run 'chmod 600 {shown}' to keep it to yourself."
    ]
