"""A form on paper: big boxes to tick, space to write or draw, through the print stage."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from conftest import MakeProject
from scratch import page

from easyread.documents import load_project
from easyread.render.pdf import print_sizes
from easyread.render.print.pages import Printer
from easyread.render.print.weasy import PrintJob, write_pdf
from easyread.render.templates import environment

from .coprod_projects import ANSWERS, FORM, RESULTS

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")

RESULTS_FILES = {
    "content/form.yml": FORM,
    "content/results.yml": RESULTS,
    "content/answers.csv": ANSWERS,
}


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
        "Write your answer.",
        "You can write or draw here.",
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
    project = load_project(make_project(RESULTS_FILES))
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


def _pages(pdf: Path) -> list[str]:
    """Each page's text, its words joined by single spaces."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return [" ".join(page.split()) for page in text.stdout.split("\f")]


def test_a_question_and_its_answers_are_printed_on_one_page(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """LY009: no question at the foot of a page with its answers over the page."""
    # an introduction of 2 points puts the first question at the foot of page 1
    intro = 'intro: ["[chat] Please tell us what you think.", "[lock] Your name is private."]'
    form_yml = re.sub(r"^intro: .*$", intro, FORM, flags=re.M)
    project = load_project(make_project({"content/form.yml": form_yml}))
    form = project.document("form")
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(form, print_sizes(project.config.print)[0])
    target = tmp_path / "form.pdf"
    assert (
        write_pdf(PrintJob("form", form.path, html, project.root.as_uri() + "/", target)).errors
        == ()
    )
    pages = _pages(target)
    for question, answers in (
        ("Are our meetings useful?", ("Yes", "Not sure", "No")),
        ("Who helped you fill in this form?", ("Nobody.", "A support worker.")),
        ("What can we do better?", ("Write your answer.", "You can write or draw here.")),
    ):
        page = next(p for p in pages if question in p)
        after = page[page.index(question) :]
        assert all(answer in after for answer in answers), (question, page)


def test_the_pack_prints_forms_results_and_changes_as_their_own_pdfs_do(
    make_project: MakeProject, tmp_path: Path
) -> None:
    project = load_project(make_project({**RESULTS_FILES, "content/changes.yml": CHANGES}))
    printer = Printer.for_project(environment(project), project, project.config.print)
    size = print_sizes(project.config.print)[0]
    pack = printer.pack_html(size)
    assert pack.count('<span class="tick"></span>') == 3 + 5 + 4 + 2
    assert pack.count('<div class="draw">') == 1
    assert pack.count('<div class="chart" aria-hidden="true">') == 3
    assert "<h4>You said</h4>" in pack and "<h4>We did</h4>" in pack  # under the h3 heading
    target = tmp_path / "pack.pdf"
    job = PrintJob("pack", "pack", pack, project.root.as_uri() + "/", target)
    assert write_pdf(job).errors == ()
    words = " ".join(_pages(target))
    assert "What can we do better? Write your answer. You can write or draw here." in words
    assert "Breaks You said You said the meetings need a break. We did" in words
    alone = [printer.document_html(project.document(d), size) for d in ("form", "results")]
    for needle in ('<span class="tick"></span>', '<div class="chart"', '<div class="draw">'):
        assert sum(html.count(needle) for html in alone) == pack.count(needle)


@pytest.mark.parametrize(("size", "h1", "h2"), [("16", 28, 22.4), ("24", 36, 30), ("40", 48, 44)])
def test_headings_grow_less_than_the_text_at_the_biggest_sizes(
    make_project: MakeProject, size: str, h1: float, h2: float
) -> None:
    """At 40 point a heading 1.75 times the text ran one word a line and split words."""
    from easyread.print_settings import parse_size

    project = load_project(make_project({"content/changes.yml": CHANGES}))
    printer = Printer.for_project(environment(project), project, project.config.print)
    printed = parse_size(size)
    assert printed is not None
    html = printer.document_html(project.document("changes"), printed)
    sizes = dict(re.findall(r"^(h[12]) \{ font-size: ([\d.]+)pt;", html, re.M))
    assert (float(sizes["h1"]), float(sizes["h2"])) == pytest.approx((h1, h2))
    assert min(float(v) for v in sizes.values()) >= float(size)


def test_on_paper_links_say_where_they_go_and_web_links_give_their_address(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """A web address with '--' in it is no place in the pack (it once stopped the pack), and
    is printed after the link's words, which cannot be clicked on paper; a
    link to the hard words gives their page in the pack, and no note in a document's own PDF,
    which has them at its end; the review copy has the notes the document's PDF has."""
    from easyread.coproduction.review import review_html

    body = (
        "[hello] See [our news](https://example.org/news--2026) and [the words](glossary.yml).\n\n"
        "[book] Read [the changes](changes.yml).\n"
    )
    glossary = "type: glossary\ntitle: Hard words\nwords:\n  agenda: {means: A list.}\n"
    files = {"content/a.md": page(body=body), "content/glossary.yml": glossary}
    project = load_project(make_project({**files, "content/changes.yml": CHANGES}))
    printer = Printer.for_project(environment(project), project, project.config.print)
    size = print_sizes(project.config.print)[0]
    target = tmp_path / "pack.pdf"
    job = PrintJob("pack", "pack", printer.pack_html(size), project.root.as_uri() + "/", target)
    assert write_pdf(job).errors == ()
    words = " ".join(_pages(target))
    assert re.search(r"See our news \(example.org/news--2026\) and the words \(page \d+\)", words)
    alone = printer.document_html(project.document("a"), size)
    # a uses no hard word, so its PDF has none at its end: the link says where they are
    assert "the words</span> (“Hard words”)." in alone
    with_words = page(body=body.replace("[book] Read", "[book] Read the {agenda} and"))
    (project.root / "content" / "a.md").write_text(with_words)
    project = load_project(project.root)
    printer = Printer.for_project(environment(project), project, project.config.print)
    alone = printer.document_html(project.document("a"), size)
    assert '<a href="#hard_words">the words</a>.' in alone  # at the end of this PDF
    assert "the changes</span> (“You said, we did”)" in alone
    review = review_html(project, project.document("a"))
    assert "the changes</span> (“You said, we did”)" in review
    assert "agenda</span> (“" not in review  # a hard word is no link to follow elsewhere


def test_the_pack_says_who_checked_each_part_in_the_order_they_did(
    make_project: MakeProject,
) -> None:
    """The hard words are printed in the pack: who checked them is said too (ER015)."""
    later = "checked_by: [{name: Group B, date: 2026-11-20}]\n"
    earlier = "checked_by: [{name: Group A, date: 2026-10-01}]\n"
    glossary = (
        "type: glossary\ntitle: Hard words\nchecked_by: [{name: Group C, date: 2026-11-01}]\n"
        "words:\n  agenda: {means: A list.}\n"
    )
    files = {
        "content/a.md": page("First", "[hello] Hi.\n", later),
        "content/b.md": page("Second", "[hello] Hi.\n", earlier),
        "content/glossary.yml": glossary,
    }
    project = load_project(make_project(files))
    printer = Printer.for_project(environment(project), project, project.config.print)
    pack = printer.pack_html(print_sizes(project.config.print)[0])
    said = re.findall(r"<p>(Group \w) checked these on ([^:]+):</p>", pack)
    assert said == [
        ("Group A", "Thursday 1 October 2026"),
        ("Group C", "Sunday 1 November 2026"),
        ("Group B", "Friday 20 November 2026"),
    ]


def test_a_link_to_the_start_of_a_document_works_on_paper(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The first part of a document has no heading but has an id ('start'): a link to it
    made the whole PDF fail ("No anchor #start")."""
    body = "[hello] Go back to [the start](#start) or [the other](b.md#start).\n"
    files = {
        "content/a.md": page(body=body),
        "content/b.md": page(title="Other", body="[bus] We walk.\n"),
    }
    project = load_project(make_project(files))
    printer = Printer.for_project(environment(project), project, project.config.print)
    size = print_sizes(project.config.print)[0]
    a = project.document("a")
    for name, html, places in (
        ("a", printer.document_html(project.document("a"), size), printer.document_links(a)),
        ("pack", printer.pack_html(size), printer.pack_links()),
    ):
        target = tmp_path / f"{name}.pdf"
        job = PrintJob(
            name, name, html, project.root.as_uri() + "/", target, link_names=tuple(places.items())
        )
        assert write_pdf(job).errors == (), name
        with pikepdf.open(target) as pdf:
            said = {str(x.Contents) for p in pdf.pages for x in p.get("/Annots", [])}
        assert "Go to: A page" in said, said  # the first part is named by the document


def test_a_section_named_like_a_back_page_is_another_place(make_project: MakeProject) -> None:
    """A section headed "Hard words", "About" or "Other formats" has its own id: the
    document's back pages have ids no heading makes, so links go where they should."""
    body = (
        "[hello] See [the words](glossary.yml).\n\n# Hard words\n\n[book] Read the {agenda}.\n\n"
        "# About\n\n[hello] Hi.\n\n# Other formats\n\n[hello] Hi.\n"
    )
    glossary = "type: glossary\ntitle: Hard words\nwords:\n  agenda: {means: A list.}\n"
    files = {"content/a.md": page(body=body), "content/glossary.yml": glossary}
    project = load_project(make_project(files))
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(project.document("a"), print_sizes(project.config.print)[0])
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert '<a href="#hard_words">the words</a>' in html  # the hard words at the end


def test_on_paper_a_link_saying_most_of_a_title_is_not_followed_by_it(
    make_project: MakeProject,
) -> None:
    """Printed "Who is doing what" read "From our meeting on Thursday 8 October 2026 (“What
    happened at our meeting on Thursday 8 October 2026”)" on every row."""
    files = {
        "content/a.md": page(body="[book] From [our meeting on 8 October](b.md).\n"),
        "content/b.md": page(title="What happened at our meeting on 8 October"),
    }
    project = load_project(make_project(files))
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(project.document("a"), print_sizes(project.config.print)[0])
    assert "our meeting on 8 October</span>.</p>" in html
