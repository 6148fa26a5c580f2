"""The short summary of a document for staff: words, sentences, hard words, pictures."""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Analysis
from .findings import Finding
from .vocabulary import syllables


@dataclass(frozen=True)
class Stats:
    """Measures of one document."""

    words: int
    """Words a reader reads (the title not counted)."""
    sentences: int
    """Sentences, list items counted; headings not."""
    mean_sentence: float
    """Mean words per sentence."""
    longest_sentence: int
    """Words in the longest sentence."""
    long_sentences: float
    """Share of sentences longer than the warning limit (ER001)."""
    very_long_sentences: float
    """Share of sentences longer than the error limit (ER001)."""
    hard_words: float
    """Share of words that are hard and not explained (ER005 findings per word)."""
    reading_grade: float
    """The Flesch-Kincaid grade of the text: long sentences and long words make it higher.
    About 6 for published easy read, 12 to 15 for standard public-service text."""
    points: int
    """Points (rows)."""
    points_without_pictures: int | None
    """Points with no picture, or None when the file cannot say (text from elsewhere)."""
    errors: int
    """Error-level findings."""
    warnings: int
    """Warnings."""

    def as_dict(self) -> dict[str, int | float | None]:
        """For JSON output."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "mean_sentence": self.mean_sentence,
            "longest_sentence": self.longest_sentence,
            "long_sentences": self.long_sentences,
            "very_long_sentences": self.very_long_sentences,
            "hard_words": self.hard_words,
            "reading_grade": self.reading_grade,
            "points": self.points,
            "points_without_pictures": self.points_without_pictures,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def measure(doc: Analysis, findings: list[Finding], hard_words: int) -> Stats:
    """The statistics of an analysed document and its findings (after severities)."""
    lengths = [len(s.words) for s in doc.sentences]
    count = len(lengths) or 1
    points = [blocks[0] for blocks in doc.points() if blocks[0].kind == "point"]
    missing = sum(p.picture is False or not p.picture_alt for p in points)
    return Stats(
        words=doc.word_count,
        sentences=len(lengths),
        mean_sentence=round(sum(lengths) / count, 1),
        longest_sentence=max(lengths, default=0),
        long_sentences=round(sum(n > doc.config.sentence_words for n in lengths) / count, 3),
        very_long_sentences=round(
            sum(n > doc.config.sentence_words_error for n in lengths) / count, 3
        ),
        hard_words=round(hard_words / (doc.word_count or 1), 3),
        reading_grade=_grade(doc),
        points=len(points),
        points_without_pictures=missing if doc.source.pictures else None,
        errors=sum(f.severity == "error" for f in findings),
        warnings=sum(f.severity == "warning" for f in findings),
    )


def _grade(doc: Analysis) -> float:
    """Flesch-Kincaid: 0.39 x words a sentence + 11.8 x syllables a word - 15.59."""
    words = [w for s in doc.sentences for w in s.words]
    if not words:
        return 0.0
    syllable_count = sum(syllables(w.text) if w.kind == "word" else 1 for w in words)
    grade = 0.39 * len(words) / len(doc.sentences) + 11.8 * syllable_count / len(words) - 15.59
    return round(max(grade, 0.0), 1)
