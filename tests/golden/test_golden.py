"""The golden build: the whole site of a small real project, compared with the kept copy."""

from __future__ import annotations

from pathlib import Path

from regenerate import HERE, make_site, snapshot


def test_site_matches_the_golden_copy(tmp_path: Path) -> None:
    expected_dir = HERE / "expected"
    expected = {
        p.relative_to(expected_dir).as_posix().removesuffix(".copied"): p.read_text()
        for p in sorted(expected_dir.rglob("*"))
        if p.is_file()
    }
    actual = snapshot(make_site(tmp_path))
    assert sorted(actual) == sorted(expected), "files differ: run 'make golden' and review the diff"
    for name in expected:
        assert actual[name] == expected[name], (
            f"{name} differs: run 'make golden' and review the diff"
        )
