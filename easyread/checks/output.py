"""How a report is shown: linter-style text with the place marked, or JSON for tools."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from .findings import Finding
from .report import DocumentReport, Report


def format_text(report: Report, *, statistics: bool = False) -> str:
    """Each finding as ``path:line:column: RULE message`` and its line with a caret.

    With ``statistics``, each document's summary follows its findings, and the findings are
    counted by rule at the end.
    """
    out: list[str] = []
    for document in report.documents:
        for finding in document.findings:
            out.append(
                f"{document.path}:{finding.line}:{finding.column}: {finding.rule} {finding.message}"
            )
            out.extend(_excerpt(document, finding))
        if statistics:
            out.append(document.summary())
    if statistics:
        out.extend(_by_rule(report))
    out.append(totals(report.documents))
    checked = {document.path for document in report.documents}
    unread = sorted({problem.path for problem in report.problems} - checked)
    if unread:  # their mistakes are said first (on standard error)
        files = unread[0] if len(unread) == 1 else f"{len(unread)} files"
        out.append(
            f"Not checked: {files}, which cannot be read. Put right the mistakes said above."
        )
    return "\n".join(out)


def format_json(report: Report) -> str:
    """One JSON object: ``{"documents": [...]}``."""
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False)


def format_rules() -> str:
    """Each rule: its ID, default severity, what it asks, where it comes from, how to fix it."""
    from .registry import RULES

    lines = []
    for rule in RULES:
        severity = rule.severity + (f" ({rule.other_severity})" if rule.other_severity else "")
        lines.append(f"{rule.id} {rule.title}: {severity}. {rule.fix} Sources: {rule.sources}.")
    return "\n".join(lines)


EXCERPT = 160
"""Characters of a long line shown under a finding: the part around it, not a whole
paragraph pasted as one line (or a file of one line)."""


def _excerpt(document: DocumentReport, finding: Finding) -> list[str]:
    if not 0 < finding.line <= len(document.lines):
        return []
    line = document.lines[finding.line - 1].replace("\t", " ")
    gutter = f"{finding.line:>4} | "
    column = finding.column
    width = max(1, finding.end_column - finding.column) if finding.end_column else 1
    end = len(line)  # where the marked text can end
    if len(line) > EXCERPT:
        start = max(0, min(column - 1 - EXCERPT // 4, len(line) - EXCERPT))
        before = "..." if start else ""
        after = "..." if start + EXCERPT < len(line) else ""
        line = before + line[start : start + EXCERPT] + after
        column += len(before) - start
        end = len(line) - len(after)
    width = min(width, max(1, end - column + 1))
    mark = " " * (column - 1) + "^" * width + f" {finding.severity}"
    return [gutter + line, " " * (len(gutter) - 2) + "| " + mark]


def _by_rule(report: Report) -> list[str]:
    from .registry import BY_ID

    counts = Counter(f.rule for d in report.documents for f in d.findings)
    return [f"{counts[rule]:5} {rule} {BY_ID[rule].title}" for rule in sorted(counts)]


def totals(documents: Sequence[DocumentReport]) -> str:
    """``12 documents checked: 11 ready, 1 needs work; 2 errors, 3 warnings.``"""
    ready = sum(d.verdict.label == "ready" for d in documents)
    count = len(documents)
    errors, warnings = sum(d.errors for d in documents), sum(d.warnings for d in documents)
    return (
        f"{_count(count, 'document')} checked: {ready} ready, {count - ready} "
        f"{'needs' if count - ready == 1 else 'need'} work; "
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')}."
    )


def _count(number: int, what: str) -> str:
    return f"{number} {what}" + ("" if number == 1 else "s")
