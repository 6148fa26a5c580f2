"""``[meeting] We meet every month.``: a picture name at the start of a point.

A core rule, run before inline parsing, takes ``[name]`` or ``[file.jpg: what it shows]`` off the
front of a top-level paragraph and keeps it in the paragraph token's ``meta["picture"]``.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

PICTURE = re.compile(r"^\[([^\[\]\n]+)\](?:[^\S\n]+|\n|$|(?=[^\W_]))")
"""A picture at the start of a point: ``[name]`` then a space of any kind (Word pastes a
non-breaking one), the end of the line, or straight away a word (``[money]Bring``)."""
UNCLOSED_PICTURE = re.compile(r"^\[[^\[\]\n]*$", re.MULTILINE)
"""A point whose first line opens a ``[`` that nothing closes: ``[bus We go by bus.``"""
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp")


def pictures_plugin(md: MarkdownIt) -> None:
    md.core.ruler.before("inline", "easyread_pictures", _take_pictures)


def _take_pictures(state: StateCore) -> None:
    tokens = state.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.type != "paragraph_open" or token.level != 0:
            continue
        inline = tokens[i + 1]
        match = PICTURE.match(inline.content)
        if not match or match[1].strip().lower() in state.env.get("references", {}):
            continue
        token.meta["picture"] = match[1].strip()
        inline.content = inline.content[match.end() :]


def unclosed_picture(source: str) -> str | None:
    """The first line of a point that starts with a ``[`` which no ``]`` closes, else None."""
    first = source.split("\n", 1)[0]
    return first if UNCLOSED_PICTURE.match(first) else None


def split_picture_ref(ref: str) -> tuple[str, str | None]:
    """``"hall.jpg: The big hall"`` -> ``("hall.jpg", "The big hall")``; a symbol has no alt."""
    name, sep, alt = ref.partition(":")
    if sep and name.strip().lower().endswith(IMAGE_SUFFIXES):
        return name.strip(), alt.strip()
    return ref.strip(), None


def is_image_file(name: str) -> bool:
    """Whether a picture reference names an image file rather than a symbol."""
    return name.lower().endswith(IMAGE_SUFFIXES)
