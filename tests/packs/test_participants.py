"""The participants file: clear errors that name the person's id and the field, never a name."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from packs.packproject import CONFIG, write_project

from easyread.config import load_config
from easyread.errors import ContentError, UsageError
from easyread.packs.load import load_participants

BAD = """\
participants:
  - id: bad01
    name: Wrongly Fakeperson
    call_me: Wrongo
    formats: [easy-read-print, larg-print]
    print_size: huge
    colours: pink-on-green
    sent: pigeon
    review: 2026-13-01

  - id: Bad Id With Spaces
    name: Spacey Fakeperson
    call_me: Spacey
    formats: easy-read-print
    sent: post
    review: 2027-01-01

  - id: bad03
    name: [Listy, Fakeperson]
    formats: [website-link, audio, audio]
    sent: email
    review: 2027-01-01
    nickname: Nicky Fakeperson

  - id: bad01
    name: Twicey Fakeperson
    call_me: Twicey
    formats: [plain-text]
    sent: email
    review: 2027-01-01
    supporter:
      call_me: Helpy Fakeperson
      formats: []
"""

SECRETS = (
    "Wrongly", "Wrongo", "Spacey", "Listy", "Fakeperson", "Nicky", "Twicey", "Helpy",
)  # fmt: skip

NO_WEBSITE = CONFIG.replace("packs:\n  website: https://voices.example.org\n", "")


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = write_project(tmp_path_factory.mktemp("bad") / "project", BAD, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    return [str(p) for p in caught.value.problems]


def test_every_problem_is_reported_with_the_id_and_field(problems: list[str]) -> None:
    expected = [
        "private/participants.yml:5: bad01: format 2: expected 'easy-read-print', 'large-print', 'audio', 'website-link', 'plain-text' or 'braille-ready-text'. Did you mean 'large-print'?",
        "private/participants.yml:6: bad01: print_size: this is not a print size. Use easy-read (16 point), large (18 point), extra-large (24 point) or a number of points from 14 to 72, like 20.",
        "private/participants.yml:7: bad01: colours: expected 'black-on-white' or 'black-on-yellow'.",
        "private/participants.yml:8: bad01: sent: expected 'post', 'email' or 'by-hand'.",
        "private/participants.yml:9: bad01: review: expected a date. Write dates like 2026-12-03 (year-month-day).",
        "private/participants.yml:11: the person on line 11: id: an id is 1 to 32 lower-case letters, digits, '-' or '_'. Use a short code like p07, never the person's name.",
        "private/participants.yml:18: bad03: call_me: this is missing. Add 'call_me:' (How to address them in their letter, like 'Sam').",
        "private/participants.yml:19: bad03: name: expected some text.",
        "private/participants.yml:20: bad03: formats: a format is written twice. Write each format once.",
        "private/participants.yml:20: bad03: formats: website-link needs the website's address. Set 'packs: {website: https://...}' in easyread.yml.",
        "private/participants.yml:23: bad03: the name before ':' on this line is not known. Did you mean 'name'?",
        "private/participants.yml:33: bad01: supporter.formats: there is no format. Write at least one format, like easy-read-print.",
        "private/participants.yml:25: bad01: id: this id is used twice (first on line 2). Give every person their own id.",
    ]
    assert problems == sorted(expected, key=lambda p: int(p.split(":")[1])), "\n".join(problems)


def test_one_run_names_every_problem_of_a_record(tmp_path: Path) -> None:
    """A record with a wrong 'sent' also had a print size, an id and a language that were
    wrong, but they were said only once 'sent' was mended: staff fixed and ran again, and
    again. Each run now names every problem."""
    text = """\
    participants:
      - id: Not An Id
        name: Roundy Fakeperson
        call_me: Roundy
        formats: [large-print, website-link, large-print]
        print_size: 9
        language: not a language
        sent: pigeon
        review: 2027-01-01
        supporter:
          formats: [audio]
          print_size: huge
          colours: pink
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    assert [p.message for p in caught.value.problems] == [
        "the person on line 2: id: an id is 1 to 32 lower-case letters, digits, '-' or '_'.",
        "the person on line 2: formats: a format is written twice.",
        "the person on line 2: formats: website-link needs the website's address.",
        "the person on line 2: print_size: this is not a print size.",
        "the person on line 2: language: expected a language code like en-GB or cy.",
        "the person on line 2: sent: expected 'post', 'email' or 'by-hand'.",
        "the person on line 2: supporter.print_size: this is not a print size.",
        "the person on line 2: supporter.colours: expected 'black-on-white' or 'black-on-yellow'.",
    ]


