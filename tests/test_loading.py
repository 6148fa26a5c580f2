"""Loading documents: points, pictures, hard words, sections and the structured types."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page, png

from easyread.documents import load_project
from easyread.errors import ContentError
from easyread.render.pdf import print_sizes
from easyread.render.print.pages import Printer
from easyread.render.templates import environment
from easyread.speech.script import write_script
from easyread.speech.settings import AudioConfig


def test_each_paragraph_is_a_point_with_its_picture_and_lines(make_project: MakeProject) -> None:
    body = "[hello] Welcome.\nWe are glad you came.\n\n[meeting] We meet every month.\n"
    root = make_project({"content/welcome.md": page(body=body)})
    document = load_project(root).document("welcome")
    first, second = document.points
    assert (first.line, first.text, first.picture and first.picture.alt) == (
        5,
        "Welcome.\nWe are glad you came.",
        "A hand waving",
    )
    assert first.html == "<p>Welcome.<br />\nWe are glad you came.</p>\n"
    assert first.source == "Welcome.\nWe are glad you came."
    assert (second.line, second.picture and second.picture.src) == (
        8,
        "pictures/openmoji/meeting.svg",
    )


def test_a_list_belongs_to_the_point_above(make_project: MakeProject) -> None:
    body = "[bag] Please bring:\n\n- your letter\n- your glasses\n\n[hello] See you soon.\n"
    document = load_project(make_project({"content/a.md": page(body=body)})).document("a")
    assert [p.text for p in document.points] == [
        "Please bring:\nyour letter\nyour glasses",
        "See you soon.",
    ]
    assert "<ul>\n<li>your letter</li>" in document.points[0].html


def test_headings_start_sections(make_project: MakeProject) -> None:
    body = "[hello] Hello.\n\n# How we work\n\n[meeting] We meet.\n\n# How we work\n\n[talk] We talk.\n"
    document = load_project(make_project({"content/a.md": page(body=body)})).document("a")
    assert [(s.heading, s.anchor, s.line) for s in document.sections] == [
        (None, "start", 5),
        ("How we work", "how-we-work", 7),
        ("How we work", "how-we-work-2", 11),
    ]


def test_picture_by_keyword_and_own_image_file(make_project: MakeProject) -> None:
    body = "[bus stop] Take the bus.\n\n[photos/hall.png: The big hall] We meet in the hall.\n"
    root = make_project({"content/a.md": page(body=body), "content/photos/hall.png": png()})
    bus, hall = load_project(root).document("a").points
    assert bus.picture is not None and bus.picture.symbol is not None
    assert bus.picture.symbol.id == "bus"
    assert hall.picture is not None and hall.picture.symbol is None
    assert (hall.picture.src, hall.picture.alt) == (
        "pictures/own/content/photos/hall.png",
        "The big hall",
    )


def test_hard_word_is_linked_and_explained_once_per_page(make_project: MakeProject) -> None:
    body = "[list] Read the {agenda: a list of things we will talk about}.\n\n[talk] The {agenda} is short.\n"
    root = make_project(
        {"content/a.md": page(body=body), "content/b.md": page(body="[list] An {agenda}.\n")}
    )
    project = load_project(root)
    first, second = project.document("a").points
    link = '<a class="hard-word" href="glossary.html#word-agenda">agenda</a>'
    assert link in first.html and link in second.html
    explain = (
        '<p class="explain"><strong>Agenda</strong> means: a list of things we will talk about.</p>'
    )
    assert explain in first.html
    assert "explain" not in second.html
    assert explain in project.document("b").points[0].html  # every page explains it again
    assert first.hard_words == ("agenda",)
    assert [(e.key, e.meaning, e.path) for e in project.glossary] == [
        ("agenda", "a list of things we will talk about", "content/a.md")
    ]


def test_glossary_file_and_plurals(make_project: MakeProject) -> None:
    glossary = "type: glossary\ntitle: Hard words\nwords:\n  meeting:\n    means: When people get together.\n    picture: meeting\n  minutes: A record of a meeting.\n"
    body = "[meeting] We have {meetings}.\n"
    project = load_project(
        make_project({"content/a.md": page(body=body), "content/glossary.yml": glossary})
    )
    assert project.document("a").points[0].hard_words == ("meeting",)
    words = project.document("glossary")
    assert words.url == "glossary.html" and words is project.documents[-1]
    assert [(p.anchor, p.text) for p in words.points] == [
        ("word-meeting", "Meeting.\nWhen people get together."),
        ("word-minutes", "Minutes.\nA record of a meeting."),
    ]
    assert words.points[0].picture is not None


def test_links_between_documents_become_pages(make_project: MakeProject) -> None:
    body = "[notes] Read [the minutes](minutes.yml#actions).\n"
    minutes = "type: minutes\ntitle: Minutes\ndate: 2026-11-12\n"
    project = load_project(
        make_project({"content/a.md": page(body=body), "content/minutes.yml": minutes})
    )
    assert '<a href="minutes.html#actions">the minutes</a>' in project.document("a").points[0].html


def test_slips_from_word_and_the_keyboard_still_give_the_picture(
    make_project: MakeProject,
) -> None:
    # a non-breaking space (Word), another kind of space, and no space at all after the picture
    body = "[hello]\u00a0Hello.\n\n[meeting]\u2003We meet.\n\n[bus]Take the bus.\n"
    meeting = (
        "type: meeting\ntitle: Coffee\nwhat: \u201c[meeting] We will have a coffee.\u201d\n"
        "date: 2026-12-10\nstart: 2pm\nplace: {name: The hall}\n"
    )
    project = load_project(
        make_project({"content/a.md": page(body=body), "content/m.yml": meeting})
    )
    points = project.document("a").points
    assert [(p.picture and p.picture.symbol and p.picture.symbol.id, p.text) for p in points] == [
        ("hello", "Hello."),
        ("meeting", "We meet."),
        ("bus", "Take the bus."),
    ]
    what = project.document("m").points[0]  # curly quotes from Word around a point
    assert (what.picture and what.picture.symbol and what.picture.symbol.id) == "meeting"
    assert what.text == "We will have a coffee."


def test_a_non_breaking_space_after_a_name_in_front_matter(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": "---\ntitle:\u00a0Our group\n---\n\n[hello] Hi.\n"})
    assert load_project(root).document("a").title == "Our group"


def test_raw_html_is_escaped(make_project: MakeProject) -> None:
    body = "[hello] Hello <script>alert(1)</script> <b>there</b>.\n"
    point = load_project(make_project({"content/a.md": page(body=body)})).document("a").points[0]
    assert "<script>" not in point.html and "&lt;script&gt;" in point.html
    assert "&lt;b&gt;there&lt;/b&gt;" in point.html


def test_meeting_invitation(make_project: MakeProject) -> None:
    meeting = """\
        type: meeting
        title: Our next meeting
        what: "[meeting] We will talk about the bus."
        date: 2026-12-10
        start: 2pm
        end: "16:30"
        place:
          name: The Centre
          address: 1 Road, Town
        access:
          step_free: true
          hearing_loop: false
        reply:
          by: 2026-12-03
          how: ["[phone] Ring us."]
        """
    document = load_project(make_project({"content/meeting.yml": meeting})).document("meeting")
    assert [s.heading for s in document.sections] == [
        None,
        "When",
        "Where",
        "Things to help you",
        "Tell us if you can come",
        "Who to contact",
    ]
    texts = [p.text for p in document.points]
    assert texts[:5] == [
        "We will talk about the bus.",
        "Thursday 10 December 2026",
        "From 2pm to 4:30pm.",
        "The Centre\n1 Road, Town",
        "You can get in without using steps.",
    ]
    assert "There is no hearing loop." in texts
    # what is not there has a picture of its own, not the one of what is
    pictures = {p.text: p.picture and p.picture.src for p in document.points}
    assert pictures["There is no hearing loop."] == "pictures/openmoji/no.svg"
    assert "Please tell us by Thursday 3 December 2026." in texts
    assert "Phone: 01632 960000" in texts  # the project's contact, when the meeting names none
    assert all(p.picture is not None for p in document.points)


def test_words_easyread_writes_are_hard_words_where_the_glossary_has_them(
    make_project: MakeProject,
) -> None:
    """The meeting's own line about the hearing loop comes before the notes that mention it:
    it is where the word is first used, so it is explained there, on the page and in the
    audio. Without the word in the glossary, the line is plain text and no mistake."""
    meeting = (
        "type: meeting\ntitle: M\nwhat: '[meeting] We talk.'\ndate: 2026-12-10\n"
        "start: 2pm\nplace: {name: Hall}\naccess:\n  hearing_loop: true\n  quiet_room: false\n"
        "  notes: ['[hearing-loop] The {hearing loop} works in the hall.']\n"
    )
    glossary = (
        "type: glossary\ntitle: Hard words\nwords:\n"
        "  hearing loop: {means: A system that sends sound to hearing aids.}\n"
    )
    project = load_project(
        make_project({"content/m.yml": meeting, "content/glossary.yml": glossary})
    )
    access = next(s for s in project.document("m").sections if s.anchor == "access").points
    assert access[0].text == "There is a hearing loop for people who use hearing aids."
    assert access[0].hard_words == ("hearing loop",)
    assert '<p class="explain"><strong>Hearing loop</strong> means:' in access[0].html
    assert access[1].text == "There is no quiet room."  # not in the glossary: plain
    assert access[1].hard_words == () and "hard-word" not in access[1].html
    assert "explain" not in access[2].html  # explained once, at the first mention
    script = write_script(project.document("m"), project.glossary, project.config.audio)
    said = [c.text for part in script.parts for c in part.cues]
    assert any(t.startswith("There is a hearing loop") and "Hearing loop means:" in t for t in said)


def test_minutes_with_actions(make_project: MakeProject) -> None:
    minutes = """\
        type: minutes
        title: Our meeting
        date: 2026-11-12
        came: [Sam, Jo, Ali]
        talked_about:
          - heading: The bus
            points: ["[bus] The bus is late."]
        decided: ["[vote] We will write to the bus company."]
        actions:
          - {who: Jo, what: Write the letter., by: 2026-12-01, done: false}
          - {who: Sam, what: Ring the bus company., done: true}
        """
    document = load_project(make_project({"content/minutes.yml": minutes})).document("minutes")
    assert [s.anchor for s in document.sections] == ["who-came", "the-bus", "decided", "actions"]
    actions = document.sections[-1].points
    assert (
        actions[0].text
        == "Jo will write the letter.\nBy Tuesday 1 December 2026.\nThis is not done yet."
    )
    assert actions[1].text == "Sam will ring the bus company.\nThis is done."
    assert document.points[1].text == "Sam, Jo and Ali came to the meeting."
    assert document.date == datetime.date(2026, 11, 12)


def test_documents_are_ordered_by_order_then_title(make_project: MakeProject) -> None:
    root = make_project(
        {
            "content/b.md": page(title="Beta"),
            "content/a.md": page(title="Alpha", extra="order: 5\n"),
            "content/c.md": page(title="Aardvark"),
        }
    )
    assert [d.slug for d in load_project(root).documents] == ["a", "c", "b"]


def test_a_link_to_the_glossary_file_goes_to_the_glossary_page(make_project: MakeProject) -> None:
    glossary = (
        "type: glossary\ntitle: Hard words\nwords:\n  rota: A list of who does what and when.\n"
    )
    body = "[book] See [the hard words](glossary.yml#word-rota).\n"
    project = load_project(
        make_project({"content/a.md": page(body=body), "content/glossary.yml": glossary})
    )
    assert (
        '<a href="glossary.html#word-rota">the hard words</a>'
        in project.document("a").points[0].html
    )


MEANING = (
    "A person who **helps** you. Read [how we work](b.md) or [Mencap](https://www.mencap.org.uk)."
)


def test_a_meaning_is_markdown_as_a_point_is(make_project: MakeProject) -> None:
    """A meaning with a link or bold was shown, printed and said as its Markdown ("how dot
    md", "asterisk"), and its link to a document was broken on the glossary page."""
    glossary = f"type: glossary\ntitle: Hard words\nwords:\n  advocate: '{MEANING}'\n"
    files = {
        "content/a.md": page(body="[hello] Meet an {advocate}.\n"),
        "content/b.md": page(title="How we work"),
        "content/glossary.yml": glossary,
    }
    project = load_project(make_project(files))
    shown = (
        'a person who <strong>helps</strong> you. Read <a href="b.html">how we work</a> '
        'or <a href="https://www.mencap.org.uk">Mencap</a>.'
    )
    assert f"means: {shown}</p>" in project.document("a").points[0].html
    word = project.document("glossary").points[0]
    assert "A" + shown[1:] in word.html
    assert word.text == "Advocate.\nA person who helps you. Read how we work or Mencap."
    script = write_script(project.document("a"), project.glossary, AudioConfig())
    said = " ".join(c.text for part in script.parts for c in part.cues)
    assert "Advocate means: a person who helps you. Read how we work or Mencap." in said
    printer = Printer.for_project(environment(project), project, project.config.print)
    printed = printer.document_html(project.document("a"), print_sizes(project.config.print)[0])
    assert "A person who <strong>helps</strong> you." in printed
    assert "Mencap</a> (www.mencap.org.uk)." in printed  # on paper, where it cannot be clicked


def test_a_broken_link_in_a_meaning_is_an_error(make_project: MakeProject) -> None:
    glossary = "type: glossary\ntitle: Hard words\nwords:\n  rota: 'See [the list](rota.md).'\n"
    root = make_project({"content/a.md": page(), "content/glossary.yml": glossary})
    with pytest.raises(ContentError) as raised:
        load_project(root)
    assert [(p.path, p.line) for p in raised.value.problems] == [("content/glossary.yml", 4)]
    assert "'rota.md' goes to a document that does not exist" in raised.value.problems[0].message


def test_comments_are_left_out_and_lines_keep_their_numbers(make_project: MakeProject) -> None:
    body = (
        "<!-- easyread: disable ER001 -->\n"
        "[hello] Hello. <!-- a note for staff -->\n"
        "We meet often.\n"
        "\n"
        "<!-- a note\nover two lines -->\n"
        "[bus] Take the bus.\n"
    )
    root = make_project({"content/a.md": page(body=body)})
    hello, bus = load_project(root).document("a").points
    assert (hello.line, hello.text, bus.line, bus.text) == (
        6,
        "Hello.\nWe meet often.",
        11,
        "Take the bus.",
    )
    assert "note" not in hello.html + bus.html and "&lt;!--" not in hello.html


def test_front_matter_sets_check_severities(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(extra="checks:\n  ER012: off\n  ER014: warning\n")})
    assert load_project(root).document("a").checks == {"ER012": False, "ER014": "warning"}


