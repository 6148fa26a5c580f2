"""Licences: read from a release's licence text, and the address the credits give."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from scratch import page

from easyread.build import build
from easyread.errors import UsageError
from easyread.symbols.folder import import_folder
from easyread.symbols.licences import copyright_line, licence_from_text, licence_url
from easyread.symbols.mulberry import import_mulberry

FIXTURES = Path(__file__).parent / "fixtures"
MULBERRY_TODAY = (
    "Copyright 2018-2026 Steve Lee\n\nThis work is licensed under the Creative Commons "
    "Attribution-Share Alike License.\n\nTo view a copy of this license, visit "
    "https://creativecommons.org/licenses/by-sa/4.0/\n"
)
MULBERRY_2012 = (
    "Copyright 2008-2012 Steve Lee\nThis work is licensed under the Creative Commons "
    "Attribution-Share Alike 2.0 UK: England & Wales License.\n"
)


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        (MULBERRY_TODAY, "CC BY-SA 4.0"),
        (MULBERRY_2012, "CC BY-SA 2.0 UK"),
        ("See https://creativecommons.org/licenses/by-sa/2.0/uk/ for details.", "CC BY-SA 2.0 UK"),
        (
            "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
            "CC BY-NC-SA 4.0",
        ),
        ("http://creativecommons.org/licenses/by-nc-sa/3.0/", "CC BY-NC-SA 3.0"),
        ("This work is licensed under the Creative Commons Attribution-Share Alike License.", None),
        ("All rights reserved.", None),
        ("", None),
    ],
)
def test_the_licence_is_read_from_its_text(text: str, licence: str | None) -> None:
    assert licence_from_text(text) == licence


def test_creative_commons_licences_have_their_address() -> None:
    assert licence_url("CC BY-SA 4.0") == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert licence_url("CC BY-SA 2.0 UK") == "https://creativecommons.org/licenses/by-sa/2.0/uk/"
    assert licence_url("cc by-nc-sa 4.0") == "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    assert licence_url("CC0 1.0") == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert licence_url("Our own") == ""
    assert copyright_line(MULBERRY_2012) == "Copyright 2008-2012 Steve Lee"


def release(tmp_path: Path, licence_text: str | None) -> Path:
    copy = tmp_path / "release"
    shutil.copytree(FIXTURES / "mulberry", copy)
    if licence_text is None:
        (copy / "LICENSE.txt").unlink()
    else:
        (copy / "LICENSE.txt").write_text(licence_text)
    return copy


def test_an_older_release_keeps_its_own_licence_and_notice(tmp_path: Path) -> None:
    done = import_mulberry(release(tmp_path, MULBERRY_2012), tmp_path / "p")
    assert done.licence == "CC BY-SA 2.0 UK"
    folder = tmp_path / "p" / "symbols" / "mulberry"
    assert (folder / "LICENSE.txt").read_text() == MULBERRY_2012
    manifest = (folder / "symbols.yml").read_text()
    assert "licence: CC BY-SA 2.0 UK\n" in manifest
    assert "copyright: Copyright 2008-2012 Steve Lee\n" in manifest


def test_a_licence_that_cannot_be_read_needs_the_option(tmp_path: Path) -> None:
    vague = release(tmp_path, "This work is licensed under a Creative Commons licence.\n")
    with pytest.raises(UsageError, match=r"LICENSE\.txt: this licence text does not say which"):
        import_mulberry(vague, tmp_path / "p")
    assert not (tmp_path / "p" / "symbols").exists()
    done = import_mulberry(vague, tmp_path / "p", licence="CC BY-SA 4.0")
    assert done.licence == "CC BY-SA 4.0"
    shutil.rmtree(tmp_path / "p")
    with pytest.raises(UsageError, match=r"there is no licence file .* give it with --licence"):
        import_mulberry(release(tmp_path / "b", None), tmp_path / "p")


def test_an_empty_licence_or_author_is_refused(tmp_path: Path) -> None:
    photos, table = FIXTURES / "photos", FIXTURES / "photos" / "keywords.csv"
    with pytest.raises(UsageError, match=r"--licence is empty"):
        import_folder(photos, table, tmp_path, "photos", " ", "Us")
    with pytest.raises(UsageError, match=r"--author is empty"):
        import_folder(photos, table, tmp_path, "photos", "CC BY 4.0", "")
    with pytest.raises(UsageError, match=r"--licence is empty"):
        import_mulberry(FIXTURES / "mulberry", tmp_path, licence=" ")


def test_the_credits_give_the_licence_address(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body="[mulberry/baker] The baker.\n")})
    import_mulberry(FIXTURES / "mulberry", root)
    build(root, formats=("html",))
    about = (root / "build" / "site" / "about.html").read_text()
    assert (
        '1 picture from Mulberry Symbols by Steve Lee. Licence: <a href="https://creativecommons.org'
        '/licenses/by-sa/4.0/">CC BY-SA 4.0</a>. From <a href="https://mulberrysymbols.org">'
    ) in about


def test_the_print_credits_give_the_licence_address(make_project) -> None:  # type: ignore[no-untyped-def]
    from easyread.documents import load_project
    from easyread.render.pdf import print_sizes
    from easyread.render.print.pages import Printer
    from easyread.render.templates import environment

    root = make_project({"content/a.md": page(body="[mulberry/baker] The baker.\n")})
    import_mulberry(FIXTURES / "mulberry", root)
    project = load_project(root)
    printer = Printer.for_project(environment(project), project, project.config.print)
    html = printer.document_html(project.document("a"), print_sizes(project.config.print)[0])
    assert (
        "Pictures: Mulberry Symbols. Made by Steve Lee. Licence: CC BY-SA 4.0 "
        "(https://creativecommons.org/licenses/by-sa/4.0/). https://mulberrysymbols.org"
    ) in html
