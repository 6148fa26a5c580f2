"""The picture library: symbol sets with keywords, alt text and licences.

This package is imported by ``config.py`` (for :class:`SymbolsConfig`), so it imports nothing
heavy here; the library is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .library import Library, load_library
    from .settings import SymbolsConfig

__all__ = ["Library", "SymbolsConfig", "load_library"]

_HOMES = {"Library": "library", "load_library": "library", "SymbolsConfig": "settings"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(name)
