"""The ``symbols:`` section of ``easyread.yml``: automatic pictures, allowed licences, the staff page.

This module only depends on :mod:`easyread.schema`, because ``config.py`` imports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import doc


@dataclass(frozen=True)
class SymbolsConfig:
    """How the build uses the picture library."""

    auto_pictures: bool = field(
        default=False,
        metadata=doc(
            "Give a point without a picture the library's best picture for its words "
            "(marked as automatic; a picture the author chose is never changed)"
        ),
    )
    allowed_licences: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "The picture licences this project may use, like 'CC BY-SA 4.0' (empty: every licence)"
        ),
    )
    staff_page: bool = field(
        default=True,
        metadata=doc(
            "Make a page for staff to search the pictures (build/staff/symbols.html, "
            "not part of the public website)"
        ),
    )

    def allows(self, licence: str) -> bool:
        """Whether a picture with this licence may be used."""
        if not self.allowed_licences:
            return True
        wanted = _norm(licence)
        return any(_norm(allowed) == wanted for allowed in self.allowed_licences)


def _norm(licence: str) -> str:
    return " ".join(licence.lower().replace("-", " ").split())
