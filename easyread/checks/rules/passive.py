"""ER008: active voice (GOVUK, ERS). A warning: "is called" and "is based on" are fine.

A passive is a form of "be" or "get", maybe an adverb, then a past participle: "will be
offered", "have been tested", "may get treated". Participles that are really adjectives
("interested", "disabled") and the naming phrases of easy read ("is called") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..quick import Quick
from ..rule import Rule
from ..vocabulary import zipf

IRREGULAR = {
    # participle: (base, past)
    "given": ("give", "gave"), "taken": ("take", "took"), "written": ("write", "wrote"),
    "seen": ("see", "saw"), "shown": ("show", "showed"), "made": ("make", "made"),
    "done": ("do", "did"), "told": ("tell", "told"), "sent": ("send", "sent"),
    "paid": ("pay", "paid"), "held": ("hold", "held"), "kept": ("keep", "kept"),
    "found": ("find", "found"), "chosen": ("choose", "chose"), "brought": ("bring", "brought"),
    "bought": ("buy", "bought"), "built": ("build", "built"), "spoken": ("speak", "spoke"),
    "broken": ("break", "broke"), "driven": ("drive", "drove"), "eaten": ("eat", "ate"),
    "heard": ("hear", "heard"), "sold": ("sell", "sold"), "taught": ("teach", "taught"),
    "caught": ("catch", "caught"), "forgotten": ("forget", "forgot"), "led": ("lead", "led"),
    "met": ("meet", "met"), "run": ("run", "ran"), "put": ("put", "put"),
    "set": ("set", "set"), "left": ("leave", "left"), "drawn": ("draw", "drew"),
    "grown": ("grow", "grew"), "thrown": ("throw", "threw"), "hidden": ("hide", "hid"),
    "meant": ("mean", "meant"), "spent": ("spend", "spent"), "lent": ("lend", "lent"),
}  # fmt: skip
ADJECTIVES = frozenset(
    """interested tired worried married scared excited pleased bored concerned involved based
    called named known used supposed allowed disabled limited qualified experienced skilled
    satisfied surprised confused annoyed frightened registered closed retired unemployed
    aged dressed prepared located situated committed determined focused designed shaped
    related linked connected entitled exhausted isolated stuck lost done gone left set put
    run united""".split()
)
"""Words that look like participles but here describe a state, not an action."""
_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|getting)"
_ADVERB = r"(?:not|also|always|often|only|usually|sometimes|already|still|never|just|then|now|fully|all|both|normally)"
_PASSIVE = re.compile(
    rf"\b(?:(will|would|can|could|may|might|must|should|shall|has|have|had)\s+)?"
    rf"(?:(not|also)\s+)?(?:(been)\s+)?({_BE})\s+(?:{_ADVERB}\s+)*"
    rf"([a-z]+ed|{'|'.join(IRREGULAR)})\b(?!\s+(?:as|to\s+be)\b)",
    re.IGNORECASE,
)


_BE_WORD = Quick(rf"\b{_BE}\s")
"""A form of "be" or "get" followed by a space: in every passive (after a word boundary or
a space)."""


def check(doc: Analysis) -> Iterator[Finding]:
    for sentence in doc.sentences_with(_BE_WORD):
        block = sentence.block
        for match in _PASSIVE.finditer(block.text, sentence.sentence.start, sentence.sentence.end):
            participle = match[5].lower()
            if participle in ADJECTIVES or not _is_participle(participle):
                continue
            active = _active(match[1], match[4].lower(), participle)
            yield doc.finding(
                RULE.id, RULE.severity, block, match.start(), match.end(),
                f'This is passive: "{match[0]}". Say who does it: "(who) {active} ...".',
            )  # fmt: skip


def _is_participle(word: str) -> bool:
    if word in IRREGULAR:
        return True
    if word.startswith("un"):
        return False  # "unfunded", "unemployed": adjectives
    return len(word) > 4 and not word.endswith("eed") and word not in ("hundred", "naked")


def _base(participle: str) -> str:
    if participle in IRREGULAR:
        return IRREGULAR[participle][0]
    stem = participle[:-2]
    if participle.endswith("ied"):
        return participle[:-3] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # planned -> plan
    return max((stem + "e", stem), key=lambda form: zipf(form, 3.05))  # introduce, treat


def _active(helper: str | None, be: str, participle: str) -> str:
    if helper and helper.lower() in ("has", "have", "had"):
        return f"{helper.lower()} {participle}"
    if helper:
        return f"{helper.lower()} {_base(participle)}"
    if be in ("was", "were", "got"):
        return IRREGULAR[participle][1] if participle in IRREGULAR else participle
    return _base(participle) + ("s" if be in ("is", "gets") else "")


RULE = Rule(
    id="ER008",
    title="Active voice",
    severity="warning",
    sources="GOVUK, ERS",
    fix='Say who does what: "The nurse gives you the injection", not "The injection is given".',
    check=check,
    english=True,
)
