"""``<!-- a note for other authors -->``: comments are left out of every output.

Raw HTML is shown as text, but a comment is how authors leave notes and how they switch a
check off for one line (``<!-- easyread: disable ER001 -->``), so it is removed before
parsing. Its line breaks stay, so every line keeps its number.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def comments_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("normalize", "easyread_comments", _remove_comments)


def _remove_comments(state: StateCore) -> None:
    state.src = COMMENT.sub(lambda match: "\n" * match[0].count("\n"), state.src)
