"""The verdict on a document as a whole: "ready", or "needs work".

One long sentence in an otherwise easy document is a warning to look at, not a failed
document. So the verdict looks at measures of the whole text, and at errors: a document is
never "ready" while the checks find an error in it (one said "7 ready; 5 errors"). A document
needs work when any of these is true:

- its sentences are long on average: more than the ER001 warning limit (15 words);
- many sentences are long: more than 1 in 3 over 15 words, or more than 1 in 10 over 25
  (and at least 2 of them: one long sentence is a finding to fix);
- it has many hard words that are not explained: more than 2 in 100 words, and at least 3
  of them (ER005);
- its long words and sentences together make it hard: a Flesch-Kincaid grade above 10
  (published easy read is about 5 to 8, standard public-service text 12 to 15);
- most of its points have no picture (ER012, easyread content only);
- it has an error-level finding (an error is something to put right before it goes out).

Otherwise it is ready.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .settings import ChecksConfig
from .stats import Stats

LONG_SHARE = 1 / 3
"""More than this share of sentences over the ER001 warning limit: needs work."""
VERY_LONG_SHARE = 1 / 10
"""More than this share of sentences over the ER001 error limit: needs work."""
HARD_WORDS = 0.02
"""More than this share of words hard and unexplained: needs work."""
READING_GRADE = 10.0
"""A Flesch-Kincaid grade above this: needs work."""
NO_PICTURES = 0.5
"""More than this share of points without a picture: needs work."""


@dataclass(frozen=True)
class Verdict:
    """Whether a document is ready, and why not."""

    reasons: tuple[str, ...]
    """What makes it need work; empty when it is ready."""

    @property
    def label(self) -> Literal["ready", "needs work"]:
        return "needs work" if self.reasons else "ready"


def decide(stats: Stats, config: ChecksConfig, english: bool = True) -> Verdict:
    """The verdict for a document with these statistics; the reading grade (made for English
    words) counts only for ``english`` ones."""
    reasons = []
    limit, error_limit = config.sentence_words, config.sentence_words_error
    if stats.mean_sentence > limit:
        reasons.append(
            f"sentences have {stats.mean_sentence:g} words on average (easy read: {limit} or fewer)"
        )
    if stats.long_sentences > LONG_SHARE and _several(stats.long_sentences, stats):
        share = _in(stats.long_sentences)
        reasons.append(f"{share} sentences have more than {limit} words")
    if stats.very_long_sentences > VERY_LONG_SHARE and _several(stats.very_long_sentences, stats):
        share = _in(stats.very_long_sentences)
        reasons.append(f"{share} sentences have more than {error_limit} words")
    if stats.hard_words > HARD_WORDS and round(stats.hard_words * stats.words) >= 3:
        reasons.append(f"{stats.hard_words * 100:.1f} in 100 words are hard and not explained")
    if english and stats.reading_grade > READING_GRADE:
        reasons.append(
            f"long words and sentences make it hard to read (grade {stats.reading_grade:g}; "
            f"easy read: {READING_GRADE:g} or lower)"
        )
    missing = stats.points_without_pictures
    if missing is not None and stats.points and missing / stats.points > NO_PICTURES:
        reasons.append(f"{missing} of {stats.points} points have no picture")
    if stats.errors:
        what = "an error" if stats.errors == 1 else f"{stats.errors} errors"
        reasons.append(f"it has {what} to put right")
    return Verdict(tuple(reasons))


def _several(share: float, stats: Stats) -> bool:
    return round(share * stats.sentences) >= 2


def _in(share: float) -> str:
    every = round(1 / share) if share else 0
    return f"1 in {every}" if share < 0.5 else f"{round(share * 10)} in 10"
