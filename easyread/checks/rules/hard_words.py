"""ER005: hard words are explained, in the next sentence or in the glossary (IE rule 7, GOVUK).

A word is hard when it, and its dictionary form, are rare in everyday English (the wordfreq
package): a warning, and an error when it is very rare. Names of people and places (capitals in mid-sentence) are not hard words; neither
are words in the glossary or in the configuration's ``allowed_words``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis, Located
from ..explain import explained
from ..findings import Finding
from ..rule import Rule
from ..sentences import Word
from ..vocabulary import ease


def check(doc: Analysis) -> Iterator[Finding]:
    known = doc.glossary | {w.lower() for w in doc.config.allowed_words}
    capitalised = _capitalised_inside(doc.sentences)
    seen: set[str] = set()
    sentences = [s for s in doc.all_sentences if s.block.kind != "title"]
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        for position, word in enumerate(sentence.words):
            if len(word.text) < 4:
                continue  # too short to be hard (the quickest test, first: most words are)
            key = word.text.lower()
            if key in seen or key in known or not _may_be_hard(word, sentence, position):
                continue
            if position == 0 and word.text in capitalised:
                continue  # a name, at the start of this sentence
            seen.add(key)
            value = ease(key, doc.config.hard_word_zipf, doc.config.rare_word_zipf)
            if value >= doc.config.hard_word_zipf or explained(word.text, sentence, following):
                continue
            yield doc.finding(
                RULE.id,
                "error" if value < doc.config.rare_word_zipf else "warning",
                sentence.block,
                word.start,
                word.end,
                f'Hard word: "{word.text}". Use an easier word, or explain it: in the next '
                f"sentence, or as {{{word.text}: what it means}}.",
            )


def _may_be_hard(word: Word, sentence: Located, position: int) -> bool:
    text = word.text
    if word.kind != "word" or len(text) < 4 or any(c.isdigit() for c in text):
        return False
    if sum(c.isupper() for c in text) > 1:
        return False  # initials or capitals: ER006 and ER011
    if text[0].isupper() and position > 0:
        return False  # a name
    return not any(
        mark.start <= word.start < mark.end
        for mark in sentence.block.marked
        if mark.kind in ("hard-word", "explained-word", "link")
    )


def _capitalised_inside(sentences: tuple[Located, ...]) -> set[str]:
    """Words written with a capital in mid-sentence somewhere: names."""
    return {
        word.text
        for sentence in sentences
        for word in sentence.words[1:]
        if word.text[:1].isupper()
    }


RULE = Rule(
    id="ER005",
    title="Hard words explained",
    severity="warning",
    sources="IE rule 7, GOVUK",
    fix="Use an everyday word, or explain the hard word in the next sentence or the glossary.",
    check=check,
    other_severity="error for very rare words",
    english=True,
)
