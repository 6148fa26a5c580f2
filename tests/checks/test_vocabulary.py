"""Word frequencies (wordfreq), dictionary forms and the irregular table made from simplemma."""

from __future__ import annotations

import pytest

from easyread.checks.lemmas import generate, irregular
from easyread.checks.vocabulary import ease, forms, syllables, zipf


def test_zipf_matches_wordfreq() -> None:
    import wordfreq

    for word in ("the", "agenda", "minibus", "quadriplegia", "hospitalisation"):
        assert zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "en"), abs=0.011)
    assert zipf("xqzzyq") == 0.0


@pytest.mark.parametrize(
    ("word", "hard"),
    [
        ("meeting", False),
        ("injections", False),  # "injection"
        ("stopped", False),  # "stop"
        ("swung", False),  # irregular: "swing"
        ("leaflets", False),  # an everyday word the data underrates
        ("co-production", False),  # "production"; "co" is too short to judge
        ("overmedication", True),
        ("hospitalisation", True),
        ("proportionate", True),
    ],
)
def test_hard_words(word: str, hard: bool) -> None:
    assert (ease(word, 3.5, 2.5) < 3.5) is hard


def test_long_words_need_to_be_more_common() -> None:
    # "respiratory" (Zipf 3.81) has 5 syllables: 0.5 less easy than its frequency
    assert ease("respiratory", 7, 0) == pytest.approx(3.31, abs=0.011)


def test_syllables_and_forms() -> None:
    assert [syllables(w) for w in ("cat", "table", "computer", "wanted", "respiratory")] == [
        1,
        2,
        3,
        2,
        5,
    ]
    assert "carry" in forms("carried")
    assert "plan" in forms("planned")


def test_the_irregular_table_is_simplemmas() -> None:
    table = irregular()
    assert table["indices"] == "index"
    assert table["wolves"] == "wolf"
    assert sorted(table.items()) == generate()
