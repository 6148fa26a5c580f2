"""Helpers for writing scratch projects in tests."""

from __future__ import annotations


def page(title: str = "A page", body: str = "[hello] Hello.\n", extra: str = "") -> str:
    """A Markdown document with front matter."""
    return f"---\ntitle: {title}\n{extra}---\n\n{body}"
