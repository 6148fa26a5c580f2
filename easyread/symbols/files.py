"""Whether a picture file can be shown safely: a whole SVG with nothing in it that runs or
reaches outside it, or a PNG, JPEG, GIF or WebP that opens and is not too big.

An SVG is a document, not only a picture: opened on its own it can run scripts, and on a page
it can load files from other websites (telling them who reads the page) or from the computer
that prints it. A picture from a symbol set downloaded from the internet, or one a drawing
program saved with a linked photo, is looked at here before a build puts it into a page or a
PDF, and before an import copies it into the project.
"""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

RASTER_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}

_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_CODE = {"script"}
_PAGE = {"foreignobject", "iframe", "embed", "object"}
_ANIMATIONS = {"set", "animate", "animatetransform", "animatemotion", "animatecolor"}
_LINKING = {"href", "src", "action", "formaction", "data"}
"""Attributes whose value is an address to fetch or follow (``src`` is HTML's: not SVG's)."""
_PRESENTATION = {
    "fill",
    "stroke",
    "filter",
    "mask",
    "clip-path",
    "marker-start",
    "marker-mid",
    "marker-end",
    "cursor",
    "color-profile",
}
"""SVG's attributes whose value is read as CSS, which can load a file with url(...)."""
_HTML_NS = "http://www.w3.org/1999/xhtml"
_INSIDE = re.compile(r"^\s*(#|data:image/(png|jpe?g|gif|webp)[;,])", re.IGNORECASE)
"""A reference that stays in the picture: to a part of it, or to a picture written into it."""
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
_CSS_INSIDE = re.compile(
    r"^\s*(#|data:([;,]|(font|application)/[\w.+-]+[;,]|image/(png|jpe?g|gif|webp)[;,]))",
    re.IGNORECASE,
)
"""In styles, a data: address of a font or a picture is a file written into the picture too;
not one of an SVG or a page, which could bring its own links."""
_SCRIPT_URL = re.compile(r"(java|vb)script:", re.IGNORECASE)


def picture_problem(file: Path, version: str = "") -> str | None:
    """Why the picture ``file`` cannot be used, in a few plain words ("it has a script in it"),
    or None when it can. ``version`` (its size and time) tells a changed file from the one
    looked at before, which is not looked at again."""
    if not version:
        try:
            stat = file.stat()
        except OSError:
            return "the file cannot be read"
        version = f"{stat.st_size}:{stat.st_mtime_ns}"
    return _problem(file, version)


@lru_cache(maxsize=4096)
def _problem(file: Path, version: str) -> str | None:
    suffix = file.suffix.lower()
    if suffix == ".svg":
        try:
            return svg_problem(file.read_bytes())
        except OSError:
            return "the file cannot be read"
    if suffix in RASTER_SUFFIXES:
        return _raster_problem(file)
    return "it is not a PNG, JPEG, GIF, WebP or SVG picture"


