"""What the live preview watches: every file a build may read, wherever and however it appears,
and nothing that the build itself writes; and a first build with an error that is fixed."""

from __future__ import annotations

import time

from conftest import CONFIG, MakeProject
from scratch import page, png
from serving import built_again, get, running, watching

from easyread.build import MARKER, build
from easyread.serve import WAKE_MS, Preview

OVERRIDE = (
    '{% extends "easyread/document.html" %}{% block content %}MARK{{ super() }}{% endblock %}\n'
)
"""A project template over the built-in one: each page of a document shows MARK first."""


def test_a_templates_folder_made_after_the_start_is_watched(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    with running(root) as (base, preview):
        version = preview.version
        (root / "templates").mkdir()
        (root / "templates" / "document.html").write_text(OVERRIDE.replace("MARK", "FIRST"))
        built_again(preview, version)
        assert "FIRST" in get(base + "/a.html")
        version = preview.version
        (root / "templates" / "document.html").write_text(OVERRIDE.replace("MARK", "SECOND"))
        built_again(preview, version)
        assert "SECOND" in get(base + "/a.html")


def test_a_pictures_folder_made_after_the_start_is_watched(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    with running(root) as (base, preview):
        version = preview.version
        (root / "content" / "a.md").write_text(page(body="[../pictures/hall.png: The hall] Hi.\n"))
        built_again(preview, version)
        assert preview.errors == [
            "content/a.md:5: There is no picture file '../pictures/hall.png'. "
            "Put the file in pictures/ or correct the name."
        ]
        version = preview.version
        (root / "pictures").mkdir()
        (root / "pictures" / "hall.png").write_bytes(png())
        built_again(preview, version)
        assert preview.errors == []
        assert 'alt="The hall"' in get(base + "/a.html")


def test_easyread_yml_is_watched_after_an_editor_saved_it_by_renaming(
    make_project: MakeProject,
) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    config = root / "easyread.yml"
    with running(root) as (base, preview):
        version = preview.version
        (root / "easyread.yml.new").write_text(CONFIG.replace("Test group", "Renamed group"))
        (root / "easyread.yml.new").replace(config)  # how many editors save
        built_again(preview, version)
        assert "<h1>Renamed group</h1>" in get(base + "/")
        version = preview.version
        config.write_text(CONFIG.replace("Test group", "Edited group"))  # then saved in place
        built_again(preview, version)
        assert "<h1>Edited group</h1>" in get(base + "/")


def test_what_a_build_never_reads_starts_no_build(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    with running(root) as (base, preview):
        version = preview.version
        (root / "content" / "a.md").write_text(page(body="[hello] Changed.\n"))
        built_again(preview, version)
        (root / ".git").mkdir()
        (root / ".git" / "index").write_text("x")
        (root / "content" / ".a.md.swp").write_text("x")  # Vim
        (root / "content" / "a.md~").write_text("x")  # a backup
        (root / "content" / "#a.md#").write_text("x")  # Emacs
        (root / "content" / "__pycache__").mkdir()
        (root / "build" / "notes.txt").write_text("x")
        # another build into the project folder (the README's '--out part-1'), and its lock
        (root / "part-1" / "site").mkdir(parents=True)
        (root / "part-1" / ".easyread-build").write_text("x")
        (root / "part-1" / "site" / "a.html").write_text("x")
        (root / ".part-1.lock").write_text("")
        version = preview.version
        time.sleep(1)  # five times the watcher's wait for more changes (200 ms)
        assert preview.version == version  # neither those nor the build's own writes
        (root / "content" / "a.md").write_text(page(body="[hello] Changed again.\n"))
        built_again(preview, version)  # and the watcher still works
        assert "Changed again." in get(base + "/a.html")


def test_a_first_build_with_an_error_recovers_when_the_error_is_fixed(
    make_project: MakeProject,
) -> None:
    root = make_project({"content/a.md": page(title="[Welcome")})
    with running(root) as (base, preview):
        assert preview.errors[0].startswith("content/a.md:2:8: This is not valid YAML")
        assert not (root / "build").exists()  # nothing easyread would not recognise as its own
        html = get(base + "/a.html")  # the page says what to fix, and reloads when it is made
        assert 'id="easyread-errors"' in html and "content/a.md:2:8: This is not" in html
        assert "__easyread/state" in html
        version = preview.version
        (root / "content" / "a.md").write_text(page(title="Welcome"))
        built_again(preview, version)
        assert preview.errors == []
        assert "<h1>Welcome</h1>" in get(base + "/a.html")
    assert build(root, formats=("html",)).out == root / "build"  # and a build goes on from it


def test_a_first_build_that_fails_after_loading_makes_nothing(make_project: MakeProject) -> None:
    root = make_project(
        {"content/a.md": page(), "templates/document.html": "{% block content %}\n"}
    )
    preview = Preview(root, root / "build")
    preview.rebuild()
    assert preview.errors[0].startswith("templates/document.html:")
    assert not (root / "build").exists()  # no cache left without the mark of a build
    (root / "templates" / "document.html").unlink()
    preview.rebuild()
    assert preview.errors == [] and (root / "build" / MARKER).is_file()


def test_an_edit_saved_during_the_first_build_is_built(make_project: MakeProject) -> None:
    """The watcher starts after the first build; it still sees what changed before."""
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    preview = Preview(root, root / "build")
    preview.rebuild()
    version = preview.version
    (root / "content" / "a.md").write_text(page(body="[hello] Saved while it was building.\n"))
    with watching(preview):
        built_again(preview, version)
        assert "Saved while it was building." in (root / "build" / "site" / "a.html").read_text()


def test_the_watcher_builds_nothing_when_nothing_it_watches_changed(
    make_project: MakeProject,
) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    preview = Preview(root, root / "build")
    preview.rebuild()
    version = preview.version
    (root / "content" / ".a.md.swp").write_text("x")  # an editor's, during the first build
    with watching(preview) as ready:
        assert ready.wait(10)  # it has looked for changes
        time.sleep(2 * WAKE_MS / 1000)  # and woken up again since
        assert preview.version == version
