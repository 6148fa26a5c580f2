"""A form on paper: big boxes to tick, space to write or draw, through the print stage."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from conftest import MakeProject

from easyread.documents import load_project
from easyread.render.pdf import print_sizes
from easyread.render.print.pages import Printer
from easyread.render.print.weasy import PrintJob, write_pdf
from easyread.render.templates import environment

from .coprod_projects import ANSWERS, FORM, RESULTS

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def test_a_printed_form_has_tick_boxes_and_room_to_write(
    make_project: MakeProject, tmp_path: Path
) -> None:
    project = load_project(make_project({"content/form.yml": FORM}))
    form = project.document("form")
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(form, print_sizes(project.config.print)[0])
    assert html.count('<span class="tick"></span>') == 3 + 5 + 4 + 2
    target = tmp_path / "form.pdf"
    result = write_pdf(PrintJob("form", form.path, html, project.root.as_uri() + "/", target))
    assert result.errors == ()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    for expected in (
        "Are our meetings useful?",
        "Yes",
        "Not sure",
        "Very good",
        "Very bad",
        "What can we do better?",
        "Write or draw your answer here.",
        "Who helped you fill in this form?",
        "Can we share what you wrote?",
        "Give the form to Sam.",
    ):
        assert expected in words
    with pikepdf.open(target) as pdf:
        assert "/StructTreeRoot" in pdf.Root


def test_a_printed_results_page_has_the_counts_in_words_and_a_chart(
    make_project: MakeProject, tmp_path: Path
) -> None:
    files = {
        "content/form.yml": FORM,
        "content/results.yml": RESULTS,
        "content/answers.csv": ANSWERS,
    }
    project = load_project(make_project(files))
    results = project.document("results")
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(results, print_sizes(project.config.print)[0])
    assert html.count('<div class="chart" aria-hidden="true">') == 3  # useful, easy, helped
    target = tmp_path / "results.pdf"
    result = write_pdf(PrintJob("results", results.path, html, project.root.as_uri() + "/", target))
    assert result.errors == ()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    assert "4 people said yes. 1 person said not sure. 1 person said no." in words
    assert "Not sure 1" in words


CHANGES = """\
type: you-said-we-did
title: You said, we did
items:
  - heading: Breaks
    said: "[drink] You said the meetings need a break."
    did: "[clock] We have a break for 15 minutes."
"""


def test_a_printed_you_said_we_did_says_which_is_which(
    make_project: MakeProject, tmp_path: Path
) -> None:
    project = load_project(make_project({"content/changes.yml": CHANGES}))
    changes = project.document("changes")
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(changes, print_sizes(project.config.print)[0])
    target = tmp_path / "changes.pdf"
    result = write_pdf(PrintJob("changes", changes.path, html, project.root.as_uri() + "/", target))
    assert result.errors == ()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    assert "Breaks You said You said the meetings need a break." in words
    assert "We did We have a break for 15 minutes." in words
