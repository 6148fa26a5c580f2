"""The picture library: symbol sets with keywords, alt text and licences."""

from __future__ import annotations

from .library import Library, load_library

__all__ = ["Library", "load_library"]
