"""Forms: they load, render as accessible HTML forms, and bad definitions are clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CONFIG, MakeProject

from easyread.build import build
from easyread.coproduction.data import FormData
from easyread.documents import load_project
from easyread.errors import ContentError

from .coprod_projects import FORM


def _site(root: Path, tmp_path: Path) -> Path:
    return build(root, tmp_path / "out", ("html",)).out / "site"


def test_a_form_becomes_questions_with_choices(make_project: MakeProject) -> None:
    project = load_project(make_project({"content/form.yml": FORM}))
    form = project.document("form")
    assert form.type == "form" and isinstance(form.data, FormData)
    assert [(f.name, f.kind) for f in form.data.fields] == [
        ("useful", "choice"),
        ("easy", "choice"),
        ("better", "words"),
        ("helped", "choice"),
        ("share", "choice"),
    ]
    useful = next(s for s in form.sections if s.anchor == "question-useful")
    # how to answer is said under the question, in every format (audio and text said nothing)
    assert [p.text for p in useful.points] == [
        "Are our meetings useful?\nChoose 1 answer.",
        "Yes",
        "Not sure",
        "No",
    ]
    better = next(s for s in form.sections if s.anchor == "question-better")
    assert better.points[0].text == "What can we do better?\nWrite your answer."
    easy = next(s for s in form.sections if s.anchor == "question-easy")
    assert [p.text for p in easy.points[1:]] == ["Very good", "Good", "OK", "Bad", "Very bad"]
    assert all(p.picture is not None for s in form.sections for p in s.points)


def test_the_form_page_uses_fieldsets_legends_and_labels(
    make_project: MakeProject, tmp_path: Path
) -> None:
    html = (_site(make_project({"content/form.yml": FORM}), tmp_path) / "form.html").read_text()
    assert html.count("<fieldset") == 5 and html.count("<legend data-say=") == 5
    assert (
        len(re.findall(r'<input type="radio" name="useful" value="(yes|not-sure|no)">', html)) == 3
    )
    assert html.count('<label class="choice" data-say=') == 3 + 5 + 4 + 2
    assert '<label class="write-label" for="better-answer">Your answer</label>' in html
    assert '<textarea id="better-answer" name="better"' in html
    # No endpoint in easyread.yml: no button; the page says how to give it back.
    assert "<button" not in html and "method=" not in html
    assert "This website does not send the form for you." in html
    # said before the first question too, with a way to the end
    notice = html.index("You cannot send this form from the website.")
    assert notice < html.index("<fieldset") and 'href="#send-back"' in html[notice:]
    assert "Give the form to Sam." in html
    assert 'href="assets/coproduction.css"' in html


def test_on_paper_the_form_page_sends_people_to_the_forms_pdf(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The printed form (its PDF) keeps each question with its answers and has room to write:
    the page says to print that, where the build made it, rather than the web page."""
    root = make_project({"content/form.yml": FORM})
    site = build(root, tmp_path / "with-pdf", ("html", "pdf"), checks=False).out / "site"
    html = (site / "form.html").read_text()
    link = '<a href="../print/form.pdf">Print the form (PDF)</a>'
    notice = html[html.index("You cannot send this form") : html.index("<fieldset")]
    assert f"{link} and fill it in, or ask us for a paper copy." in notice
    assert f"This website does not send the form for you. {link}, or ask" in html
    assert "Print this page and" not in html and "Print this page, or" not in html
    assert (site.parent / "print" / "form.pdf").is_file()
    alone = (_site(root, tmp_path) / "form.html").read_text()  # no PDF: the page itself
    assert "Print this page and fill it in" in alone and "../print/" not in alone


def test_with_an_endpoint_the_form_is_sent_there(make_project: MakeProject, tmp_path: Path) -> None:
    config = CONFIG + "coproduction:\n  form_endpoint: https://forms.example.org/answers\n"
    root = make_project({"content/form.yml": FORM}, config=config)
    html = (_site(root, tmp_path) / "form.html").read_text()
    assert 'method="post" action="https://forms.example.org/answers"' in html
    assert '<button type="submit" class="send">Send my answers</button>' in html
    assert '<input type="hidden" name="form" value="form">' in html


