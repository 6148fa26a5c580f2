"""What a document's audio is made from: a change to anything else does not speak it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.documents import load_project
from easyread.render.audio import audio_key
from easyread.speech.script import write_script

GLOSSARY = "type: glossary\ntitle: Hard words\nwords:\n  agenda: {meaning}\n  minutes: Notes.\n"


def keys(root: Path) -> dict[str, str]:
    project = load_project(root)
    return {d.slug: audio_key(project, d) for d in project.documents}


def test_a_glossary_change_speaks_again_only_the_documents_that_explain_the_word(
    make_project: MakeProject,
) -> None:
    root = make_project(
        {
            "content/a.md": page(body="[list] Read the {agenda}.\n"),
            "content/b.md": page(body="[bus] We take the bus.\n"),
            "content/glossary.yml": GLOSSARY.format(meaning="A list of things to talk about."),
        }
    )
    before = keys(root)
    glossary = GLOSSARY.format(meaning="What we will talk about.")
    (root / "content" / "glossary.yml").write_text(glossary, encoding="utf-8")
    after = keys(root)
    assert after["a"] != before["a"]  # it explains the word as it is read
    assert after["b"] == before["b"]
    assert after["glossary"] != before["glossary"]  # the glossary's own page reads it


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="{w}" height="5"/></svg>'


def test_a_new_picture_file_or_alt_text_does_not_speak_the_document_again(
    make_project: MakeProject,
) -> None:
    """Nothing of a picture is said (nor of a symbol's set, licence or keywords): only a
    change to what is said speaks the document again."""
    root = make_project(
        {
            "content/a.md": page(body="[../pictures/hall.svg: The hall] We meet in the hall.\n"),
            "pictures/hall.svg": SVG.format(w=5),
        }
    )
    before = keys(root)
    (root / "pictures" / "hall.svg").write_text(SVG.format(w=8), encoding="utf-8")
    assert keys(root) == before
    text = "[../pictures/hall.svg: The big hall] We meet in the hall.\n"
    (root / "content" / "a.md").write_text(page(body=text), encoding="utf-8")
    assert keys(root) == before
    (root / "content" / "a.md").write_text(page(body="[../pictures/hall.svg: The hall] We meet.\n"))
    assert keys(root)["a"] != before["a"]


@pytest.mark.slow
def test_a_build_after_a_picture_change_makes_the_pdf_but_not_the_audio(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project(
        {
            "content/a.md": page(body="[../pictures/hall.svg: The hall] We meet in the hall.\n"),
            "pictures/hall.svg": SVG.format(w=5),
        }
    )
    out = tmp_path / "out"
    build(root, out, ("html", "pdf", "audio"), checks=False)
    (root / "pictures" / "hall.svg").write_text(SVG.format(w=8), encoding="utf-8")
    made = build(root, out, ("html", "pdf", "audio"), checks=False).made
    assert "pdf:a.pdf" in made  # the PDF has the picture in it; the page links its copy
    assert 'width="8"' in (out / "site" / "pictures" / "own" / "pictures" / "hall.svg").read_text()
    assert not [job for job in made if job.startswith("audio:")]


def test_a_glossary_change_that_is_not_said_speaks_nothing_again(
    make_project: MakeProject,
) -> None:
    """Of a glossary entry, only its word and meaning are said: not where it is in the file,
    its picture or its other words."""
    root = make_project(
        {
            "content/a.md": page(body="[list] Read the {agenda}.\n"),
            "content/glossary.yml": GLOSSARY.format(meaning="A list of things to talk about."),
        }
    )
    before = keys(root)
    moved = "# Our hard words, A to Z\n\n" + GLOSSARY.format(
        meaning="A list of things to talk about."
    )
    (root / "content" / "glossary.yml").write_text(moved, encoding="utf-8")
    assert keys(root)["a"] == before["a"]


def test_a_link_says_which_recording_and_a_new_title_there_speaks_it_again(
    make_project: MakeProject,
) -> None:
    """ "Read what we decided." names the document it links to, which a listener cannot
    follow: that document's title is part of what is said, and of the audio's key."""

    root = make_project(
        {
            "content/a.md": page(
                body="[book] Read [what we decided](b.md).\n\n[book] Read [Our plan](b.md).\n"
            ),
            "content/b.md": page(title="Our plan", body="[bus] We take the bus.\n"),
            "content/c.md": page(title="Other", body="[bus] We walk.\n"),
        }
    )
    project = load_project(root)
    a = project.document("a")
    assert a.points[0].links == (("b.html", "what we decided"),)
    script = write_script(a, project.glossary, project.config.audio, project.linked_titles(a))
    said = [c.text for part in script.parts for c in part.cues]
    assert "Read what we decided. It is called Our plan." in said
    assert "Read Our plan." in said  # its words say it already
    before = keys(root)
    (root / "content" / "c.md").write_text(page(title="Another", body="[bus] We walk.\n"))
    assert keys(root)["a"] == before["a"]  # not linked
    (root / "content" / "b.md").write_text(page(title="Our new plan", body="[bus] We go.\n"))
    assert keys(root)["a"] != before["a"]  # linked: its new title is said


def test_a_link_whose_words_are_most_of_the_title_does_not_say_it_again(
    make_project: MakeProject,
) -> None:
    """As on paper (``says_title``): "our meeting on 8 October" names "What happened at our
    meeting on 8 October"; "what we decided" does not, even in a job of the minutes."""
    title = "What happened at our meeting on 8 October"
    root = make_project(
        {
            "content/a.md": page(body="[book] Read about [our meeting on 8 October](b.md).\n"),
            "content/b.md": page(title=title, body="[bus] We take the bus.\n"),
        }
    )
    project = load_project(root)
    a = project.document("a")
    script = write_script(a, project.glossary, project.config.audio, project.linked_titles(a))
    said = [c.text for part in script.parts for c in part.cues]
    assert "Read about our meeting on 8 October." in said
    assert not any("It is called" in s for s in said)


def test_a_new_shape_of_the_timings_speaks_the_documents_again(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timings are written with the audio: a build that writes them in a new shape (as
    version 2 left out each word's time) must not keep the old files."""
    from easyread.speech import timings

    root = make_project({"content/a.md": page(body="[bus] We take the bus.\n")})
    before = keys(root)
    monkeypatch.setattr(timings, "VERSION", timings.VERSION + 1)
    assert keys(root)["a"] != before["a"]


def test_a_new_volume_of_the_engine_speaks_the_documents_again(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files spoken at the old volume peak at full scale: a build that turns the engine down
    must make them again, not keep them."""
    from easyread.speech import engine, mp3, recording

    root = make_project({"content/a.md": page(body="[bus] We take the bus.\n")})
    before = keys(root)
    monkeypatch.setattr(engine, "VOLUME", engine.VOLUME + 5)
    louder = keys(root)
    assert louder["a"] != before["a"]
    monkeypatch.setattr(recording, "LEAD_IN", recording.LEAD_IN + 250)  # more silence first
    assert keys(root)["a"] != louder["a"]
    monkeypatch.setattr(mp3, "BITRATE", 96)
    assert len({*keys(root).values(), louder["a"], before["a"]}) == 3


def test_a_new_way_of_saying_the_text_speaks_again_the_documents_that_have_it(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files of the last build said "1 30 am" for "1:30": a build whose rewriting of
    times (or money, or numbers) says it differently must make them again, and only them."""
    from easyread.speech import normalise

    root = make_project(
        {
            "content/a.md": page(body="[bus] We take a bus, e.g. the number 7.\n"),
            "content/b.md": page(body="[bus] We walk.\n"),
        }
    )
    before = keys(root)
    said = {**normalise.ABBREVIATIONS_EN, "e.g.": "like"}
    monkeypatch.setattr(normalise, "ABBREVIATIONS_EN", said)
    after = keys(root)
    assert after["a"] != before["a"]
    assert after["b"] == before["b"]
