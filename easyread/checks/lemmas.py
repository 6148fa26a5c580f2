"""Dictionary forms of irregular English words ("swung" -> "swing", "indices" -> "index").

The table is made from simplemma's English dictionary by ``python -m easyread.checks.lemmas``
and kept in ``irregular-en.txt``: only the forms whose dictionary form is common (Zipf 3 or
more, and more common than the form) and that the regular endings in :mod:`.vocabulary`
("-s", "-ed", "-ing" ...) do not already find. Loading simplemma itself takes a third of a
second, longer than the whole check of a document should; the table loads in a millisecond.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("irregular-en.txt")


@cache
def irregular() -> dict[str, str]:
    """Irregular forms and their dictionary forms."""
    pairs = (line.split() for line in TABLE.read_text("utf-8").splitlines() if line.strip())
    return {form: lemma for form, lemma in pairs}


def generate() -> list[tuple[str, str]]:
    """The table, made again from simplemma and wordfreq."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from .vocabulary import forms, zipf

    found = []
    for form, lemma in DefaultDictionaryFactory().get_dictionary("en").items():
        if form == lemma or len(form) < 4 or not (form.isalpha() and lemma.isalpha()):
            continue
        if not (form.islower() and lemma.islower()) or lemma in forms(form):
            continue
        if zipf(lemma) >= max(3.0, zipf(form) + 0.01) and zipf(form) < 5:
            found.append((form, lemma))
    return sorted(found)


if __name__ == "__main__":
    TABLE.write_text("".join(f"{form} {lemma}\n" for form, lemma in generate()), "utf-8")
    sys.stderr.write(f"{TABLE}: {len(irregular.__wrapped__())} forms\n")
