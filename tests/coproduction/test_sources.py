"""The loader's cache knows the other files a results page is made from."""

from __future__ import annotations

from pathlib import Path

from easyread.coproduction.sources import also_reads


def test_a_results_page_reads_its_form_and_answers_however_they_are_written(tmp_path: Path) -> None:
    page = tmp_path / "told-us.yml"
    page.write_text('{type: results, title: T, form: "my form.yml", answers: answers.csv}\n')
    assert also_reads(page) == (tmp_path / "my form.yml", tmp_path / "answers.csv")
    page.write_text("title: T\ntype: results\nform: >-\n  form.yml\nanswers: a.csv  # typed in\n")
    assert also_reads(page) == (tmp_path / "form.yml", tmp_path / "a.csv")


def test_other_documents_read_nothing_else(tmp_path: Path) -> None:
    page = tmp_path / "minutes.yml"
    page.write_text("type: minutes\ntitle: The results of the vote\ndate: 2026-11-01\n")
    assert also_reads(page) == ()
    (tmp_path / "bad.yml").write_text("type: results\nform: [unclosed\n")
    assert also_reads(tmp_path / "bad.yml") == ()
