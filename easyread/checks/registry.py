"""Every rule the checker runs, in ID order."""

from __future__ import annotations

from .rule import Rule
from .rules import (
    abbreviations,
    checked_by,
    dates,
    document_length,
    emphasis,
    hard_words,
    idioms,
    numbers,
    one_idea,
    passive,
    pictures,
    point_length,
    sentence_length,
    synonyms,
)

RULES: tuple[Rule, ...] = tuple(
    module.RULE
    for module in (
        sentence_length,
        one_idea,
        point_length,
        document_length,
        hard_words,
        abbreviations,
        numbers,
        passive,
        idioms,
        synonyms,
        emphasis,
        pictures,
        dates,
        checked_by,
    )
)
BY_ID = {rule.id: rule for rule in RULES}
