"""Is a word explained where it is used? In its sentence or the next one, or in brackets.

"A referendum is a vote ...", "This is called a referendum.", "known as PIP", "Joint
Committee on Vaccination and Immunisation (JCVI)" and "PIP (Personal Independence Payment)"
all explain the word. So does a glossary entry or ``{word: what it means}`` anywhere.
"""

from __future__ import annotations

import re

from .analysis import Located

_DEFINES = (
    r"(?:(?:is|are|was|were)\s+(?:a|an|the|when|where|what|how|someone|somebody|something|"
    r"people|one|another|also|like|made|for|about)|means|mean|stands for|is short for)\b"
)
"""What follows a word that is being explained: "A referendum is a vote", "PIP means ..."."""
_NAMES = r"(?:called|known as|named|stands for|short for|means|this is|these are)"


def explained(word: str, sentence: Located, following: Located | None) -> bool:
    """True when ``word`` is explained in ``sentence`` or in ``following``."""
    w = re.escape(word)
    defines = re.compile(rf"\b{w}\w*['’)\]]*\s+{_DEFINES}", re.IGNORECASE)
    named = re.compile(rf"\b{_NAMES}\s+(?:(?:an?|the)\s+)?['‘\"“]?{w}", re.IGNORECASE)
    brackets = re.compile(rf"\b{w}\w*\s*\((?!\s*\d)[^)]{{4,}}\)", re.IGNORECASE)
    text = sentence.text
    if defines.search(text) or named.search(text) or brackets.search(text):
        return True
    if following is not None and (defines.search(following.text) or named.search(following.text)):
        return True
    return _spelled_out(word, text)


def _spelled_out(initials: str, text: str) -> bool:
    """True for "Deprivation of Liberty Safeguards (DoLS)": the words before the brackets."""
    letters = [c for c in initials if c.isupper()]
    if len(letters) < 2:
        return False
    for match in re.finditer(rf"((?:[\w’'-]+\s+){{1,12}})\(\s*{re.escape(initials)}\s*\)", text):
        capitals = "".join(w[0] for w in match[1].split() if w[0].isupper())
        if capitals.upper().endswith("".join(letters).upper()):
            return True
        if all(c in capitals.upper() for c in letters):
            return True
    after = re.search(rf"\b{re.escape(initials)}\s*\(([^)]+)\)", text)
    if after:
        capitals = "".join(w[0] for w in after[1].split() if w[0].isupper())
        return capitals.upper().startswith(letters[0]) and len(capitals) >= len(letters) - 1
    return False
