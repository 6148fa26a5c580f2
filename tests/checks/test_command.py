"""``easyread check`` as a user runs it: exit codes, text and JSON output, configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from easyread.checks.command import check
from easyread.starter import create

LONG = "We will meet at the big community centre on Thursday to talk about the new buses."
VERY_LONG = (
    "The council told us that the new day centre will open next year and that it will "
    "have a garden, a kitchen and a quiet room."
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new project (``easyread new``), the current folder."""
    root = tmp_path / "project"
    create(root)
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(check, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_file_with_warnings_only_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("letter.md").write_text(f"# Our meeting\n\nHello.\n{LONG}\n", "utf-8")
    code, out, _ = run("letter.md")
    assert code == 0
    assert out.splitlines() == [
        "letter.md:4:1: ER001 This sentence has 16 words. Easy read: 15 or fewer. Split it.",
        f"   4 | {LONG}",
        "     | " + "^" * len(LONG) + " warning",
        "1 document checked: 1 ready, 0 need work; 0 errors, 1 warning.",
    ]


def test_a_finding_in_a_very_long_line_shows_the_part_around_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paragraph pasted as one line of 3,000 words printed all of it under each finding."""
    monkeypatch.chdir(tmp_path)
    line = "We meet. " * 300 + "Bring your pens, e.g. a pencil. " + "We meet. " * 300
    Path("letter.md").write_text(f"# Our meeting\n\n{line}\n", "utf-8")
    code, out, _ = run("letter.md")
    assert code == 1
    lines = out.splitlines()
    column = line.index("e.g.") + 1
    at = lines.index(f'letter.md:3:{column}: ER006 Do not write "e.g.". Write "for example".')
    assert lines[at + 1 : at + 3] == [
        "   3 | ..." + line[column - 41 : column + 119] + "...",
        "     | " + " " * 43 + "^^^^ error",
    ]
    assert max(len(each) for each in lines) < 200


def test_an_error_exits_1_and_strict_turns_warnings_into_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("long.txt").write_text(f"{VERY_LONG}\n", "utf-8")
    Path("warn.txt").write_text(f"{LONG}\n", "utf-8")
    assert run("long.txt")[0] == 1
    assert run("warn.txt")[0] == 0
    code, out, _ = run("--strict", "warn.txt")
    assert code == 1
    assert "     | " + "^" * len(LONG) + " error" in out.splitlines()


def test_usage_errors_exit_2_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("picture.png").write_bytes(b"\x89PNG")
    assert run("missing.md") == (2, "", "missing.md: there is no such file or folder.\n")
    code, _, err = run("picture.png")
    assert code == 2
    assert err.startswith("picture.png: easyread checks Markdown (.md) and text (.txt) files")
    code, _, err = run()
    assert code == 2
    assert err.startswith("There is no easyread.yml here.")
    assert run("--format", "xml", "x.md")[0] == 2


def test_json_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("note.md").write_text("We meet on 3/3/26.\n", "utf-8")
    code, out, _ = run("--format", "json", "note.md")
    assert code == 1
    data = json.loads(out)
    [document] = data["documents"]
    assert document["path"] == "note.md"
    assert document["verdict"] == "needs work"  # an error is left: not ready
    assert document["reasons"] == ["it has an error to put right"]
    assert document["stats"]["words"] == 4
    assert document["stats"]["sentences"] == 1
    assert document["findings"] == [
        {
            "rule": "ER014",
            "severity": "error",
            "line": 1,
            "column": 12,
            "message": 'Write the date in full: "Tuesday 3 March 2026", not "3/3/26".',
            "end_column": 18,
        }
    ]
    assert document["summary"].startswith("note.md: needs work. 4 words in 1 sentence;")


def test_statistics_give_a_summary_and_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("hard.txt").write_text(f"{VERY_LONG}\n\n{VERY_LONG}\n", "utf-8")
    code, out, _ = run("--statistics", "hard.txt")
    assert code == 1
    assert out.splitlines()[-3] == (
        "hard.txt: needs work. 52 words in 2 sentences; 26 words a sentence (longest 26); 0.0% hard words; "
        "2 errors, 0 warnings. Needs work because sentences have 26 words on average "
        "(easy read: 15 or fewer); 10 in 10 sentences have more than 15 words; "
        "10 in 10 sentences have more than 25 words; it has 2 errors to put right."
    )
    assert out.splitlines()[-2:] == [
        "    2 ER001 Short sentences",
        "1 document checked: 0 ready, 1 needs work; 2 errors, 0 warnings.",
    ]


def test_a_project_is_checked_in_project_mode(project: Path) -> None:
    code, out, _ = run()
    assert code == 0
    assert out.splitlines() == [
        'content/welcome.md:6:1: ER015 Say when "Our checking group" checked this document: '
        "add 'date:' under their name.",
        "   6 | checked_by:",
        "     | ^ warning",
        "2 documents checked: 2 ready, 0 need work; 0 errors, 1 warning.",
    ]


def test_jobs_sets_the_worker_processes(project: Path) -> None:
    assert run("-j", "1") == run()  # few documents: checked in one process either way
    code, _, err = run("--jobs", "0")
    assert code == 2 and "0 is not in the range x>=1" in err


def test_json_says_what_is_wrong_in_a_document_and_checks_the_others(project: Path) -> None:
    """It wrote nothing to stdout (a tool that reads the JSON got an empty document); then
    it checked none of the other documents: one mistake hid every finding."""
    (project / "content" / "broken.md").write_text("---\ntitle: B\nsumary: x\n---\n\n[bus] Hi.\n")
    (project / "content" / "unread.md").write_text("---\ntitle: [U\n---\n\n[bus] Hi.\n")
    code, out, err = run("--format", "json")
    assert code == 1 and "sumary" in err
    data = json.loads(out)
    checked = {document["path"] for document in data["documents"]}
    assert "content/welcome.md" in checked and "content/unread.md" not in checked
    wrong, unread = data["problems"]
    assert (wrong["path"], wrong["line"]) == ("content/broken.md", 3)
    assert "sumary" in wrong["message"] and wrong["hint"]
    assert (unread["path"], unread["line"]) == ("content/unread.md", 2)
    code, out, err = run()
    assert code == 1 and "content/unread.md:2:" in err
    assert out.splitlines()[-1] == (
        "Not checked: content/unread.md, which cannot be read. Put right the mistakes said above."
    )
    code, out, err = run("content/welcome.md")  # only what was asked for
    assert "unread" not in err + out and "broken" not in err + out


def test_a_document_of_the_project_by_path(project: Path) -> None:
    page = project / "content" / "welcome.md"
    page.write_text(page.read_text("utf-8") + "\n[meeting] We meet at 14:00.\n", "utf-8")
    code, out, _ = run("--format", "json", "content/welcome.md")
    assert code == 1
    [document] = json.loads(out)["documents"]
    assert document["path"] == "content/welcome.md"
    assert [(f["rule"], f["severity"]) for f in document["findings"]] == [
        ("ER015", "warning"),
        ("ER014", "error"),
    ]


def test_severities_from_the_configuration(project: Path) -> None:
    config = project / "easyread.yml"
    config.write_text(
        config.read_text("utf-8") + "checks:\n  rules:\n    ER015: off\n    ER001: error\n", "utf-8"
    )
    Path("note.txt").write_text(f"{LONG}\n", "utf-8")
    code, out, _ = run("note.txt")
    assert code == 1
    assert "     | " + "^" * len(LONG) + " error" in out.splitlines()
    assert run()[0] == 0  # ER015 is off


def test_an_unknown_rule_in_the_configuration_exits_2(project: Path) -> None:
    config = project / "easyread.yml"
    before = config.read_text("utf-8")
    config.write_text(before + "checks:\n  rules:\n    ER999: off\n", "utf-8")
    code, _, err = run()
    assert code == 2
    line = before.count("\n") + 3  # found when easyread.yml is read: the message has its line
    assert err == (
        f"easyread.yml:{line}: checks.rules.ER999: there is no rule ER999. "
        "Rules are named like ER001: 'easyread check --rules' lists them.\n"
    )


def test_severities_in_front_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text(
        "---\ntitle: Page\nchecked_by: [{name: Sam, date: 2026-11-18}]\n"
        "checks:\n  ER012: off\n  ER014: warning\n---\n\n"
        "We meet at 14:00.\n",
        "utf-8",
    )
    code, out, _ = run("page.md")
    assert code == 0
    assert out.splitlines()[0] == (
        'page.md:9:12: ER014 Write the time in full: "2pm", not "14:00".'
    )
    assert out.splitlines()[2].endswith("^^^^^ warning")
    assert "ER012" not in out


def test_a_wrong_severity_in_front_matter_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text("---\ntitle: Page\nchecks:\n  ER001: loud\n---\n\nHello.\n", "utf-8")
    code, _, err = run("page.md")
    assert code == 2
    assert err == "page.md:4: checks.ER001: expected 'error', 'warning' or 'off', got 'loud'.\n"


def test_inline_comments_switch_rules_off_for_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text(
        "We meet at 14:00. <!-- easyread: disable ER014 -->\n\n"
        "<!-- easyread: disable ER014 -->\n"
        "We meet at 15:00.\n\n"
        "We meet at 16:00.\n\n"
        "<!-- easyread: disable -->\n"
        "We meet at 17:00 on 3/3/26.\n",
        "utf-8",
    )
    code, out, _ = run("--format", "json", "page.md")
    findings = json.loads(out)["documents"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("ER014", 6)]
    assert code == 1


def test_an_unknown_rule_in_a_comment_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("page.md").write_text("Hello. <!-- easyread: disable ER0001 -->\n", "utf-8")
    assert run("page.md") == (
        2,
        "",
        "page.md:1: there is no rule ER0001 to disable. Write rules like ER001.\n",
    )


def test_a_folder_of_text_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "b.txt").write_text("Hello.\n", "utf-8")
    (tmp_path / "texts" / "a.md").write_text("Hello.\n", "utf-8")
    (tmp_path / "texts" / "c.pdf").write_text("not text", "utf-8")
    code, out, _ = run("--format", "json", "texts")
    assert code == 0
    assert [d["path"] for d in json.loads(out)["documents"]] == ["texts/a.md", "texts/b.txt"]


def test_hidden_folders_and_repeated_files_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "texts" / ".git").mkdir(parents=True)
    (tmp_path / "texts" / ".git" / "notes.md").write_text("Hello.\n", "utf-8")
    (tmp_path / "texts" / "a.md").write_text("Hello.\n", "utf-8")
    code, out, _ = run("--format", "json", "texts", "texts/a.md")
    assert code == 0
    assert [d["path"] for d in json.loads(out)["documents"]] == ["texts/a.md"]


def test_the_rules_are_listed_with_their_sources() -> None:
    code, out, _ = run("--rules")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 14
    assert lines[0] == (
        "ER001 Short sentences: warning (error above 25 words). Split long sentences: one idea, "
        "15 words or fewer. Sources: DH, GOVUK (10-15 words), ERS (under 25)."
    )
    assert lines[-1].startswith("ER015 Checked by readers: error (warning when no date is given).")


def test_a_file_that_is_not_utf8_is_reported_and_the_others_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_bytes("Caf\u00e9 au lait.\n".encode("latin-1"))
    Path("b.txt").write_text("Hello.\n", "utf-8")
    code, out, err = run("a.txt", "b.txt")
    assert code == 1
    assert err.startswith("a.txt:1: This file is not saved as UTF-8 text.")
    assert out == (
        "1 document checked: 1 ready, 0 need work; 0 errors, 0 warnings.\n"
        "Not checked: a.txt, which cannot be read. Put right the mistakes said above.\n"
    )


def test_a_file_in_content_that_is_not_a_document_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "easyread.yml").write_text("title: T\norganisation: O\ncontact: {phone: '1'}\n")
    (tmp_path / "content" / "answers.csv").write_text("a,b\n")
    answers = str(tmp_path / "content" / "answers.csv")
    result = CliRunner().invoke(check, [answers, "--project", str(tmp_path)])
    assert result.exit_code == 2
    assert "this is not a document" in result.output


def test_a_document_in_another_language_is_not_judged_by_english_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Welsh page was "23.1 in 100 words are hard": every Welsh word is rare in English."""
    monkeypatch.chdir(tmp_path)
    welsh = (
        "---\ntitle: Croeso\nlanguage: cy\n---\n\n"
        "[hello] Croeso i'n grŵp ni. Rydyn ni'n cwrdd bob mis yn y ganolfan gymunedol.\n\n"
        "[clock] Mae'r cyfarfod yn dechrau am 2pm ar 3/3/26.\n"
    )
    Path("croeso.md").write_text(welsh, "utf-8")
    _, out, _ = run("--format", "json", "croeso.md")
    [document] = json.loads(out)["documents"]
    rules = {f["rule"] for f in document["findings"]}
    assert "ER005" not in rules and "ER014" in rules  # dates are written with numbers
    assert not any("hard" in reason for reason in document["reasons"])
    Path("croeso.md").write_text(welsh.replace("language: cy", "language: en-GB"), "utf-8")
    _, out, _ = run("--format", "json", "croeso.md")
    [document] = json.loads(out)["documents"]
    assert "ER005" in {f["rule"] for f in document["findings"]}
