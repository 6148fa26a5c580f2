"""Pages and checks made by forked workers (``-j N``) equal those made in the build itself
(and in ``easyread check``).

Each build runs in a fresh Python process: the workers are forked only from a process with a
single thread, and this test session may have others (the browser tests' Chromium). The
process counts the worker pools it started, so each test knows which path it took.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeProject
from scratch import many_pages

from easyread import forked
from easyread.documents.cache import read_cache

DOCUMENTS = 30
"""Enough for the pool once the driver lowers the smallest pool to 10 (to keep tests quick)."""

DRIVER = """
import json, sys
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Sequence
from pathlib import Path

from easyread import forked

pools = []


class Counted(ProcessPoolExecutor):
    def __init__(self, *args, **kwargs):
        pools.append(kwargs.get("mp_context") or args[1])
        super().__init__(*args, **kwargs)


forked.ProcessPoolExecutor = Counted
forked.SMALLEST = 10
what, root, out, jobs = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
if what == "html":
    from easyread.build import build
    from easyread.errors import ContentError

    try:
        result = build(root, out, ("html",), jobs=jobs, checks=False)
        answer = {"made": list(result.made)}
    except ContentError as error:
        answer = {"error": str(error)}
elif what == "command":  # easyread check, on the project
    from easyread.checks.targets import run_check

    answer = {"reports": [repr(r) for r in run_check((root,), None, jobs=jobs).documents]}
else:
    from easyread.cached_checks import check_documents
    from easyread.documents import load_project

    out.mkdir()
    reports = check_documents(load_project(root), False, None, out, jobs)
    answer = {"reports": [repr(r) for r in reports]}
answer["pools"] = [p.get_start_method() for p in pools]
print(json.dumps(answer))
"""

BODIES = (
    "[hello] Welcome to the group.\n\n[bus] Take the number 7 bus to the town hall.\n",
    "[lunch] Lunch is at 1pm.\n\nWe will talk about the {agenda} and the reasonably complicated "
    "arrangements that the committee has been discussing at considerable length.\n",
    "[meeting] The meeting is on Tuesday.\n\n- [tea] There is tea.\n- [cake] There is cake.\n",
)


@pytest.fixture
def project(make_project: MakeProject) -> Path:
    return make_project(many_pages(DOCUMENTS, BODIES))


WRONG = {
    # only a page near the end fails
    "document.html": '{% extends "easyread/document.html" %}{% block main %}\n'
    '{% if document.slug == "doc-25" %}{{ document.no_such_thing }}{% endif %}\n'
    "{{ super() }}{% endblock %}\n",
    "index.html": '{% extends "easyread/index.html" %}{% block main %}\n'
    "{{ no_such_thing }}{% endblock %}\n",
}
"""Templates with a mistake on their second line."""


def wrong_template(project: Path, name: str) -> None:
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / name).write_text(WRONG[name])


def run(what: str, root: Path, out: Path, jobs: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, what, str(root), str(out), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        # the stamp names the output folder, the outputs' stats are its files' own; the load
        # cache is compared by what it holds
        if p.is_file() and p.name not in ("stamp.json", "outputs-stat.json", "load.pickle")
    }


def test_pages_made_by_workers_are_the_same(project: Path, tmp_path: Path) -> None:
    serial = run("html", project, tmp_path / "one", jobs=1)
    parallel = run("html", project, tmp_path / "two", jobs=2)
    assert serial["pools"] == [] and parallel["pools"] == ["fork"]
    assert parallel["made"] == serial["made"]  # the same jobs, recorded in the same order
    assert len(serial["made"]) == DOCUMENTS + 4  # the glossary, the index and about, the staff page
    assert tree(tmp_path / "two") == tree(tmp_path / "one")  # .cache/outputs.json included
    # Documents made in loading workers come back as copies, which pickle shares differently:
    # the load cache holds the same entries, in other bytes.
    caches = [read_cache(tmp_path / n / ".cache") for n in ("one", "two")]
    assert caches[1] == caches[0] and len(caches[0]) == DOCUMENTS + 1
    assert "Take the number 7 bus" in (tmp_path / "two" / "site" / "doc-27.html").read_text()


def test_checks_made_by_workers_are_the_same(project: Path, tmp_path: Path) -> None:
    serial = run("checks", project, tmp_path / "one", jobs=1)
    parallel = run("checks", project, tmp_path / "two", jobs=2)
    assert serial["pools"] == [] and parallel["pools"] == ["fork"]
    assert parallel["reports"] == serial["reports"]
    assert len(serial["reports"]) == DOCUMENTS + 1
    assert "ER001" in serial["reports"][1]  # the long sentence is found, in its place
    saved = [
        pickle.loads((tmp_path / n / ".cache" / "checks.pickle").read_bytes())
        for n in ("one", "two")
    ]
    assert saved[1] == saved[0]  # what the next build reuses


def test_the_check_command_shares_out_a_project_the_same(project: Path, tmp_path: Path) -> None:
    serial = run("command", project, tmp_path, jobs=1)
    parallel = run("command", project, tmp_path, jobs=2)
    assert serial["pools"] == [] and parallel["pools"] == ["fork"]
    assert parallel["reports"] == serial["reports"]
    assert len(serial["reports"]) == DOCUMENTS + 1
    assert "ER001" in serial["reports"][1]  # the long sentence is found, in its place


def test_a_template_mistake_in_a_worker_is_the_same_message(project: Path, tmp_path: Path) -> None:
    wrong_template(project, "document.html")
    serial = run("html", project, tmp_path / "one", jobs=1)
    parallel = run("html", project, tmp_path / "two", jobs=2)
    assert parallel["pools"] == ["fork"]
    assert (
        parallel["error"]
        == serial["error"]
        == (
            "templates/document.html:2: The template has a mistake: "
            "'easyread.model.Document object' has no attribute 'no_such_thing'. "
            "Correct the template, or remove it from templates/ to use the built-in one."
        )
    )
    assert not (tmp_path / "two").exists()


def test_a_mistake_in_a_page_made_beside_the_workers_stops_them(
    project: Path, tmp_path: Path
) -> None:
    """The index is made in the build while the workers make the documents' pages."""
    wrong_template(project, "index.html")
    serial = run("html", project, tmp_path / "one", jobs=1)
    parallel = run("html", project, tmp_path / "two", jobs=2)
    assert parallel["pools"] == ["fork"]
    assert parallel["error"] == serial["error"]
    assert serial["error"].startswith("templates/index.html:2: The template has a mistake: ")
    assert "'no_such_thing' is undefined" in serial["error"]
    assert not (tmp_path / "two").exists()


