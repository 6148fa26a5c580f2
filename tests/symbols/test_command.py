"""``easyread symbols``: output lines and exit codes, as a user runs it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from scratch import page

from easyread.cli import main
from easyread.symbols.command import symbols

FIXTURES = Path(__file__).parent / "fixtures"
CONFIG = "title: Test group\norganisation: Test council\ncontact:\n  phone: 01632 960000\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(symbols, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_id_set_licence_and_keyword(tmp_path: Path) -> None:
    code, out, _ = run("search", "meetings", "-n", "2", "--project", str(tmp_path))
    assert code == 0
    assert out.splitlines() == [
        "meeting\topenmoji\tCC BY-SA 4.0\tmeeting",
        # "meet each other" is only partly "meetings": its "each other" counts
        "meet-people\topenmoji\tCC BY-SA 4.0\tmeet people",
    ]


def test_search_exits_1_when_nothing_matches(tmp_path: Path) -> None:
    code, out, err = run("search", "xyzzyq", "--project", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == "No picture matches 'xyzzyq'.\n"


def test_search_with_an_american_spelling(tmp_path: Path) -> None:
    code, out, _ = run("search", "airplane", "-n", "1", "--project", str(tmp_path))
    assert (code, out) == (0, "plane\topenmoji\tCC BY-SA 4.0\taeroplane\n")


def test_search_needs_a_word() -> None:
    assert run("search")[0] == 2


def test_search_respects_the_project_licences(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG + "symbols:\n  allowed_licences: [CC BY 4.0]\n")
    assert run("search", "bus", "--project", str(root))[0] == 1


def test_search_names_imported_pictures_by_set(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    code, out, _ = run("import", "mulberry", str(FIXTURES / "mulberry"), "--project", str(root))
    assert (code, out) == (
        0,
        f"Imported 13 pictures (CC BY-SA 4.0) into {root / 'symbols' / 'mulberry'}.\n",
    )
    code, out, _ = run("search", "bus", "--project", str(root))
    assert out.splitlines()[:3] == [
        "bus\topenmoji\tCC BY-SA 4.0\tbus",
        "bus-1a\tmulberry\tCC BY-SA 4.0\tbus",
        "bus-1b\tmulberry\tCC BY-SA 4.0\tbus",
    ]
    assert run("search", "baker", "--project", str(root))[1].startswith("baker\tmulberry\t")
    # a name the default set has too is written with the set, so [name] stays the default's
    assert run("search", "phone", "--project", str(root))[1].splitlines()[:2] == [
        "phone\topenmoji\tCC BY-SA 4.0\tphone",
        "mulberry/phone\tmulberry\tCC BY-SA 4.0\tphone",
    ]
    code, _, err = run("import", "mulberry", str(FIXTURES / "mulberry"), "--project", str(root))
    assert code == 2 and "Add --replace" in err


def test_import_folder(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    photos = FIXTURES / "photos"
    args = ["import", "folder", str(photos), "--csv", str(photos / "keywords.csv")]
    code, out, _ = run(*args, "--licence", "CC BY 4.0", "--author", "Us", "--project", str(root))
    assert (code, out) == (
        0,
        f"Imported 2 pictures (CC BY 4.0) into {root / 'symbols' / 'photos'}.\n",
    )
    assert run(*args, "--author", "Us")[0] == 2  # the licence is needed


@pytest.mark.parametrize("name", ["..", ".", "a/b", "../outside"])
def test_a_set_name_that_is_a_path_is_refused_and_nothing_is_removed(
    make_project,  # type: ignore[no-untyped-def]
    name: str,
) -> None:
    """'--set .. --replace' removed the whole project folder, to put the set in its place."""
    root = make_project({"content/a.md": page()}, config=CONFIG)
    photos = FIXTURES / "photos"
    args = ["import", "folder", str(photos), "--csv", str(photos / "keywords.csv"), "--set"]
    code, out, err = run(
        *args, name, "--replace", "--licence", "CC0", "--author", "Us", "--project", str(root)
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"--set {name!r}: a set's name is the name of its folder in symbols/")
    assert (root / "content" / "a.md").is_file() and (root / "easyread.yml").is_file()
    assert not (root.parent / "outside").exists()
    code, _, err = run("import", "mulberry", str(FIXTURES / "mulberry"), "--set", name)
    assert code == 2 and "a set's name" in err


def test_import_errors_exit_1_with_the_line(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    table = tmp_path / "k.csv"
    table.write_text("file\nnope.svg\n")
    photos = FIXTURES / "photos"
    code, _, err = run(
        "import",
        "folder",
        str(photos),
        "--csv",
        str(table),
        "--licence",
        "CC0",
        "--author",
        "Us",
        "--project",
        str(root),
    )
    assert code == 1
    assert err == (
        f"{table}:2: There is no picture file 'nope.svg' in {photos}.\n"
        "Nothing was changed in the output.\n"
    )


def test_suggest_lists_3_candidates_for_points_without_a_picture(make_project) -> None:  # type: ignore[no-untyped-def]
    body = "[hello] Hello.\n\nThe number 7 bus stops outside.\n\n[phone] Ring Sam.\n\nZzz qqq.\n"
    root = make_project({"content/a.md": page(body=body)}, config=CONFIG)
    code, out, _ = run("suggest", str(root / "content" / "a.md"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "content/a.md:7: The number 7 bus stops outside."
    assert lines[1] == "  [bus]\topenmoji\tCC BY-SA 4.0\tbus stop"
    assert len([x for x in lines if x.startswith("  [")]) == 3
    assert lines[4:] == [
        "content/a.md:11: Zzz qqq.",
        "  (no picture found: search with 'easyread symbols search WORD')",
    ]
    assert "Hello" not in out and "Ring Sam" not in out  # the author's pictures stay


def test_suggest_outside_a_project_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(page())
    code, _, err = run("suggest", str(tmp_path / "a.md"))
    assert code == 2
    assert "there is no easyread.yml" in err


def test_the_main_command_has_the_group(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["symbols", "search", "taxi", "--project", str(tmp_path)])
    assert (result.exit_code, result.stdout) == (0, "taxi\topenmoji\tCC BY-SA 4.0\ttaxi\n")


def test_a_csv_saved_by_excel_is_named_with_its_line(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    table = tmp_path / "k.csv"
    table.write_bytes("file,alt\nhall.svg,The hall\npriya.svg,Un café\n".encode("cp1252"))
    args = ["--licence", "CC0", "--author", "Us", "--project", str(root)]
    code, out, err = run("import", "folder", str(FIXTURES / "photos"), "--csv", str(table), *args)
    assert (code, out) == (1, "")
    assert err.startswith(
        f"{table}:3: this file is not saved as UTF-8 text. In Excel choose 'CSV UTF-8"
    )
    assert "Traceback" not in err


def test_a_mulberry_csv_that_is_not_utf8_or_a_damaged_zip(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    release = tmp_path / "release"
    shutil.copytree(FIXTURES / "mulberry", release)
    info = release / "symbol-info.csv"
    info.write_bytes(info.read_bytes().replace("téléphone".encode(), "téléphone".encode("latin-1")))
    code, _, err = run("import", "mulberry", str(release), "--project", str(root))
    assert code == 1
    assert err.startswith(f"{info}:7: this file is not saved as UTF-8 text. Download the")
    fake = tmp_path / "mulberry.zip"
    fake.write_text("not a zip")
    code, _, err = run("import", "mulberry", str(fake), "--project", str(root))
    assert code == 1
    assert err.startswith(f"{fake}: this is not a zip file, or it is damaged")
    assert "Download the Mulberry release again" in err
    assert not (root / "symbols" / "mulberry").exists()


def test_import_leaves_out_unusable_pictures_with_a_warning(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    photos = tmp_path / "photos"
    shutil.copytree(FIXTURES / "photos", photos)
    (photos / "priya.svg").write_text('<svg><a href="javascript:alert(1)"/></svg>')
    args = ["--licence", "CC BY 4.0", "--author", "Us", "--project", str(root)]
    table = str(photos / "keywords.csv")
    code, out, err = run("import", "folder", str(photos), "--csv", table, *args)
    assert code == 0
    assert out == f"Imported 1 picture (CC BY 4.0) into {root / 'symbols' / 'photos'}.\n"
    assert err.splitlines() == [
        f"Warning: {table}:3: priya.svg was left out: it has a script in it. "
        "Replace the file and import again to add it; the other pictures were imported.",
        "1 picture left out: see the warnings above.",
    ]
    help_text = " ".join(run("import", "folder", "--help")[1].split())
    assert "Exit status 0 when pictures were imported" in help_text


def test_import_refuses_an_empty_licence(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({}, config=CONFIG)
    photos = FIXTURES / "photos"
    args = ["import", "folder", str(photos), "--csv", str(photos / "keywords.csv")]
    code, out, err = run(*args, "--licence", "", "--author", "Us", "--project", str(root))
    assert (code, out) == (2, "")
    assert err.startswith("--licence is empty.")


def test_search_and_import_find_the_project_above(make_project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page()}, config=CONFIG)
    monkeypatch.chdir(root / "content")
    code, out, _ = run("import", "mulberry", str(FIXTURES / "mulberry"))
    assert (code, out) == (
        0,
        f"Imported 13 pictures (CC BY-SA 4.0) into {root / 'symbols' / 'mulberry'}.\n",
    )
    code, out, err = run("search", "baker")
    assert (code, err) == (0, "")
    assert out.startswith("baker\tmulberry\t")


def test_outside_a_project_search_and_import_say_so(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    code, out, err = run("import", "mulberry", str(FIXTURES / "mulberry"))
    assert (code, out) == (2, "")
    assert err.startswith("there is no easyread.yml in this folder or the folders above it")
    assert "--project FOLDER" in err
    assert not (tmp_path / "symbols").exists()
    code, _, err = run("import", "mulberry", str(FIXTURES / "mulberry"), "--project", ".")
    assert code == 2 and "there is no easyread.yml here" in err
    code, out, err = run("search", "taxi")
    assert (code, out) == (0, "taxi\topenmoji\tCC BY-SA 4.0\ttaxi\n")
    assert err.startswith("Note: there is no easyread.yml in this folder")
