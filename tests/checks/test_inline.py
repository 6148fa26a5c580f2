"""The project's inline markup, read into plain text that remembers where each letter was."""

from __future__ import annotations

from easyread.checks.inline import parse_inline
from easyread.checks.text import Marked


def test_markup_is_removed_and_places_kept() -> None:
    block, explanation = parse_inline(
        [(3, 1, "[hello] Hi **all**, read {agenda} and {co-op: a shop we own}.")],
        "point",
        1,
        picture_marker=True,
    )
    assert block.text == "Hi all, read agenda and co-op."
    assert block.picture is True
    assert block.place(0) == (3, 9)
    assert block.place(block.text.index("agenda")) == (3, 27)
    assert block.marked == (Marked(13, 19, "hard-word"), Marked(24, 29, "explained-word"))
    assert explanation.kind == "explanation"
    assert explanation.text == "a shop we own"
    assert explanation.place(0) == (3, 47)


def test_italics_underline_links_comments_and_lines() -> None:
    (block,) = parse_inline(
        [(1, 3, "See *this* and <u>that</u> <!-- a note -->"), (2, 1, "[the minutes](m.md)")],
        "item",
        1,
    )
    assert block.text == "See this and that \nthe minutes"
    assert [m.kind for m in block.marked] == ["italics", "underline", "link"]
    assert block.place(block.text.index("the minutes")) == (2, 2)


def test_a_picture_file_needs_alt_text() -> None:
    (no_alt,) = parse_inline([(1, 1, "[hall.jpg] The hall.")], "point", 1, picture_marker=True)
    (alt,) = parse_inline([(1, 1, "[hall.jpg: The hall] Hi.")], "point", 1, picture_marker=True)
    (none,) = parse_inline([(1, 1, "The hall.")], "point", 1, picture_marker=True)
    assert (no_alt.picture, no_alt.picture_alt) == (True, False)
    assert (alt.picture, alt.picture_alt) == (True, True)
    assert none.picture is False


def test_every_letter_keeps_its_place_across_markup_and_lines() -> None:
    (block, explanation) = parse_inline(
        [(4, 3, r"[bus] A \*star\* {word: its meaning} <u>x</u>"), (5, 1, "and [a](b.md) end")],
        "point",
        2,
        picture_marker=True,
    )
    assert block.text == "A *star* word x\nand a end"
    first = [9, 10, 12, 13, 14, 15, 16, 18, 19, 21, 22, 23, 24, 39, 43, 48]
    second = [1, 2, 3, 4, 6, 14, 15, 16, 17, 18]
    assert block.places == (*((4, c) for c in first), *((5, c) for c in second))
    assert block.place(-5) == (4, 9)
    assert block.place(999) == (5, 18)
    assert explanation.text == "its meaning"
    assert explanation.places == tuple((4, c) for c in range(27, 39))


def test_a_hard_word_if_the_glossary_has_it_is_read_as_the_word() -> None:
    """``{?quiet room}``, which easyread writes in a meeting's lines: the checker reads the
    words, not the question mark."""
    (block,) = parse_inline([(1, 1, "There is a {?quiet room} here.")], "point", 1)
    assert block.text == "There is a quiet room here."
    assert block.marked == (Marked(11, 21, "hard-word"),)
