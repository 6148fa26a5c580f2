"""Make a project of generated easy-read documents, for the benchmarks.

    .venv/bin/python bench/corpus.py OUT_FOLDER [--documents 1000]

Each document has sections, points with pictures, hard words (from the glossary and explained
inline), lists and a link; the text is made from a fixed seed, so every run makes the same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PICTURES = "meeting calendar clock place bus taxi toilet lunch money vote think phone email letter talk write list book happy worried safe".split()
WORDS = "we will meet talk about the new centre bus lunch money help you can come to our group and tell us what you think".split()
HARD = ["agenda", "minutes", "advocate", "feedback", "accessible"]

CONFIG = """\
title: Benchmark group
organisation: Benchmark council
contact: {phone: 01632 960000}
"""
GLOSSARY = """\
type: glossary
title: Hard words
words:
  agenda: A list of things we will talk about.
  minutes: A record of what we said at a meeting.
  advocate: A person who helps you say what you want.
  feedback: What you tell us about something.
  accessible: Easy for everyone to use.
"""


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(5, 11))
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), "{" + rng.choice(HARD) + "}")
    return " ".join(words).capitalize() + "."


def document(index: int, rng: random.Random, total: int) -> str:
    lines = [
        "---",
        f"title: Document number {index}",
        f"summary: '{sentence(rng)}'",
        f"picture: {rng.choice(PICTURES)}",
        "author: The organiser",
        "checked_by: [{name: The checking group, date: 2026-11-01}]",
        "---",
        "",
    ]
    for section in range(rng.randint(2, 4)):
        lines += [f"# Part {section + 1}", ""]
        for _ in range(rng.randint(3, 6)):
            lines.append(
                f"[{rng.choice(PICTURES)}] "
                + "\n".join(sentence(rng) for _ in range(rng.randint(1, 3)))
            )
            if rng.random() < 0.15:
                lines += ["", "- " + sentence(rng), "- " + sentence(rng)]
            lines.append("")
    other = rng.randrange(total)
    lines += [f"[book] Read [document {other}](doc-{other:04d}.md) too.", ""]
    return "\n".join(lines)


def make_corpus(out: Path, documents: int = 1000, seed: int = 1) -> Path:
    rng = random.Random(seed)
    (out / "content").mkdir(parents=True, exist_ok=True)
    (out / "easyread.yml").write_text(CONFIG)
    (out / "content" / "glossary.yml").write_text(GLOSSARY)
    for i in range(documents):
        (out / "content" / f"doc-{i:04d}.md").write_text(document(i, rng, documents))
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    make_corpus(args.out, args.documents)
