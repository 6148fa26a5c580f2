"""Answers CSV -> "What you told us": exact counts, charts that say the same, no names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MakeProject

from easyread.build import build
from easyread.coproduction.data import ResultsData
from easyread.coproduction.results import Answers, chart_text, read_answers
from easyread.coproduction.scales import FACES, YES_NO
from easyread.coproduction.schemas import Form, Question
from easyread.documents import load_project
from easyread.errors import ContentError, Problems

from .coprod_projects import ANSWERS, FORM, RESULTS

FILES = {"content/form.yml": FORM, "content/results.yml": RESULTS, "content/answers.csv": ANSWERS}


def _form() -> Form:
    return Form(
        title="Form",
        questions=(
            Question("useful", "[yes] Useful?", "yes-no"),
            Question("easy", "[book] Easy?", "faces"),
            Question("better", "[idea] Better?", "words"),
        ),
    )


def _read(text: str) -> Answers:
    """The answers in ``text``, a CSV with no mistakes in it."""
    problems = Problems()
    answers = read_answers(text, "content/answers.csv", _form(), problems)
    assert answers is not None and not problems
    return answers


def test_answers_are_counted_exactly() -> None:
    problems = Problems()
    answers = read_answers(ANSWERS, "content/answers.csv", _form(), problems)
    assert answers is not None and not problems
    assert answers.people == 6
    assert answers.counts["useful"] == {"yes": 4, "not-sure": 1, "no": 1}
    assert answers.counts["easy"] == {"5": 1, "4": 2, "3": 1, "1": 1}
    assert answers.counts["helped"] == {"nobody": 1, "supporter": 1, "family": 1}
    assert answers.written == {"better": 4}
    # Shared: 3 said yes; 1 of those named a person (a value of the 'name' column): left out.
    assert answers.words == {"better": ["More breaks please.", "Shorter meetings."]}
    assert answers.withheld == 1
    assert answers.unshared == {"better": 1}  # 4 written: 2 shared, 1 with a name, 1 not shared


def test_chart_text_says_every_count() -> None:
    assert chart_text(YES_NO, {"yes": 8, "not-sure": 2}) == (
        "8 people said yes.\n2 people said not sure.\nNobody said no."
    )
    assert chart_text(FACES, {"5": 1}).split("\n") == [
        "1 person said very good.",
        "Nobody said good.",
        "Nobody said OK.",
        "Nobody said bad.",
        "Nobody said very bad.",
    ]


def test_results_page_words_and_charts_match_the_counts(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project(FILES)
    results = load_project(root).document("results")
    assert isinstance(results.data, ResultsData) and results.data.people == 6
    texts = [p.text for p in results.points]
    assert "6 people gave us their answers." in texts
    assert "4 people said yes.\n1 person said not sure.\n1 person said no." in texts
    chart = results.data.chart("question-useful")
    assert chart is not None
    # a bar is the share of the people who answered: 4 of 6 is not a full bar
    assert [(b.label, b.count, b.percent) for b in chart.bars] == [
        ("Yes", 4, 67),
        ("Not sure", 1, 17),
        ("No", 1, 17),
    ]
    # every written answer is accounted for: 2 shown, 1 not to be shared, 1 with a name
    assert "4 people wrote an answer." in texts
    assert "1 person did not say we could share what they wrote." in texts
    assert "We left out 1 answer.\nThey had a name in them." in texts
    site = build(root, tmp_path / "out", ("html",)).out / "site"
    html = (site / "results.html").read_text()
    section = html[html.index('id="question-useful"') : html.index('id="question-easy"')]
    said = re.findall(r"(\d+|Nobody) (?:people|person) said ([a-z ]+)\.", section)
    bars = re.findall(
        r'<span class="bar-label">([^<]+)</span>.*?<span class="bar-count">(\d+)</span>',
        section,
        re.S,
    )
    assert said == [("4", "yes"), ("1", "not sure"), ("1", "no")]
    assert [(label.lower(), count) for label, count in bars] == [(s, n) for n, s in said]
    assert '<div class="chart" aria-hidden="true">' in section


def test_names_in_the_answers_never_reach_the_site(
    make_project: MakeProject, tmp_path: Path
) -> None:
    site = build(make_project(FILES), tmp_path / "out", ("html",)).out / "site"
    everything = "\n".join(p.read_text() for p in site.rglob("*") if p.suffix in (".html", ".css"))
    for secret in ("Jane", "Doe", "Omar", "Khan", "Keep it private"):
        assert secret not in everything
    assert "More breaks please." in everything  # shared, with no name in it
    assert "We left out 1 answer." in everything


@pytest.mark.parametrize(
    ("csv", "expected"),
    [
        (
            "useful,easy,better\nyes,5,\nmaybe,4,\n",
            "content/answers.csv:3: useful: the answer in this row is not one of the answers to choose.",
        ),
        (  # the answers to choose, as the README writes them ("not sure", not "not-sure")
            "useful,easy,better\nyes,5,\nmaybe,4,\n",
            "content/answers.csv:3: useful: the answer in this row is not one of the answers to "
            "choose. Write 'yes', 'not sure' or 'no', or leave it empty.",
        ),
        (
            "useful,easy,better\nyes,6,\n",
            "content/answers.csv:2: easy: the answer in this row is not one of the answers to choose.",
        ),
        (
            "useful,better\nyes,\n",
            "content/answers.csv:1: the answers have no column for 'easy'.",
        ),
        (  # what is in the cell is not quoted: it may be anything, a name too
            "useful,easy,better,helped\nyes,5,,Tom's daughter Freya Baxter\n",
            "content/answers.csv:2: helped: the answer in this row is not one of the answers",
        ),
    ],
)
def test_bad_answers_are_reported_with_file_and_line(
    make_project: MakeProject, csv: str, expected: str
) -> None:
    root = make_project({**FILES, "content/answers.csv": csv})
    with pytest.raises(ContentError) as error:
        load_project(root)
    messages = [str(p) for p in error.value.problems]
    assert any(m.startswith(expected) for m in messages), messages
    assert not any(name in str(messages) for name in ("maybe", "Freya", "Tom"))


def test_a_quote_left_open_in_the_answers_is_reported_not_a_crash(
    make_project: MakeProject,
) -> None:
    # the open quote makes the rest of the file one answer, longer than Python's CSV allows
    csv = ANSWERS + 'yes,5,"More tea' + "\nyes,4,Fine.,nobody,yes" * 8000 + "\n"
    root = make_project({**FILES, "content/answers.csv": csv})
    with pytest.raises(ContentError) as error:
        load_project(root)
    messages = [str(p) for p in error.value.problems]
    assert any(
        re.match(r"content/answers\.csv:\d+: An answer here is too long to read .* closing", m)
        for m in messages
    ), messages


def test_a_missing_form_or_answers_file_is_reported(make_project: MakeProject) -> None:
    results = RESULTS.replace("form.yml", "nope.yml").replace("answers.csv", "gone.csv")
    root = make_project({"content/results.yml": results})
    with pytest.raises(ContentError) as error:
        load_project(root)
    messages = [str(p) for p in error.value.problems]
    assert messages[0].startswith("content/results.yml:4: form: there is no file 'nope.yml'.")


def test_answers_or_a_form_outside_the_project_are_refused(
    make_project: MakeProject, tmp_path: Path
) -> None:
    (tmp_path / "answers.csv").write_text(ANSWERS, encoding="utf-8")
    (tmp_path / "form.yml").write_text(FORM, encoding="utf-8")
    results = RESULTS.replace("answers.csv", "../../answers.csv")
    root = make_project({"content/results.yml": results, "content/form.yml": FORM})
    with pytest.raises(ContentError) as error:
        load_project(root)
    assert [str(p) for p in error.value.problems] == [
        "content/results.yml:5: answers: the file '../../answers.csv' is outside the project "
        "folder. Put the answers CSV next to results.yml (a build reads nothing else)."
    ]
    (root / "content" / "results.yml").write_text(RESULTS.replace("form.yml", "../../form.yml"))
    with pytest.raises(ContentError) as error:
        load_project(root)
    assert str(error.value.problems[0]).startswith(
        "content/results.yml:4: form: the file '../../form.yml' is outside the project folder."
    )


def test_new_answers_make_the_page_again_in_an_incremental_build(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project(FILES)
    out = tmp_path / "out"
    build(root, out, ("html",))
    assert "4 people said yes." in (out / "site" / "results.html").read_text()
    (root / "content" / "answers.csv").write_text(ANSWERS + "yes,5,,,,\n", encoding="utf-8")
    build(root, out, ("html",))
    assert "5 people said yes." in (out / "site" / "results.html").read_text()


def test_answers_saved_with_semicolons_and_a_byte_order_mark_are_read() -> None:
    text = "\ufeffuseful;easy;better\nyes;5;\nno;4;\n"
    answers = _read(text)
    assert answers.counts["useful"] == {"yes": 1, "no": 1}


def test_a_shared_answer_naming_someone_by_first_name_is_left_out() -> None:
    text = (
        "useful,easy,better,share,name\n"
        "yes,5,Ask Omar about the bus.,yes,Omar Khan\n"
        "yes,5,Ask the bus company.,yes,Omar Khan\n"
        "yes,5,We will all come.,yes,Will Lee\n"
    )
    answers = _read(text)
    # "Will" is a common word: a name only as written, with its capital
    assert answers.words == {"better": ["Ask the bus company.", "We will all come."]}
    assert answers.withheld == 1


def test_a_shared_answer_naming_anyone_who_answered_is_left_out() -> None:
    """Only the writer's own name was looked for: "Zara Quinlan talks too much" was shown."""
    text = (
        "useful,easy,better,share,name\n"
        "yes,5,Thank you for the tea.,yes,Zara Quinlan\n"
        "yes,4,Zara Quinlan talks too much.,yes,Tom Baxter\n"
        "no,1,wendell needs a taxi every time.,yes,Wendell Oduya\n"
        "no,1,Ask tom about the bus.,yes,Sam Lee\n"
        "no,1,Will is kind.,yes,Sam Lee\n"
        "no,1,We will come.,yes,Will Smith\n"
    )
    answers = _read(text)
    assert answers.words == {"better": ["Thank you for the tea.", "We will come."]}
    assert answers.withheld == 4


