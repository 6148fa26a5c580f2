"""Every kind of bad input gives a message with file, line and what to change; exit 1 or 2."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CONFIG, MakeProject
from scratch import page, png

from easyread.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.output


CONTENT_CASES = {
    "unknown front matter key": (
        {"content/a.md": page(extra="colour: red\n")},
        "content/a.md:3: colour: this name is not known. Known names: title, type, summary, date, language, picture, author, checked_by, order, checks.",
    ),
    "missing title": (
        {"content/a.md": "---\nsummary: Hello\n---\n\n[hello] Hi.\n"},
        "content/a.md:2: title: this is missing. Add 'title:' (The document's title).",
    ),
    "wrong type of value": (
        {"content/a.md": page(extra="date: 3rd March\n")},
        "content/a.md:3: date: expected a date, got '3rd March'. Write dates like 2026-12-03 (year-month-day).",
    ),
    "no front matter": (
        {"content/a.md": "[hello] Hi.\n"},
        "content/a.md:1: The document has no front matter. Start the file with a line '---', then 'title: ...', then another line '---'.",
    ),
    "unknown symbol": (
        {"content/a.md": page(body="[hello] Hi.\n\n[meting] We meet.\n")},
        "content/a.md:7: There is no picture called 'meting'. Did you mean 'meeting' or 'heating' or 'next-meeting'?",
    ),
    "missing image file": (
        {"content/a.md": page(body="[photos/hall.jpg: The hall] We meet here.\n")},
        "content/a.md:5: There is no picture file 'photos/hall.jpg'. Put the file in content/photos/ or correct the name.",
    ),
    "a folder named like a picture": (
        {
            "content/a.md": page(body="[hall.png: The hall] We meet here.\n"),
            "content/hall.png/x.png": png(),
        },
        "content/a.md:5: 'hall.png' is a folder, not a picture file. Write the name of a picture file in it, like [hall.png/photo.jpg: what the picture shows], or rename the folder.",
    ),
    "a picture's name in other capitals beside a folder of that name": (
        {
            "content/a.md": page(body="[hall.png: The hall] We meet here.\n"),
            "content/HALL.PNG/x.png": png(),
        },
        "content/a.md:5: There is no picture file 'hall.png'. Put the file in content/ or correct the name.",
    ),
    "image without description": (
        {"content/a.md": page(body="[hall.png] We meet here.\n"), "content/hall.png": b"png"},
        "content/a.md:5: The picture 'hall.png' has no description. Say what it shows after a colon: [hall.png: what the picture shows].",
    ),
    "hard word not in glossary": (
        {"content/a.md": page(body="[hello] Hi.\nRead the {agenda}.\n")},
        "content/a.md:6: The hard word 'agenda' is not in the glossary. Explain it here, like {agenda: what it means}, or add it to the glossary.",
    ),
    "link to a missing document": (
        {"content/a.md": page(body="[hello] Read [the minutes](minutes.md).\n")},
        "content/a.md:5: The link to 'minutes.md' goes to a document that does not exist. Link to one of: a.md.",
    ),
    "link to a misspelt document in a big project": (
        {
            "content/a.md": page(body="[hello] Read [the minutes](minuts.md).\n"),
            "content/minutes.md": page(title="Minutes"),
            **{f"content/doc-{i}.md": page(title=f"Page {i}") for i in range(12)},
        },
        "content/a.md:5: The link to 'minuts.md' goes to a document that does not exist. Did you mean minutes.md? Write the file name as it is in content/.",
    ),
    "a key written twice in front matter": (
        {"content/a.md": "---\ntitle: One\nsummary: A.\ntitle: Two\n---\n\n[hello] Hi.\n"},
        "content/a.md:4:1: title: this is written twice, here and on line 2. Keep one 'title:' and remove the other.",
    ),
    "a hard word explained differently in two places": (
        {
            "content/a.md": page(body="[hello] We play with a {zorb: a big ball you roll in}.\n"),
            "content/b.md": page(title="B", body="[hello] We like the {zorb: a fun ball}.\n"),
        },
        "content/b.md:5: The hard word 'zorb' is explained here and, differently, in content/a.md:5. Explain it in one place: remove the other explanation, or make them the same.",
    ),
    "a hard word explained again differently from the glossary": (
        {
            "content/a.md": page(body="[hello] Read the {agenda: a plan}.\n"),
            "content/glossary.yml": "type: glossary\ntitle: Hard words\nwords:\n  agenda: {means: A list of things to talk about.}\n",
        },
        "content/a.md:5: The hard word 'agenda' is explained here and, differently, in content/glossary.yml:4. Explain it in one place: remove the other explanation, or make them the same.",
    ),
    "a photo from a phone that pages cannot show": (
        {"content/a.md": page(body="[photos/trip.heic: Our trip] We went to the sea.\n")},
        "content/a.md:5: The picture file 'photos/trip.heic' is a HEIC file, which web pages and PDFs cannot show. Save it as JPEG or PNG (a photo program can do this: 'Export' or 'Save as'), and write its new name here.",
    ),
    "a picture file named with other capitals": (
        {
            "content/a.md": page(body="[photos/hall.jpg: The big hall] We meet here.\n"),
            "content/photos/Hall.JPG": b"\xff\xd8\xff",
        },
        "content/a.md:5: There is no picture file 'photos/hall.jpg'. There is 'Hall.JPG': write the name as it is, with the same capitals.",
    ),
    "a link to a draft kept in a folder inside content": (
        {
            "content/a.md": page(body="[book] Read [the plan](drafts/plan.md).\n"),
            "content/drafts/plan.md": page(title="Plan"),
        },
        "content/a.md:5: The link to 'drafts/plan.md' goes to a file in a folder inside content/, which is not a document of the website. Move the file into content/ itself to publish it and link to it.",
    ),
    "a link to a file outside content": (
        {"content/a.md": page(body="[book] Read [the notes](../notes.md).\n"), "notes.md": "x"},
        "content/a.md:5: The link to '../notes.md' goes to a document that does not exist.",
    ),
    "a picture file that is not a picture": (
        {
            "content/a.md": page(body="[photos/hall.jpg: The big hall] We meet here.\n"),
            "content/photos/hall.jpg": b"This was saved from a word processor.",
        },
        "content/a.md:5: The file 'photos/hall.jpg' is not a picture, or it is damaged. Save the picture again as PNG, JPEG or SVG, and put it in the same place.",
    ),
    "a second colon in a title": (
        {"content/a.md": "---\ntitle: Our meeting: the plan\n---\n\n[hello] Hi.\n"},
        "content/a.md:2:19: This is not valid YAML: there is a second ':' in this line. Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
    ),
    "a tab": (
        {"content/a.md": "---\ntitle: A\n\tsummary: B\n---\n\n[hello] Hi.\n"},
        "content/a.md:3:1: This is not valid YAML: there is a tab. Indent with spaces, not tabs. Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
    ),
    "a tab under a name": (
        {"content/a.yml": "type: glossary\ntitle: Words\nwords:\n\tagenda: A list.\n"},
        "content/a.yml:4:1: This is not valid YAML: there is a tab. Indent with spaces, not tabs. Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
    ),
    "a tab between words, and a second colon": (
        {"content/a.md": "---\ntitle: Tea\tand coffee: yes\n---\n\n[hello] Hi.\n"},
        "content/a.md:2:22: This is not valid YAML: there is a second ':' in this line. Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
    ),
    "a quote not closed": (
        {"content/a.md": '---\ntitle: "A\nsummary: B\n---\n\n[hello] Hi.\n'},
        "content/a.md:2:8: This is not valid YAML: the quote mark that starts here is not closed. Put the same quote mark at the end of the text.",
    ),
    "bad YAML": (
        {"content/a.md": "---\ntitle: [unclosed\n---\n\n[hello] Hi.\n"},
        "content/a.md:2:8: This is not valid YAML: a '[' is not closed with ']'. Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
    ),
    "a quote not closed in a meeting": (
        {
            "content/m.yml": 'type: meeting\ntitle: M\nwhat: "[hello] Hi.\ndate: 2026-12-10\nstart: 2pm\nplace: {name: Hall}\n'
        },
        "content/m.yml:3:7: This is not valid YAML: the quote mark that starts here is not closed. Put the same quote mark at the end of the text.",
    ),
    "a name without its colon": (
        {
            "content/a.md": "---\ntitle: A\nsummary Where we are going.\npicture: bus\n---\n\n[hello] Hi.\n"
        },
        "content/a.md:3: This is not valid YAML: there is no ':' after 'summary' in \"summary Where we are going.\". Put a ':' straight after the name, like \"summary: ...\".",
    ),
    "a name without its colon on the last line": (
        {"content/a.yml": "type: minutes\ntitle: M\ndate 2026-11-01"},
        "content/a.yml:3: This is not valid YAML: there is no ':' after 'date' in \"date 2026-11-01\". Put a ':' straight after the name, like \"date: ...\".",
    ),
    "a point in YAML without quotes": (
        {
            "content/m.yml": "type: meeting\ntitle: M\nwhat: [hello] We will have a party.\ndate: 2026-12-10\n"
        },
        'content/m.yml:3:7: This is not valid YAML: text that starts with \'[\' must be in quotes. Put straight quote marks (") around it, like: "[hello] We will have a party."',
    ),
    "a line indented too far": (
        {
            "content/m.yml": "type: meeting\ntitle: M\nwhat: Hi.\nplace:\n  name: Hall\n   address: 1 Road\n"
        },
        "content/m.yml:6: This is not valid YAML: this line is indented more than the line above it. Start it with the same number of spaces as the line above.",
    ),
    "curly quotes in a list": (
        {"content/m.yml": "type: meeting\ntitle: M\nbring: [\u201c[money] Some money.\u201d]\n"},
        'content/m.yml:3:9: This is not valid YAML: this line has curly quote marks (\u201c \u201d), which do not count as quotes. Use straight quote marks (") instead, like "[money] Some money."',
    ),
    "a Markdown page saved as .yaml": (
        {"content/cafe.yaml": "---\ntitle: Cafe\n---\n\n[hello] Hi.\n"},
        "content/cafe.yaml:3: This is not valid YAML: there is a second '---' line, so this looks like a Markdown page. A .yml file has no '---' lines. If this is a page, save it with a name ending in .md.",
    ),
    "a picture not closed": (
        {"content/a.md": page(body="[bus We go by bus.\n")},
        "content/a.md:5: There is a '[' with no ']' to close it: \"[bus We go by bus.\". Close the picture name with ']', then leave a space, like [bus] We go by bus.",
    ),
    "a hard word not closed": (
        {"content/a.md": page(body="[hello] Hi.\nRing us about the {agenda before Friday.\n")},
        "content/a.md:6: There is a '{' with no '}' to close it: \"{agenda before Friday.\". Put a '}' straight after the hard word, like {agenda}, or take the '{' away.",
    ),
    "an unknown picture in the front matter": (
        {"content/a.md": page(extra="summary: A.\npicture: seasidee\n")},
        "content/a.md:4: There is no picture called 'seasidee'.",
    ),
    "an unknown picture in a YAML document": (
        {"content/m.yml": "type: minutes\ntitle: M\ndate: 2026-11-01\npicture: meetin\n"},
        "content/m.yml:4: There is no picture called 'meetin'.",
    ),
    "a misspelt name with a list under it": (
        {"content/a.md": page(extra="checked-by:\n  - name: Sam\n")},
        "content/a.md:3: checked-by: this name is not known. Did you mean 'checked_by'?",
    ),
    "a document's language by its name": (
        {
            "content/a.md": page(extra="language: Welsh\n"),
            "content/b.md": page(extra="language: xx-yyy-zz\n"),
        },
        "content/a.md:3: language: 'Welsh' is not a language code. Write the code for Welsh: language: cy\n"
        "content/b.md:3: language: 'xx-yyy-zz' is not a language code. Write a code like en-GB (English), cy (Welsh) or pl (Polish).",
    ),
    "a '#' in a title": (
        {
            "content/a.md": "---\ntitle: Meeting #3\n---\n\n[hello] Hi.\n",
            "content/b.yml": "type: minutes\ntitle: Party # 2\ndate: 2026-11-01\n",
        },
        'content/a.md:2:16: The text after \'#\' is left out: YAML reads it as a note, so this says only "Meeting". Put the whole text in quotes, like title: "Meeting #3"\n'
        'content/b.yml:2:14: The text after \'#\' is left out: YAML reads it as a note, so this says only "Party". Put the whole text in quotes, like title: "Party # 2"',
    ),
    "values said as they are written, not as Python shows them": (
        {"content/a.md": page(extra="checks: {ER012: of}\nauthor: [Jo, Sam]\nsummary: yes\n")},
        "content/a.md:3: checks.ER012: expected 'error', 'warning' or 'off', got 'of'. Did you mean 'off'?\n"
        "content/a.md:4: author: expected some text, got a list.\n"
        "content/a.md:5: summary: expected some text, got true.",
    ),
    "not UTF-8": (
        {"content/a.md": b"---\ntitle: Caf\xe9\n---\n"},
        "content/a.md:2: This file is not saved as UTF-8 text. Save it again as 'UTF-8' (most editors have this in 'Save as' or 'Encoding').",
    ),
    "structured document without a type": (
        {"content/a.yml": "title: A meeting\n"},
        "content/a.yml:1: This file has no 'type:'. It can be 'meeting', 'minutes', 'glossary', 'form', 'results', 'you-said-we-did' or 'actions'. Say what this document is, like 'type: meeting'. Write ordinary pages as .md files.",
    ),
    "structured document of an unknown type": (
        {"content/a.yml": "title: A meeting\ntype: meting\n"},
        "content/a.yml:2: type: 'meting' is not known. It can be 'meeting', 'minutes', 'glossary', 'form', 'results', 'you-said-we-did' or 'actions'. Say what this document is, like 'type: meeting'. Write ordinary pages as .md files.",
    ),
    "impossible date and time": (
        {
            "content/m.yml": "type: minutes\ntitle: M\ndate: 2026-13-01\nactions:\n  - {who: Jo, what: Ring., by: tomorrow}\n"
        },
        "content/m.yml:3: date: expected a date, got '2026-13-01'. Write dates like 2026-12-03 (year-month-day).\n"
        "content/m.yml:5: action 1, by: expected a date, got 'tomorrow'. Write dates like 2026-12-03 (year-month-day).",
    ),
    "meeting time": (
        {
            "content/m.yml": "type: meeting\ntitle: M\nwhat: Hi.\ndate: 2026-12-10\nstart: 25pm\nplace: {name: Hall}\n"
        },
        "content/m.yml:5: start: expected a time, got '25pm'. Write times like 14:00 or 2pm.",
    ),
    "a meeting that ends before it starts, with a reply after it": (
        {
            "content/m.yml": "type: meeting\ntitle: M\nwhat: Hi.\ndate: 2026-12-10\nstart: 4pm\nend: 2pm\nplace: {name: Hall}\nreply: {by: 2026-12-11}\n"
        },
        "content/m.yml:6: end: the meeting would end at 2pm, before it starts at 4pm. Check 'start:' and 'end:'. Write times like 2pm, 2:30pm or 14:30.\n"
        "content/m.yml:8: reply: by: Friday 11 December 2026 is after the meeting, on Thursday 10 December 2026. Ask people to reply before the day of the meeting.",
    ),
    "a hidden control character in YAML": (
        {"content/m.yml": "type: minutes\ntitle: Our\x00 meeting\ndate: 2026-11-01\n"},
        "content/m.yml:2:11: There is a hidden control character (U+0000) here, which YAML does not allow. Delete it: copy the text into a plain text editor, or type the line again.",
    ),
    "a value that contains itself": (
        {"content/m.yml": "type: minutes\ntitle: M\ndate: 2026-11-01\ncame: &a [Jo, *a]\n"},
        "content/m.yml:4: This value contains itself (a '*name' inside the '&name' it repeats). Write the value out instead of repeating it with '&' and '*'.",
    ),
    "values repeated until they would fill the memory": (
        {
            "content/m.yml": "type: minutes\ntitle: M\ndate: 2026-11-01\na: &a [x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
                for p, n in zip("abcdefgh", "bcdefghi", strict=True)
            )
        },
        "content/m.yml:4: This file repeats values with '&' and '*' too many times to read. Write the values out instead of repeating them with '&' and '*'.",
    ),
    "values inside each other too deep": (
        {"content/m.yml": "type: minutes\ntitle: M\ncame: " + "[" * 150 + "]" * 150 + "\n"},
        "content/m.yml:3: The values here are inside each other more than 100 deep. Check the '[' and '{' on this line: each needs its own ']' or '}'.",
    ),
    "a YAML tag easyread does not know": (
        {"content/a.md": page(extra="summary: !important Come along.\n")},
        "content/a.md:3:10: easyread does not know the tag '!important' here. Take the word that starts with '!' away, or put the whole value in quotes.",
    ),
    "a name that is a list": (
        {"content/m.yml": "type: minutes\ntitle: M\n[Jo, Sam]: came\n"},
        "content/m.yml:3:1: A name before ':' here is a list or a group of values. Write a plain name, like 'title:'. Put text that starts with '[', '{' or '?' in quotes.",
    ),
    "a folder where a symbol set's manifest should be": (
        {"content/a.md": page(), "symbols/ours/symbols.yml/notes.txt": "x"},
        "symbols/ours/symbols.yml: This is a folder, where easyread needs a file. Move or rename the folder, and put the file here.",
    ),
    "a name or value thousands of characters long is said in short": (
        {
            "content/a.md": page(
                extra=f"author: {'Jo ' * 1000}\nsummary: [{'x' * 5000}]\n",
                body=f"[{'meeting' * 500}] We meet.\n\nRead the {{{'agenda' * 500}}}.\n",
            )
        },
        "content/a.md:4: summary: expected some text, got a list.\n"
        f"content/a.md:7: There is no picture called '{'meeting' * 8}m...'. Use a name from the picture library, or an image file like [photo.jpg: what it shows].\n"
        f"content/a.md:9: The hard word '{'agenda' * 9}age...' is not in the glossary. Explain it here, like {{{'agenda' * 9}age...: what it means}}, or add it to the glossary.",
    ),
    "two files for one page": (
        {"content/a.md": page(), "content/a.yml": "type: minutes\ntitle: M\ndate: 2026-11-01\n"},
        "content/a.yml: Two documents would both be the page 'a.html'. Rename this file or content/a.md.",
    ),
}


@pytest.mark.parametrize("files, expected", CONTENT_CASES.values(), ids=CONTENT_CASES.keys())
def test_content_errors(
    make_project: MakeProject, files: dict[str, str | bytes], expected: str
) -> None:
    root = make_project(files)
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    got = output.splitlines()[: expected.count("\n") + 1]
    assert [line[: len(e)] for line, e in zip(got, expected.splitlines(), strict=True)] == (
        expected.splitlines()
    )


def test_a_link_to_a_document_with_a_mistake_is_not_called_broken(
    make_project: MakeProject,
) -> None:
    root = make_project(
        {
            "content/a.md": page(body="[hello] Read [the minutes](minutes.md).\n"),
            "content/minutes.md": "---\ntitle: [unclosed\n---\n\n[hello] Hi.\n",
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.startswith("content/minutes.md:2:8: This is not valid YAML")
    assert "does not exist" not in output


def test_a_mistake_in_the_glossary_does_not_make_its_words_missing_elsewhere(
    make_project: MakeProject,
) -> None:
    """A word written twice in the glossary made another page say "The hard word 'agenda'
    is not in the glossary", though it was there."""
    glossary = (
        "type: glossary\ntitle: Hard words\nwords:\n  agenda: A list.\n  minutes: Notes.\n"
        "  minutes: Notes again.\n"
    )
    root = make_project(
        {
            "content/a.md": page(body="[hello] Read the {agenda}.\n"),
            "content/glossary.yml": glossary,
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.splitlines() == [
        "content/glossary.yml:6:3: words.minutes: this is written twice, here and on line 5. "
        "Keep one 'minutes:' and remove the other.",
        "Nothing was changed in the output.",
    ]


def test_all_problems_are_reported_together(make_project: MakeProject) -> None:
    root = make_project(
        {
            "content/a.md": page(
                extra="colour: red\n", body="[meting] Hi.\n\n[hello] The {agenda}.\n"
            ),
            "content/b.md": b"\xff\xfe",
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert [line.split(" ")[0] for line in output.splitlines()] == [
        "content/a.md:3:",
        "content/a.md:6:",
        "content/a.md:8:",
        "content/b.md:1:",
        "4",
    ]
    assert output.splitlines()[-1] == "4 problems. Nothing was changed in the output."


def test_one_problem_also_says_that_nothing_was_changed(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[meting] Hi.\n")})
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.splitlines()[0].startswith("content/a.md:")
    assert output.splitlines()[1:] == ["Nothing was changed in the output."]
    # a command that writes nothing does not say it
    code, output = run("symbols", "suggest", str(root / "content" / "a.md"))
    assert code == 1 and "Nothing was changed" not in output


CONFIG_CASES = {
    "wrong values and unknown keys": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\ntheme:\n  font_size: big\n  colours: black-on-pink\n  fonts: x\n",
        "easyread.yml:5: theme.font_size: expected a size in pixels from 20 to 40, got 'big'.\n"
        "easyread.yml:6: theme.colours: expected 'black-on-white', 'black-on-cream' or 'black-on-yellow', got 'black-on-pink'. Did you mean 'black-on-white'?\n"
        "easyread.yml:7: theme.fonts: this name is not known. Did you mean 'font'?",
    ),
    "too small text": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\ntheme: {font_size: 12}\n",
        "easyread.yml:4: theme.font_size: expected a size in pixels from 20 to 40, got 12.",
    ),
    "no way to contact": (
        "title: T\norganisation: O\n",
        "easyread.yml:1: contact: there is no way to contact you. Add a phone number, email or address, so people can ask for other formats.",
    ),
    "a key written twice inside another": (
        "title: T\ncontact: {phone: '1'}\ntheme:\n  font_size: 24\n  colours: black-on-yellow\n  font_size: 20\n",
        "easyread.yml:6:3: theme.font_size: this is written twice, here and on line 4. Keep one 'font_size:' and remove the other.",
    ),
    "a language by its name, not its code": (
        "title: T\norganisation: O\nlanguage: English\ncontact: {phone: '1'}\n",
        "easyread.yml:3: language: 'English' is not a language code. Write the code for English: language: en-GB",
    ),
    "an unknown picture": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\npicture: meetin\n",
        "easyread.yml:4: There is no picture called 'meetin'. Did you mean 'meeting'",
    ),
    "a website that is not a web address, which packs' letters would give people": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\npacks:\n  website: 5\n",
        "easyread.yml:5: packs.website: '5' is not a web address. Write the whole address of the published website, like https://voices.example.org: people's letters give it to them.",
    ),
    "a participants file in content/, which the website is made from": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\npacks:\n  participants: ./content/people.yml\n",
        "easyread.yml:5: packs.participants: the private participants file is in content/, which easyread build makes into the website. Keep it out of content/, symbols/, templates/ and build/: move it to private/participants.yml and take this setting out.",
    ),
    "limits in the wrong order say their line": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\nchecks:\n  sentence_words: 30\n  rare_word_zipf: 4\n",
        "easyread.yml:5: checks.sentence_words: 30 is more than sentence_words_error (25). The warning limit must not be above the error limit.\n"
        "easyread.yml:6: checks.rare_word_zipf: 4 is more than hard_word_zipf (3.5). Very rare words (errors) must be rarer than hard words (warnings).",
    ),
    "synonyms written as one list, not a list of groups": (
        "title: T\norganisation: O\ncontact: {phone: '1'}\nchecks:\n  synonyms: [meeting, get-together]\n",
        "easyread.yml:5: checks.synonyms: group 1 has only one word ('meeting'). Write each group as a list of 2 or more words for the same thing, like synonyms: [[meeting, get-together], [carer, supporter]].",
    ),
    "missing title": (
        "organisation: O\ncontact: {email: a@example.org}\n",
        "easyread.yml:1: title: this is missing. Add 'title:' (The name of the website, for example the group's name).",
    ),
}


