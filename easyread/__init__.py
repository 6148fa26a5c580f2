"""easyread: one source of content, made into easy-read web pages, large-print PDFs and audio."""

from __future__ import annotations

__version__ = "0.1.0"
