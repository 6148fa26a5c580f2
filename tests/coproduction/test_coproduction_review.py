"""``easyread review``: a printable review copy, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from conftest import MakeProject

from easyread.cli import main

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")

PAGE = """\
---
title: Our trip
checked_by: [{name: Our checkers, date: 2026-11-01}]
---

[bus] We will go to the sea by bus.

[lunch] We will have lunch at 1pm.
"""


def _structure(node: pikepdf.Object) -> list[pikepdf.Object]:
    """Every element of a PDF's structure tree under ``node``."""
    found = []
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found.append(kid)
            found += _structure(kid)
    return found


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_review_copy_has_boxes_for_every_point_and_a_record_page(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project({"content/trip.md": PAGE})
    result = CliRunner().invoke(main, ["review", "content/trip.md", "--project", str(root)])
    assert result.exit_code == 0, result.output
    pdf = root / "build" / "review" / "trip-review.pdf"
    assert f"Made the review copy of 'Our trip': {pdf}" in result.output
    text = _text(pdf)
    assert "Review copy: Our trip" in text
    assert "We will go to the sea by bus." in text and "We will have lunch at 1pm." in text
    assert text.count("I understand this") == 2
    assert text.count("I do not understand this") == 2
    assert text.count("What is hard to understand:") == 2
    assert text.count("You can write or draw here.") == 2
    # each answer has its picture, as on the form: checkers read pictures too (ER012)
    with pikepdf.open(pdf) as opened:
        alts = [
            str(node.get("/Alt"))
            for node in _structure(opened.Root.StructTreeRoot)
            if node.get("/S") == "/Figure"
        ]
    assert alts.count("A thumbs up") >= 2 and alts.count("A face thinking") == 2
    record = text[text.index("Who checked this") :]
    assert record.count("Name:") == 3 and record.count("Date:") == 3
    assert "under 'checked_by:' in content/trip.md" in " ".join(record.split())
    with pikepdf.open(pdf) as document:  # tagged PDF/UA-1, like every print (AX003)
        assert "/StructTreeRoot" in document.Root and document.Root.MarkInfo.Marked
        assert str(document.Root.Lang) == "en-GB"
        assert 'pdfuaid:part="1"' in document.Root.Metadata.read_bytes().decode() or (
            "<pdfuaid:part>1</pdfuaid:part>" in document.Root.Metadata.read_bytes().decode()
        )


def test_review_of_an_unknown_document_is_a_usage_error(make_project: MakeProject) -> None:
    root = make_project({"content/trip.md": PAGE})
    result = CliRunner().invoke(main, ["review", "nope.md", "--project", str(root)])
    assert result.exit_code == 2
    assert "There is no document 'nope.md'. Choose one of: content/trip.md." in result.output


@pytest.mark.parametrize(
    "out, why",
    [
        ("content/trip.md", "this is part of what the project is made from"),
        ("content/trip-review.pdf", "this is part of what the project is made from"),
        ("easyread.yml", "this is part of what the project is made from"),
        ("notes.txt", "this file is not a PDF, and writing the review copy would replace it"),
    ],
)
def test_a_review_copy_never_replaces_what_the_project_is_made_from(
    make_project: MakeProject, out: str, why: str
) -> None:
    """'--out content/trip.md' wrote the PDF over the document."""
    root = make_project({"content/trip.md": PAGE, "notes.txt": "Our notes."})
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    target = str(root / out)
    result = CliRunner().invoke(
        main, ["review", "trip.md", "--project", str(root), "--out", target]
    )
    assert result.exit_code == 2
    assert f"--out {target}: {why}." in result.output
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_a_mistake_in_another_document_says_why_no_copy_was_made(
    make_project: MakeProject,
) -> None:
    """It named only the other file, and never said that the review copy was not made."""
    broken = "---\ntitle: B\nsumary: x\n---\n\n[bus] Hi.\n"
    root = make_project({"content/trip.md": PAGE, "content/b.md": broken})
    result = CliRunner().invoke(main, ["review", "content/trip.md", "--project", str(root)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "content/b.md:3: sumary: this name is not known. Did you mean 'summary'?",
        "No review copy of content/trip.md was made: a review copy is made from the whole "
        "project, so fix the mistakes above first, then run this again.",
        "Nothing was changed in the output.",
    ]
    assert not (root / "build").exists()


def test_review_finds_the_project_of_the_document_from_outside_or_inside_it(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'easyread review group/content/trip.md' from the folder above said there was no
    easyread.yml here; so did 'easyread review trip.md' in content/."""
    root = make_project({"content/trip.md": PAGE})
    pdf = root / "build" / "review" / "trip-review.pdf"
    monkeypatch.chdir(root.parent)
    result = CliRunner().invoke(main, ["review", f"{root.name}/content/trip.md"])
    assert result.exit_code == 0, result.output
    assert pdf.is_file()
    pdf.unlink()
    monkeypatch.chdir(root / "content")
    result = CliRunner().invoke(main, ["review", "trip.md"])
    assert result.exit_code == 0, result.output
    assert pdf.is_file()
