"""ER002: one idea per sentence (GOVUK: "one idea and one verb"; IE). A warning.

Two main clauses are found when "and", "but", "so", "because", "although", "while" or
"whereas" is followed by a subject and its verb ("... and they will ...", "... because it
is ..."), or when ", which" adds a clause. Both sides need a few words: "This is because we
know" is one idea with its reason, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule

_JOINS = frozenset({"and", "but", "so", "because", "although", "though", "while", "whereas"})
_SUBJECTS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "there", "this", "these", "those", "that"}
)
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
_VERBS = re.compile(
    r"(?:am|is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|"
    r"should|may|might|must|need|needs|get|gets|got|go|goes|went|want|wants|make|makes|say|"
    r"says|said|know|knows|think|thinks)$|.*(?:'s|’s|'re|’re|'ll|’ll|'ve|’ve|n't|n’t)$",
    re.IGNORECASE,
)
BEFORE = 4
"""The fewest words before the joining word for a clause of its own."""
AFTER = 3
"""The fewest words after it."""


def check(doc: Analysis) -> Iterator[Finding]:
    for sentence in doc.sentences:
        words = sentence.words
        if len(words) < BEFORE + AFTER + 1:
            continue
        text = sentence.block.text
        for index in range(BEFORE, len(words) - AFTER):
            join, subject, verb = words[index], words[index + 1], words[index + 2]
            name = join.text.lower()
            comma = text[words[index - 1].end : join.start].strip() == ","
            if name == "which" and comma:
                message = (
                    'This sentence adds a second idea with ", which". Split it into 2 sentences.'
                )
            elif name in _JOINS and _clause(subject.text, verb.text):
                message = (
                    f'This sentence has 2 ideas joined by "{join.text}". Split it into 2 sentences.'
                )
            else:
                continue
            yield doc.finding(RULE.id, RULE.severity, sentence.block, join.start, join.end, message)
            break


def _clause(subject: str, verb: str) -> bool:
    subject = subject.lower()
    if subject in _PRONOUNS:
        return True
    if subject not in _SUBJECTS:
        return False
    return bool(_VERBS.match(verb))


RULE = Rule(
    id="ER002",
    title="One idea per sentence",
    severity="warning",
    sources='GOVUK ("one idea and one verb"), IE',
    fix="Give each idea its own sentence.",
    check=check,
    english=True,
)
