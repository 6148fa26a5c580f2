"""The ``packs:`` section of ``easyread.yml``: where the private participants file is.

This module must not import :mod:`easyread.config` (which imports it), and must never read the
participants file: the site build imports it with the rest of the configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import doc
from . import PARTICIPANTS_FILE


@dataclass(frozen=True)
class PacksConfig:
    """Personal packs (``easyread packs``), made from the private participants file."""

    participants: str = field(
        default=PARTICIPANTS_FILE,
        metadata=doc(
            "The private participants file, relative to the project folder. Keep it out of "
            "content/ and out of version control"
        ),
    )
    website: str = field(
        default="",
        metadata=doc(
            "The address of the published website, for people who asked for the website link "
            "(like https://voices.example.org)"
        ),
    )
