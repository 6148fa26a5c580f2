"""A document ready for the rules: its blocks, sentences and words, worked out once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from .findings import Finding
from .quick import Quick
from .sentences import Sentence, Word, sentences
from .settings import ChecksConfig, Severity
from .text import Block, Source

SENTENCE_KINDS = frozenset({"point", "item", "summary", "explanation"})
"""Blocks whose sentences are measured; headings and titles are labels, not sentences."""


class Located(NamedTuple):
    """A sentence with the block it is in (a named tuple: a document has hundreds)."""

    block: Block
    sentence: Sentence

    @property
    def text(self) -> str:
        return self.block.text[self.sentence.start : self.sentence.end]

    @property
    def words(self) -> tuple[Word, ...]:
        return self.sentence.words


@dataclass
class Analysis:
    """One document being checked, with what every rule needs."""

    source: Source
    config: ChecksConfig
    glossary: frozenset[str] = field(default_factory=frozenset)
    """Words explained in a glossary or in the document (lower case)."""

    @cached_property
    def sentences(self) -> tuple[Located, ...]:
        """Every sentence of the text, in reading order."""
        return tuple(s for s in self.all_sentences if s.block.kind in SENTENCE_KINDS)

    @cached_property
    def all_sentences(self) -> tuple[Located, ...]:
        """Every sentence, headings and titles included."""
        return tuple(
            Located(block, sentence)
            for block in self.source.blocks
            for sentence in self.block_sentences(block)
        )

    @cached_property
    def _split(self) -> dict[int, tuple[Sentence, ...]]:
        """The sentences of each block (by the block's id), split once for every rule."""
        return {id(block): sentences(block.text, block.line_breaks) for block in self.source.blocks}

    def block_sentences(self, block: Block) -> tuple[Sentence, ...]:
        """The sentences of a block of the document."""
        found = self._split.get(id(block))
        if found is None:  # not one of the source's blocks
            found = sentences(block.text, block.line_breaks)
        return found

    @cached_property
    def text(self) -> str:
        """The text of every block, a line each."""
        return "\n".join(block.text for block in self.source.blocks)

    @cached_property
    def sentence_text(self) -> str:
        """The text of the blocks with sentences (:attr:`sentences`), a line each."""
        return "\n".join(b.text for b in self.source.blocks if b.kind in SENTENCE_KINDS)

    def sentences_with(self, *patterns: Quick) -> Iterator[Located]:
        """The :attr:`sentences` of the blocks in whose text one of ``patterns`` finds
        something.

        A quick way past text where a rule cannot find anything: a rule may look only at
        these sentences when its patterns find something in a sentence only where one of
        ``patterns`` finds something in the block's text. (A sentence ends before a space, a
        line break or the end of the text, so a pattern that looks at what follows a match
        sees the same there in a sentence and in the whole text.)
        """
        patterns = tuple(p for p in patterns if p.found_in(self.sentence_text))
        if not patterns:
            return
        found: dict[int, bool] = {}
        for sentence in self.sentences:
            key = id(sentence.block)
            if key not in found:
                found[key] = any(p.found_in(sentence.block.text) for p in patterns)
            if found[key]:
                yield sentence

    @cached_property
    def word_count(self) -> int:
        """Words a reader reads: every block but the title."""
        return sum(len(s.words) for s in self.all_sentences if s.block.kind != "title")

    def points(self) -> Iterator[list[Block]]:
        """The blocks of each point (its text, list items and explanations)."""
        current: list[Block] = []
        for block in self.source.blocks:
            if block.kind not in ("point", "item", "explanation"):
                continue
            if current and block.point != current[0].point:
                yield current
                current = []
            current.append(block)
        if current:
            yield current

    def finding(
        self,
        rule: str,
        severity: Severity,
        block: Block,
        start: int,
        end: int,
        message: str,
    ) -> Finding:
        """A finding for ``block.text[start:end]``."""
        line, column = block.place(start)
        end_line, end_column = block.place(max(end - 1, start))
        return Finding(
            line, column, rule, severity, message, end_column + 1 if end_line == line else 0
        )

    def at_start(self, rule: str, severity: Severity, message: str) -> Finding:
        """A finding about the whole document, shown at its first line."""
        return Finding(1, 1, rule, severity, message)
