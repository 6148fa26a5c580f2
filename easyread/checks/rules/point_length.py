"""ER003: short points, at most 3 sentences each (ERS; plain-language lint profiles)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule


def check(doc: Analysis) -> Iterator[Finding]:
    most = doc.config.point_sentences
    for blocks in doc.points():
        block = blocks[0]
        if block.kind != "point":
            continue
        found = doc.block_sentences(block)
        if len(found) > most:
            parts = math.ceil(len(found) / most)
            yield doc.finding(
                RULE.id,
                RULE.severity,
                block,
                found[0].start,
                found[0].start,
                f"This point has {len(found)} sentences. Easy read: {most} or fewer. "
                f"Split it into {parts} points.",
            )


RULE = Rule(
    id="ER003",
    title="Short points",
    severity="warning",
    sources="ERS (4-5), plain-language lint profiles (3 sentences)",
    fix="Split a long point into points of 3 sentences or fewer, each with its picture.",
    check=check,
)
