"""How common a word is in everyday English, from the wordfreq package, with lemmas.

Frequencies are on the Zipf scale: 7 is "the", 3 is about once in a million words. A word
counts as common when it, or its dictionary form ("vaccinations" -> "vaccination", "swung" ->
"swing", the irregular ones from simplemma: see :mod:`.lemmas`), is common. Longer words need
to be a little more common to be easy.
"""

from __future__ import annotations

import bisect
import gzip
import importlib.util
import math
import re
from functools import cache, lru_cache
from pathlib import Path

from .lemmas import irregular

EVERYDAY = frozenset(
    """coronavirus covid covid-19 email emails online website websites internet app apps
    smartphone postcard helpline booklet leaflet wheelchair carer carers okay ok""".split()
)
"""Everyday words that the frequency data (collected up to 2021) counts as rarer than they are."""

_SMALL_LIST_FLOOR = 3.05
"""wordfreq's 'small' list holds every English word more common than Zipf 3.0."""
_VOWELS = re.compile(r"[aeiouy]+")
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"),
    ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ly", ""), ("'s", ""), ("’s", ""),
)  # fmt: skip


@cache
def _common() -> dict[str, float]:
    """Zipf frequencies of the 29,000 English words more common than Zipf 3."""
    return {word: value for value, words in _buckets("small") for word in words}


@cache
def _rare() -> list[tuple[float, list[str]]]:
    """Rarer words, as sorted lists by frequency: looked up only for the few words that are
    not common (a dictionary of all 321,000 would take longer to build than the check)."""
    return [(value, words) for value, words in _buckets("large") if value < _SMALL_LIST_FLOOR]


def _buckets(wordlist: str) -> list[tuple[float, list[str]]]:
    """wordfreq's data, read without importing wordfreq (that takes a tenth of a second).

    The data file has the "cBpack" format its docs describe: a gzipped msgpack list of a
    header and word lists, list ``i`` holding the words at ``-i`` centibels (Zipf
    ``9 - i/100``), each sorted.
    """
    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders or [""]))) / "data" / f"{wordlist}_en.msgpack.gz"
    try:
        import msgpack  # type: ignore[import-untyped]

        with gzip.open(path, "rb") as file:
            pack = msgpack.load(file, raw=False)
        if pack[0] != {"format": "cB", "version": 1}:
            raise ValueError(pack[0])
    except (OSError, ValueError, ImportError):
        return _from_wordfreq(wordlist)
    return [(9 - index / 100, words) for index, words in enumerate(pack[1:]) if words]


def _from_wordfreq(wordlist: str) -> list[tuple[float, list[str]]]:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict("en", wordlist=wordlist)
    by_value: dict[float, list[str]] = {}
    for word, value in frequencies.items():
        by_value.setdefault(round(math.log10(value) + 9, 2), []).append(word)
    return sorted((value, sorted(words)) for value, words in by_value.items())


def zipf(word: str, floor: float = 0.0) -> float:
    """The word's Zipf frequency (0 when unknown); exact when above ``floor``.

    The small word list (quick to load) is enough when only values above Zipf 3 matter.
    """
    word = word.lower().replace("’", "'")
    value = _common().get(word, 0.0)
    if not value and floor < _SMALL_LIST_FLOOR:
        for rare, words in _rare():
            index = bisect.bisect_left(words, word)
            if index < len(words) and words[index] == word:
                return rare
    return value


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """A rough count of the syllables in an English word."""
    word = word.lower()
    count = len(_VOWELS.findall(word))
    if (word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1) or (
        word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1
    ):
        count -= 1
    return max(count, 1)


def forms(word: str) -> list[str]:
    """The word and the dictionary forms it may have: regular endings, then irregular ones."""
    found = [word]
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            found.append(stem + replacement)
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "stopped" -> "stop"
                found.append(stem[:-1])
    return found


@lru_cache(maxsize=16384)
def ease(word: str, enough: float, floor: float) -> float:
    """How easy a word is: its Zipf frequency, or its dictionary form's if that is higher,
    less 0.25 for each syllable over 3. Exact between ``floor`` and ``enough``.
    """
    word = word.lower().replace("’", "'")
    if any(form in EVERYDAY for form in forms(word)):
        return 7.0
    if "-" in word:
        parts = [part for part in word.split("-") if len(part) > 2]
        return min((ease(part, enough, floor) for part in parts), default=7.0)
    penalty = 0.25 * max(syllables(word) - 3, 0)
    best = 0.0
    lemma = irregular().get(word)
    for form in [*forms(word), *([lemma] if lemma else [])]:
        best = max(best, zipf(form, floor + penalty) - penalty)
        if best >= enough:
            return best
    return best
