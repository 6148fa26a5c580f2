"""What every rule declares: its ID, default severity, source and fix, and its check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .settings import Severity

if TYPE_CHECKING:
    from .analysis import Analysis
    from .findings import Finding


@dataclass(frozen=True)
class Rule:
    """A rule of GUIDELINES.md that the checker can find in the text."""

    id: str
    """Like ``ER001``."""
    title: str
    """What the rule asks for, in a few words."""
    severity: Severity
    """The severity of its findings unless the configuration says otherwise (a rule may make
    some findings errors and others warnings, like ER001 for very long sentences)."""
    sources: str
    """Where the rule comes from (GUIDELINES.md short names)."""
    fix: str
    """How to put a finding right, in general."""
    check: Callable[[Analysis], Iterable[Finding]]
    """Finds the places in a document that break the rule."""
    other_severity: str = ""
    """When some findings have the other severity, which ones (like "error above 25 words")."""
    english: bool = False
    """Whether it looks for English words and patterns (hard words by their English use,
    "e.g.", "three", "is given", idioms): not run on a document in another language, where
    it would find everything or nothing."""
