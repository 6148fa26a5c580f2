"""How fast the picture library answers: ``easyread symbols search`` and suggestions.

Targets (issue 6), after start-up (loading the sets and building the search index):
searching the default set plus Mulberry answers in under 50 ms; suggestions for every point
of a 40-point document take under 200 ms. Mulberry is imported from the development copy
(``../shared/symbol-sets/mulberry``, or the folder given); ``--double`` imports it a second
time under another name, to measure a library of about 7,500 pictures. Medians are reported.

    .venv/bin/python bench/symbols_bench.py [MULBERRY_FOLDER] [--double] [--runs N]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from easyread.symbols.library import load_library
from easyread.symbols.mulberry import import_mulberry

MULBERRY = Path(
    os.environ.get("EASYREAD_MULBERRY")
    or Path(__file__).resolve().parents[2] / "shared" / "symbol-sets" / "mulberry"
)
SEARCH_MS = 50.0
SUGGEST_MS = 200.0
WORDS = (
    "meeting meetings met bus taxi toilet lunch money paid vote decided doctor nurses "
    "medicine hospital carer phone email letter help questions listen talked write "
    "feedback happy worried safe private rights complaint wheelchair stairs train tea "
    "agenda minutes glasses children family police job shopping angry birthday holiday "
    "rain map website camera form benefits"
).split()
QUERIES = [
    *WORDS,
    "support worker",
    "hearing loop",
    "have your say",
    "bus stop",
    "step-free access",
]
POINTS = [
    "We meet once a month at the Riverside Centre.",
    "The number 7 bus stops outside the centre.",
    "There is a hearing loop and a quiet room.",
    "Lunch and drinks are free.",
    "We pay your travel expenses on the day.",
    "Please tell us if you need a support worker.",
    "We talked about the new day centre.",
    "The council wants to know what you think.",
    "We voted to visit the centre in January.",
    "Priya will book the minibus.",
]


def median_ms(run: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 21
    folders = [Path(a) for a in argv if not a.startswith("--") and Path(a).is_dir()]
    mulberry = folders[0] if folders else MULBERRY
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        if mulberry.is_dir():
            import_mulberry(mulberry, project)
            if "--double" in argv:
                import_mulberry(mulberry, project, set_id="mulberry-copy")
        else:
            print(f"{mulberry}: not found; measuring the default set alone")
        start = time.perf_counter()
        library = load_library(project)
        loaded = time.perf_counter()
        index = library.index
        indexed = time.perf_counter()
        print(f"pictures: {len(library.symbols)} in {len(library.sets)} sets")
        print(
            f"start-up: load {1000 * (loaded - start):.0f} ms, index {1000 * (indexed - loaded):.0f} ms"
        )
        search = [median_ms(lambda q=q: index.search(q, 10), runs) for q in QUERIES]
        slowest = max(search)
        print(
            f"search: median {statistics.median(search):.2f} ms per query, slowest query's median "
            f"{slowest:.2f} ms ({len(QUERIES)} queries, target < {SEARCH_MS:.0f} ms)"
        )
        document = [POINTS[i % len(POINTS)] + f" Point {i}." for i in range(40)]
        suggest = median_ms(lambda: [index.suggest(p, 3) for p in document], runs)
        print(
            f"suggest: median {suggest:.1f} ms for a 40-point document (target < {SUGGEST_MS:.0f} ms)"
        )
    ok = slowest < SEARCH_MS and suggest < SUGGEST_MS
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
