"""Read the per-rule fixture files: cases of input and the findings expected for that rule.

A fixture file (``fixtures/er001.txt``) holds cases like markdown-it-py's fixtures::

    A title for the case
    .
    The input, a Markdown document.
    .
    3:1: ER001 warning This sentence has 16 words. Easy read: 15 or fewer. Split it.
    .

An empty expected part means the rule must not find anything in the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Case:
    rule: str
    title: str
    source: str
    expected: tuple[str, ...]
    line: int

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.line}:{self.title}"


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text("utf-8").split("\n")
    rule = path.stem.upper()
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        title, start = lines[index], index + 1
        parts: list[list[str]] = [[], []]
        index += 2  # the title and the first "."
        for part in parts:
            while lines[index] != ".":
                part.append(lines[index])
                index += 1
            index += 1
        expected = tuple(line for line in parts[1] if line.strip())
        cases.append(Case(rule, title, "\n".join(parts[0]) + "\n", expected, start))
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]