def test_a_name_that_is_not_a_field_is_not_said(tmp_path: Path) -> None:
    """An unknown name before the ':' was said back, and staff write anything there: a
    person's name, a relative's, a health condition."""
    text = """\
    participants:
      - id: p1
        name: Keyed Fakeperson
        call_me: Keyed
        formats: [audio]
        sent: post
        review: 2027-01-01
        Mum of Kiddo Fakeperson: yes
        epilepsy: true
        supporter:
          formats: [audio]
          Dad Fakeperson phone: 07700 900123
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    said = [str(p) for p in caught.value.problems]
    known = "Known names: id, name, call_me, formats, sent, review, print_size, colours, language, supporter."
    assert said == [
        f"private/participants.yml:8: p1: the name before ':' on this line is not known. {known}",
        f"private/participants.yml:9: p1: the name before ':' on this line is not known. {known}",
        "private/participants.yml:12: p1: supporter: the name before ':' on this line is not "
        "known. Known names: formats, call_me, print_size, colours, sent.",
    ]
    for secret in ("Mum", "Kiddo", "epilepsy", "Dad", "Fakeperson", "07700"):
        assert all(secret not in message for message in said), said


def test_checks_beyond_the_types(tmp_path: Path) -> None:
    text = """\
    participants:
      - id: p1
        name: Checky Fakeperson
        call_me: Checky
        formats: [website-link, audio, audio]
        print_size: 9
        sent: email
        review: 2027-01-01
        language: not a language
        supporter:
          formats: []
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    messages = [p.message for p in caught.value.problems]
    assert messages == [
        "p1: formats: a format is written twice.",
        "p1: formats: website-link needs the website's address.",
        "p1: print_size: this is not a print size.",
        "p1: language: expected a language code like en-GB or cy.",
        "p1: supporter.formats: there is no format.",
    ]


def test_the_example_in_a_hint_is_not_hidden(tmp_path: Path) -> None:
    """The hint's example 'Sam' is the same words for every file: hiding it because somebody
    is called Sam gave "like '(hidden)'", which made no sense to the reader."""
    text = """\
    participants:
      - {id: p1, name: Sam Fakeperson, call_me: Sam, formats: [audio], sent: post, review: 2027-01-01}
      - {id: p2, name: Jo Fakeperson, formats: [audio], sent: post, review: 2027-01-01}
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    [problem] = caught.value.problems
    assert problem.hint == "Add 'call_me:' (How to address them in their letter, like 'Sam')."


@pytest.mark.parametrize("size", ["14", "16", "easy-read"])
def test_large_print_is_bigger_than_easy_read(tmp_path: Path, size: str) -> None:
    """Large print at 14 point was smaller than easy read, and its PDF said "easy read"."""
    text = f"""\
    participants:
      - id: p1
        name: Smally Fakeperson
        call_me: Smally
        formats: [large-print]
        print_size: {size}
        sent: post
        review: 2027-01-01
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    assert [p.message for p in caught.value.problems] == [
        "p1: print_size: large print is bigger than easy read's 16 point (GUIDELINES LY003)."
    ]


