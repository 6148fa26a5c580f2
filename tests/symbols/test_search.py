"""Search quality: everyday easy-read words find the picture a writer would choose."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.symbols.library import Library, load_library
from easyread.symbols.mulberry import import_mulberry
from easyread.symbols.spelling import british
from easyread.symbols.words import forms

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED = {
    # word as a writer types it: the id of the best picture
    "meeting": "meeting",
    "meetings": "meeting",
    "met": "meeting",
    "meet": "meeting",
    "date": "calendar",
    "time": "clock",
    "place": "place",
    "bus": "bus",
    "buses": "bus",
    "taxi": "taxi",
    "step-free": "step-free",
    "hearing loop": "hearing-loop",
    "toilet": "toilet",
    "toilets": "toilet",
    "lunch": "lunch",
    "money": "money",
    "payment": "money",
    "paid": "pay",
    "vote": "vote",
    "voted": "vote",
    "voting": "vote",
    "decide": "decide",
    "decided": "decide",
    "agree": "agree",
    "agreed": "agree",
    "doctor": "doctor",
    "doctors": "doctor",
    "nurse": "nurse",
    "nurses": "nurse",
    "medicine": "medicine",
    "tablets": "medicine",
    "hospital": "hospital",
    "carer": "carer",
    "carers": "carer",
    "support worker": "support-worker",
    "phone": "phone",
    "email": "email",
    "emails": "email",
    "letter": "letter",
    "letters": "letter",
    "help": "help",
    "question": "question",
    "questions": "question",
    "listen": "listen",
    "listening": "listen",
    "talk": "talk",
    "write": "write",
    "wrote": "write",
    "feedback": "chat",
    "happy": "happy",
    "worried": "worried",
    "safe": "safe",
    "private": "private",
    "rights": "rights",
    "complaint": "complaint",
    "complained": "complaint",
    "stairs": "stairs",
    "lift": "lift",
    "train": "train",
    "tea": "drink",
    "agenda": "agenda",
    "minutes": "minutes",
    "glasses": "glasses",
    "children": "child",
    "family": "family",
    "police": "police",
    "job": "work",
    "shopping": "shopping",
    "angry": "angry",
    "scared": "scared",
    "ill": "ill",
    "birthday": "birthday",
    "holiday": "holiday",
    "rain": "rain",
    "map": "map",
    "quiet room": "quiet-room",
    "website": "website",
    "video call": "video-call",
    "photo": "camera",
    "form": "form",
    "benefits": "benefits",
    "wheelchair user": "wheelchair-user",
    "have your say": "chat",
    "bus stop": "bus",
}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_the_list_is_long_enough() -> None:
    assert len(EXPECTED) >= 50


@pytest.mark.parametrize(("word", "expected"), EXPECTED.items())
def test_the_best_picture_comes_first(library: Library, word: str, expected: str) -> None:
    found = library.index.search(word, limit=3)
    assert found, f"nothing found for {word!r}"
    assert found[0].symbol.id == expected, [(m.symbol.id, m.keyword) for m in found]


def test_inflections_find_the_same_picture_and_say_which_keyword(library: Library) -> None:
    for word in ("meetings", "met", "meet"):
        best = library.index.search(word)[0]
        assert (best.symbol.id, best.symbol.set) == ("meeting", "openmoji")
    assert library.index.search("meet")[0].keyword == "meet"


def test_an_exact_id_scores_highest(library: Library) -> None:
    best = library.index.search("meeting")[0]
    assert best.score == 1.0
    assert best.keyword == "meeting"


def test_unknown_words_find_nothing(library: Library) -> None:
    assert library.index.search("xyzzyq") == []
    assert library.index.search("the and of") == []


def test_a_written_name_in_another_form_is_resolved(library: Library) -> None:
    assert library.find("meetings") is None  # not written so in any manifest
    found = library.resolve("meetings")
    assert found is not None and found.id == "meeting"
    assert library.resolve("no such picture") is None  # every word must match


def test_suggestions_for_a_point(library: Library) -> None:
    found = library.index.suggest("The number 7 bus stops outside the centre.")
    assert found[0].symbol.id == "bus"
    assert found[0].keyword == "bus stop"
    assert len(found) <= 3
    assert library.index.suggest("and then") == []


def test_the_vocabulary_has_300_concepts_and_keeps_the_first_ids(library: Library) -> None:
    ids = {s.id for s in library.symbols if s.set == "openmoji"}
    assert len(ids) >= 300
    original = (
        "meeting together handshake calendar diary clock alarm place home building town-hall "
        "bus taxi car train walk step-free wheelchair-user hearing-loop listen quiet toilet lunch "
        "drink money coin vote think idea yes done no doctor phone email letter question hand-up "
        "talk chat write notes list book computer happy worried safe private rights hello world "
        "sound announce print star bag glasses thank-you stop goal person time-passing"
    ).split()
    assert [i for i in original if i not in ids] == []
    assert all(library.find(i) is not None and library.find(i).id == i for i in original)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ask Priya if you have a question.", "question"),
        ("There is a lift and an accessible toilet.", "accessible-toilet"),
        ("Tell us what you think about the day centre.", "day-centre"),
        ("Your information is private. We keep it safe.", "private"),
        ("You can ask for this information in large print.", "large-print"),
    ],
)
def test_the_best_suggestion_for_a_point(library: Library, text: str, expected: str) -> None:
    best = library.index.suggest(text)[0]
    assert best.symbol.id == expected
    assert best.keyword == expected.replace("-", " ")  # the plain name, not a plural keyword


@pytest.fixture(scope="module")
def with_mulberry(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """OpenMoji and the small Mulberry fixture, as in a project that imported Mulberry."""
    root = tmp_path_factory.mktemp("mulberry")
    import_mulberry(FIXTURES / "mulberry", root)
    return load_library(root)


def _suggested(library: Library, text: str) -> list[str]:
    return [f"{m.symbol.set}/{m.symbol.id}" for m in library.index.suggest(text)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a name's stopwords and numbers must be in the point too, and in the same order
        ("Many people told us about problems.", "mulberry/how-many"),
        ("You will get a letter in the post.", "mulberry/post-it"),
        ("You will get a letter in the post.", "mulberry/post-letter"),
        ("Call us on 0300 123 4000.", "mulberry/call-out"),
        ("You can have 1 free ticket.", "mulberry/under-1"),
        ("1 Introduction", "mulberry/under-1"),
        ("The meeting will be about 2 hours long.", "mulberry/one-hour"),
        ("This part will say what day the election is taking place.", "openmoji/take-part"),
    ],
)
def test_a_name_is_suggested_only_when_all_its_words_are_in_the_point(
    with_mulberry: Library, text: str, wrong: str
) -> None:
    assert wrong not in _suggested(with_mulberry, text)


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Call us on 0300 123 4000.", "openmoji/phone"),
        ("You will get a letter in the post.", "openmoji/letter"),
        ("Please tell us if you need a wheelchair.", "mulberry/wheelchair"),  # not "tell"
        ("The meeting takes one hour.", "mulberry/one-hour"),
        ("Please post a letter to us.", "mulberry/post-letter"),  # a stopword between is fine
        ("We ate a fried egg.", "mulberry/egg-fried"),  # Mulberry's "egg fried", turned round
        ("Stay at home and rest.", "openmoji/home"),  # not the hotel for "stay"
    ],
)
def test_the_best_suggestion_with_mulberry(with_mulberry: Library, text: str, best: str) -> None:
    assert _suggested(with_mulberry, text)[0] == best


def test_how_many_needs_how(with_mulberry: Library) -> None:
    assert "mulberry/how-many" in _suggested(with_mulberry, "How many people came?")
    assert "mulberry/under-1" in _suggested(with_mulberry, "Children under 1 go free.")


def test_a_search_for_part_of_a_name_ranks_below_the_whole_name(with_mulberry: Library) -> None:
    found = {m.symbol.id: m.score for m in with_mulberry.index.search("many")}
    assert found["how-many"] < 0.9  # "how many" is not "many"
    found = {m.symbol.id: m.score for m in with_mulberry.index.search("post")}
    assert found["post-it"] < found["letter"]


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("center", "centre"),
        ("airplane", "aeroplane"),
        ("airplanes", "aeroplane"),
        ("apologize", "apologise"),
        ("canceled", "cancelled"),
        ("socialize", "socialise"),
        ("councilor", "councillor"),
    ],
)
def test_an_american_spelling_finds_the_british_picture(
    library: Library, american: str, british: str
) -> None:
    assert library.find(american) is None  # no manifest writes it so
    found = library.resolve(american)
    assert found is not None and found == library.resolve(british)


def test_american_spellings_in_a_point_and_in_search(library: Library) -> None:
    assert library.index.suggest("Come to the day center on Monday.")[0].symbol.id == "day-centre"
    assert library.index.search("center")[0].keyword == "centre"


def test_only_safe_american_spellings_change() -> None:
    assert [british(w) for w in ("color", "favorite", "organized", "analyze", "traveling")] == [
        "colour",
        "favourite",
        "organised",
        "analyse",
        "travelling",
    ]
    # other real words stay as they are: "flour", "metre", "tyre", "sise" would be wrong
    assert [british(w) for w in ("floor", "door", "meter", "tire", "size", "water")] == [None] * 6
    assert "colour" in forms("colors")
