"""Documents loaded by forked workers (``-j N``) equal those loaded in the build itself.

Each load runs in a fresh Python process: the workers are forked only from a process with a
single thread, and this test session may have others. The process records the teams of
workers it forked (how many processes each had), so each test knows which path it took.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeProject
from scratch import GLOSSARY, many_pages, page

from easyread import forked

DOCUMENTS = 30
"""Enough for the workers once the driver lowers the smallest share-out to 10."""

DRIVER = """
import os, pickle, sys
from pathlib import Path

from easyread import documents
from easyread.errors import BuildError, ContentError
from easyread import forked

teams = []


class Counted(forked.Team):
    def __init__(self, members):
        teams.append(len(members))
        super().__init__(members)


forked.Team = Counted
forked.SMALLEST = 10
root, saved, jobs, how = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
if how == "die":  # a worker stops as if the computer ran out of memory
    build, real = os.getpid(), documents._read
    documents._read = lambda file, *a: os._exit(9) if os.getpid() != build else real(file, *a)
cache = pickle.loads(saved.read_bytes()) if saved.is_file() else {}
try:
    project = documents.load_project(root, cache, jobs)
    saved.write_bytes(pickle.dumps(cache))
    answer = {
        "documents": project.documents,
        "glossary": project.glossary,
        "fingerprints": project.fingerprints,
        "digests": project.digests,
        "cache": cache,
    }
except ContentError as error:
    answer = {"problems": error.problems, "message": str(error)}
except BuildError as error:
    answer = {"stopped": str(error)}
answer["teams"] = teams
sys.stdout.buffer.write(pickle.dumps(answer))
"""

BODIES = (
    "[hello] Welcome to the group.\n\n[bus] Take the number 7 bus to the {agenda}.\n",
    "[lunch] Lunch is at 1pm.\n\nWe will talk about the {budget: the money we can spend}.\n",
    "## The meeting\n\n[meeting] It is on Tuesday.\n\n- [tea] There is tea.\n- There is cake.\n\n"
    "Read the [minutes](doc-01.md).\n",
)


@pytest.fixture
def project(make_project: MakeProject) -> Path:
    return make_project(many_pages(DOCUMENTS, BODIES))


def load(root: Path, saved: Path, jobs: int, how: str = "") -> dict[str, Any]:
    """Load in a fresh process, with the cache in ``saved`` (kept there for the next load)."""
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(root), str(saved), str(jobs), how],
        capture_output=True,
        check=True,
    )
    answer: dict[str, Any] = pickle.loads(done.stdout)
    return answer


def same_load(serial: dict[str, Any], parallel: dict[str, Any]) -> None:
    for what in ("documents", "glossary", "fingerprints", "digests", "cache"):
        assert parallel[what] == serial[what], what
    assert list(parallel["cache"]) == list(serial["cache"])  # in the same order


def test_documents_loaded_by_workers_are_the_same(project: Path, tmp_path: Path) -> None:
    serial = load(project, tmp_path / "one.pickle", jobs=1)
    parallel = load(project, tmp_path / "two.pickle", jobs=2)
    assert serial["teams"] == [] and parallel["teams"] == [2]
    same_load(serial, parallel)
    assert len(serial["documents"]) == DOCUMENTS + 1  # and the glossary
    assert [d.slug for d in parallel["documents"]][:3] == ["doc-00", "doc-01", "doc-10"]  # by title
    assert "budget" in parallel["glossary"][1].key  # explained where it is used, in doc-01
    assert set(serial["fingerprints"].values()) >= {e.fingerprint for e in serial["cache"].values()}


def test_a_changed_glossary_remakes_every_document_in_workers(
    project: Path, tmp_path: Path
) -> None:
    load(project, tmp_path / "one.pickle", jobs=1)
    load(project, tmp_path / "two.pickle", jobs=2)
    (project / "content" / "glossary.yml").write_text(GLOSSARY.replace("things to", "things we"))
    serial = load(project, tmp_path / "one.pickle", jobs=1)
    parallel = load(project, tmp_path / "two.pickle", jobs=2)
    # one file is read again, in the build; the documents are made again in the workers
    assert serial["teams"] == [] and parallel["teams"] == [2]
    same_load(serial, parallel)
    assert "things we talk" in parallel["documents"][0].sections[0].points[1].html
    unchanged = load(project, tmp_path / "two.pickle", jobs=2)
    assert unchanged["teams"] == []  # nothing to read or make: no workers
    same_load(parallel, unchanged)


def test_mistakes_found_by_workers_are_the_same(project: Path, tmp_path: Path) -> None:
    content = project / "content"
    (content / "doc-03.md").write_text("---\ntitle: [broken\n---\n\nHello.\n")  # when read
    (content / "doc-10.md").write_text(page(body="[no-such-picture] A {gizmo} here.\n"))
    (content / "doc-21.md").write_text(page(body="See the [notes](notes.md).\n"))
    (content / "doc-28.md").write_text(page(body="[photo.jpg] No description.\n"))
    serial = load(project, tmp_path / "one.pickle", jobs=1)
    parallel = load(project, tmp_path / "two.pickle", jobs=2)
    assert serial["teams"] == [] and parallel["teams"] == [2]
    assert parallel["problems"] == serial["problems"]
    assert parallel["message"] == serial["message"]
    assert [(p.path, p.line) for p in serial["problems"]] == [
        ("content/doc-03.md", 2),
        ("content/doc-10.md", 5),
        ("content/doc-10.md", 5),
        ("content/doc-21.md", 5),
        ("content/doc-28.md", 5),
    ]
    assert not (tmp_path / "two.pickle").exists()  # a failed load saves no cache


def test_a_worker_that_stops_is_a_clean_error(project: Path, tmp_path: Path) -> None:
    answer = load(project, tmp_path / "two.pickle", jobs=2, how="die")
    assert answer["teams"] == [2]
    assert answer["stopped"] == forked.STOPPED


@pytest.mark.parametrize(("documents", "jobs"), [(DOCUMENTS, 1), (5, 2)])
def test_one_job_or_a_small_project_loads_in_the_build(
    make_project: MakeProject, tmp_path: Path, documents: int, jobs: int
) -> None:
    root = make_project({f"content/doc-{i:02}.md": page(title=f"D{i}") for i in range(documents)})
    answer = load(root, tmp_path / "one.pickle", jobs)
    assert answer["teams"] == []
    assert len(answer["documents"]) == documents
