"""Switch rules off for one line with a comment, where the reader never sees it.

In Markdown: ``<!-- easyread: disable ER001 ER005 -->``; in YAML: ``# easyread: disable ER007``.
At the end of a line it covers that line; alone on its line, it covers the next line with
text. ``disable`` without rule IDs covers every rule.
"""

from __future__ import annotations

import re

from .settings import RULE_IDS

_HTML = re.compile(r"<!--\s*easyread:\s*disable\b([\w\s,]*?)\s*-->", re.IGNORECASE)
_YAML = re.compile(r"(?:^|\s)#\s*easyread:\s*disable\b([\w\s,]*?)\s*$", re.IGNORECASE)


def disabled_lines(lines: tuple[str, ...], yaml: bool = False) -> dict[int, frozenset[str]]:
    """Rules switched off, by 1-based line (``yaml``: the file is YAML, with # comments)."""
    found: dict[int, frozenset[str]] = {}
    text = "\n".join(lines)
    if text.isascii() and "easyread" not in text.lower():
        return found  # no directive (most files); beyond ASCII, "ſ" can be an "s" to re
    waiting: frozenset[str] = frozenset()
    directive = _YAML if yaml else _HTML
    for number, line in enumerate(lines, start=1):
        match = directive.search(line)
        rules: frozenset[str] = frozenset()
        if match:
            named = {r.upper() for r in re.split(r"[\s,]+", match[1]) if r}
            rules = frozenset(named & set(RULE_IDS)) if named else frozenset({"ALL"})
        alone = match is not None and not line[: match.start()].strip(" \t-#")
        if alone:
            waiting |= rules
            continue
        current = rules | (waiting if line.strip() else frozenset())
        if line.strip():
            waiting = frozenset()
        if current:
            found[number] = current
    return found


def unknown_rules(lines: tuple[str, ...], yaml: bool = False) -> list[tuple[int, str]]:
    """Rule IDs in comments that the checker does not know: (line, ID)."""
    found = []
    for number, line in enumerate(lines, start=1):
        match = (_YAML if yaml else _HTML).search(line)
        if match:
            for rule in re.split(r"[\s,]+", match[1]):
                if rule and rule.upper() not in RULE_IDS:
                    found.append((number, rule))
    return found
