"""``easyread check``: the easy-read checker (GUIDELINES ER001-ER012, ER014, ER015).

The library API is :func:`check_project` (a loaded project, for the build) and
:func:`check_files` (any Markdown or text files). Both return a :class:`Report`.

This package is imported by ``config.py`` (for :class:`ChecksConfig`), so it imports nothing
heavy here; the API is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import check_files, check_project
    from .findings import Finding
    from .report import DocumentReport, Report
    from .settings import ChecksConfig

__all__ = ["ChecksConfig", "DocumentReport", "Finding", "Report", "check_files", "check_project"]

_HOMES = {
    "check_files": "api",
    "check_project": "api",
    "Finding": "findings",
    "DocumentReport": "report",
    "Report": "report",
    "ChecksConfig": "settings",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(name)