@pytest.mark.parametrize("config, expected", CONFIG_CASES.values(), ids=CONFIG_CASES.keys())
def test_config_errors(make_project: MakeProject, config: str, expected: str) -> None:
    root = make_project({"content/a.md": page()}, config=config)
    code, output = run("build", str(root))
    assert code == 2
    got = output.splitlines()[: expected.count("\n") + 1]
    assert [line[: len(e)] for line, e in zip(got, expected.splitlines(), strict=True)] == (
        expected.splitlines()
    )


def test_usage_errors(make_project: MakeProject, tmp_path: Path) -> None:
    code, output = run("build", str(tmp_path / "nowhere"))
    assert code == 2
    assert "there is no easyread.yml here" in output
    root = make_project({"content/a.md": page()})
    code, output = run("build", str(root), "--format", "html,braille")
    assert (code, output.strip()) == (
        2,
        "--format: braille is not a format. Choose from: "
        + ", ".join(_formats())
        + " (separate them with commas).",
    )
    code, output = run("build", str(root), "--out", str(root))
    assert code == 2 and "the output folder cannot hold the project" in output
    code, output = run("build", str(root), "--out", str(root / "content" / "out"))
    assert code == 2 and "cannot be inside the project's content folder" in output
    assert not (root / "content" / "out").exists()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    code, output = run("build", str(root), "--out", str(tmp_path / "mine"), "--format", "html")
    assert code == 2 and "this folder has files that easyread did not make" in output
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    (tmp_path / "notes.txt").write_text("keep me")
    code, output = run("build", str(root), "--out", str(tmp_path / "notes.txt"))
    assert (code, output.strip()) == (
        2,
        f"{tmp_path / 'notes.txt'}: this is a file, where the build makes its output "
        "folder. Move or rename the file, or choose another folder with --out.",
    )
    assert (tmp_path / "notes.txt").read_text() == "keep me"
    (root / "build").write_text("keep me")  # no --out: the message does not name one
    code, output = run("build", str(root))
    assert (code, output.strip()) == (
        2,
        f"{root / 'build'}: this is a file, where the build makes its output "
        "folder. Move or rename the file, or choose another folder with --out.",
    )


