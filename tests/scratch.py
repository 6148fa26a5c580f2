"""Helpers for writing scratch projects in tests."""

from __future__ import annotations


def page(title: str = "A page", body: str = "[hello] Hello.\n", extra: str = "") -> str:
    """A Markdown document with front matter."""
    return f"---\ntitle: {title}\n{extra}---\n\n{body}"


GLOSSARY = "type: glossary\ntitle: Hard words\nwords:\n  agenda: A list of things to talk about.\n"
"""A glossary file that explains one word."""


def many_pages(count: int, bodies: tuple[str, ...]) -> dict[str, str]:
    """``count`` documents (``content/doc-00.md`` on) taking turns with ``bodies``, and
    :data:`GLOSSARY`: files for ``make_project``."""
    files = {
        f"content/doc-{i:02}.md": page(title=f"Document {i}", body=bodies[i % len(bodies)])
        for i in range(count)
    }
    return {**files, "content/glossary.yml": GLOSSARY}


def png(width: int = 40, height: int = 30) -> bytes:
    """A real PNG picture (the build opens a project's own photos to check them)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()