def test_pages_without_forms_get_no_extra_stylesheet(
    make_project: MakeProject, tmp_path: Path
) -> None:
    site = _site(make_project({"content/a.md": "---\ntitle: A\n---\n\n[hello] Hi.\n"}), tmp_path)
    assert not (site / "assets" / "coproduction.css").exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("answers: yes-no", "answers: maybe"),
            "content/form.yml:8: question 1, answers: expected 'yes-no', 'faces' or 'words', got 'maybe'.",
        ),
        (
            ("id: easy", "id: useful"),
            "content/form.yml:9: question 2, id: two questions are called 'useful'.",
        ),
        (
            ("id: better", "id: Better Things"),
            "content/form.yml:12: question 3, id: 'Better Things' cannot be a question's name.",
        ),
        (
            ("id: better", "id: share"),
            "content/form.yml:12: question 3, id: 'share' is kept for the answers about sharing.",
        ),
        (
            ('    ask: "[idea] What can we do better?"\n', ""),
            "content/form.yml:12: question 3, ask: this is missing.",
        ),
        (
            ("  - id: useful", "  - idd: useful"),
            "content/form.yml:6: question 1, idd: this name is not known.",
        ),
    ],
)
def test_bad_forms_are_reported_with_file_and_line(
    make_project: MakeProject, change: tuple[str, str], expected: str
) -> None:
    root = make_project({"content/form.yml": FORM.replace(*change)})
    with pytest.raises(ContentError) as error:
        load_project(root)
    messages = [str(p) for p in error.value.problems]
    assert any(m.startswith(expected) for m in messages), messages


def test_hard_words_in_a_question_are_linked_and_explained(
    make_project: MakeProject, tmp_path: Path
) -> None:
    form = FORM.replace(
        '"[idea] What can we do better?"', '"[idea] Can the {chair: the person who leads} help?"'
    )
    html = (_site(make_project({"content/form.yml": form}), tmp_path) / "form.html").read_text()
    legend = html[html.index('id="question-better"') :]
    legend = legend[legend.index("<legend") : legend.index("</fieldset>")]
    assert (
        '<a class="hard-word" href="glossary.html#word-chair">chair</a> help?<br />\nWrite your answer.</span>'
        in legend
    )
    assert '</legend>\n    <p class="explain"><strong>Chair</strong> means:' in legend


NOT_AN_ADDRESS = (
    "this is not a web address. Write the address of the service that takes the answers, "
    "starting with https://."
)
WITH_A_PASSWORD = (
    "the address has a user name or password in it, which the website would show to "
    "everyone. Write the address without it."
)


@pytest.mark.parametrize(
    ("endpoint", "said"),
    [
        ("javascript:alert(1)", NOT_AN_ADDRESS),
        ("https://forms.example.org:abc/", NOT_AN_ADDRESS),
        (
            "http://forms.example.org/a",
            "expected a web address starting with https://, got 'http://forms.example.org/a'. "
            "Forms are sent there, and people's answers are private: without https anyone on "
            "the way could read them.",
        ),
        ("http://localhost:@evil.example/", WITH_A_PASSWORD),  # it goes to evil.example
        ("https://staff:secret@forms.example.org/", WITH_A_PASSWORD),  # not said again
    ],
)
def test_a_form_endpoint_must_be_a_private_web_address(
    make_project: MakeProject, tmp_path: Path, endpoint: str, said: str
) -> None:
    """People's answers were sent to an http:// address without a word: anyone on the way
    could read them."""
    from easyread.errors import ConfigError

    config = CONFIG + f"coproduction:\n  form_endpoint: {endpoint}\n"
    root = make_project({"content/form.yml": FORM}, config=config)
    with pytest.raises(ConfigError) as error:
        _site(root, tmp_path)
    assert str(error.value) == f"easyread.yml: coproduction.form_endpoint: {said}"


def test_a_form_may_be_sent_to_this_computer_to_try_it(
    make_project: MakeProject, tmp_path: Path
) -> None:
    config = CONFIG + "coproduction:\n  form_endpoint: http://localhost:8080/answers\n"
    root = make_project({"content/form.yml": FORM}, config=config)
    assert (
        'action="http://localhost:8080/answers"'
        in (_site(root, tmp_path) / "form.html").read_text()
    )


def test_the_read_along_finds_each_question_and_answer_as_it_is_spoken(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The form's questions are fieldsets, not points: each says which cue of the audio it is
    (data-say), so the read-along lights up the question and each answer as they are read."""
    from easyread.documents import load_project
    from easyread.speech.script import write_script

    root = make_project({"content/form.yml": FORM})
    html = (_site(root, tmp_path) / "form.html").read_text()
    project = load_project(root)
    script = write_script(project.document("form"), project.glossary, project.config.audio)
    cues = [c.key for part in script.parts for c in part.cues if "." in c.key]
    marked = re.findall(r'data-say="(\d+\.\d+)"', html)
    questions = [k for k in cues if k.split(".")[0] in {m.split(".")[0] for m in marked}]
    assert marked == questions  # every cue of every question, in the order they are said
    assert "1.0" in marked and "1.1" in marked
