"""A build asked to stop early (the preview's background build, when an edit comes in) ends
with the PDFs and recordings it has made; the next build makes the rest."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.reporting import BufferReporter
from easyread.serve import Preview

SLUGS = ("a", "b", "c", "d")
MORE = tuple(f"more-{i}" for i in range(10))


class StopAfterFirst(BufferReporter):
    """Asks the build to stop once the first item of ``stage`` is made."""

    def __init__(self, stage: str, stop: threading.Event) -> None:
        super().__init__()
        self.stage, self.stop = stage, stop

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        super().progress(stage, done, total, item)
        if stage == self.stage and done == 1:
            self.stop.set()


@pytest.fixture
def root(make_project: MakeProject) -> Path:
    return make_project(
        {f"content/{s}.md": page(title=s.upper(), body="[bus] We take the bus.\n") for s in SLUGS}
    )


@pytest.mark.parametrize(("fmt", "stage"), [("pdf", "print"), ("audio", "audio")])
def test_a_stopped_build_keeps_what_it_made_and_the_next_makes_the_rest(
    root: Path, fmt: str, stage: str
) -> None:
    stop = threading.Event()
    reporter = StopAfterFirst(stage, stop)
    first = build(root, formats=(fmt,), jobs=1, checks=False, stop=stop, reporter=reporter)
    assert len([job for job in first.made if job != "audio:pack.m3u"]) == 1
    files = {p.relative_to(first.out).as_posix() for p in first.out.rglob("*") if p.is_file()}
    playlist = (first.out / "audio" / "pack.m3u").read_text() if fmt == "audio" else ""
    second = build(root, formats=(fmt,), jobs=1, checks=False)
    whole = build(root, first.out.parent / "whole", formats=(fmt,), jobs=1, checks=False)
    made_again = set(second.made) - {"audio:pack.m3u"}
    assert made_again == set(whole.made) - set(first.made)  # the first is not made again
    if fmt == "audio":  # nothing half spoken was left: every file is one the build recorded
        recorded = {p.relative_to(first.out).as_posix() for p in first.files}
        assert {f for f in files if f.startswith("audio/")} == recorded
        assert len(playlist.splitlines()) == 3  # only what was spoken: #EXTM3U, #EXTINF, a file


@pytest.mark.slow
def test_the_preview_stops_its_background_print_for_an_edit(root: Path) -> None:
    for slug in MORE:  # enough PDFs that they are not all made at once
        (root / "content" / f"{slug}.md").write_text(page(title=slug, body="[bus] The bus.\n"))
    started = threading.Event()

    class Watching(BufferReporter):
        def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
            super().progress(stage, done, total, item)
            if stage == "print":
                started.set()

    reporter = Watching()
    preview = Preview(root, root / "build", ("html", "pdf"), reporter)
    preview.rebuild()
    assert started.wait(120), "the background build did not start printing"
    (root / "content" / "a.md").write_text(page(title="A", body="[bus] We take the train.\n"))
    preview.rebuild()  # the edit: its page first
    assert "the train" in (root / "build" / "site" / "a.html").read_text()
    assert any(m.startswith("print: stopped with") for _, m in reporter.messages)
    assert preview.background is not None
    preview.background.join(300)
    pdfs = {p.name for p in (root / "build" / "print").glob("*.pdf")}
    assert {f"{s}.pdf" for s in SLUGS + MORE} <= pdfs  # the next background build made the rest
    assert 'href="../print/a.pdf"' in (root / "build" / "site" / "a.html").read_text()


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "folder"), [("pdf", "print"), ("audio", "audio")])
def test_a_stopped_build_keeps_the_last_files_it_did_not_get_to(
    root: Path, fmt: str, folder: str
) -> None:
    """A stopped build with files still current (linked into the new build) left out the
    last build's others (the print pack too): the pages linked files that were gone."""
    first = build(root, formats=("html", fmt), jobs=1, checks=False)

    def files() -> dict[str, bytes]:
        found = (first.out / folder).rglob("*")
        return {p.relative_to(first.out).as_posix(): p.read_bytes() for p in found if p.is_file()}

    before = files()
    (root / "content" / "b.md").write_text(page(title="B", body="[bus] We go by bus.\n"))
    stop = threading.Event()
    stop.set()
    build(root, formats=(fmt,), jobs=1, checks=False, stop=stop, site_in_step=False)
    assert files() == before  # b's and the pack as they were, until the next build
    again = build(root, formats=(fmt,), jobs=1, checks=False)
    made = {job for job in again.made if job.startswith(f"{fmt}:")}
    assert made == ({"pdf:b.pdf", "pdf:pack.pdf"} if fmt == "pdf" else {"audio:b"})
