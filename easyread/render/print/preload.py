"""Imported by the pool's fork server: WeasyPrint is loaded once, then every worker is forked
from it with WeasyPrint ready (no second of importing per worker)."""

from __future__ import annotations

from .weasy import preload

preload()
