"""Stopping a build part of the way: Ctrl+C, SIGTERM (how CI cancels a job) and a failed PDF.

A stopped build says so, exits with the code shells give that signal, stops its worker
processes, removes the folder it was making, and leaves the last build as it was.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import many_pages, page

from easyread.build import build, new_folder_beside
from easyread.render.print.pool import run
from easyread.render.print.weasy import PrintJob
from easyread.reporting import NullReporter

BODY = "[talk] We will talk about the buses.\n\n[lunch] Lunch is at one o'clock.\n"


def _as_from_a_terminal() -> None:
    """Ctrl+C as a terminal sends it: a shell starts a command in the background with SIGINT
    ignored, and a test run started so passes that on to the builds it starts, which then
    rightly go on after a SIGINT (run in a child, before the build starts)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _started(root: Path, process: subprocess.Popen[str]) -> None:
    """Wait until the build is making its new folder (its documents are loaded)."""
    deadline = time.monotonic() + 120
    while not list(root.glob(".build-new-*")):
        assert process.poll() is None, "the build ended before it could be stopped"
        assert time.monotonic() < deadline, "the build did not start"
        time.sleep(0.01)


def _group_ends(group: int) -> None:
    """Wait until no process of the build's group is left (its workers and fork server)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        assert time.monotonic() < deadline, "worker processes were left running"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "Ctrl+C"]
)
def test_a_stopped_build_cleans_up_and_keeps_the_last_build(
    make_project: MakeProject, stop: signal.Signals, code: int
) -> None:
    root = make_project(many_pages(400, (BODY,)))
    command = [sys.executable, "-m", "easyread", "build", str(root), "--format", "html", "-j", "2"]
    subprocess.run([*command, "--no-checks", "-q"], check=True, capture_output=True, timeout=300)
    index = (root / "build" / "site" / "index.html").read_bytes()
    process = subprocess.Popen(
        [*command, "--clean"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    _started(root, process)
    process.send_signal(stop)
    _, said = process.communicate(timeout=120)
    # a shell shows a process that ends by the signal itself with the same code (128 + signal)
    assert process.returncode in (code, -stop), said
    assert said.rstrip().endswith("Stopped.") and "Traceback" not in said
    _group_ends(process.pid)
    assert not list(root.glob(".build-*")), "the half-made folder was left"
    assert (root / "build" / "site" / "index.html").read_bytes() == index


def test_a_failed_pdf_stops_the_pdfs_not_yet_started(tmp_path: Path) -> None:
    """Without this, a mistake in the first PDF of a big site is reported only after every
    other PDF has been made (and thrown away), and Ctrl+C waits for them all too."""
    text = "".join(f"<h2>Part {i}</h2><p>{'We talk about buses. ' * 40}</p>" for i in range(8))

    def job(target: Path) -> PrintJob:
        html = f'<html lang="en"><head><title>A</title></head><body>{text}</body></html>'
        return PrintJob(target.name, "a.md", html, str(tmp_path), target)

    (tmp_path / "first.pdf.part").mkdir()  # where the first PDF is written: it cannot be
    failing = job(tmp_path / "first.pdf")
    others = [job(tmp_path / f"other-{i}.pdf") for i in range(16)]
    with pytest.raises(OSError):
        run([failing, *others], 2, NullReporter())
    made = [other for other in others if other.target.exists()]
    assert len(made) < len(others) / 2  # those under way when it failed


def test_folders_left_by_a_build_killed_by_force_are_removed_by_the_next(
    make_project: MakeProject,
) -> None:
    """``kill -9`` or a power cut leaves a build no time to clean up: the next one does,
    but never a folder that another build, still running, is making."""
    root = make_project({"content/a.md": page(body=BODY)})
    left = root / ".build-new-abc123"
    (left / "site").mkdir(parents=True)
    (root / ".build-old-4242" / "site").mkdir(parents=True)
    with new_folder_beside(root / "build") as running:  # as a build running now has one
        build(root, formats=("html",))
        assert not left.exists() and not (root / ".build-old-4242").exists()
        assert running.is_dir()
        running.rmdir()  # as the build would put it in place


def test_stopped_just_as_its_folder_is_made_the_build_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C the moment the folder was made (as it is locked) left it behind."""
    import easyread.build

    lock = easyread.build._lock

    def stopped_there(folder: Path, wait: bool) -> int | None:
        if folder.name.startswith(".build-new-"):
            raise KeyboardInterrupt
        return lock(folder, wait)

    monkeypatch.setattr(easyread.build, "_lock", stopped_there)
    with pytest.raises(KeyboardInterrupt), new_folder_beside(tmp_path / "build"):
        pass
    assert not list(tmp_path.glob(".build-*"))


