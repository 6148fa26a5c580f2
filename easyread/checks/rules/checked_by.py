"""ER015: the people with lived experience who checked the document, and when (IE)."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule


def check(doc: Analysis) -> Iterator[Finding]:
    names = doc.source.checked_by
    if names is None:
        return
    line = doc.source.checked_line
    if not names:
        # a YAML document has no front matter: its fields are the file's own lines
        where = (
            "at the top of this file, like 'checked_by: [{name: Our checking group, date: "
            "2026-11-20}]'"
            if doc.source.path.lower().endswith((".yml", ".yaml"))
            else "to the front matter"
        )
        yield Finding(
            line,
            1,
            RULE.id,
            RULE.severity,
            f"Nobody is named as having checked this document. Add 'checked_by:' {where}: "
            "the people with lived experience who checked it, and the date.",
        )
    for name, dated in zip(names, doc.source.checked_dates, strict=False):
        if not dated:
            yield Finding(
                line,
                1,
                RULE.id,
                "warning",
                f"Say when \"{name}\" checked this document: add 'date:' under their name.",
            )


RULE = Rule(
    id="ER015",
    title="Checked by readers",
    severity="error",
    sources="IE (logo conditions)",
    fix="Ask people with lived experience to check the document; name them and the date.",
    check=check,
    other_severity="warning when no date is given",
)