def test_a_private_value_of_one_common_word_or_a_number_hides_no_answer_alone() -> None:
    """Every row's whole values were looked for in any case: a 'consent' column of "yes", an
    age of "25" or a name cell of just "Will" held back every answer with the word."""
    text = (
        "useful,easy,better,share,name,consent,age\n"
        "yes,5,Yes the tea was good.,yes,Will,yes,25\n"
        "yes,5,We will come back at 25 past.,yes,Sam Lee,yes,30\n"
        "yes,5,Will was kind.,yes,Sam Lee,yes,30\n"
    )
    answers = _read(text)
    assert answers.words == {"better": ["Yes the tea was good.", "We will come back at 25 past."]}
    assert answers.withheld == 1


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("zara", "zara talks too much."),  # a name typed small
        ("zara quinlan", "Zara talks too much."),
        ("Jo", "Jo was rude to me."),  # 2 letters
        ("Jo Lee", "jo was rude to me."),
        ("Li Wei", "Mr Li shouted."),
        ("محمد", "محمد was very kind to me."),  # a script with no capitals
        ("王伟", "Thank you 王伟."),
        ("07700 900123", "Please ring me on 07700900123."),  # however it is spaced
    ],
)
def test_a_shared_answer_with_any_private_value_is_left_out(name: str, answer: str) -> None:
    """A private value of one word, or one with no capital, or a number, was not looked for
    (the fix for 'Will' and 'yes' let them all through)."""
    text = f"useful,easy,better,share,name\nyes,5,{answer},yes,{name}\nyes,5,Fine.,yes,Sam Lee\n"
    answers = _read(text)
    assert answers.words == {"better": ["Fine."]} and answers.withheld == 1


def test_a_choice_in_a_private_column_hides_nothing() -> None:
    """A consent column of "Yes" (as spreadsheets write it) held back every "Yes ..." answer."""
    text = "useful,easy,better,share,consent\nyes,5,Yes the tea was good.,yes,Yes\n"
    answers = _read(text)
    assert answers.words == {"better": ["Yes the tea was good."]}