def test_no_content_folder(tmp_path: Path) -> None:
    (tmp_path / "easyread.yml").write_text(CONFIG)
    code, output = run("build", str(tmp_path))
    assert (code, output.splitlines()[0]) == (
        1,
        "content: There is no content folder. Make a folder called 'content' for your documents.",
    )


def _formats() -> list[str]:
    from easyread.render import FORMATS

    return list(FORMATS)


def test_unknown_rule_in_front_matter(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(extra="checks:\n  ER012: off\n  ER999: off\n")})
    code, output = run("build", str(root), "--format", "html")
    assert (code, output.splitlines()[0]) == (
        1,
        "content/a.md:5: checks.ER999: there is no rule ER999. Rules are named like ER001: 'easyread check --rules' lists them.",
    )


def test_print_sizes_and_rule_names_in_settings_say_their_line(make_project: MakeProject) -> None:
    config = (
        "title: T\norganisation: O\ncontact: {phone: '1'}\n"
        "print:\n  sizes: [easy-read, huge]\nchecks:\n  rules:\n    ER999: off\n"
    )
    root = make_project({"content/a.md": page()}, config=config)
    code, output = run("build", str(root), "--format", "html")
    assert code == 2
    assert output.splitlines()[:2] == [
        "easyread.yml:5: print.sizes: 'huge' is not a print size. Use easy-read (16 point), large (18 point), extra-large (24 point) or a number of points from 14 to 72, like 20.",
        "easyread.yml:8: checks.rules.ER999: there is no rule ER999. Rules are named like ER001: 'easyread check --rules' lists them.",
    ]


