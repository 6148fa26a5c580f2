"""Incremental builds: exactly what changed is made again, and the result equals a clean build."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

import easyread.documents as documents
from easyread.build import build
from easyread.render.outputs import recorded_key
from easyread.symbols import load_library

ALL = (
    "html:a",
    "html:about.html",
    "html:b",
    "html:c",
    "html:glossary",
    "html:index.html",
    "staff:symbols",  # the staff picture page (build/staff/), made again with the library
)
GLOSSARY = "type: glossary\ntitle: Hard words\nwords:\n  agenda: A list of things to talk about.\n"


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts
    }


@pytest.fixture
def project(make_project: MakeProject) -> Path:
    return make_project(
        {
            "content/a.md": page(title="A", body="[hello] Read the {agenda}.\n"),
            "content/b.md": page(title="B", body="[bus] Take the bus.\n"),
            "content/c.md": page(title="C", body="[lunch] Lunch is at 1pm.\n"),
            "content/glossary.yml": GLOSSARY,
        }
    )


def rebuild(project: Path, out: Path) -> tuple[str, ...]:
    return tuple(sorted(build(project, out, ("html",)).made))


def test_first_build_makes_every_page(project: Path, tmp_path: Path) -> None:
    assert rebuild(project, tmp_path / "out") == ALL


def test_nothing_changed_makes_nothing(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    before = tree(out)
    assert rebuild(project, out) == ()
    assert tree(out) == before


def test_one_document_edited(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    (project / "content" / "b.md").write_text(
        page(title="B", body="[bus] Take the number 7 bus.\n")
    )
    read = []
    real = documents._read
    monkeypatch.setattr(documents, "_read", lambda f, *a: read.append(f.name) or real(f, *a))
    # the index is given every document, but shows only their titles, summaries and
    # pictures, which have not changed; the about page is given only who wrote and checked
    # each one, which has not changed either
    assert rebuild(project, out) == ("html:b",)
    assert read == ["b.md"]  # the other files are not read again
    assert "number 7" in (out / "site" / "b.html").read_text()
    (project / "content" / "b.md").write_text(page(title="Bee", body="[bus] Take the 7 bus.\n"))
    assert rebuild(project, out) == ("html:b", "html:index.html")
    assert ">Bee</a>" in (out / "site" / "index.html").read_text()


def test_the_home_page_is_made_again_when_what_it_shows_changes(
    project: Path, tmp_path: Path
) -> None:
    """It is reused while what it read of each document is the same: an edit to what it
    shows (a summary, a picture, a document more) makes it again."""
    out = tmp_path / "out"
    rebuild(project, out)
    index = out / "site" / "index.html"
    b = project / "content" / "b.md"
    b.write_text(
        page(title="B", body="[bus] Take the bus.\n").replace("---\n", "---\nsummary: By bus.\n", 1)
    )
    assert rebuild(project, out) == ("html:b", "html:index.html")
    assert "By bus." in index.read_text()
    b.write_text(
        page(title="B", body="[bus] Take the bus.\n").replace("---\n", "---\npicture: taxi\n", 1)
    )
    assert rebuild(project, out) == ("html:about.html", "html:b", "html:index.html")
    assert index.read_text() == clean(project, tmp_path)  # the about page credits it too
    (project / "content" / "d.md").write_text(page(title="D", body="[bus] Dee.\n"))
    assert "html:index.html" in rebuild(project, out)
    assert ">D</a>" in index.read_text()
    assert index.read_text() == clean(project, tmp_path)


def clean(project: Path, tmp_path: Path) -> str:
    """The home page of a clean build."""
    return (
        build(project, tmp_path / "clean", ("html",), clean=True).out / "site" / "index.html"
    ).read_text()


def test_glossary_change_remakes_the_pages_that_explain_it(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    (project / "content" / "glossary.yml").write_text(
        GLOSSARY.replace("things to talk", "things we talk")
    )
    # b and c are loaded again with the new glossary, but come out the same: their pages stay
    assert rebuild(project, out) == ("html:a", "html:glossary")
    assert "a list of things we talk about." in (out / "site" / "a.html").read_text()


def test_template_change_remakes_the_pages_that_use_it(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    (project / "templates").mkdir()
    (project / "templates" / "about.html").write_text("<p>About us</p>")
    assert rebuild(project, out) == ("html:about.html",)  # no other page uses about.html
    (project / "templates" / "macros.html").write_text(
        '{% extends "easyread/macros.html" %}'  # a partial that every page imports...
    )
    # ...except the project's own about.html, which imports nothing
    # (the staff page is not made from templates)
    assert rebuild(project, out) == tuple(
        j for j in ALL if j not in ("html:about.html", "staff:symbols")
    )


@pytest.mark.parametrize(
    ("name", "template", "body", "made"),
    [
        (  # a page that reads the documents' points
            "about.html",
            '{% extends "easyread/about.html" %}'
            "{% block main %}{% for d in documents %}<p>{{ d.points | length }}</p>{% endfor %}"
            "{% endblock %}",
            "[bus] One.\n\n[taxi] Two.\n",
            ("html:about.html", "html:b", "html:index.html"),
        ),
        (  # a page that prints each document whole (``{{ d }}``) has read all of it
            "index.html",
            "{% for d in documents %}<p>{{ d | string | length }}</p>{% endfor %}",
            "[bus] One.\n",
            ("html:b", "html:index.html"),
        ),
    ],
)
def test_a_page_given_every_document_is_made_again_when_what_it_reads_changes(
    project: Path, tmp_path: Path, name: str, template: str, body: str, made: tuple[str, ...]
) -> None:
    out = tmp_path / "out"
    (project / "templates").mkdir()
    (project / "templates" / name).write_text(template)
    rebuild(project, out)
    (project / "content" / "b.md").write_text(page(title="B", body=body))
    assert rebuild(project, out) == made
    assert (out / "site" / name).read_text() == (
        build(project, tmp_path / "clean", ("html",)).out / "site" / name
    ).read_text()


def test_settings_change_remakes_every_page(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    config = project / "easyread.yml"
    config.write_text(config.read_text().replace("Test group", "Another group"))
    assert rebuild(project, out) == ALL


def test_removed_document_loses_its_page(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    (project / "content" / "c.md").unlink()
    assert rebuild(project, out) == ("html:about.html", "html:index.html")  # they list it
    assert not (out / "site" / "c.html").exists()


def test_incremental_build_equals_a_clean_build(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    (project / "content" / "a.md").write_text(page(title="A2", body="[hello] New {agenda}.\n"))
    (project / "content" / "d.md").write_text(page(title="D", body="[taxi] A taxi.\n"))
    assert rebuild(project, out) == ("html:a", "html:about.html", "html:d", "html:index.html")
    clean = build(project, tmp_path / "clean", ("html",), clean=True)
    assert tree(out) == tree(clean.out)


def test_clean_makes_everything_again(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    made = build(project, out, ("html",), clean=True).made
    assert tuple(sorted(made)) == ALL


def test_a_damaged_cache_only_slows_the_build(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rebuild(project, out)
    for name in ("load.pickle", "checks.pickle", "outputs.json"):
        (out / ".cache" / name).write_bytes(b"\x00garbage")
    assert rebuild(project, out) == ALL


def test_a_project_set_named_like_a_builtin_one_replaces_it(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """A copy of the built-in set in the project's symbols/ (a copied example project, say)."""
    import shutil

    from easyread.resources import builtin

    root = make_project({"content/a.md": page(body="[bus] Take the bus.\n")})
    shutil.copytree(builtin("symbols") / "openmoji", root / "symbols" / "openmoji")
    out = tmp_path / "out"
    build(root, out, ("html",))
    assert build(root, out, ("html",)).made == ()  # built twice: nothing made, nothing broken
    symbols = load_library(root).symbols
    assert len(symbols) == len({(s.set, s.id) for s in symbols})  # each picture once


