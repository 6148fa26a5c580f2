"""How well ``easyread check`` tells easy read from standard text, on real published text.

Runs the checker over each class of ``../shared/corpus`` (or the folders given) and prints,
per class, how many documents get the verdict "needs work" and the findings per 100 words by
rule. Targets (issue 5): at least 90% of standard documents need work, at most 20% of easy-read
documents. The rules are tuned on what they mean, never on these files.

    .venv/bin/python bench/check_corpus.py [--verbose] [CORPUS]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from easyread.checks import check_files
from easyread.checks.report import Report
from easyread.checks.settings import RULE_IDS

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGETS = {"standard": (0.9, "at least"), "easy": (0.2, "at most")}


def check_class(folder: Path) -> Report:
    files = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))
    return check_files([(p, p.name) for p in files])


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else CORPUS
    ok = True
    rows: dict[str, Counter[str]] = {}
    words: dict[str, int] = {}
    for name in ("easy", "standard"):
        report = check_class(corpus / name)
        docs = report.documents
        needs = sum(d.verdict.label == "needs work" for d in docs)
        share = needs / len(docs) if docs else 0.0
        target, how = TARGETS[name]
        met = share >= target if how == "at least" else share <= target
        ok &= met
        print(
            f"{name:9} {needs} of {len(docs)} need work ({share:.0%}); "
            f"target {how} {target:.0%}: {'met' if met else 'NOT MET'}"
        )
        for d in docs:
            s = d.stats
            miss = d.verdict.label != _expected(name)
            if verbose or miss:
                print(
                    f"  {d.verdict.label:10} {d.path}: {s.mean_sentence:g} words a sentence, "
                    f"{s.long_sentences:.0%} over 15, {s.hard_words:.1%} hard words, "
                    f"grade {s.reading_grade:g}" + ("  <- not as its class" if miss else "")
                )
        rows[name] = Counter(f.rule for d in docs for f in d.findings)
        words[name] = sum(d.stats.words for d in docs)
    print()
    print("Findings per 100 words, by rule:")
    print(f"  {'rule':6} {'easy':>6} {'standard':>9}")
    for rule in RULE_IDS:
        easy = 100 * rows["easy"][rule] / max(words["easy"], 1)
        standard = 100 * rows["standard"][rule] / max(words["standard"], 1)
        print(f"  {rule:6} {easy:6.2f} {standard:9.2f}")
    return 0 if ok else 1


def _expected(name: str) -> str:
    return "needs work" if name == "standard" else "ready"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
