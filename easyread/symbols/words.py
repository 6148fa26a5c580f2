"""Words as search sees them: lower case, split, and reduced to their dictionary forms.

"meetings", "met" and "meet" all reach "meet": simplemma gives the dictionary form of irregular
words ("met" -> "meet", "children" -> "child"), and the regular endings ("-s", "-ed", "-ing")
are taken off as well, so a keyword matches every form of itself. An American spelling has its
British one among its forms ("colors" -> "colour": see :mod:`.spelling`).
"""

from __future__ import annotations

import re
from functools import cache

from .spelling import british

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being am
    i you he she it we they me him her us them my your his its our their this that these those
    there here what which who whom whose when where why how not no do does did done have has had
    will would can could should may might must shall so than then too very just also only about
    into over under up down out off again more most some any all each every both few other such
    own same s t don't can't won't i'm we'll we're you're it's let let's get got one please""".split()
)
"""Words that say little about what a point is about (they never choose its picture)."""

_ENDINGS = (
    ("ies", "y"),
    ("ves", "f"),
    ("sses", "ss"),
    ("shes", "sh"),
    ("ches", "ch"),
    ("xes", "x"),
    ("ses", "s"),
    ("s", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)


def tokens(text: str) -> list[str]:
    """The words of ``text``, in lower case: ``"Step-free access!"`` -> ``["step", "free",
    "access"]``."""
    return WORD.findall(text.lower().replace("’", "'"))


KEEP = frozenset("news glasses rights minutes means goods arms works series clothes".split())
"""Words whose dictionary form means something else ("rights" are not "right", "minutes" of
a meeting are not "minute")."""


@cache
def forms(word: str) -> frozenset[str]:
    """The word and its dictionary forms: "meetings" -> {"meetings", "meeting", "meet"}."""
    if word in KEEP:
        return frozenset({word})
    import simplemma

    first = _lemma(word)
    found = {word, first, _lemma(first)}
    if not simplemma.is_known(word, lang="en"):
        for suffix, replacement in _ENDINGS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                stem = word[: -len(suffix)]
                found.add(stem + replacement)
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                    found.add(stem[:-1])  # "stopped" -> "stop"
    for form in list(found):
        spelling = british(form)  # "colors" -> "color" -> "colour"
        if spelling is not None:
            found |= {spelling, _lemma(spelling)}
    return frozenset(found)


def _lemma(word: str) -> str:
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang="en")).lower()
    except ValueError:  # pragma: no cover - simplemma rejects some odd strings
        return word
