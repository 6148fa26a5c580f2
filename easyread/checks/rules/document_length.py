"""ER004: short documents (ERS: under 1,000 words; DH: 20 pages; GOVUK: 24 pages)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule


def check(doc: Analysis) -> Iterator[Finding]:
    most, count = doc.config.document_words, doc.word_count
    if count > most:
        parts = math.ceil(count / most)
        yield doc.at_start(
            RULE.id,
            RULE.severity,
            f"This document has {count:,} words. Easy read: {most:,} or fewer. "
            f"Split it into {parts} documents.",
        )


RULE = Rule(
    id="ER004",
    title="Short documents",
    severity="warning",
    sources="ERS (under 1,000 words), DH (20 pages), GOVUK (24 pages)",
    fix="Split a long document into shorter ones, each about one thing.",
    check=check,
)
