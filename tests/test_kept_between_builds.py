"""What a process that builds again and again (the preview) keeps between builds, and that an
edit to what it was made from is never missed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import CACHE_DIR, Kept, build
from easyread.coproduction.sources import source_digest
from easyread.documents import load_project
from easyread.documents.cache import read_cache
from easyread.errors import ContentError
from easyread.render.templates import environment
from easyread.symbols.library import load_library

MANIFEST = """\
name: Our pictures
licence: CC0-1.0
author: Us
source: made here
symbols:
  bus:
    file: bus.svg
    alt: A bus
    keywords: [bus]
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'


def test_templates_are_kept_until_one_changes(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    project = load_project(root)
    first = environment(project)
    assert environment(load_project(root)) is first
    own = root / "templates" / "document.html"
    own.parent.mkdir()
    own.write_text("{% extends 'easyread/document.html' %}{% block content %}Ours{% endblock %}")
    changed = environment(load_project(root))
    assert changed is not first
    build(root, root / "build", ("html",))
    assert "Ours" in (root / "build" / "site" / "a.html").read_text(encoding="utf-8")
    own.write_text("{% extends 'easyread/document.html' %}{% block content %}Theirs{% endblock %}")
    build(root, root / "build", ("html",))
    assert "Theirs" in (root / "build" / "site" / "a.html").read_text(encoding="utf-8")


def test_a_changed_setting_makes_a_new_environment(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    first = environment(load_project(root))
    config = root / "easyread.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("title:", "title: New"))
    assert environment(load_project(root)).globals["config"].title.startswith("New")
    assert environment(load_project(root)) is not first


def test_the_picture_library_is_kept_until_a_set_changes(make_project: MakeProject) -> None:
    root = make_project(
        {"symbols/ours/symbols.yml": MANIFEST, "symbols/ours/bus.svg": SVG, "content/a.md": ""}
    )
    first = load_library(root)
    assert first.find("ours/bus") is not None
    assert load_library(root) is first
    (root / "symbols" / "ours" / "symbols.yml").write_text(MANIFEST.replace("A bus", "A red bus"))
    again = load_library(root)
    assert again is not first
    found = again.find("ours/bus")
    assert found is not None and found.alt == "A red bus"


def test_the_loaders_entries_stay_in_memory_and_are_saved_after(
    make_project: MakeProject,
) -> None:
    root = make_project(
        {"content/a.md": page(body="[hello] Hello.\n"), "content/b.md": page(body="[bus] Bus.\n")}
    )
    out = root / "build"
    kept = Kept()
    build(root, out, ("html",), kept=kept)
    kept.finish(out)
    (root / "content" / "a.md").write_text(page(body="[hello] Hello again.\n"))
    result = build(root, out, ("html",), kept=kept)
    assert result.made == ("html:a",)  # the index shows nothing of it that changed
    saved = read_cache(out / CACHE_DIR)
    assert saved["content/a.md"].digest != kept.loaded["content/a.md"].digest  # type: ignore[index]
    kept.finish(out)  # the preview does this once the page is shown
    assert read_cache(out / CACHE_DIR)["content/a.md"].digest == source_digest(
        root / "content" / "a.md"
    )
    files = {p.relative_to(out) for p in out.rglob("*.html")}
    clean = build(root, root / "clean", ("html",), clean=True)
    for name in files:
        assert (out / name).read_bytes() == (clean.out / name).read_bytes(), name
    assert result.reports == clean.reports and "Hello again" in str(kept.checks["content/a.md"])


def test_a_mistake_leaves_the_kept_entries_as_they_were(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    kept = Kept()
    build(root, root / "build", ("html",), kept=kept)
    before = dict(kept.loaded or {})
    (root / "content" / "a.md").write_text("---\ntitle: [\n---\n")
    with pytest.raises(ContentError):
        build(root, root / "build", ("html",), kept=kept)
    assert kept.loaded == before and not kept.unsaved


def test_what_a_failed_build_loaded_is_saved_by_the_next(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    out = root / "build"
    kept = Kept()
    build(root, out, ("html",), kept=kept)
    kept.finish(out)
    (root / "content" / "a.md").write_text(page(body="[hello] Hello again.\n"))
    broken = root / "templates" / "document.html"
    broken.parent.mkdir()
    broken.write_text("{% if %}")  # the build fails after loading the edited document
    with pytest.raises(ContentError):
        build(root, out, ("html",), kept=kept)
    broken.unlink()
    build(root, out, ("html",), kept=kept)  # nothing new loaded: it was loaded last time
    kept.finish(out)
    assert read_cache(out / CACHE_DIR)["content/a.md"].digest == source_digest(
        root / "content" / "a.md"
    )


def test_the_warnings_remembered_between_builds_follow_every_edit(
    make_project: MakeProject,
) -> None:
    """The preview remembers each document's links and slips by its fingerprint: a warning
    comes and goes with an edit to the document, to the one it links to, and to the file's
    heading levels (which the document itself does not record)."""
    from easyread.reporting import BufferReporter
    from easyread.serve import Preview

    linking = page(title="A", body="[book] Read [part 1](b.md#part-1).\n")
    target = page(title="B", body="[hello] Hi.\n\n# Part 1\n\n[bus] Bus.\n")
    root = make_project({"content/a.md": linking, "content/b.md": target})
    reporter = BufferReporter()
    preview = Preview(root, root / "build", reporter=reporter)

    def warnings() -> list[str]:
        reporter.messages.clear()
        preview.rebuild()
        assert not preview.errors
        return [m for kind, m in reporter.messages if kind == "warning" and re.match(r"\S+:\d", m)]

    assert warnings() == []
    (root / "content" / "b.md").write_text(target.replace("Part 1", "Part one"))
    assert [w[:50] for w in warnings()] == ["content/a.md:5: the link to '#part-1' goes to a pa"]
    (root / "content" / "a.md").write_text(linking.replace("#part-1", "#part-one"))
    assert warnings() == []
    nested = "[hello] Hi.\n\n# Part one\n\n## Its part\n\n[bus] Bus.\n"
    (root / "content" / "b.md").write_text(page(title="B", body=nested))
    assert warnings() == []
    (root / "content" / "b.md").write_text(page(title="B", body=nested.replace("## Its", "# Its")))
    assert [w[:60] for w in warnings()] == [
        "content/b.md:7: the heading “Part one” has nothing under it."
    ]


def test_the_old_folders_are_removed_once_the_preview_has_shown_the_new_one(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The preview shows an edit before it removes the build it replaced; builds one after
    the other before that (the pages again after print) each move theirs aside by its own name."""
    root = make_project({"content/a.md": page()})
    out = tmp_path / "site-build"
    kept = Kept()

    def aside() -> list[Path]:
        return sorted(tmp_path.glob(".site-build-old-*"))

    build(root, out, ("html",), kept=kept)
    build(root, out, ("html",), kept=kept)
    assert len(aside()) == 1 and kept.retired == aside()
    build(root, out, ("html",), kept=kept)
    assert aside() and set(aside()) <= set(kept.retired)
    kept.finish(out)
    assert aside() == [] and kept.retired == []
    build(root, out, ("html",))  # a build without a preview removes its own at once
    assert aside() == []


def test_the_picture_library_is_kept_between_commands_while_its_files_are_the_same(
    make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading Mulberry's manifest took most of a second at every command; the library is
    kept in the user's cache folder, and read again when a set's file changes."""
    import easyread.symbols.library as library

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = make_project({"content/a.md": page(), "symbols/own/bus.svg": SVG})
    (root / "symbols" / "own" / "symbols.yml").write_text(MANIFEST)
    read: list[object] = []
    real = library._load_library
    monkeypatch.setattr(library, "_load_library", lambda *a: read.append(a) or real(*a))

    def load() -> library.Library:
        monkeypatch.setattr(library, "_LAST", None)  # as a new command starts
        return library.load_library(root)

    assert load().find("own/bus").alt == "A bus"  # type: ignore[union-attr]
    assert load().find("own/bus").alt == "A bus" and len(read) == 1  # type: ignore[union-attr]
    monkeypatch.setattr(library, "code_version", lambda: "changed")  # easyread's code, edited
    assert load().find("own/bus").alt == "A bus" and len(read) == 2  # type: ignore[union-attr]
    (root / "symbols" / "own" / "symbols.yml").write_text(MANIFEST.replace("A bus", "A red bus"))
    assert load().find("own/bus").alt == "A red bus" and len(read) == 3  # type: ignore[union-attr]
    (cached,) = (tmp_path / "cache" / "easyread" / "library").iterdir()
    cached.write_bytes(b"damaged")
    assert load().find("own/bus").alt == "A red bus" and len(read) == 4  # type: ignore[union-attr]
    monkeypatch.setenv("XDG_CACHE_HOME", str(cached / "below-a-file"))  # cannot be made
    assert load().find("own/bus").alt == "A red bus" and len(read) == 5  # type: ignore[union-attr]


def test_a_cache_folder_others_may_write_in_is_not_used(
    make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is kept is read back as objects and code: another user who could write there
    could make a command run theirs."""
    from easyread.render.templates import _compiled
    from easyread.resources import user_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "shared"))
    (tmp_path / "shared" / "easyread").mkdir(parents=True)
    (tmp_path / "shared" / "easyread").chmod(0o777)
    assert user_cache("library") is None and _compiled() is None
    root = make_project({"content/a.md": page()})
    import pickle

    import easyread.symbols.library as library
    from easyread.fingerprint import fingerprint
    from easyread.resources import builtin

    planted = tmp_path / "shared" / "easyread" / "library"  # where another user put theirs
    planted.mkdir()
    name = fingerprint([builtin("symbols"), root.resolve() / "symbols"])[:24]
    marker = tmp_path / "ran"
    (planted / f"{name}.pickle").write_bytes(pickle.dumps(_Runs(marker)))
    monkeypatch.setattr(library, "_LAST", None)
    build(root, tmp_path / "out", ("html",))
    assert not marker.exists()
    assert [p.name for p in (tmp_path / "shared" / "easyread").iterdir()] == ["library"]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "own"))
    assert user_cache("library") == tmp_path / "own" / "easyread" / "library"
    assert (tmp_path / "own" / "easyread").stat().st_mode & 0o777 == 0o700


class _Runs:
    """A pickle that, read back, makes a file: as another user's could run their code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))
