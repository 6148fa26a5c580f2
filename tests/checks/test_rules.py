"""Each rule against its fixture file: inputs that must and must not trigger it."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.checks import check_files

from .fixtures import Case, all_cases

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_fixture(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(case.source, "utf-8")
    report = check_files([(path, "doc.md")])
    found = tuple(
        f"{f.line}:{f.column}: {f.rule} {f.severity} {f.message}"
        for f in report.documents[0].findings
        if f.rule == case.rule
    )
    assert found == case.expected


def test_every_rule_has_a_fixture_file() -> None:
    from easyread.checks.settings import RULE_IDS

    assert sorted({c.rule for c in CASES}) == list(RULE_IDS)
