"""The build: byte-identical output, and a failed build leaves the last good one untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.errors import ContentError


def tree(folder: Path) -> dict[str, str]:
    """Every file's path and content hash (not the record of the files' sizes, times and
    inodes, which are this folder's own)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "outputs-stat.json"
    }


def test_same_input_gives_byte_identical_output(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hi {there: a place}.\n")})
    first = build(root, tmp_path / "one", ("html",))
    second = build(root, tmp_path / "two", ("html",))
    assert tree(first.out) == tree(second.out)
    assert "site/index.html" in tree(first.out)


def test_failed_build_leaves_the_previous_output(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    out = tmp_path / "build"
    build(root, out, ("html",))
    before = tree(out)
    (root / "content" / "a.md").write_text(page(body="[no-such-picture] Hello.\n"))
    with pytest.raises(ContentError):
        build(root, out, ("html",))
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".build.lock",  # the lock one build at a time holds (an empty file)
        "build",
        "project",
    ]  # no temporary folders left


def test_rebuild_replaces_old_pages_and_keeps_other_formats(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project({"content/a.md": page(), "content/b.md": page(title="B")})
    out = tmp_path / "build"
    build(root, out, ("html",))
    (out / "print").mkdir()
    (out / "print" / "pack.pdf").write_bytes(b"%PDF")
    (root / "content" / "b.md").unlink()
    result = build(root, out, ("html",))
    assert not (out / "site" / "b.html").exists()  # a page with no document is gone
    assert (out / "site" / "a.html").exists()
    assert (out / "print" / "pack.pdf").read_bytes() == b"%PDF"  # not built this time: kept
    assert out / "site" / "a.html" in result.files


def test_site_is_self_contained(make_project: MakeProject, tmp_path: Path) -> None:
    """GUIDELINES AX005: nothing is loaded from another site; every local reference exists."""
    import re

    root = make_project(
        {
            "content/a.md": page(
                body="[hello] See [the web](https://example.org).\n", extra="picture: meeting\n"
            )
        }
    )
    site = build(root, tmp_path / "out", ("html",)).out / "site"
    for html in site.glob("*.html"):
        for tag, attributes in re.findall(r"<([a-z]+)\b([^>]*)>", html.read_text()):
            for ref in re.findall(r'(?:src|href)="([^"#]+)', attributes):
                if ref.startswith(("mailto:", "tel:")):
                    continue
                if tag == "a" and ref.startswith("https://"):
                    continue  # a link the reader may follow (to the web, a licence): not loaded
                assert "://" not in ref, f"{html.name} loads {ref}"
                assert (site / ref).is_file(), f"{html.name} refers to missing {ref}"
    css = (site / "assets" / "style.css").read_text()
    for ref in re.findall(r'url\("([^"]+)"\)', css):
        assert (site / "assets" / ref).is_file()
    assert "@import" not in css


def test_a_review_copy_first_leaves_a_folder_the_build_can_use(
    make_project: MakeProject,
) -> None:
    from click.testing import CliRunner

    from easyread.cli import main

    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    runner = CliRunner()
    made = runner.invoke(main, ["review", "content/a.md", "--project", str(root)])
    assert made.exit_code == 0, made.output
    assert (root / "build" / "review" / "a-review.pdf").is_file()
    built = runner.invoke(main, ["build", str(root), "--format", "html"])
    assert built.exit_code == 0, built.output
    assert (root / "build" / "review" / "a-review.pdf").is_file()  # kept beside the new build


def test_a_swap_the_file_system_refuses_leaves_the_last_build_whole(
    make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packs and review copies are moved into the new build before it takes the old
    one's place: a rename refused then (a network file system) lost them with the new
    folder. They go back, and the build says what went wrong."""
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    out = tmp_path / "out"
    build(root, out, ("html",))
    (out / "packs" / "p01").mkdir(parents=True)
    (out / "packs" / "p01" / "letter.txt").write_text("kept")
    before = (out / "site" / "a.html").read_text()
    (root / "content" / "a.md").write_text(page(body="[hello] Hello again.\n"))
    real = Path.rename

    def refused(self: Path, target: str | Path) -> Path:
        if "-old-" in Path(target).name:
            raise OSError(18, "Invalid cross-device link", str(target))
        return real(self, target)

    monkeypatch.setattr(Path, "rename", refused)
    with pytest.raises(OSError):
        build(root, out, ("html",))
    monkeypatch.undo()
    assert (out / "packs" / "p01" / "letter.txt").read_text() == "kept"
    assert (out / "site" / "a.html").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == [".out.lock"]