def _slow_jobs(folder: Path, count: int) -> list[PrintJob]:
    """PDFs of many pages: each takes WeasyPrint many seconds."""
    text = "".join(f"<h2>Part {i}</h2><p>{'We talk about buses. ' * 200}</p>" for i in range(300))
    html = f'<html lang="en"><head><title>A</title></head><body>{text}</body></html>'
    return [
        PrintJob(f"p{i}", "a.md", html, str(folder), folder / f"p{i}.pdf") for i in range(count)
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stopped_print_stage_ends_its_pdfs_under_way(tmp_path: Path, workers: int) -> None:
    """The preview's HTML waited for the PDF under way (the pack of a big site: minutes)
    before an edit was shown, and a CI job cancelled then took as long to stop; also with
    one worker (-j 1, or a container with one CPU)."""
    import threading

    stop = threading.Event()
    threading.Timer(1.0, stop.set).start()
    made = run(_slow_jobs(tmp_path, 2), workers, NullReporter(), stop)
    assert made == []  # ended in the middle: neither was finished
    assert not list(tmp_path.glob("*.part"))


def test_workers_end_when_the_build_is_killed(tmp_path: Path) -> None:
    """After 'kill -9' of a build (CI, when a job will not stop), its fork server and PDF
    workers went on for minutes."""
    script = (
        "import sys; from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from test_interrupts import _slow_jobs\n"
        "from easyread.render.print.pool import run\n"
        "from easyread.reporting import NullReporter\n"
        "if __name__ == '__main__':\n"
        "    run(_slow_jobs(Path(sys.argv[1]), 2), 2, NullReporter())\n"
    )
    tests = str(Path(__file__).parent)
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path), tests], start_new_session=True
    )
    deadline = time.monotonic() + 120
    while len([w for c in _children(process.pid) for w in _children(int(c))]) < 2:
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1)  # both workers of the fork server are making their PDF
    assert process.poll() is None
    process.kill()
    process.wait()
    _group_ends(process.pid)


def test_ctrl_c_while_the_print_workers_start_says_only_stopped(make_project: MakeProject) -> None:
    """A terminal sends Ctrl+C to every process of the build: the fork server, importing
    WeasyPrint for its first second or two, printed 30 lines of traceback."""
    root = make_project({f"content/a{i}.md": page(body=BODY) for i in range(4)})
    command = [sys.executable, "-m", "easyread", "build", str(root), "--format", "pdf"]
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    deadline = time.monotonic() + 60
    while not _children(process.pid):  # the fork server has started
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)
    _, said = process.communicate(timeout=120)
    assert process.returncode in (130, -signal.SIGINT), said
    assert "Traceback" not in said and said.rstrip().endswith("Stopped."), said
    _group_ends(process.pid)


def _children(pid: int) -> list[str]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.append(status.parent.name)
    return found


def test_a_second_build_into_the_same_folder_waits_for_the_first(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """Two at once both ended well, and the website of the one that ended last did not link
    the other's PDFs."""
    from easyread.build import one_build_at_a_time
    from easyread.reporting import BufferReporter

    root = make_project({"content/a.md": page(body=BODY)})
    out = tmp_path / "out"
    command = [sys.executable, "-m", "easyread", "build", str(root), "--out", str(out)]
    with one_build_at_a_time(out, NullReporter()):  # as a build under way holds it
        process = subprocess.Popen(
            [*command, "--format", "html"], stderr=subprocess.PIPE, text=True
        )
        time.sleep(2)
        assert process.poll() is None  # waiting
        assert not out.exists()
    _, said = process.communicate(timeout=120)
    assert process.returncode == 0 and "waiting until it is done" in said
    assert (out / "site" / "a.html").is_file()
    reporter = BufferReporter()
    with one_build_at_a_time(out, reporter):  # free again
        pass
    assert reporter.messages == []


def test_the_fork_server_outlives_the_thread_that_started_it() -> None:
    """The preview starts the fork server from a build's thread: asked to end with its
    parent, it ended with that thread, and each build started and loaded another."""
    script = (
        "import os, threading, time\n"
        "from multiprocessing import forkserver\n"
        "from easyread.render import workers\n"
        "if __name__ == '__main__':\n"
        "    def start():\n"
        "        workers.context(())\n"
        "        time.sleep(2)  # the fork server has started and imported what it is given\n"
        "    started = threading.Thread(target=start)\n"
        "    started.start(); started.join(); time.sleep(1)\n"
        "    pid = forkserver._forkserver._forkserver_pid\n"
        "    state = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[0]\n"
        "    print('alive' if state not in 'ZX' else 'ended')  # not killed (a zombie)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert shown.stdout.strip() == "alive", shown.stderr
