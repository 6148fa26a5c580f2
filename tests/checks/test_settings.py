"""The ``checks:`` settings of easyread.yml: thresholds, word lists, number style, severities."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.checks import ChecksConfig, check_files
from easyread.errors import ConfigError


def findings(tmp_path: Path, text: str, config: ChecksConfig) -> list[str]:
    path = tmp_path / "doc.md"
    path.write_text(text, "utf-8")
    [document] = check_files([(path, "doc.md")], config).documents
    return [f"{f.line}:{f.column}: {f.rule} {f.severity} {f.message}" for f in document.findings]


def test_sentence_limits(tmp_path: Path) -> None:
    text = "We meet in the big hall on Thursday at 2pm.\n"  # 10 words
    assert findings(tmp_path, text, ChecksConfig()) == []
    assert findings(tmp_path, text, ChecksConfig(sentence_words=8)) == [
        "1:1: ER001 warning This sentence has 10 words. Easy read: 8 or fewer. Split it."
    ]
    assert findings(tmp_path, text, ChecksConfig(sentence_words=8, sentence_words_error=9)) == [
        "1:1: ER001 error This sentence has 10 words. Easy read: 8 or fewer. Split it."
    ]


def test_allowed_words_are_never_hard(tmp_path: Path) -> None:
    text = "The minibus takes us to overmedication talks.\n"
    assert [
        f.split(" ")[1] + " " + f.split('"')[1] for f in findings(tmp_path, text, ChecksConfig())
    ] == [
        "ER005 minibus",
        "ER005 overmedication",
    ]
    allowed = ChecksConfig(allowed_words=("Minibus", "overmedication"))
    assert findings(tmp_path, text, allowed) == []


def test_synonyms_from_the_configuration(tmp_path: Path) -> None:
    text = "Ask your doctor.\nYour GP knows you.\n"
    assert findings(tmp_path, text, ChecksConfig()) == []
    assert findings(tmp_path, text, ChecksConfig(synonyms=(("doctor", "GP"),))) == [
        '2:6: ER010 warning This document calls one thing "doctor" (line 1) and "GP". '
        "Use one word for it every time."
    ]


def test_words_for_one_to_ten_in_clear_print(tmp_path: Path) -> None:
    text = "We have three rooms and twelve chairs.\n"
    assert len(findings(tmp_path, text, ChecksConfig())) == 2
    assert findings(tmp_path, text, ChecksConfig(numbers="words-to-ten")) == [
        '1:25: ER007 warning Write numbers as digits: "12", not "twelve".'
    ]


def test_rule_severities(tmp_path: Path) -> None:
    text = "We meet at 14:00. You will be offered tea.\n"
    assert [f.split(" ")[1:3] for f in findings(tmp_path, text, ChecksConfig())] == [
        ["ER014", "error"],
        ["ER008", "warning"],
    ]
    config = ChecksConfig(rules={"ER014": False, "ER008": "error"})  # YAML reads off as false
    assert [f.split(" ")[1:3] for f in findings(tmp_path, text, config)] == [["ER008", "error"]]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (ChecksConfig(rules={"ER999": "off"}), "checks.rules.ER999: there is no rule ER999."),
        (
            ChecksConfig(sentence_words=30),
            "checks.sentence_words: 30 is more than sentence_words_error (25).",
        ),
        (
            ChecksConfig(rare_word_zipf=4.0),
            "checks.rare_word_zipf: 4 is more than hard_word_zipf (3.5).",
        ),
    ],
)
def test_wrong_settings_are_config_errors(
    tmp_path: Path, config: ChecksConfig, message: str
) -> None:
    with pytest.raises(ConfigError) as error:
        findings(tmp_path, "Hello.\n", config)
    assert error.value.problems[0].message == message
