"""--shard I/N: each machine makes a fixed share of the print and audio files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.errors import UsageError
from easyread.render import RenderOptions, parse_shard

SLUGS = [f"document-{i}" for i in range(40)]


def test_every_document_is_in_exactly_one_share() -> None:
    shares = [RenderOptions(shard=(i, 3)) for i in (1, 2, 3)]
    owners = [[i for i, share in enumerate(shares) if share.in_shard(slug)] for slug in SLUGS]
    assert all(len(o) == 1 for o in owners)
    assert {o[0] for o in owners} == {0, 1, 2}  # the work is really spread
    assert all(RenderOptions().in_shard(slug) for slug in SLUGS)


def test_parse_shard() -> None:
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/3", "4/3", "2", "a/b", "1/0"):
        with pytest.raises(UsageError, match="is not a share of the work"):
            parse_shard(bad)


@pytest.mark.slow
def test_shares_of_print_and_audio_add_up_to_the_whole(
    make_project: MakeProject, tmp_path: Path
) -> None:
    files = {
        f"content/{slug}.md": page(title=slug, body="[hello] Hello.\n")
        for slug in ("a", "b", "c", "d")
    }
    root = make_project(files)
    made = {}
    for index in (1, 2):
        out = build(
            root, tmp_path / f"share-{index}", ("pdf", "audio"), shard=(index, 2), checks=False
        ).out
        made[index] = (
            {p.name for p in (out / "print").glob("*.pdf")},
            {p.name for p in (out / "audio").glob("*.mp3")},
        )
    pdfs = made[1][0] | made[2][0]
    assert pdfs == {"a.pdf", "b.pdf", "c.pdf", "d.pdf", "pack.pdf"}
    assert not made[1][0] & made[2][0]
    assert "pack.pdf" in made[1][0]  # what covers every document belongs to the first share
    assert made[1][1] | made[2][1] == {"a.mp3", "b.mp3", "c.mp3", "d.mp3"}
    assert not made[1][1] & made[2][1]
    playlist = (tmp_path / "share-1" / "audio" / "pack.m3u").read_text().splitlines()
    assert playlist[2::2] == ["a.mp3", "b.mp3", "c.mp3", "d.mp3"]
    assert not (tmp_path / "share-2" / "audio" / "pack.m3u").exists()


def readme_commands() -> list[str]:
    """The README's commands for putting the shares together, as written there."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("Then put the shares together")
    block = readme[start:].split("\n\n")[1]
    return [line.split("#")[0].strip() for line in block.splitlines()]


@pytest.mark.slow
def test_the_readmes_shares_put_together_make_a_site_that_links_every_file(
    make_project: MakeProject,
) -> None:
    slugs = ("a", "b", "c", "d")
    root = make_project({f"content/{s}.md": page(title=s, body="[hello] Hello.\n") for s in slugs})
    commands = readme_commands()
    assert len(commands) == 6 and commands[0].startswith("easyread build . --shard 1/3")
    for command in commands:
        command = command.replace("easyread ", f"{sys.executable} -m easyread ", 1)
        done = subprocess.run(command, shell=True, cwd=root, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
    build = root / "build"
    made = {p.name for p in [*(build / "print").iterdir(), *(build / "audio").iterdir()]}
    assert {f"{s}.pdf" for s in slugs} | {f"{s}.mp3" for s in slugs} | {"pack.pdf"} <= made
    for slug in slugs:
        links = re.findall(
            r'"\.\./((?:print|audio)/[^"]+)"', (build / "site" / f"{slug}.html").read_text()
        )
        assert f"print/{slug}.pdf" in links and f"audio/{slug}.mp3" in links
        assert all((build / link).is_file() for link in links), links


def test_a_share_with_no_pdfs_still_has_a_print_folder(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The README's 'cp -r part-N/print/. build/print/' stopped a CI script for a share that
    had no PDF to make: its print folder was not there."""
    root = make_project({"content/a.md": page()})
    out = build(root, tmp_path / "part", ("pdf",), shard=(999, 1000)).out
    assert (out / "print").is_dir() and not list((out / "print").iterdir())


def test_a_share_says_which_share_of_the_print_and_audio_it_made(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """'Built 11 documents into part-2' was said by a share that printed 3 of them."""
    from click.testing import CliRunner

    from easyread.cli import main

    root = make_project({"content/a.md": page()})
    command = ["build", str(root), "--out", str(tmp_path / "part"), "--format", "pdf"]
    result = CliRunner().invoke(main, [*command, "--shard", "999/1000"])
    assert result.exit_code == 0, result.output
    assert "(their print and audio: share 999 of 1000)." in result.output
