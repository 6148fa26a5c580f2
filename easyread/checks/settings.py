"""The ``checks:`` section of ``easyread.yml``: severities, thresholds and word lists.

This module only depends on :mod:`easyread.schema`, because ``config.py`` imports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..schema import doc

Severity = Literal["error", "warning"]
"""How much a finding matters: errors fail ``easyread check`` and ``easyread build --strict``."""

Setting = Literal["error", "warning", "off"]
"""What the configuration may say about a rule: its severity, or ``off``."""

Written = Literal["error", "warning", "off", False]
"""A setting as YAML reads it: ``off`` without quotes is ``false`` in YAML."""

RULE_IDS = (
    "ER001",
    "ER002",
    "ER003",
    "ER004",
    "ER005",
    "ER006",
    "ER007",
    "ER008",
    "ER009",
    "ER010",
    "ER011",
    "ER012",
    "ER014",
    "ER015",
)
"""The rules the checker runs (ER013, adult tone, is a review item for people)."""


@dataclass(frozen=True)
class ChecksConfig:
    """How ``easyread check`` judges the writing (GUIDELINES ER001-ER015)."""

    rules: dict[str, Written] = field(
        default_factory=dict,
        metadata=doc("A severity per rule, like 'ER007: off' or 'ER008: error'"),
    )
    allowed_words: tuple[str, ...] = field(
        default=(),
        metadata=doc("Words your readers know, so they are never called hard (ER005, ER006)"),
    )
    synonyms: tuple[tuple[str, ...], ...] = field(
        default=(),
        metadata=doc("Groups of words for the same thing: use only one of each group (ER010)"),
    )
    sentence_words: int = field(
        default=15,
        metadata=doc(
            "A warning for sentences with more words than this (ER001)",
            minimum=5,
            maximum=40,
            describe="a number of words from 5 to 40",
        ),
    )
    sentence_words_error: int = field(
        default=25,
        metadata=doc(
            "An error for sentences with more words than this (ER001)",
            minimum=5,
            maximum=60,
            describe="a number of words from 5 to 60",
        ),
    )
    point_sentences: int = field(
        default=3,
        metadata=doc(
            "The most sentences in one point (ER003)",
            minimum=1,
            maximum=10,
            describe="a number of sentences from 1 to 10",
        ),
    )
    document_words: int = field(
        default=1000,
        metadata=doc(
            "The most words in one document (ER004)",
            minimum=100,
            maximum=20000,
            describe="a number of words from 100 to 20000",
        ),
    )
    hard_word_zipf: float = field(
        default=3.5,
        metadata=doc(
            "How common a word must be not to be hard, on the Zipf scale of the wordfreq "
            "package (1 = very rare, 7 = 'the'); long words need a little more (ER005)",
            minimum=1.0,
            maximum=6.0,
            describe="a number from 1 to 6",
        ),
    )
    rare_word_zipf: float = field(
        default=2.5,
        metadata=doc(
            "Hard words rarer than this are errors, not warnings (ER005)",
            minimum=0.0,
            maximum=6.0,
            describe="a number from 0 to 6",
        ),
    )
    numbers: Literal["digits", "words-to-ten"] = field(
        default="digits",
        metadata=doc(
            "'digits' (easy read: 3, not three) or 'words-to-ten' (clear print: words for "
            "one to ten are fine) (ER007)"
        ),
    )

    def settings(self) -> dict[str, Setting]:
        """The severity set for each rule named in ``rules`` (``off`` when YAML read false)."""
        return {rule.upper(): value or "off" for rule, value in self.rules.items()}

    def unknown_rules(self) -> list[str]:
        """Rule IDs in ``rules`` that the checker does not know."""
        return [rule for rule in self.rules if rule.upper() not in RULE_IDS]
