"""ER006: no "e.g.", "etc." or "i.e."; initials are written in full or explained (IE rule 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..analysis import Analysis
from ..explain import explained
from ..findings import Finding
from ..quick import Quick
from ..rule import Rule
from ..vocabulary import zipf

_LATIN = re.compile(
    r"(?<![\w.])(e\.\s?g\.?|i\.\s?e\.?|etc\.?|eg\.|ie\.|viz\.?|cf\.|approx\.?|n\.b\.|N\.B\.?)(?!\w)",
    re.IGNORECASE,
)
_ANY_LATIN = Quick(_LATIN.pattern.replace(r"N\.B\.?", r"n\.b\.?"))
""":data:`_LATIN` in small letters, to look through a whole document quickly (see ``Quick``)."""
_PLAIN = {
    "eg": "for example",
    "ie": "this means",
    "etc": "and other things (or name them all)",
    "viz": "that is",
    "cf": "compare with",
    "approx": "about",
    "nb": "please note",
}
EVERYDAY_INITIALS = frozenset(
    """UK NHS GP GPs TV OK ID PIN BBC DVD USA US EU AM PM COVID COVID-19 CD PC SMS ATM
    A&E WC DIY""".split()
)
"""Initials everybody in the UK knows better than the words they stand for."""


def check(doc: Analysis) -> Iterator[Finding]:
    known = doc.glossary | {w.lower() for w in doc.config.allowed_words}
    seen: set[str] = set()
    sentences = [s for s in doc.all_sentences if s.block.kind != "title"]
    latin = _ANY_LATIN.found_in(doc.text)
    for index, sentence in enumerate(sentences):
        block, start = sentence.block, sentence.sentence.start
        for match in _LATIN.finditer(block.text, start, sentence.sentence.end) if latin else ():
            written = match[1].strip()
            plain = _PLAIN[re.sub(r"[\s.]", "", written).lower()]
            yield doc.finding(
                RULE.id,
                "error",
                block,
                match.start(1),
                match.end(1),
                f'Do not write "{written}". Write "{plain}".',
            )
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        for word in sentence.words:
            text = word.text
            if text.islower() or text in seen or not _initials(text) or text.lower() in known:
                continue
            seen.add(text)
            if text in EVERYDAY_INITIALS or explained(text, sentence, following):
                continue
            yield doc.finding(
                RULE.id,
                RULE.severity,
                block,
                word.start,
                word.end,
                f'Initials: "{text}". Write the words in full, or explain them the first time, '
                f'like "{text} is ...".',
            )


@lru_cache(maxsize=4096)
def _initials(text: str) -> bool:
    """True for "JCVI", "DoLS" and "STPs"; false for "NOT" (a word in capitals: ER011)."""
    if "." in text or any(c.isdigit() for c in text):
        return False  # a web address like NHS.UK, a postcode like RV1 2AB
    letters = [c for c in text.split("-")[0] if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if capitals < 2 or capitals < len(letters) * 0.6 or len(letters) > 8:
        return False
    return zipf(text.lower(), 5.0) < 5.0


RULE = Rule(
    id="ER006",
    title="No abbreviations",
    severity="warning",
    sources="IE rule 12, GOVUK",
    fix='Write words in full: "for example", not "e.g."; explain initials the first time.',
    check=check,
    other_severity='error for "e.g.", "i.e." and "etc."',
    english=True,
)
