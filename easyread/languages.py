"""Language codes: what ``language:`` must be, and the code for a language written by name.

The code goes into the web page (``<html lang="cy">``), so that screen readers use the right
voice (WCAG 3.1.1), and chooses the espeak-ng voice. A name like "English" is neither.
"""

from __future__ import annotations

import re

CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?$", re.IGNORECASE)
"""A language code (BCP 47, the common part): ``en``, ``en-GB``, ``cy``, ``zh-Hant-HK``."""

BY_NAME = {
    "english": "en-GB",
    "british english": "en-GB",
    "welsh": "cy",
    "cymraeg": "cy",
    "gaelic": "gd",
    "scottish gaelic": "gd",
    "gàidhlig": "gd",
    "irish": "ga",
    "gaeilge": "ga",
    "arabic": "ar",
    "bengali": "bn",
    "cantonese": "yue",
    "chinese": "zh",
    "mandarin": "zh",
    "french": "fr",
    "german": "de",
    "gujarati": "gu",
    "hindi": "hi",
    "italian": "it",
    "lithuanian": "lt",
    "polish": "pl",
    "portuguese": "pt",
    "punjabi": "pa",
    "romanian": "ro",
    "somali": "so",
    "spanish": "es",
    "tamil": "ta",
    "turkish": "tr",
    "ukrainian": "uk",
    "urdu": "ur",
}
"""Languages people in the UK write easy read in, by their names, and their codes."""


def language_problem(value: str) -> tuple[str, str] | None:
    """What is wrong with ``language: value`` and what to write instead, or None if it is a code."""
    if CODE.match(value):
        return None
    code = BY_NAME.get(" ".join(value.lower().split()))
    said = f"'{value}' is not a language code."
    if code:
        return said, f"Write the code for {value.strip()}: language: {code}"
    return said, "Write a code like en-GB (English), cy (Welsh) or pl (Polish)."


def is_english(language: str) -> bool:
    """Whether a language code (``en-GB``, ``cy``; "" for none given) is English: the
    checker's word lists and the speech's ways with dates and numbers are English."""
    return language.lower().split("-")[0] in ("en", "")
