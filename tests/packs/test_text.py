"""The text stage: plain text and Markdown of each document, pictures described in brackets;
braille-ready text."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.documents import load_project
from easyread.render.text import braille_ready, markdown, plain_text

BODY = """\
[hello] Welcome to the **group**.
We are glad you are here.

[list] At the meeting we:
- talk about what matters to us
- have a cup of tea

# Where to find us

[place] Read [our website](https://example.org) or the {agenda: a list of things we will talk about}.
"""


def test_plain_text_and_markdown_of_each_document(
    make_project: MakeProject, tmp_path: Path
) -> None:
    extra = "summary: Who we are.\nchecked_by: [{name: The group, date: 2026-11-01}]\n"
    root = make_project({"content/a.md": page("Our group", BODY, extra)})
    result = build(root, tmp_path / "build", ("text",))
    text = (result.out / "text" / "a.txt").read_text()
    assert text == (
        "Our group\n"
        "=========\n"
        "\n"
        "Who we are.\n"
        "\n"
        "[Picture: A hand waving]\n"
        "Welcome to the group.\n"
        "We are glad you are here.\n"
        "\n"
        "[Picture: A clipboard with a list]\n"
        "At the meeting we:\n"
        "- talk about what matters to us\n"
        "- have a cup of tea\n"
        "\n"
        "Where to find us\n"
        "----------------\n"
        "\n"
        "[Picture: A pin on a map]\n"
        "Read our website (https://example.org) or the agenda.\n"
        "Agenda means: a list of things we will talk about.\n"
        "\n"
        # it ends as the printed copy does (the text is what an email or a screen reader gets)
        "About this document\n"
        "-------------------\n"
        "\n"
        "Checked by The group on Sunday 1 November 2026.\n"
        "\n"
        "Other formats\n"
        "-------------\n"
        "\n"
        "You can ask for this information in other formats. For example: easy read, large "
        "print at 18 point, extra large print at 24 point, on yellow paper, or as audio to "
        "listen to.\n"
        "Ask Test council. We will send it to you.\n"
        "Phone: 01632 960000\n"
    )
    md = (result.out / "text" / "a.md").read_text()
    assert md == (
        "# Our group\n"
        "\n"
        "Who we are.\n"
        "\n"
        "\\[Picture: A hand waving\\]\n"
        "\n"
        "Welcome to the **group**.\\\n"
        "We are glad you are here.\n"
        "\n"
        "\\[Picture: A clipboard with a list\\]\n"
        "\n"
        "At the meeting we:\n"
        "\n"
        "- talk about what matters to us\n"
        "- have a cup of tea\n"
        "\n"
        "## Where to find us\n"
        "\n"
        "\\[Picture: A pin on a map\\]\n"
        "\n"
        "Read [our website](https://example.org) or the agenda.\n"
        "\n"
        "**Agenda** means: a list of things we will talk about.\n"
        "\n"
        "## About this document\n"
        "\n"
        "Checked by The group on Sunday 1 November 2026.\n"
        "\n"
        "## Other formats\n"
        "\n"
        "You can ask for this information in other formats. For example: easy read, large "
        "print at 18 point, extra large print at 24 point, on yellow paper, or as audio to "
        "listen to.\n"
        "\n"
        "Ask Test council. We will send it to you.\n"
        "\n"
        "Phone: 01632 960000\n"
    )
    assert sorted(p.name for p in result.files) == ["a.md", "a.txt", "glossary.md", "glossary.txt"]


def test_markdown_shows_special_characters_as_they_are(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page("Rates_and *stars*", "[hello] Cost: 5 * 2 <b>.\n")})
    document = load_project(root).document("a")
    md = markdown(document)
    assert md.startswith("# Rates\\_and \\*stars\\*\n")
    assert "Cost: 5 \\* 2 \\<b\\>." in md
    assert "Cost: 5 * 2 <b>." in plain_text(document)


def test_braille_ready_text_is_plain_and_40_characters_wide() -> None:
    text = (
        "A title\n=======\n\n“Quoted” words – and a dash… in a line that is much longer than "
        "forty characters.\n- a list item that is also longer than forty characters wide\n"
    )
    ready = braille_ready(text)
    assert ready.isascii()
    assert "=====" not in ready
    assert max(len(line) for line in ready.splitlines()) <= 40
    assert '"Quoted" words - and a dash...' in ready
    lines = ready.splitlines()
    assert lines[-2].startswith("- a list") and lines[-1].startswith("  ")


def test_a_phone_number_or_email_address_is_said_once(make_project: MakeProject) -> None:
    """They are links (tel:, mailto:) on the page; in plain text the number is not written
    again after itself, spaced another way."""
    body = "[phone] Ring Sam on 01632 960123.\nOr email sam@example.org.\n"
    document = load_project(make_project({"content/a.md": page(body=body)})).document("a")
    text = plain_text(document)
    assert "Ring Sam on 01632 960123.\nOr email sam@example.org." in text
    assert "01632960123" not in text
    assert "[01632 960123](tel:01632960123)" in markdown(document)


def test_a_link_to_another_document_names_it(make_project: MakeProject, tmp_path: Path) -> None:
    """In an email "Read what we decided" cannot be followed: the document is named, once a
    point, and not where the link's words name it already."""
    body = (
        "[book] Read [what we decided](b.md#start) and [what we did](b.md).\n\n"
        "[book] Read [our plan](b.md).\n\n"
        "[book] From [our meeting on 8 October](c.md).\n"
    )
    root = make_project(
        {
            "content/a.md": page(body=body),
            "content/b.md": page(title="Our plan", body="[bus] We take the bus.\n"),
            "content/c.md": page(title="What happened at our meeting on 8 October"),
        }
    )
    out = build(root, tmp_path / "build", ("text",)).out / "text"
    text = (out / "a.txt").read_text()
    assert "Read what we decided (“Our plan”) and what we did." in text
    assert "Read our plan.\n" in text
    assert "From our meeting on 8 October.\n" in text  # most of the title: it is not said again
    assert "Read what we decided (“Our plan”)" in (out / "a.md").read_text()
    (root / "content" / "b.md").write_text(page(title="Our new plan", body="[bus] We go.\n"))
    out = build(root, tmp_path / "build", ("text",)).out / "text"  # made again: a new title
    assert "Read what we decided (“Our new plan”)" in (out / "a.txt").read_text()


def test_a_form_in_text_has_boxes_to_tick_and_room_to_write(make_project: MakeProject) -> None:
    """Someone who got the form as text could not fill it in: bare lines for the answers."""
    form = (
        "type: form\ntitle: Tell us\nintro: ['[hello] Please tell us.']\nquestions:\n"
        "  - {id: useful, ask: '[meeting] Are our meetings useful?', answers: yes-no}\n"
        "  - {id: better, ask: '[idea] What can we do better?', answers: words}\n"
    )
    document = load_project(make_project({"content/form.yml": form})).document("form")
    text = plain_text(document)
    assert "Choose 1 answer.\n\n[Picture: A thumbs up]\n[ ] Yes\n" in text
    assert "What can we do better?\nWrite your answer.\n\nYour answer:\n\n\n" in text
    assert "\\[ \\] Yes" in markdown(document)


def test_braille_ready_text_leaves_out_the_pictures(make_project: MakeProject) -> None:
    document = load_project(make_project({"content/a.md": page(body=BODY)})).document("a")
    text = plain_text(document, pictures=False)
    assert "[Picture" not in text and "Welcome to the group." in text
