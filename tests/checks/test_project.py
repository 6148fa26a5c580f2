"""Project mode, as the build uses it: ``check_project(project, strict=...)``."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.checks import check_project
from easyread.documents import load_project
from easyread.starter import create

MEETING = """\
type: meeting
title: Our next meeting
summary: Come to our meeting.
picture: meeting
checked_by:
  - name: Sam
    date: 2026-11-18
what: "[meeting] We will talk about the {minutes} and the overmedication of people."
date: 2026-12-10
start: 2pm
end: 4pm
place:
  name: Riverside Community Centre
  address: 12 River Road, Riverton
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    create(root)
    return root


def test_a_new_project_is_ready(root: Path) -> None:
    report = check_project(load_project(root))
    assert [d.summary() for d in report.documents] == [
        "content/welcome.md: ready. 73 words in 10 sentences; 6.8 words a sentence "
        "(longest 9); 0.0% hard words; 0 of 4 points without a picture; 0 errors, 1 warning.",
        "content/glossary.yml: ready. 19 words in 2 sentences; 9.5 words a sentence "
        "(longest 11); 0.0% hard words; 0 errors, 0 warnings.",
    ]
    assert not report.failed


def test_strict_turns_warnings_into_errors(root: Path) -> None:
    project = load_project(root)
    assert not check_project(project).failed
    strict = check_project(project, strict=True)
    assert strict.failed
    assert [(f.rule, f.severity) for f in strict.documents[0].findings] == [("ER015", "error")]


def test_findings_in_a_yaml_document_point_at_the_text(root: Path) -> None:
    (root / "content" / "meeting.yml").write_text(MEETING, "utf-8")
    project = load_project(root)
    report = check_project(project, paths=["content/meeting.yml"])
    [document] = report.documents
    assert [(f.line, f.column, f.rule, f.severity) for f in document.findings] == [
        (8, 59, "ER005", "error"),
    ]
    assert document.findings[0].message.startswith('Hard word: "overmedication".')
    assert document.lines[7].startswith('what: "[meeting] We will talk about the {minutes}')


def test_a_yaml_document_says_where_checked_by_goes(root: Path) -> None:
    """It said "Add 'checked_by:' to the front matter", which a YAML file does not have."""
    meeting = MEETING.replace("checked_by:\n  - name: Sam\n    date: 2026-11-18\n", "")
    (root / "content" / "meeting.yml").write_text(meeting, "utf-8")
    [document] = check_project(load_project(root), paths=["content/meeting.yml"]).documents
    [finding] = [f for f in document.findings if f.rule == "ER015"]
    assert finding.message == (
        "Nobody is named as having checked this document. Add 'checked_by:' at the top of "
        "this file, like 'checked_by: [{name: Our checking group, date: 2026-11-20}]': the "
        "people with lived experience who checked it, and the date."
    )


def test_text_the_loader_writes_is_not_checked(root: Path) -> None:
    """The contact point made from easyread.yml ("Contact The group organiser") is not in the
    document's file: the author cannot change its words there."""
    (root / "content" / "meeting.yml").write_text(MEETING, "utf-8")
    project = load_project(root)
    [document] = check_project(project, paths=["content/meeting.yml"]).documents
    assert "organiser" not in " ".join(f.message for f in document.findings)
    assert document.stats.words == 19  # not the place's name either


def test_the_words_of_a_job_in_the_minutes_are_checked(root: Path) -> None:
    """The loader writes "**Sam** will tell everyone ...": only the job's own words are in
    the file, and they were never checked (a date like 14/01/2027 passed)."""
    minutes = (
        "type: minutes\ntitle: What happened\ndate: 2026-11-12\n"
        "checked_by: [{name: Sam, date: 2026-11-18}]\nactions:\n"
        "  - who: Sam\n    what: Tell everyone the new day. It is 14/01/2027.\n"
        "  - who: Jo\n    what: '**Overmedicate** nobody at all.'\n"
    )
    (root / "content" / "minutes.yml").write_text(minutes, "utf-8")
    [document] = check_project(load_project(root), paths=["content/minutes.yml"]).documents
    # a job's first word is checked too when it is bold ("**ring**" is made small after "will")
    assert [(f.line, f.column, f.rule) for f in document.findings] == [
        (7, 44, "ER014"),
        (9, 14, "ER005"),
    ]
    assert document.lines[8][13:].startswith("Overmedicate")


def test_a_yaml_comment_switches_a_rule_off_for_its_line(root: Path) -> None:
    text = MEETING.replace('people."\n', 'people."  # easyread: disable ER005\n')
    (root / "content" / "meeting.yml").write_text(text, "utf-8")
    [document] = check_project(load_project(root), paths=["content/meeting.yml"]).documents
    assert document.findings == ()


def test_glossary_synonyms_mean_one_word_for_one_thing(root: Path) -> None:
    """When glossary entries name other words for their term, ER010 uses them."""
    from dataclasses import dataclass, replace

    from easyread.model import GlossaryEntry

    @dataclass(frozen=True)
    class Entry(GlossaryEntry):
        synonyms: tuple[str, ...] = ()

    page = root / "content" / "welcome.md"
    page.write_text(page.read_text("utf-8") + "\n[meeting] Ask your doctor.\n", "utf-8")
    page.write_text(page.read_text("utf-8") + "\n[meeting] Your GP knows you.\n", "utf-8")
    project = load_project(root)
    gp = Entry("gp", "GP", "Your family doctor.", "content/glossary.yml", 1, synonyms=("doctor",))
    project = replace(project, glossary=(*project.glossary, gp))
    [document] = check_project(project, paths=["content/welcome.md"]).documents
    assert [f.message for f in document.findings if f.rule == "ER010"] == [
        'This document calls one thing "doctor" (line 24) and "GP". Use one word for it every time.'
    ]


def test_glossary_synonyms_find_two_words_for_one_thing(tmp_path: Path) -> None:
    """ER010 with the synonyms a glossary file gives for a word."""
    from easyread.checks import check_project
    from easyread.documents import load_project

    (tmp_path / "content").mkdir()
    (tmp_path / "easyread.yml").write_text("title: T\norganisation: O\ncontact: {phone: '1'}\n")
    (tmp_path / "content" / "glossary.yml").write_text(
        "type: glossary\ntitle: Hard words\nwords:\n"
        "  GP:\n    means: Your family doctor.\n    synonyms: [family doctor]\n"
    )
    (tmp_path / "content" / "a.md").write_text(
        "---\ntitle: A\n---\n\n[doctor] Ask your GP.\n\n[doctor] Your family doctor can help.\n"
    )
    project = load_project(tmp_path)
    assert project.glossary[0].synonyms == ("family doctor",)
    report = check_project(project).documents[0]
    assert [(f.rule, f.line) for f in report.findings if f.rule == "ER010"] == [("ER010", 7)]


def test_a_place_s_name_is_not_checked_for_hard_words(root: Path) -> None:
    """ "Hillside" at the start of a meeting's place was a hard word on every meeting there."""
    meeting = MEETING.replace("Riverside Community Centre", "Hillside Community Centre")
    meeting = meeting.replace(" and the overmedication of people", "")
    (root / "content" / "meeting.yml").write_text(meeting, "utf-8")
    [document] = check_project(load_project(root), paths=["content/meeting.yml"]).documents
    assert [f.message for f in document.findings if f.rule == "ER005"] == []
