"""What is said for a document, in what order, with which pauses."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from audio.spoken import write_project
from conftest import MakeProject
from scratch import page

from easyread.documents import load_project
from easyread.speech.script import SpokenWord, explain, write_script
from easyread.speech.settings import AudioConfig


def test_title_then_headings_and_points_with_pauses(tmp_path: Path) -> None:
    project = load_project(write_project(tmp_path))
    settings = project.config.audio
    script = write_script(project.document("welcome"), project.glossary, settings)
    assert [p.title for p in script.parts] == [
        "Welcome to Test Voices",
        "How we work",
        "What we do",
    ]
    first, second, _ = script.parts
    assert [c.key for c in first.cues] == ["title", "0.0", "0.1"]
    assert first.cues[0].text == "Welcome to Test Voices."
    assert first.cues[0].pause == settings.section_pause
    assert [c.pause for c in second.cues] == [1200, 1200, 2000]  # heading, point, end of section
    assert second.cues[0].text == "How we work."


def test_a_hard_word_is_explained_the_first_time_only(tmp_path: Path) -> None:
    project = load_project(write_project(tmp_path))
    script = write_script(project.document("welcome"), project.glossary, project.config.audio)
    texts = {c.key: c.text for p in script.parts for c in p.cues}
    assert texts["0.1"].endswith(
        "This is called co-production. Co-production means: when people who use services "
        "and staff plan and decide things together."
    )
    assert texts["1.0"] == (
        "We meet on Tuesday 3 March 2026 at 2 pm in Rivver tun. Read the agenda before "
        "the meeting. Agenda means: a list of things we will talk about at a meeting."
    )
    assert texts["2.1"] == "We read the agenda again."  # explained once is enough
    assert texts["1.1"] == (
        "Ring Priya on 0 1 2 3 4, 5 6 7 8 9 0. It costs 5 pounds 50. "
        "The National Health Service pays for the bus."
    )


def test_how_a_hard_word_is_explained_can_be_set() -> None:
    entry = SpokenWord("nhs", "NHS", "NHS stands for National Health Service")
    assert explain(entry, "{term}: {meaning}") == "NHS: NHS stands for National Health Service."
    entry = SpokenWord("expenses", "expenses", "Money the council pays you back.")
    assert explain(entry, "{term} means {meaning}") == (
        "Expenses means money the council pays you back."
    )
    entry = SpokenWord("agenda", "agenda", "A list of things.")
    assert explain(entry, AudioConfig().hard_word) == "Agenda means: a list of things."
    # the default fits a meaning that is a whole sentence, as "is" does not
    entry = SpokenWord("equality", "equality", "We treat everyone fairly.")
    assert explain(entry, AudioConfig().hard_word) == "Equality means: we treat everyone fairly."


def test_a_name_at_the_start_of_a_meaning_keeps_its_capital() -> None:
    """ "BSL means: british Sign Language" was said and shown: only a first word that is never
    a name is made small."""
    entry = SpokenWord("bsl", "BSL", "British Sign Language. It uses hands and faces.")
    assert explain(entry, AudioConfig().hard_word).startswith("BSL means: British Sign")
    entry = SpokenWord("council tax", "council tax", "Riverton Borough Council asks each home")
    assert explain(entry, AudioConfig().hard_word) == (
        "Council tax means: Riverton Borough Council asks each home."
    )
    entry = SpokenWord("charity", "charity", "Mencap is a charity.")
    assert explain(entry, AudioConfig().hard_word) == "Charity means: Mencap is a charity."


def test_a_document_with_only_a_title_says_its_title(tmp_path: Path) -> None:
    project = load_project(write_project(tmp_path))
    empty = dataclasses.replace(project.document("meeting"), sections=())
    script = write_script(empty, (), AudioConfig())
    assert [[c.text for c in p.cues] for p in script.parts] == [["Our next meeting."]]


def test_a_link_that_leaves_the_project_says_its_address_unless_its_words_do(
    make_project: MakeProject,
) -> None:
    """Paper printed "(www.mencap.org.uk/easy-read)"; the audio said "Visit the Mencap
    website." and no more."""
    body = (
        "[hello] Visit [the Mencap website](https://www.mencap.org.uk/easy-read).\n\n"
        "[email] Email [Sam](mailto:sam@example.org) or [ring us](tel:01632960000).\n\n"
        "[hello] Visit [www.mencap.org.uk](https://www.mencap.org.uk/).\n"
    )
    project = load_project(make_project({"content/a.md": page(body=body)}))
    script = write_script(project.document("a"), project.glossary, project.config.audio)
    said = [c.text for part in script.parts for c in part.cues][1:]
    assert said == [
        "Visit the Mencap website. The website address is www.mencap.org.uk/easy dash read.",
        "Email Sam or ring us. The email address is sam@example.org. "
        "The phone number is 0 1 6 3 2, 9 6 0 0 0 0.",
        "Visit www.mencap.org.uk.",
    ]
