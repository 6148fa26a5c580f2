"""How long ``easyread check`` takes on one document, start to finish, in a new process.

Target (issue 5): under 0.5 s, so the checker can run on every save. It must not import
WeasyPrint or the speech engine; this script fails if either is imported on that path.
The machines are shared, so wall time varies with their load: the target is judged on the
median CPU time of the process (user + system), and the wall times are shown beside it.

    .venv/bin/python bench/check_startup.py [FILE] [--runs N]
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT = CORPUS / "standard" / "21-nhs-long-term-plan-learning-disability-autism.md"
TARGET = 0.5
HEAVY = ("weasyprint", "pyttsx3")
RUN = (
    "import sys\n"
    "from easyread.checks.command import check\n"
    "try:\n"
    "    check(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = [m for m in {heavy!r} if m in sys.modules]\n"
    "if heavy:\n"
    "    sys.exit('imported: ' + ', '.join(heavy))\n"
)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    files = [a for a in argv if a.endswith((".md", ".txt"))]
    path = Path(files[0]) if files else DEFAULT
    code = RUN.format(heavy=HEAVY)
    times, cpu = [], []
    for _ in range(runs):
        before = _children_cpu()
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False
        )
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - before)
        if result.returncode:
            print(result.stderr.strip())
            return 1
    baseline = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - start)
    median = statistics.median(cpu)
    print(
        f"easyread check {path.name}: CPU median {median:.3f} s of {runs} runs; wall median "
        f"{statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}); "
        f"python alone {statistics.median(baseline):.3f} s"
    )
    print(
        f"target under {TARGET} s: {'met' if median < TARGET else 'NOT MET'}; "
        f"ratio to target {median / TARGET:.2f}"
    )
    return 0 if median < TARGET else 1


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
