"""Rank pictures by how well their names match a search, or the words of a point.

Each picture has names: its id, its keywords, then (weaker) its alt text, and (weakest: many
pictures share them) its category and tags. Every
content word of a name is indexed under all its forms (see :mod:`.words`), so "meetings",
"met" and "meet" all find a picture with the keyword "meet".

A suggestion for a point needs the whole name in it, its words together and in order,
stopwords and numbers too: "how many" is not in "Many people", nor "under 1" in "1 free
ticket". A word counts more when few pictures have it and when it is rare in everyday English,
so "wheelchair" wins over "tell" in "Please tell us if you need a wheelchair".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from ..model import Symbol
from .words import STOPWORDS, forms, tokens

ID_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.95
ALT_WEIGHT = 0.5
CATEGORY_WEIGHT = 0.3


@dataclass(frozen=True)
class Match:
    """A picture found by a search, and why."""

    symbol: Symbol
    score: float
    """Higher is better; 1.0 is the picture's own id, written exactly."""
    keyword: str
    """The name of the picture that matched best (its id, a keyword, its alt text)."""
    weak: bool = False
    """Whether that name is only its category or a tag, which many pictures share."""


@dataclass(frozen=True)
class Name:
    """One name of a picture, as the index keeps it."""

    symbol: int
    """The picture's position in :attr:`Index.symbols`."""
    text: str
    words: tuple[str, ...]
    """The name's content words."""
    weight: float
    tokens: tuple[str, ...] = ()
    """All the name's words, stopwords and numbers too, in order ("how many", "under 1")."""

    @property
    def weak(self) -> bool:
        """Whether this is a category or a tag, not a name of the picture itself."""
        return self.weight <= CATEGORY_WEIGHT


@dataclass(frozen=True)
class Index:
    """Names and the forms of their words, for fast look-ups."""

    symbols: tuple[Symbol, ...]
    names: tuple[Name, ...]
    postings: dict[str, tuple[int, ...]]
    """A word form -> the names (positions in :attr:`names`) with a word of that form."""
    exact: dict[str, tuple[int, ...]]
    """A whole name in lower case -> the names written so."""
    rarity: dict[str, float]
    """A word form -> how much it says about a picture (rare forms say more)."""
    later: frozenset[str] = frozenset()
    """Sets whose pictures come after the others' when they match as well (imported sets)."""

    @classmethod
    def build(cls, symbols: Iterable[Symbol], later: frozenset[str] = frozenset()) -> Index:
        """Index every name of every symbol; pictures of ``later`` sets rank after others."""
        symbols = tuple(symbols)
        names: list[Name] = []
        for i, symbol in enumerate(symbols):
            seen: set[str] = set()
            for text, weight in _names(symbol):
                key = _key(text)
                every = tuple(tokens(text))
                words = tuple(w for w in every if w not in STOPWORDS)
                if key in seen or not key:
                    continue
                seen.add(key)
                names.append(Name(i, text, words, weight, every))
        postings: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        owners: dict[str, set[int]] = {}
        for n, name in enumerate(names):
            exact.setdefault(_key(name.text), []).append(n)
            for word in name.words:
                for form in forms(word):
                    postings.setdefault(form, []).append(n)
                    owners.setdefault(form, set()).add(name.symbol)
        total = max(len(symbols), 1)
        rarity = {form: math.log(1 + total / len(s)) for form, s in owners.items()}
        return cls(
            symbols,
            tuple(names),
            {k: tuple(dict.fromkeys(v)) for k, v in postings.items()},
            {k: tuple(v) for k, v in exact.items()},
            rarity,
            later,
        )

    def search(
        self, query: str, limit: int | None = None, allowed: Callable[[Symbol], bool] | None = None
    ) -> list[Match]:
        """Pictures whose names match ``query``, best first."""
        words = [w for w in tokens(query) if w not in STOPWORDS]
        candidates = set(self.exact.get(_key(query), ()))
        query_forms = [forms(w) for w in words]
        for group in query_forms:
            for form in group:
                candidates.update(self.postings.get(form, ()))
        best: dict[int, Match] = {}
        key = _key(query)
        for n in candidates:
            name = self.names[n]
            symbol = self.symbols[name.symbol]
            if allowed is not None and not allowed(symbol):
                continue
            score = name.weight * _fit(key, query_forms, name)
            if score <= 0:
                continue
            old = best.get(name.symbol)
            if old is None or score > old.score:
                best[name.symbol] = Match(symbol, round(score, 4), name.text, name.weak)
        ranked = sorted(best.values(), key=lambda m: (-m.score, self._order(m.symbol)))
        return ranked[:limit] if limit is not None else ranked

    def suggest(
        self, text: str, limit: int = 3, allowed: Callable[[Symbol], bool] | None = None
    ) -> list[Match]:
        """The pictures that best fit a point's text: names whose words are all in the text,
        together and in the same order (stopwords and numbers too: "how many" is not "Many
        people"), rare and early words counting most. A rated picture is never suggested: a
        person chooses it on purpose."""
        point = _Point.of(text)
        scores: dict[int, tuple[float, str]] = {}
        for n in {n for form in point.forms_at for n in self.postings.get(form, ())}:
            name = self.names[n]
            symbol = self.symbols[name.symbol]
            if not name.words or symbol.rated or (allowed is not None and not allowed(symbol)):
                continue
            found, turned = point.find(name.tokens), 1.0
            if found is None and len(name.tokens) > 1 and name.tokens == name.words:
                # an index-style name ("egg fried", Mulberry's habit) for "a fried egg"
                back = point.find(name.tokens[::-1], gap=0)
                found, turned = (back[::-1], 0.9) if back is not None else (None, 1.0)
            if found is None:
                continue  # the name's words are not in the point, or not together
            score = 0.0
            for word, at in zip(name.tokens, found, strict=True):
                if word in STOPWORDS:
                    continue
                matched = forms(word) & point.forms[at]  # the forms the point has
                rare = max((self.rarity.get(f, 0.0) for f in matched), default=0.0)
                score += (
                    rare * _specific(matched | {point.tokens[at]}) / (1 + 0.08 * point.content[at])
                )
            score *= name.weight * turned
            old = scores.get(name.symbol)
            if old is None or score > old[0]:
                scores[name.symbol] = (score, name.text)
        ranked = sorted(
            (Match(self.symbols[i], round(s, 4), k) for i, (s, k) in scores.items()),
            key=lambda m: (-m.score, self._order(m.symbol)),
        )
        return ranked[:limit]

    def _order(self, symbol: Symbol) -> tuple[bool, str, str]:
        return (symbol.set in self.later, symbol.id, symbol.set)