def test_no_message_quotes_a_wrong_value(tmp_path: Path) -> None:
    """A wrong value may be anything staff wrote: an address, a health condition. Only the
    id, the field and what to write are said."""
    text = """\
    participants:
      - id: p8
        name: Quentin Fakeperson
        call_me: Quentin
        formats: [large-print, Quentin hears nothing so no audio]
        print_size: 30pt for his macular degeneration
        colours: yellow for his Irlen syndrome
        sent: post to 4 Oak Street, phone 07700 900777
        review: when he is out of hospital
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    said = "\n".join(str(p) for p in caught.value.problems)
    fields = {p.message.split(": ")[1] for p in caught.value.problems}
    assert {"format 2", "colours", "sent", "review"} <= fields
    assert all(p.message.startswith("p8: ") for p in caught.value.problems)
    for secret in ("hears", "macular", "Irlen", "Oak Street", "07700", "hospital", "Quentin"):
        assert secret not in said, said


def test_no_message_names_a_person(problems: list[str]) -> None:
    assert len(problems) >= 9
    for message in problems:
        for secret in SECRETS:
            assert secret not in message, message


def test_a_good_file_loads(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project")
    people = load_participants(root, load_config(root))
    assert [p.id for p in people] == ["fake01", "fake02", "fake03", "fake04", "fake05", "fake06"]
    assert people[0].language == "en-GB"  # the project's, when the record gives none
    assert people[2].language == "cy"
    assert people[1].review == datetime.date(2025, 1, 1)
    assert people[3].supporter is not None and people[3].supporter.sent == "post"


def test_the_file_can_live_elsewhere(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", config=CONFIG + "  participants: ../people.yml\n")
    with pytest.raises(UsageError, match=r"^\.\./people\.yml: there is no participants file"):
        load_participants(root, load_config(root))
    (tmp_path / "people.yml").write_text((root / "private" / "participants.yml").read_text())
    assert len(load_participants(root, load_config(root))) == 6


def test_not_a_list(tmp_path: Path) -> None:
    root = write_project(tmp_path / "project", "people:\n  - id: x\n")
    with pytest.raises(ContentError, match="expected a list called 'participants'"):
        load_participants(root, load_config(root))


@pytest.mark.parametrize(
    ("setting", "folder"),
    [("content/participants.yml", "content"), ("./build/people.yml", "build")],
)
def test_the_file_is_never_in_a_folder_that_is_published(
    tmp_path: Path, setting: str, folder: str
) -> None:
    """In content/ the build took the file for a document ('This file has no type:'), and
    'easyread packs' failed on that too, without saying it was in the wrong place."""
    from easyread.errors import ConfigError

    root = write_project(tmp_path / "project", config=CONFIG + f"  participants: {setting}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(root)
    [problem] = caught.value.problems
    assert str(problem).startswith(
        f"easyread.yml:10: packs.participants: the private participants file is in {folder}/"
    )
    assert problem.hint.endswith("move it to private/participants.yml and take this setting out.")


def test_a_print_size_without_large_print_is_a_mistake(tmp_path: Path) -> None:
    """Easy read print asked for at 24 point came at 16 point: the size was left out, and
    nothing said so. (A format mistyped is said once, not twice.)"""
    text = """\
    participants:
      - {id: s1, name: Sizey Fakeperson, call_me: Sizey, formats: [easy-read-print], print_size: extra-large, sent: post, review: 2027-01-01}
      - {id: s2, name: Typo Fakeperson, call_me: Typo, formats: [large print], print_size: 24, sent: post, review: 2027-01-01}
      - {id: s3, name: Fine Fakeperson, call_me: Fine, formats: [audio], sent: post, review: 2027-01-01, supporter: {formats: [audio, plain-text], print_size: 20}}
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (2, "s1: print_size: a print size is only for large-print, which is not in formats."),
        (3, "s2: format 1: expected 'easy-read-print', 'large-print', 'audio', 'website-link', "
            "'plain-text' or 'braille-ready-text'."),
        (4, "s3: supporter.print_size: a print size is only for large-print, which is not in "
            "formats."),
    ]  # fmt: skip
    assert caught.value.problems[0].hint == (
        "For print at this size, write large-print in formats (easy-read-print is always 16 "
        "point). Otherwise take print_size out."
    )


def test_a_field_with_nothing_after_it_is_empty_not_missing(tmp_path: Path) -> None:
    """'call_me:' left to fill in later was 'missing. Add call_me:', on the line that has it."""
    text = """\
    participants:
      - id: p1
        name: Blanky Fakeperson
        call_me:
        formats: [audio]
        sent: post
        review: 2027-01-01
        supporter:
          formats:
      - {id: p2, name: Sam Fakeperson, formats: [audio], sent: post, review: 2027-01-01}
    """
    root = write_project(tmp_path / "project", text, NO_WEBSITE)
    with pytest.raises(ContentError) as caught:
        load_participants(root, load_config(root))
    assert [(p.line, p.message, p.hint) for p in caught.value.problems] == [
        (
            4,
            "p1: call_me: this is empty.",
            "Write it after 'call_me:' (How to address them in their letter, like 'Sam').",
        ),
        (
            9,
            "p1: supporter.formats: this is empty.",
            "Write it after 'formats:' (The formats the supporter's copy comes in (the same "
            "words as 'formats')).",
        ),
        (
            10,
            "p2: call_me: this is missing.",
            "Add 'call_me:' (How to address them in their letter, like 'Sam').",
        ),
    ]