def test_a_page_mistake_wins_over_one_beside_the_workers(project: Path, tmp_path: Path) -> None:
    """With both a document's page and the index wrong, the document's comes first either way."""
    wrong_template(project, "document.html")
    wrong_template(project, "index.html")
    serial = run("html", project, tmp_path / "one", jobs=1)
    parallel = run("html", project, tmp_path / "two", jobs=2)
    assert parallel["pools"] == ["fork"]
    assert parallel["error"] == serial["error"]
    assert serial["error"].startswith("templates/document.html:2: ")


def test_the_build_works_meanwhile_once_when_there_are_no_workers() -> None:
    calls: list[str] = []

    def work(items: Sequence[int]) -> list[int]:
        calls.append("work")
        return [i + 1 for i in items]

    assert forked.run(work, [1, 2], 2, lambda: calls.append("meanwhile")) == [2, 3]
    assert calls == ["work", "meanwhile"]  # too few to share out: all in the build


def test_workers_are_forked_only_from_a_single_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert forked.in_parallel(forked.SMALLEST, workers=2)
    assert not forked.in_parallel(forked.SMALLEST - 1, workers=2)  # too few to be worth it
    assert not forked.in_parallel(1000, workers=1)  # -j 1
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # easyread serve's watcher thread
    assert not forked.in_parallel(1000, workers=2)
    assert forked.run(lambda items: [i * 2 for i in items], range(1000), 2) == [
        i * 2 for i in range(1000)
    ]


def test_the_default_number_of_processes_is_the_cpus_this_one_may_use() -> None:
    """With 'taskset -c 0' two PDF processes took turns on one CPU (os.cpu_count counts them
    all)."""
    import os
    import subprocess
    import sys

    if not hasattr(os, "sched_setaffinity"):
        pytest.skip("only Linux can limit a process to some CPUs")
    code = (
        "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); "
        "from easyread.forked import cores; print(cores())"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "1"
