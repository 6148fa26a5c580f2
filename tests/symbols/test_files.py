"""Picture files that cannot be used safely are found before a build or an import uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeProject
from PIL import Image
from scratch import page

from easyread.build import build
from easyread.symbols.files import picture_problem, public_svg, svg_problem

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{}</svg>'


@pytest.mark.parametrize(
    ("inside", "reason"),
    [
        ('<circle r="4"/>', None),
        ('<g id="a"/><use href="#a"/><use xlink:href="#a"/>', None),
        ('<rect style="fill:url(#grad)"/>', None),
        ("<style>@font-face{src:url(data:;base64,AAAA)}</style>", None),  # a font in it
        ('<image href="data:image/png;base64,iVBORw0KGgo="/>', None),
        ("<script>alert(1)</script>", "it has a script in it"),
        ('<a href="javascript:alert(1)"><circle r="4"/></a>', "it has a script in it"),
        (
            '<animate attributeName="href" to="java\nscript:alert(1)"/>',
            "it changes a link as it moves (an animation of 'href')",
        ),
        (
            '<a href="#x"><set attributeName="href" to="https://t.example/"/></a>',
            "it changes a link as it moves (an animation of 'href')",
        ),
        (
            '<rect fill="url(https://t.example/p.svg#g)"/>',
            "its styles use a file or website outside it ('https://t.example/p.svg#g')",
        ),
        (
            "<style>rect { fill: u\\72l(https://t.example/) }</style>",
            "its styles are written with escapes (\\), which could hide a link",
        ),
        (
            "<style><![CDATA[x]]><g/>rect{background:image-set('https://t.example/a.png' 1x)}</style>",
            "its styles use a file or website outside it",
        ),
        (
            "<style>rect{fill:url(data:image/svg+xml;base64,AAAA)}</style>",
            "its styles use a file or website outside it ('data:image/svg+xml;base64,AAAA')",
        ),
        (
            '<?x ><img src="x"/onerror="alert(1)">?><rect/>',
            "it has instructions for other programs in it (<?x ...?>)",
        ),
        (
            '<h:p xmlns:h="http://www.w3.org/1999/xhtml">Hi</h:p>',
            "it has a piece of a web page in it (<p>)",
        ),
        # an Inkscape file's own metadata names websites; it is not fetched
        (
            '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<dc:type xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></rdf:RDF></metadata>',
            None,
        ),
        (
            '<circle r="4" onclick="alert(1)"/>',
            "it runs code when it is shown (the attribute 'onclick')",
        ),
        (
            "<foreignObject><p>Hi</p></foreignObject>",
            "it has a piece of a web page in it (<foreignObject>)",
        ),
        (
            '<image xlink:href="https://tracker.example.com/p.png"/>',
            "it uses a file or website outside it ('https://tracker.example.com/p.png')",
        ),
        (
            '<use href="file:///etc/passwd#x"/>',
            "it uses a file or website outside it ('file:///etc/passwd#x')",
        ),
        ('<image href="photo.jpg"/>', "it uses a file or website outside it ('photo.jpg')"),
        (
            '<rect style="fill:url(https://x.example/a.svg#g)"/>',
            "its styles use a file or website outside it ('https://x.example/a.svg#g')",
        ),
        (
            "<style>@import 'https://x.example/a.css';</style>",
            "its styles load a file or website outside it (@import)",
        ),
    ],
)
def test_what_an_svg_may_hold(inside: str, reason: str | None) -> None:
    assert svg_problem(SVG.format(inside).encode()) == reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "it is not a whole SVG file: it is damaged, cut short or not SVG (at line 1)"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><circle',
            "it is not a whole SVG file: it is damaged, cut short or not SVG (at line 1)",
        ),
        (b"<html><body>Not found</body></html>", "it is not an SVG picture"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><title>Café</title></svg>'.encode("latin-1"),
            "it is not saved as UTF-8 text (save it again, choosing UTF-8)",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
            "it defines XML entities (Adobe Illustrator writes them when 'Preserve Illustrator "
            "Editing Capabilities' is ticked: save it again without)",
        ),
    ],
)
def test_a_broken_svg_is_found(data: bytes, reason: str) -> None:
    assert svg_problem(data) == reason


def test_entities_in_a_utf_16_file_are_found() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    assert (svg_problem(data.encode("utf-16")) or "").startswith("it defines XML entities")


def test_a_latin_1_svg_that_says_so_is_read() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><svg xmlns="http://www.w3.org/2000/svg"><title>Café</title></svg>'
    assert svg_problem(data.encode("latin-1")) is None


def test_raster_pictures_open_or_say_why_not(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    Image.new("RGB", (40, 30), "white").save(good)
    assert picture_problem(good) is None
    cut = tmp_path / "cut.png"
    cut.write_bytes(good.read_bytes()[:60])
    assert picture_problem(cut) == "it is damaged, cut short or not a picture"
    text = tmp_path / "text.jpg"
    text.write_text("<html>Not found</html>")
    assert picture_problem(text) == "it is damaged, cut short or not a picture"
    heic = tmp_path / "photo.heic"
    heic.write_bytes(b"\0\0\0\x18ftypheic")
    assert picture_problem(heic) == "it is not a PNG, JPEG, GIF, WebP or SVG picture"


def test_a_picture_too_big_to_print_is_found(tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    Image.new("1", (10000, 9000)).save(huge)  # 90 million pixels, a small file
    assert picture_problem(huge) == "it is too big to print (more than 89 million pixels)"


def test_a_changed_file_is_looked_at_again(tmp_path: Path) -> None:
    picture = tmp_path / "p.svg"
    picture.write_text(SVG.format('<circle r="4"/>'))
    assert picture_problem(picture, "1") is None
    picture.write_text(SVG.format("<script>alert(1)</script>"))
    assert picture_problem(picture, "2") == "it has a script in it"


INKSCAPE = Path(__file__).parent / "fixtures" / "inkscape.svg"


def test_a_published_svg_leaves_the_drawing_program_s_notes_at_home(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """Inkscape writes where the file was on the author's computer ("/home/ann.example/...")
    and its author: copied into the public site as they were."""
    data = INKSCAPE.read_bytes()
    assert b"ann.example" in data and b"Ann Example" in data
    published = public_svg(data)
    assert b"ann.example" not in published and b"Ann Example" not in published
    assert b"docname" not in published and b"namedview" not in published
    assert b'fill="url(#g)"' in published and b'xlink:href="#g"' in published  # the picture
    assert svg_problem(published) is None
    plain = SVG.format('<circle r="4"/>').encode()
    assert public_svg(plain) == plain  # nothing to leave out: the same bytes
    root = make_project(
        {
            "content/a.md": page(body="[hall.svg: The big hall] We meet here.\n"),
            "content/hall.svg": data,
        }
    )
    site = build(root, tmp_path / "out", ("html",), checks=False).out / "site"
    copied = (site / "pictures" / "own" / "content" / "hall.svg").read_bytes()
    assert copied == published
    # a symbol's SVG is written into the page: without them too
    manifest = (
        "name: Ours\nlicence: CC0\nauthor: Us\nsymbols:\n  hall: {file: hall.svg, alt: A hall}\n"
    )
    (root / "symbols" / "ours").mkdir(parents=True)
    (root / "symbols" / "ours" / "symbols.yml").write_text(manifest)
    (root / "symbols" / "ours" / "hall.svg").write_bytes(data)
    (root / "content" / "a.md").write_text(page(body="[ours/hall] We meet here.\n"))
    html = (
        build(root, tmp_path / "out", ("html",), checks=False).out / "site" / "a.html"
    ).read_text()
    assert (
        "<title>A hall</title>" in html and "ann.example" not in html and "Ann Example" not in html
    )
