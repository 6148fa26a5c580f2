"""ER001: short sentences (DH, GOVUK: 10-15 words; ERS: under 25)."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule


def check(doc: Analysis) -> Iterator[Finding]:
    most, too_many = doc.config.sentence_words, doc.config.sentence_words_error
    for sentence in doc.sentences:
        count = len(sentence.words)
        if count > most:
            yield doc.finding(
                RULE.id,
                "error" if count > too_many else "warning",
                sentence.block,
                sentence.sentence.start,
                sentence.sentence.end,
                f"This sentence has {count} words. Easy read: {most} or fewer. Split it.",
            )


RULE = Rule(
    id="ER001",
    title="Short sentences",
    severity="warning",
    sources="DH, GOVUK (10-15 words), ERS (under 25)",
    fix="Split long sentences: one idea, 15 words or fewer.",
    check=check,
    other_severity="error above 25 words",
)