GAP = 2
"""How many stopwords of a point may come between two words of a name ("wash your hands"
fits "wash hands")."""


@dataclass(frozen=True)
class _Point:
    """A point's words, with their forms and places, to find names in."""

    tokens: tuple[str, ...]
    forms: tuple[frozenset[str], ...]
    content: tuple[int, ...]
    """For each word, how many content words come before it (early words count most)."""
    forms_at: frozenset[str]
    """Every form of the point's content words."""
    places: dict[str, tuple[int, ...]]
    """A form -> where the point has a word of that form."""

    @classmethod
    def of(cls, text: str) -> _Point:
        words = tuple(tokens(text))
        content, seen = [], 0
        for word in words:
            content.append(seen)
            seen += word not in STOPWORDS
        found = tuple(forms(w) for w in words)
        places: dict[str, list[int]] = {}
        for i, group in enumerate(found):
            for form in group:
                places.setdefault(form, []).append(i)
        at = frozenset(
            f for w, fs in zip(words, found, strict=True) if w not in STOPWORDS for f in fs
        )
        return cls(words, found, tuple(content), at, {k: tuple(v) for k, v in places.items()})

    def find(self, name: tuple[str, ...], gap: int = GAP) -> tuple[int, ...] | None:
        """Where the name's words first come in the point, together and in order (up to
        ``gap`` of the point's stopwords may come between two of them), or None."""
        if not name:
            return None
        wanted = [forms(w) for w in name]
        starts = sorted({i for form in wanted[0] for i in self.places.get(form, ())})
        for start in starts:
            places = self._follow(wanted, start, gap)
            if places is not None:
                return places
        return None

    def _follow(self, wanted: list[frozenset[str]], start: int, gap: int) -> tuple[int, ...] | None:
        places = [start]
        for want in wanted[1:]:
            at = places[-1] + 1
            while at < len(self.tokens) and not want & self.forms[at]:
                if self.tokens[at] not in STOPWORDS or at - places[-1] > gap:
                    return None
                at += 1
            if at >= len(self.tokens):
                return None
            places.append(at)
        return tuple(places)


@cache
def _specific(word: frozenset[str]) -> float:
    """How much a word of the point says on its own: 1 for everyday words ("tell", "need"),
    up to 4 for rare ones ("wheelchair"), from how common it, or its commonest form ("pages":
    "page"), is in everyday English. (How few pictures have the word is counted apart: see
    :attr:`Index.rarity`.)"""
    from ..checks.vocabulary import zipf

    common = max(zipf(form, floor=4.0) for form in word)
    return min(max(7.0 - common, 1.0), 4.0)


def _names(symbol: Symbol) -> list[tuple[str, float]]:
    names = [(symbol.id.replace("-", " "), ID_WEIGHT)]
    names += [
        (keyword, KEYWORD_WEIGHT - 0.005 * min(i, 10)) for i, keyword in enumerate(symbol.keywords)
    ]
    names.append((symbol.alt, ALT_WEIGHT))
    if symbol.category:
        names.append((symbol.category, CATEGORY_WEIGHT))
    names += [(tag, CATEGORY_WEIGHT) for tag in symbol.tags]
    return names


def _key(text: str) -> str:
    return " ".join(tokens(text))


def _fit(key: str, query_forms: list[frozenset[str]], name: Name) -> float:
    """How well a name fits a query: 1 written exactly, 0.9 all words in another form, less
    for a part. A name's stopwords and numbers count as its words ("many" is only a part of
    "how many"), a query's stopwords do not."""
    if key and key == _key(name.text):
        return 1.0
    if not query_forms or not name.words:
        return 0.0
    name_forms = [forms(w) for w in name.tokens]
    got_query = sum(1 for q in query_forms if any(q & n for n in name_forms))
    got_name = sum(1 for n in name_forms if any(q & n for q in query_forms))
    if not got_query:
        return 0.0
    if got_query == len(query_forms) and got_name == len(name_forms):
        return 0.9
    return 0.6 * got_query / len(query_forms) + 0.25 * got_name / len(name_forms)