@pytest.mark.parametrize("damage", ["appended", "cut short", "replaced"])
def test_a_damaged_output_is_made_again(project: Path, tmp_path: Path, damage: str) -> None:
    """Reused only if exactly what the last build wrote: a hand edit, a copy cut short, another
    file of the same size and time moved into its place (a new inode) are made again."""
    out = tmp_path / "out"
    rebuild(project, out)
    assert rebuild(project, out) == ()  # reused, as hard links: the record still holds
    page_b = out / "site" / "b.html"
    good = page_b.read_bytes()
    stat = page_b.stat()
    if damage == "appended":
        with page_b.open("ab") as file:
            file.write(b"CORRUPTED")
    elif damage == "cut short":
        os.truncate(page_b, 10)
    else:
        other = tmp_path / "other.html"
        other.write_bytes(good.replace(b"bus", b"BUS"))
        os.utime(other, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        other.replace(page_b)
    assert rebuild(project, out) == ("html:b",)
    assert page_b.read_bytes() == good
    assert rebuild(project, out) == ()


def test_a_damaged_output_is_made_again_where_files_are_copied(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the file system has no hard links, reused files are copies (new inodes): they are
    recorded as copied, so they are reused again, and a damaged one is still found."""

    def no_links(source: object, target: object) -> None:
        raise OSError("no hard links here")

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "out"
    rebuild(project, out)
    assert rebuild(project, out) == ()
    (out / "site" / "a.html").write_text("CORRUPTED")
    assert rebuild(project, out) == ("html:a",)
    assert "CORRUPTED" not in (out / "site" / "a.html").read_text()
    assert rebuild(project, out) == ()


def test_a_damaged_output_has_no_recorded_key(project: Path, tmp_path: Path) -> None:
    """Personal packs copy the public build's files only while its record holds for them."""
    out = tmp_path / "out"
    rebuild(project, out)
    key = recorded_key(out, "html:b")
    assert key is not None and recorded_key(out, "html:a") is not None
    with (out / "site" / "b.html").open("a") as file:
        file.write("CORRUPTED")
    assert recorded_key(out, "html:b") is None
    assert recorded_key(out, "html:a") is not None
