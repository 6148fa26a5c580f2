"""ER011: emphasis in bold only; no italics, no underline (except links), no capitals (UKAAF, RNIB)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule
from ..vocabulary import zipf

_CAPITALS = re.compile(r"\b[A-Z][A-Z'’]+(?:[\s,]+[A-Z][A-Z'’]*)*\b")
COMMON = 5.0
"""A word in capitals is shouting, not initials, when it is this common (Zipf): NOT, MUST."""


def check(doc: Analysis) -> Iterator[Finding]:
    for block in doc.source.blocks:
        for mark in block.marked:
            if mark.kind in ("italics", "underline"):
                written = block.text[mark.start : mark.end]
                what = "Italics are" if mark.kind == "italics" else "Underlining is"
                yield doc.finding(
                    RULE.id, RULE.severity, block, mark.start, mark.end,
                    f'{what} hard to read ("{written}"). Use bold for important words: "**{written}**".',
                )  # fmt: skip
        if block.kind == "title":
            continue
        for match in _CAPITALS.finditer(block.text):
            words = match[0].replace(",", " ").split()
            shouting = [w for w in words if len(w) > 1 and zipf(w.lower(), COMMON) >= COMMON]
            if not shouting or (len(words) == 1 and len(words[0]) < 3):
                continue
            lower = match[0].lower()
            if block.kind == "heading":
                instead = f'Write it in small letters: "{lower[:1].upper() + lower[1:]}".'
            else:
                instead = f'Write "**{lower}**" in bold instead.'
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'Capital letters are hard to read ("{match[0]}"). {instead}',
            )  # fmt: skip


RULE = Rule(
    id="ER011",
    title="Emphasis in bold only",
    severity="warning",
    sources="UKAAF, RNIB",
    fix="Use bold for important words; no italics, underline or capitals.",
    check=check,
)