def test_a_link_to_a_part_a_document_does_not_have_is_a_warning(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """'what-you-told-us.yml#question-beter' opened the page at its top, without a word."""
    from easyread.build import build
    from easyread.reporting import BufferReporter

    body = (
        "[book] Read [part 1](b.md#part-1), [the start](b.md#start) and [below](#more).\n\n"
        "[book] Read [part 2](b.md#part-two).\n\n# More\n\n[bus] We go.\n"
    )
    other = page(title="B", body="[hello] Hi.\n\n# Part 1\n\n[bus] Bus.\n\n# Part 2\n\n[bus] Go.\n")
    root = make_project({"content/a.md": page(body=body), "content/b.md": other})
    reporter = BufferReporter()
    build(root, tmp_path / "out", ("html",), reporter=reporter, checks=False)
    assert [m for kind, m in reporter.messages if kind == "warning"] == [
        "content/a.md:7: the link to '#part-two' goes to a part of “B” that it does not have. "
        "Link to one of its parts: #part-1, #part-2, or to the whole document."
    ]


def test_a_link_to_a_missing_part_in_a_meaning_is_said_once_where_it_is_written(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """It was said at every point that uses the word, where the link is not written."""
    from easyread.build import build
    from easyread.reporting import BufferReporter

    glossary = (
        "type: glossary\ntitle: Hard words\nwords:\n  rota: 'See [the list](b.md#nowhere).'\n"
    )
    files = {
        "content/a.md": page(body="[hello] The {rota}.\n\n[bus] The {rota} again.\n"),
        "content/b.md": page(title="B"),
        "content/glossary.yml": glossary,
    }
    reporter = BufferReporter()
    build(make_project(files), tmp_path / "out", ("html",), reporter=reporter)
    warned = [m for kind, m in reporter.messages if kind == "warning" and "#nowhere" in m]
    assert len(warned) == 1 and warned[0].startswith("content/glossary.yml:4: ")


def test_a_missing_part_is_warned_about_where_its_link_is_written(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """A meaning written in a document ({rota: ...}) was warned about at the glossary page,
    and a job's link at 'Who is doing what' too, where neither is written."""
    from easyread.build import build
    from easyread.reporting import BufferReporter

    minutes = (
        "type: minutes\ntitle: M\ndate: 2026-11-12\nactions:\n"
        "  - {who: Jo, what: 'Read [the list](b.md#gone).'}\n"
    )
    files = {
        "content/a.md": page(body="[hello] The {rota: see [the list](b.md#nowhere)}.\n"),
        "content/b.md": page(title="B"),
        "content/m.yml": minutes,
        "content/jobs.yml": "type: actions\ntitle: Who is doing what\n",
    }
    reporter = BufferReporter()
    build(make_project(files), tmp_path / "out", ("html",), reporter=reporter, checks=False)
    warned = sorted(m.split(": the link")[0] for kind, m in reporter.messages if kind == "warning")
    assert warned == ["content/a.md:5", "content/m.yml:5"]


def test_a_yaml_document_without_a_picture_gets_its_kind_s_picture(
    make_project: MakeProject,
) -> None:
    """Its row on the home page had an empty picture column (ER012: a picture for each)."""
    form = (
        "type: form\ntitle: Tell us\nintro: ['[hello] Please tell us.']\nquestions:\n"
        "  - {id: useful, ask: '[meeting] Are our meetings useful?', answers: yes-no}\n"
    )
    files = {"content/form.yml": form, "content/said.yml": form.replace("Tell us", "Say")}
    files["content/said.yml"] = files["content/said.yml"].replace(
        "type: form\n", "type: form\npicture: idea\n"
    )
    project = load_project(make_project(files))
    picture = project.document("form").picture
    assert picture is not None and picture.symbol is not None and picture.symbol.id == "write"
    said = project.document("said").picture
    assert said is not None and said.symbol is not None and said.symbol.id == "idea"
