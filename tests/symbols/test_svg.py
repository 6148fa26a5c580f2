"""Inline SVG: a title for screen readers and PDFs, no ids that could repeat on a page."""

from __future__ import annotations

from pathlib import Path

from easyread.symbols.library import load_library
from easyread.symbols.svg import INLINE_LIMIT, inline_svg

FIXTURES = Path(__file__).parent / "fixtures"


def test_an_openmoji_picture_gets_role_title_and_no_ids() -> None:
    symbol = load_library().find("meeting")
    assert symbol is not None
    html = str(inline_svg(symbol.file, "A group of <people>", "openmoji-meeting"))
    assert html.startswith(
        '<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg" width="120" height="120" '
        'role="img" focusable="false"><title>A group of &lt;people&gt;</title>'
    )
    assert " id=" not in html
    assert 'class="colour-layer"' in html  # hidden when the reader asks for more contrast
    assert html.endswith("</svg>")


def test_a_decorative_picture_is_hidden_and_has_no_title() -> None:
    symbol = load_library().find("hello")
    assert symbol is not None
    html = str(inline_svg(symbol.file, "A hand waving", "x", size=80, decorative=True))
    assert 'aria-hidden="true"' in html and "<title>" not in html and 'width="80"' in html


def test_referenced_ids_are_prefixed_with_their_references() -> None:
    html = str(inline_svg(FIXTURES / "mulberry" / "EN" / "baker.svg", "Baker", "p7 mulberry/baker"))
    assert 'id="p7-mulberry-baker-Dot"' in html
    assert "url(#p7-mulberry-baker-Dot)" in html
    assert "Layer_1" not in html  # nothing refers to it


def test_pictures_that_cannot_be_inlined(tmp_path: Path) -> None:
    assert inline_svg(FIXTURES / "photos" / "priya.svg", "Priya", "x") is None  # own styles
    script = tmp_path / "s.svg"
    script.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    assert inline_svg(script, "S", "x") is None
    handler = tmp_path / "h.svg"
    handler.write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
    assert inline_svg(handler, "H", "x") is None
    assert inline_svg(tmp_path / "missing.svg", "M", "x") is None
    png = tmp_path / "p.png"
    png.write_bytes(b"\x89PNG")
    assert inline_svg(png, "P", "x") is None


def test_a_viewbox_is_made_from_width_and_height(tmp_path: Path) -> None:
    file = tmp_path / "a.svg"
    file.write_text(
        '<?xml version="1.0"?>\n<!-- drawn by hand -->\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="40px" height="30" id="root"><rect/></svg>'
    )
    assert str(inline_svg(file, "A", "x")) == (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30" width="120" height="120" '
        'role="img" focusable="false"><title>A</title><rect/></svg>'
    )


def big_svg(size: int) -> str:
    """An SVG of about ``size`` characters: a path of many points, like a detailed flag."""
    head, tail = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M0 0',
        '"/></svg>',
    )
    return head + "l1 1" * ((size - len(head) - len(tail)) // 4) + tail


def test_a_large_picture_stays_an_img(tmp_path: Path) -> None:
    small, large = tmp_path / "small.svg", tmp_path / "large.svg"
    small.write_text(big_svg(INLINE_LIMIT - 100))
    large.write_text(big_svg(INLINE_LIMIT + 100))
    assert inline_svg(small, "Small", "x") is not None
    assert inline_svg(large, "Large", "x") is None
