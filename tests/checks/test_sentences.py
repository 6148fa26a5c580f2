"""Sentence splitting and words: abbreviations, decimals, web addresses, list lead-ins."""

from __future__ import annotations

import pytest

from easyread.checks.sentences import sentences, words


def split(text: str, line_breaks: bool = False) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, line_breaks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We meet. We talk.", ["We meet.", "We talk."]),
        ("Dr. Patel came. Mr Smith did not.", ["Dr. Patel came.", "Mr Smith did not."]),
        ("It costs 2.5 pounds. That is cheap.", ["It costs 2.5 pounds.", "That is cheap."]),
        ("Go to www.gov.uk. Search for PIP.", ["Go to www.gov.uk.", "Search for PIP."]),
        ("Ask J. Smith. She knows.", ["Ask J. Smith.", "She knows."]),
        ("Bring fruit, e.g. apples. Thanks.", ["Bring fruit, e.g. apples.", "Thanks."]),
        ("Bring cups, plates etc. Then come.", ["Bring cups, plates etc.", "Then come."]),
        ("Is it today? Yes! Come.", ["Is it today?", "Yes!", "Come."]),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        ("You can claim if:\nyou are over 16", ["You can claim if:", "you are over 16"]),
        ("We meet\nevery month.", ["We meet\nevery month."]),
        ("3.31. Action will be taken.", ["3.31. Action will be taken."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_each_line_is_a_sentence_in_easyread_content() -> None:
    assert split("We meet\nevery month", line_breaks=True) == ["We meet", "every month"]


def test_words_keep_numbers_links_and_hyphens_together() -> None:
    found = words("Email a@b.org on 3/3/26, COVID-19 and 1,000 don’t co-production 25%.")
    assert [(w.text, w.kind) for w in found] == [
        ("Email", "word"),
        ("a@b.org", "link"),
        ("on", "word"),
        ("3/3/26", "number"),
        ("COVID-19", "word"),
        ("and", "word"),
        ("1,000", "number"),
        ("don’t", "word"),
        ("co-production", "word"),
        ("25%", "number"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We meet. We talk.\nGo to www.gov.uk. Email a@b.org, e.g. on 3.5.26!",
        "Dr. Patel came at 2.30pm. J. Smith did not.\n3.31. Action: now\n",
        "Bring cups etc. Then come.\n.\nA line that ends with a full stop.\n\nAnd one after.",
        "“Stop.” (Now!) COVID-19 and don’t… co-production? 25% 1,000.\n",
    ],
)
@pytest.mark.parametrize("line_breaks", [False, True])
def test_each_sentence_has_the_words_between_its_start_and_end(
    text: str, line_breaks: bool
) -> None:
    found = sentences(text, line_breaks)
    assert found
    for sentence in found:
        assert sentence.words == words(text, sentence.start, sentence.end)
    assert sum(len(s.words) for s in found) == len(words(text))