class _Instructions(ET.TreeBuilder):
    """Builds the tree, and keeps the processing instructions (``<?name ...?>``) it meets,
    which ElementTree leaves out: a browser reads ``<?x >`` in a page as ending at its first
    ``>``, so what follows it would be markup of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def pi(self, target: str, text: str | None = None) -> ET.Element:
        self.found.append(target)
        return super().pi(target, text)


def svg_problem(data: bytes) -> str | None:
    """Why the SVG ``data`` cannot be used, or None (see :func:`picture_problem`)."""
    if _ENTITY.search(_as_text(data)):
        return (
            "it defines XML entities (Adobe Illustrator writes them when 'Preserve Illustrator "
            "Editing Capabilities' is ticked: save it again without)"
        )
    builder = _Instructions()
    try:
        parser = ET.XMLParser(target=builder)
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as error:
        if not _declares_encoding(data) and not _utf8(data):
            return "it is not saved as UTF-8 text (save it again, choosing UTF-8)"
        line = error.position[0] if error.position else 0
        where = f" (at line {line})" if line else ""
        return f"it is not a whole SVG file: it is damaged, cut short or not SVG{where}"
    if _local(root.tag) != "svg":
        return "it is not an SVG picture"
    if builder.found:
        return f"it has instructions for other programs in it (<?{builder.found[0]} ...?>)"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = _local(element.tag)
        if name in _CODE:
            return "it has a script in it"
        if name in _PAGE or element.tag.startswith("{" + _HTML_NS):
            return f"it has a piece of a web page in it (<{_local(element.tag, keep_case=True)}>)"
        if name == "style" and (reason := _css_problem("".join(element.itertext()))):
            return reason
        animated = name in _ANIMATIONS
        if animated and _local(element.get("attributeName", "")) in _LINKING:
            return "it changes a link as it moves (an animation of 'href')"
        for attribute, value in element.attrib.items():
            key = _local(attribute)
            if key.startswith("on"):
                return f"it runs code when it is shown (the attribute '{key}')"
            if _SCRIPT_URL.search("".join(value.split())):
                return "it has a script in it"
            if key in _LINKING and value.strip() and not _INSIDE.match(value):
                return f"it uses a file or website outside it ({_short(value)})"
            styled = key == "style" or (key in _PRESENTATION and "}" not in attribute)
            if styled and (reason := _css_problem(value)):  # fill="url(...)", filter, mask ...
                return reason
    return None


def _as_text(data: bytes) -> str:
    """The file as text, to look for markup in it: UTF-16 or an 8-bit encoding."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:256]:
        return data.decode("utf-16", errors="replace")
    return data.decode("latin-1")


def _declares_encoding(data: bytes) -> bool:
    return re.match(rb"\s*<\?xml[^>]*encoding=", data.lstrip(b"\xef\xbb\xbf")) is not None


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _css_problem(css: str) -> str | None:
    """Why styles (a style sheet, a style or presentation attribute) cannot be used."""
    if "\\" in css:  # u\72l( is url(: escapes would hide what is below
        return "its styles are written with escapes (\\), which could hide a link"
    lowered = css.lower()
    if "@import" in lowered:
        return "its styles load a file or website outside it (@import)"
    for url in _CSS_URL.findall(css):
        if url.strip() and not _CSS_INSIDE.match(url):
            return f"its styles use a file or website outside it ({_short(url)})"
    if "image-set(" in lowered or "://" in lowered:  # an address in quotes, without url()
        return "its styles use a file or website outside it"
    return None


def _raster_problem(file: Path) -> str | None:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(file) as image:
                width, height = image.size
                image.verify()
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            return "it is too big to print (more than 89 million pixels)"
        except (OSError, SyntaxError, ValueError, EOFError):
            return "it is damaged, cut short or not a picture"
    if not width or not height:
        return "it is empty (0 pixels)"
    return None


def _local(tag: object, keep_case: bool = False) -> str:
    """An element's or attribute's name without its namespace (``{...svg}rect`` -> ``rect``)."""
    name = str(tag).rsplit("}", 1)[-1]
    return name if keep_case else name.lower()


def _short(value: str) -> str:
    value = " ".join(value.split())
    return repr(value if len(value) <= 60 else value[:57] + "...")


_EDITORS = (
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://ns.adobe.com/",
)
"""Drawing programs' own namespaces: where they keep the file's path on the author's computer
(``sodipodi:docname``, ``inkscape:export-filename``), which can hold a person's name."""
_MARKS = (b"inkscape", b"sodipodi", b"<metadata", b"ns.adobe.com")


def public_svg(data: bytes) -> bytes:
    """An SVG picture as it may be published: without the drawing program's notes and the
    ``<metadata>`` (the file's path, an author's name), the picture itself unchanged. A file
    with none of them is given back as it is."""
    if not any(mark in data for mark in _MARKS):
        return data
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return data  # not used: the loader refuses a picture that is not whole
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str):
                continue
            if _local(child.tag) == "metadata" or child.tag.startswith(
                tuple("{" + ns for ns in _EDITORS)
            ):
                parent.remove(child)
        for attribute in list(parent.attrib):
            if attribute.startswith(tuple("{" + ns for ns in _EDITORS)):
                del parent.attrib[attribute]
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written
