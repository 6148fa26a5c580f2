"""SVG pictures of the symbol sets written into the page itself, so the picture's words travel
with it (a project's own image files stay ``<img>``).

An inline SVG gets ``role="img"`` and a ``<title>`` (screen readers read it, and WeasyPrint
writes it as the PDF alt text). Ids inside the picture are removed, or prefixed where the
picture refers to them, so a page with many pictures has no two elements with the same id.
Pictures that carry their own style sheet or scripts are not inlined: their styles would leak
into the page, so they stay as ``<img>``. So do pictures larger than :data:`INLINE_LIMIT`: an
inlined picture is written again wherever it is used, an ``<img>`` is fetched once and cached.
The ``<img>`` keeps the same words: its alt text, or ``alt=""`` when it is decorative.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from ..model import Picture
from .files import picture_problem, public_svg

_PROLOGUE = re.compile(r"<\?xml.*?\?>|<!DOCTYPE[^>]*>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_UNSAFE = re.compile(r"<(?:style|script|foreignObject)\b|<!ENTITY|\son\w+\s*=", re.IGNORECASE)
_ROOT = re.compile(r"<svg\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\s([\w:-]+)\s*=\s*("[^"]*"|\'[^\']*\')')
_ID = re.compile(r'\sid\s*=\s*("([^"]*)"|\'([^\']*)\')')
_REFERENCE = re.compile(r"url\(\s*['\"]?#([^)'\"]+)['\"]?\s*\)|href\s*=\s*[\"']#([^\"']+)[\"']")
_KEEP = {"viewbox", "xmlns", "xmlns:xlink", "preserveaspectratio", "fill", "stroke"}
_EMPTY_GROUP = re.compile(r"\s*<g\b[^>]*/>")
_BETWEEN_TAGS = re.compile(r">\s+<")
_NUMBER = re.compile(r"^\s*([\d.]+)")
INLINE_LIMIT = 50_000
"""The largest picture (in characters, once cleaned) written into the page. Symbol pictures
are small (OpenMoji's largest is 16 KB; Mulberry's median is 6.5 KB, and 99 in 100 are under
56 KB), but a few maps and flags are huge (Mulberry's flag of the Northern Marianas is
428 KB): one such picture inlined costs as much as eight ordinary ones, again at each use,
and made a page of four pictures 1.9 MB. Above 50 KB, an ``<img>`` (one more request, then
cached by the browser for every page) is the cheaper choice; 45 of Mulberry's 3,436 pictures
and none of OpenMoji's are over it."""
COLOUR_LAYERS = {"color", "skin", "hair", "skin-shadow", "color-foreground"}
"""OpenMoji's colour layers: without them a picture is its black outline (its high-contrast
version), which the theme shows to readers who ask their system for more contrast."""


def inline_svg(
    file: Path,
    alt: str,
    prefix: str,
    size: int = 120,
    decorative: bool = False,
    version: str | None = None,
) -> Markup | None:
    """The picture as inline SVG markup, or None when it should stay an ``<img>``.

    ``version`` tells when the file has changed (a symbol's :attr:`Symbol.version`); without
    it the file's change time is looked at.
    """
    if file.suffix.lower() != ".svg":
        return None
    if version is None:
        try:
            version = str(file.stat().st_mtime_ns)
        except OSError:
            return None
    cleaned = _clean(file, version)
    if cleaned is None:
        return None
    attributes, body = cleaned
    if len(body) > INLINE_LIMIT:
        return None  # fetched once as an <img>, not repeated in the page
    if _PREFIX in body:
        body = body.replace(_PREFIX, _slug(prefix))
    if decorative:
        head = (
            f'<svg{attributes} width="{size}" height="{size}" aria-hidden="true" focusable="false">'
        )
        return Markup(head + body + "</svg>")
    head = f'<svg{attributes} width="{size}" height="{size}" role="img" focusable="false">'
    return Markup(f"{head}<title>{escape(alt)}</title>{body}</svg>")


_PREFIX = "\0"
"""Where a cleaned picture's ids get the page's prefix (no SVG file has this character)."""


@lru_cache(maxsize=2048)
def _clean(file: Path, version: str) -> tuple[str, str] | None:
    """The root's kept attributes and the inside of the picture, ids taken care of (the
    ids that are kept start with :data:`_PREFIX`, for the page's prefix)."""
    try:
        data = file.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if picture_problem(file, version) is not None:  # the loader refused it (the same look)
        return None
    text = public_svg(data).decode("utf-8")  # not the drawing program's notes
    text = _PROLOGUE.sub("", text).strip()
    root = _ROOT.search(text)
    end = text.rfind("</svg>")
    if root is None or end < root.end() or _UNSAFE.search(text) or _PREFIX in text:
        return None
    attributes = _root_attributes(root[1])
    body = _EMPTY_GROUP.sub("", _ids(text[root.end() : end], _PREFIX))
    body = _BETWEEN_TAGS.sub("><", body)
    return attributes, body.strip()


def _root_attributes(text: str) -> str:
    found = {name.lower(): (name, value) for name, value in _ATTRIBUTE.findall(text)}
    if "viewbox" not in found and "width" in found and "height" in found:
        width, height = (_NUMBER.match(found[k][1].strip("\"'")) for k in ("width", "height"))
        if width and height:
            found["viewbox"] = ("viewBox", f'"0 0 {width[1]} {height[1]}"')
    if "xmlns" not in found:
        found["xmlns"] = ("xmlns", '"http://www.w3.org/2000/svg"')
    return "".join(f" {name}={value}" for key, (name, value) in found.items() if key in _KEEP)


def _ids(body: str, prefix: str) -> str:
    """Remove ids nothing refers to; prefix the others and the references to them."""
    referenced = {a or b for a, b in _REFERENCE.findall(body)}

    def rename_id(match: re.Match[str]) -> str:
        name = match[2] if match[2] is not None else match[3]
        if name in referenced:
            return f' id="{prefix}-{name}"'
        return ' class="colour-layer"' if name in COLOUR_LAYERS else ""

    def rename_reference(match: re.Match[str]) -> str:
        if match[1]:
            return f"url(#{prefix}-{match[1]})"
        return f'href="#{prefix}-{match[2]}"'

    body = _ID.sub(rename_id, body)
    return _REFERENCE.sub(rename_reference, body) if referenced else body


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-") or "picture"


def inline_picture(
    picture: Picture, size: int = 120, decorative: bool = False, key: str = ""
) -> Markup | None:
    """A :class:`Picture` as inline SVG (see :func:`inline_svg`); ``key`` tells apart two
    places on one page that show the same picture. Only pictures from a symbol set are
    inlined: their :attr:`Symbol.version` makes a page again when the file changes."""
    if picture.symbol is None:
        return None
    stem = picture.src.rsplit(".", 1)[0].removeprefix("pictures/")
    prefix = f"{key}-{stem}" if key else stem
    version = picture.symbol.version or None
    main = inline_svg(picture.file, picture.alt, prefix, size, decorative, version)
    contrast_file = picture.symbol.high_contrast
    if main is None or contrast_file is None:
        return main
    contrast = inline_svg(contrast_file, picture.alt, f"{prefix}-hc", size, decorative, version)
    if contrast is None:
        return main
    # the theme shows one of the two: the black-and-white one when the reader asks for contrast
    return Markup(
        f'<span class="picture-colour">{main}</span><span class="picture-contrast">{contrast}</span>'
    )