def test_a_file_saved_from_a_word_processor_is_named_as_left_out(
    make_project: MakeProject,
) -> None:
    root = make_project({"content/a.md": page(), "content/notes.docx": b"PK\x03\x04"})
    code, output = run("build", str(root), "--format", "html")
    assert code == 0
    assert (
        "content/notes.docx is not a document of the website, so it is left out. "
        "Write documents as .md or .yml files (see the README)." in output
    )


def _as_a_user() -> list[str]:
    """A prefix that runs a command without root's power to open any file (none for a user)."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("needs setpriv, to run as root without its power over file permissions")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}"]


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_document_easyread_may_not_open_is_named_not_a_traceback(
    make_project: MakeProject, command: str
) -> None:
    root = make_project({"content/a.md": page(), "content/b.md": page(title="B")})
    (root / "content" / "b.md").chmod(0)
    try:
        ran = subprocess.run(
            [*_as_a_user(), sys.executable, "-m", "easyread", command],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        (root / "content" / "b.md").chmod(0o644)
    assert ran.returncode == 1, ran.stderr
    assert ran.stderr.splitlines()[0] == (
        "content/b.md: easyread is not allowed to open this file, or its folder. Give your "
        "user permission to open it (in a file manager: Properties, then Permissions), then "
        "run again."
    )
    assert "Traceback" not in ran.stderr
    assert not (root / "build").exists()


def test_a_document_that_is_a_broken_link_or_a_folder_is_named_as_left_out(
    make_project: MakeProject,
) -> None:
    root = make_project({"content/a.md": page(), "content/notes.md/draft.md": page()})
    content = root / "content"
    (content / "minutes.md").symlink_to(root.parent / "usb-stick" / "minutes.md")
    (content / "loop.yml").symlink_to(content / "loop.yml")
    code, output = run("build", str(root), "--format", "html")
    assert code == 0, output
    assert [line for line in output.splitlines() if "left out" in line] == [
        "Warning: content/loop.yml is a link to a file that is not there, so it is left out. "
        "Mend the link, or put the document itself here.",
        "Warning: content/minutes.md is a link to a file that is not there, so it is left out. "
        "Mend the link, or put the document itself here.",
        "Warning: content/notes.md is a folder, not a document, so it is left out. "
        "Rename the folder, or move the document out of it into content/.",
    ]


def test_files_computers_hide_in_content_are_not_read(make_project: MakeProject) -> None:
    """A Mac makes ._welcome.md on a USB stick or network share; Finder does not show it."""
    root = make_project(
        {
            "content/welcome.md": page(),
            "content/._welcome.md": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ",
            "content/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "content/~$notes.docx": b"\x05Jane",
            "content/.welcome.md.swp": b"b0VIM 9.0",
            "content/welcome.md~": page(title="An old copy"),
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 0, output
    assert "._welcome" not in output and "notes.docx" not in output and "old copy" not in output
    assert sorted(p.name for p in (root / "build" / "site").glob("*.html")) == [
        "about.html",
        "index.html",
        "welcome.html",
    ]


def test_a_picture_spoilt_after_a_build_is_found_by_the_next(make_project: MakeProject) -> None:
    """The document is kept from the last build, but its own picture is looked at again; an
    SVG with a long licence comment before <svg is a picture."""
    licence = "<!-- " + "Licence text. " * 500 + "-->"
    svg = f'<?xml version="1.0"?>\n{licence}\n<svg xmlns="http://www.w3.org/2000/svg"/>\n'
    root = make_project(
        {
            "content/a.md": page(body="[photos/hall.svg: The big hall] We meet here.\n"),
            "content/photos/hall.svg": svg,
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 0, output
    (root / "content" / "photos" / "hall.svg").write_text("<html>Not found</html>")
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert (
        "content/a.md:5: The file 'photos/hall.svg' is not a picture, or it is damaged." in output
    )


def test_a_picture_removed_from_a_moved_project_is_found_by_the_next_build(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The folder is copied elsewhere with its build (to a USB stick, or a new name); the
    documents the last build made point to the old folder's pictures, which must not count."""
    old = make_project(
        {
            "content/a.md": page(body="[photos/hall.png: The big hall] We meet here.\n"),
            "content/photos/hall.png": png(),
        }
    )
    code, output = run("build", str(old), "--format", "html")
    assert code == 0, output
    moved = tmp_path / "moved"
    shutil.copytree(old, moved)
    (moved / "content" / "photos" / "hall.png").unlink()
    code, output = run("build", str(moved), "--format", "html")
    assert code == 1
    assert "content/a.md:5: There is no picture file 'photos/hall.png'." in output
    assert (
        moved / "build" / "site" / "pictures" / "own" / "content" / "photos" / "hall.png"
    ).is_file()


