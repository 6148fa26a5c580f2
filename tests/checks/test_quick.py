"""The quick tests that let rules skip text: they must never skip text a rule would flag."""

from __future__ import annotations

import re

import pytest

from easyread.checks.quick import Quick, words_in
from easyread.checks.rules.idioms import _IDIOM, IDIOMS, KEYWORDS, keywords, may_have_idioms

TEXTS = [
    "We will meet on Tuesday.",
    "WE WILL MEET ON TUESDAY.",
    "Twenty Five people came.",
    "It IS Given to you.",
    "The ſilver bullet.",  # a long s: re.IGNORECASE takes it for an "s"
    "Come ın the loop.",  # a dotless i: re.IGNORECASE takes it for an "i"
    "Kelvin: \u212aeep an eye on it.",
    "",
]


@pytest.mark.parametrize("pattern", [r"\bwe\b", r"twenty\s+five", r"\bis\s", "silver", "in the"])
def test_quick_finds_what_the_pattern_ignoring_case_finds(pattern: str) -> None:
    slow = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        assert Quick(pattern).found_in(text) is (slow.search(text) is not None), text


def test_quick_patterns_are_written_in_small_letters() -> None:
    with pytest.raises(ValueError, match="small letters"):
        Quick(r"\S+")


def test_words_in_ignores_case_and_is_unsure_beyond_ascii() -> None:
    assert words_in("Going FORWARD", ("going forward",))
    assert not words_in("We go forward", ("going forward",))
    assert words_in("We go forward, café", ("going forward",))  # not ASCII: unsure


def test_every_idiom_has_keywords() -> None:
    assert KEYWORDS is not None
    assert len(KEYWORDS) >= len(IDIOMS)
    assert keywords("on board") == (("on board",),)
    assert keywords("touch(?:es|ed|ing)? base") == (("touch", " base"),)
    assert keywords("going forward|moving forward") == (("going forward",), ("moving forward",))
    assert keywords("(?:a|the) road ?map") == ((" road", "map"),)
    assert keywords("low[- ]hanging fruit") == (("low", "hanging fruit"),)


@pytest.mark.parametrize("pattern", [r"a\d", "x+", "(?:a|b)", "a.b", "(?:ab)*c"])
def test_patterns_too_hard_to_read_have_no_keywords(pattern: str) -> None:
    assert keywords(pattern) is None


@pytest.mark.parametrize(
    "text",
    [
        "We are all On Board.",
        "Touching base with you.",
        "RAISING THE BAR for all.",
        "We will take these forward.",
        "They took it forward.",
        "Go for the low-hanging fruit.",
        "Here is the roadmap.",
        "Here is a road map.",
        "People fell through the cracks.",
        "Money is ring-fenced.",
        "Joined up care.",
        "It fits for purpose.",
        "We kept an eye on it.",
        "Thinking outside the box.",
    ],
)
def test_the_keywords_are_in_every_idiom(text: str) -> None:
    assert _IDIOM.search(text)
    assert may_have_idioms(text)


def test_text_without_idioms_is_skipped_unless_unsure() -> None:
    assert not may_have_idioms("We bring the money during the meeting.")
    assert may_have_idioms("We bring the money during the café meeting.")  # not ASCII
