"""A finding: one place in a document where the writing breaks a rule, and what to change."""

from __future__ import annotations

from dataclasses import dataclass

from .settings import Severity


@dataclass(frozen=True, order=True)
class Finding:
    """One rule broken at one place. Sorted by place, then rule."""

    line: int
    """1-based line in the source file."""
    column: int
    """1-based column where the problem starts."""
    rule: str
    """The rule's ID, like ``ER001`` (GUIDELINES.md)."""
    severity: Severity
    """``error`` or ``warning``, after the configuration is applied."""
    message: str
    """What is wrong and what to change, in plain words."""
    end_column: int = 0
    """Where the marked text ends on the same line (exclusive), or 0 when it is one place."""

    def with_severity(self, severity: Severity) -> Finding:
        """The same finding with another severity."""
        return Finding(self.line, self.column, self.rule, severity, self.message, self.end_column)
