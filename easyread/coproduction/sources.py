"""The other files a co-production document is made from, for the loader's cache.

A results page (``type: results``) is made from its own file, the form it names and the
answers CSV: when either of those changes, the page must be made again.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_FIELD = re.compile(r"^(type|form|answers):[ \t]*['\"]?([^'\"#\n]+?)['\"]?[ \t]*(?:#.*)?$", re.M)


def also_reads(file: Path) -> tuple[Path, ...]:
    """The files besides ``file`` that its document is made from (none for most documents)."""
    if file.suffix.lower() not in (".yml", ".yaml"):
        return ()
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    fields = dict(_FIELD.findall(text))
    if fields.get("type") != "results":
        return ()
    return tuple(file.parent / fields[k] for k in ("form", "answers") if k in fields)


def source_digest(file: Path) -> str:
    """A hash of ``file`` and of every file it is made from (a missing one counts as empty)."""
    digest = hashlib.sha256(file.read_bytes())
    for other in also_reads(file):
        digest.update(b"\0" + other.name.encode() + b"\0")
        digest.update(other.read_bytes() if other.is_file() else b"")
    return digest.hexdigest()
