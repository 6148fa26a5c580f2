"""Quick tests that let a rule skip text where its patterns cannot find anything.

Patterns that ignore case (``re.IGNORECASE``) are slow to search with: every letter is
compared in both cases, and the standard library cannot skip ahead to a first letter. On text
that is all ASCII, ignoring case is the same as putting the text in small letters and
searching with the pattern as written (when the pattern is written in small letters), which is
several times quicker. Other text is searched the slow way: there ``re.IGNORECASE`` also
matches letters like "ſ" (a long s) that small letters do not give.
"""

from __future__ import annotations

import re


class Quick:
    """A pattern written in small letters, searched for ignoring case, quickly."""

    def __init__(self, pattern: str) -> None:
        if any(char.isupper() for char in pattern):
            raise ValueError(f"write the pattern in small letters: {pattern!r}")
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        """The pattern, ignoring case: for text with letters beyond ASCII."""
        self.cased = re.compile(pattern)
        """The pattern as written: for ASCII text in small letters."""

    def found_in(self, text: str) -> bool:
        """Whether the pattern, ignoring case, finds something in ``text``."""
        if text.isascii():
            return self.cased.search(text.lower()) is not None
        return self.ignoring_case.search(text) is not None


def words_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (in small letters) is in ``text``, ignoring case.

    Unsure (True) when the text has letters beyond ASCII (see the module's docstring).
    """
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in words)
