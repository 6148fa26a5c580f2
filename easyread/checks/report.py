"""What a check found: per document, its findings, statistics and verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import Problem
from .findings import Finding
from .stats import Stats
from .verdict import Verdict


@dataclass(frozen=True)
class DocumentReport:
    """The result of checking one document."""

    path: str
    """The file as shown in messages."""
    findings: tuple[Finding, ...]
    """Sorted by place."""
    stats: Stats
    verdict: Verdict
    lines: tuple[str, ...] = ()
    """The file's lines, to show where each finding is."""

    @property
    def errors(self) -> int:
        return self.stats.errors

    @property
    def warnings(self) -> int:
        return self.stats.warnings

    def summary(self) -> str:
        """One line for staff, like the build prints for each document."""
        s = self.stats
        parts = [
            f"{_count(s.words, 'word')} in {_count(s.sentences, 'sentence')}",
            f"{s.mean_sentence:g} words a sentence (longest {s.longest_sentence})",
            f"{s.hard_words * 100:.1f}% hard words",
        ]
        if s.points_without_pictures is not None:
            parts.append(f"{s.points_without_pictures} of {s.points} points without a picture")
        parts.append(f"{_count(s.errors, 'error')}, {_count(s.warnings, 'warning')}")
        text = f"{self.path}: {self.verdict.label}. " + "; ".join(parts) + "."
        if self.verdict.reasons:
            text += " Needs work because " + "; ".join(self.verdict.reasons) + "."
        return text

    def as_dict(self) -> dict[str, Any]:
        """The document's part of ``--format json`` (keys kept stable)."""
        return {
            "path": self.path,
            "verdict": self.verdict.label,
            "reasons": list(self.verdict.reasons),
            "summary": self.summary(),
            "stats": self.stats.as_dict(),
            "findings": [
                {
                    "rule": f.rule,
                    "severity": f.severity,
                    "line": f.line,
                    "column": f.column,
                    "message": f.message,
                    "end_column": f.end_column or None,
                }
                for f in self.findings
            ],
        }


@dataclass(frozen=True)
class Report:
    """The result of checking some documents."""

    documents: tuple[DocumentReport, ...]
    problems: tuple[Problem, ...] = ()
    """Files that could not be read (not UTF-8): reported, and the check fails."""

    @property
    def errors(self) -> int:
        return sum(d.errors for d in self.documents)

    @property
    def warnings(self) -> int:
        return sum(d.warnings for d in self.documents)

    @property
    def failed(self) -> bool:
        """True when an error-level finding remains: ``easyread check`` exits 1."""
        return self.errors > 0 or bool(self.problems)

    def as_dict(self) -> dict[str, Any]:
        """``--format json``: ``{"documents": [...], "problems": [...]}``: the documents
        checked, and what stopped files from being checked (see :func:`problems_dict`)."""
        return {
            "documents": [d.as_dict() for d in self.documents],
            "problems": problems_dict(self.problems),
        }


def problems_dict(problems: tuple[Problem, ...]) -> list[dict[str, Any]]:
    """Problems that stopped files from being read or checked, for ``--format json``: a tool
    that reads the JSON learns of them too, not only a person who reads the messages."""
    return [
        {
            "path": p.path,
            "line": p.line,
            "column": p.column,
            "message": p.message,
            "hint": p.hint,
        }
        for p in problems
    ]


def _count(number: int, what: str) -> str:
    return f"{number} {what}" + ("" if number == 1 else "s")