SCRIPTED = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'


def test_a_picture_that_could_run_a_script_or_reach_outside_is_refused(
    make_project: MakeProject,
) -> None:
    """It went into the public pages (an <img> of it, or inline) with exit 0."""
    tracker = (
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example/p.png"/></svg>'
    )
    manifest = (
        "name: Ours\nlicence: CC0\nauthor: Us\nfallback: true\nsymbols:\n"
        "  bus: {file: bus.svg, alt: A bus}\n"
    )
    root = make_project(
        {
            "content/a.md": page(
                body="[photos/hall.svg: The big hall] We meet here.\n\n[ours/bus] We go by bus.\n"
            ),
            "content/photos/hall.svg": SCRIPTED,
            "symbols/ours/symbols.yml": manifest,
            "symbols/ours/bus.svg": tracker,
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.splitlines()[:2] == [
        "content/a.md:5: The picture 'photos/hall.svg' cannot be used: it runs code when it is "
        "shown (the attribute 'onload'). Save it again from a drawing or photo program as PNG, "
        "JPEG or plain SVG, without scripts or links to other files, and put it in the same place.",
        "content/a.md:7: The picture 'ours/bus' (symbols/ours/bus.svg) cannot be used: it uses a "
        "file or website outside it ('https://t.example/p.png'). Choose another picture. "
        "Importing its set again with 'easyread symbols import' leaves out the pictures that "
        "cannot be used.",
    ]
    assert not (root / "build").exists()


def test_a_photo_too_big_to_print_is_refused_with_its_line(make_project: MakeProject) -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (10000, 9000)).save(out, "PNG")
    root = make_project(
        {
            "content/a.md": page(body="[photos/hall.png: The big hall] We meet here.\n"),
            "content/photos/hall.png": out.getvalue(),
        }
    )
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.startswith(
        "content/a.md:5: The picture 'photos/hall.png' cannot be used: it is too big to print "
        "(more than 89 million pixels)."
    )


def test_a_photo_replaced_by_a_huge_one_after_a_build_is_found_by_the_next(
    make_project: MakeProject,
) -> None:
    """The document was kept from the last build, and the PDF stage then failed with a
    message about easyread.yml."""
    from PIL import Image

    root = make_project(
        {
            "content/a.md": page(body="[photos/hall.png: The big hall] We meet here.\n"),
            "content/photos/hall.png": png(),
        }
    )
    assert run("build", str(root), "--format", "html")[0] == 0
    Image.new("1", (10000, 9000)).save(root / "content" / "photos" / "hall.png")
    code, output = run("build", str(root), "--format", "html")
    assert code == 1
    assert output.startswith(
        "content/a.md:5: The picture 'photos/hall.png' cannot be used: it is too big to print "
        "(more than 89 million pixels). Make it smaller in a photo program"
    )


def test_an_svg_that_gains_a_script_after_a_build_is_found_by_the_next(
    make_project: MakeProject,
) -> None:
    root = make_project(
        {
            "content/a.md": page(body="[photos/hall.svg: The big hall] We meet here.\n"),
            "content/photos/hall.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
        }
    )
    assert run("build", str(root), "--format", "html")[0] == 0
    (root / "content" / "photos" / "hall.svg").write_text(SCRIPTED)
    code, output = run("build", str(root), "--format", "html")
    assert code == 1 and "it runs code when it is shown" in output


def test_the_same_meaning_written_again_is_no_mistake(make_project: MakeProject) -> None:
    """Only a different meaning is: not a capital letter or a full stop more."""
    glossary = "type: glossary\ntitle: Hard words\nwords:\n  agenda: {means: A list of things.}\n"
    body = "[hello] Read the {agenda: a list of things}.\n"
    root = make_project({"content/a.md": page(body=body), "content/glossary.yml": glossary})
    code, output = run("build", str(root), "--format", "html")
    assert code == 0, output


def test_a_picture_of_one_kind_named_as_another_is_a_picture(make_project: MakeProject) -> None:
    """A PNG saved with a .jpg name shows well in a browser and a PDF: it is no mistake."""
    root = make_project(
        {
            "content/a.md": page(body="[photos/hall.jpg: The big hall] We meet here.\n"),
            "content/photos/hall.jpg": png(),
        }
    )
    code, output = run("build", str(root), "--format", "html", "--no-checks")
    assert code == 0, output


@pytest.mark.parametrize(
    ("name", "data"),
    [("hall.svg", b"\x89PNG\r\n\x1a\n" + bytes(64)), ("hall.png", b'<svg xmlns="x"/>')],
)
def test_a_browser_would_not_show_an_svg_not_named_svg_or_the_other_way(
    make_project: MakeProject, name: str, data: bytes
) -> None:
    """A browser takes a file for SVG by its name only: a PNG named .svg, or an SVG named
    .png, shows as a broken picture."""
    root = make_project(
        {
            "content/a.md": page(body=f"[photos/{name}: The big hall] We meet here.\n"),
            f"content/photos/{name}": data,
        }
    )
    code, output = run("build", str(root), "--format", "html", "--no-checks")
    assert code == 1 and "is not a picture, or it is damaged" in output
