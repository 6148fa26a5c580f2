"""Run the rules over a source, then apply severities: config, front matter, comments, --strict."""

from __future__ import annotations

from ..languages import is_english
from .analysis import Analysis
from .findings import Finding
from .registry import RULES
from .report import DocumentReport
from .settings import ChecksConfig
from .stats import measure
from .text import Source
from .verdict import decide


def check_source(source: Source, config: ChecksConfig, *, strict: bool = False) -> DocumentReport:
    """Check one document."""
    doc = Analysis(source, config, source.glossary | _explained_here(source))
    settings = {**config.settings(), **source.settings}
    findings: list[Finding] = []
    english = is_english(source.language)
    for rule in RULES:
        setting = settings.get(rule.id)
        if setting == "off" or (rule.english and not english):
            continue
        for finding in rule.check(doc):
            if _disabled(source, finding):
                continue
            if setting is not None:
                finding = finding.with_severity(setting)
            if strict and finding.severity == "warning":
                finding = finding.with_severity("error")
            findings.append(finding)
    findings.sort()
    stats = measure(doc, findings, sum(f.rule == "ER005" for f in findings))
    verdict = decide(stats, config, english=english)
    return DocumentReport(source.path, tuple(findings), stats, verdict, source.lines)


def _disabled(source: Source, finding: Finding) -> bool:
    rules = source.disabled.get(finding.line, frozenset())
    return finding.rule in rules or "ALL" in rules


def _explained_here(source: Source) -> frozenset[str]:
    """Words the document marks as hard (``{word}``, ``{word: meaning}``): explained in it."""
    return frozenset(
        block.text[mark.start : mark.end].lower()
        for block in source.blocks
        for mark in block.marked
        if mark.kind in ("hard-word", "explained-word")
    )
