"""The manifest of a symbol set (``symbols/<set>/symbols.yml``): its schema, reading and writing.

A manifest names the set, its licence and author, and gives each picture an id, a file, alt
text and keywords. Reading it checks every value and reports each problem with its file and
line, so a mistake in a set is as easy to fix as a mistake in a document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problems
from ..schema import doc, validate
from ..yamlfile import Lines, load_yaml, read_text

MANIFEST = "symbols.yml"
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""What an id looks like: lower-case letters, digits and hyphens, like ``step-free``."""


@dataclass(frozen=True)
class Entry:
    """One picture in a manifest."""

    file: str = field(metadata=doc("The image file (SVG or PNG), relative to the set's folder"))
    alt: str = field(metadata=doc("What the picture shows, in a few words"))
    keywords: tuple[str, ...] = field(default=(), metadata=doc("Other words that find it"))
    category: str = field(default="", metadata=doc("A group of pictures, like Food or People"))
    tags: tuple[str, ...] = field(
        default=(),
        metadata=doc(
            "Words for the groups it is in, like animal: they find it in a search, but a plain "
            "[name] never chooses it by them"
        ),
    )
    high_contrast: str = field(
        default="", metadata=doc("A black-and-white version of the picture, when the set has one")
    )
    licence: str = field(
        default="", metadata=doc("This picture's licence, when it differs from the set's")
    )
    author: str = field(
        default="", metadata=doc("Who made this picture, when not the set's author")
    )
    people: bool = field(default=False, metadata=doc("Whether the picture is a photo of people"))
    rated: bool = field(
        default=False,
        metadata=doc(
            "Whether the set marks it as one to choose with care (nudity, private parts): it is "
            "never chosen or suggested automatically"
        ),
    )
    consent: str = field(
        default="", metadata=doc("For a photo of people: who agreed to its use, and when")
    )


@dataclass(frozen=True)
class Manifest:
    """A symbol set's ``symbols.yml``."""

    name: str = field(metadata=doc("The set's name, for the credits"))
    licence: str = field(metadata=doc("The licence of every picture in the set, like CC BY-SA 4.0"))
    author: str = field(metadata=doc("Who made the pictures"))
    source: str = field(default="", metadata=doc("Where the set comes from"))
    copyright: str = field(
        default="", metadata=doc("The set's copyright notice, kept as the set gives it")
    )
    package: str = field(default="", metadata=doc("A Python package that holds the image files"))
    folder: str = field(
        default="", metadata=doc("The folder of image files, in the package or beside the manifest")
    )
    fallback: bool = field(
        default=False,
        metadata=doc(
            "Whether a plain [name] uses this set only when no other set has that name "
            "(imported sets: write [set/name] to choose one of its pictures)"
        ),
    )
    symbols: dict[str, Entry] = field(default_factory=dict, metadata=doc("The pictures, by id"))


def read_manifest(path: Path, shown: str, problems: Problems) -> tuple[Manifest | None, Lines]:
    """The manifest at ``path``, or None; every problem goes to ``problems`` with its line."""
    text = read_text(path, shown)
    data, lines = load_yaml(text, shown)
    manifest = validate(Manifest, data, lines, problems)
    if manifest is None:
        return None, lines
    ok = True  # an id written twice is found by load_yaml
    if not manifest.licence.strip():
        problems.add(
            shown,
            lines.line(("licence",)),
            "licence: the pictures' licence is empty.",
            "Say the pictures' licence, like CC BY 4.0.",
        )
        ok = False
    for ident, entry in manifest.symbols.items():
        where = ("symbols", ident)
        if not ID.match(ident):
            problems.add(
                shown,
                lines.line(where),
                f"symbols.{ident}: an id has lower-case letters, digits and hyphens only.",
                f"Write it like {_suggest_id(ident)!r}.",
            )
            ok = False
        if not entry.alt.strip():
            problems.add(
                shown,
                lines.line((*where, "alt")),
                f"symbols.{ident}.alt: the alt text is empty.",
                "Say what the picture shows, in a few words.",
            )
            ok = False
        if entry.people and not entry.consent.strip():
            problems.add(
                shown,
                lines.line((*where, "people")),
                f"symbols.{ident}: a photo of people needs 'consent:'.",
                "Say who agreed to the photo being used, and when.",
            )
            ok = False
    return (manifest if ok else None), lines


def _suggest_id(ident: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _latin(ident).lower()).strip("-") or "picture"


_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "TH",
    }
)
"""Letters that are not a plain letter with a mark, so NFKD does not take them apart."""


def _latin(text: str) -> str:
    """``text`` with its accents taken off: "Café" -> "Cafe", "ŵyn" -> "wyn", "Straße" ->
    "Strasse"; letters of other alphabets are left as they are."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in plain if not unicodedata.combining(c))


_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ._/()-]*[A-Za-z0-9.)]$|^[A-Za-z]$")
_SPECIAL = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def _scalar(text: str) -> str:
    """A YAML scalar for a flow mapping: plain when that is safe, else double-quoted."""
    if _PLAIN.match(text) and text.lower() not in _SPECIAL:
        return text
    return json.dumps(text, ensure_ascii=False)


def make_id(name: str) -> str:
    """An id from any name: ``"Baker_1a"`` -> ``"baker-1a"``, ``"Café Tea"`` -> ``"cafe-tea"``
    (accents are taken off, not the letters that have them)."""
    return _suggest_id(name)


def write_manifest(path: Path, manifest: Manifest, comment: str = "") -> None:
    """Write ``manifest`` as YAML, one line per picture, so a diff shows each change."""
    head: dict[str, Any] = {
        "name": manifest.name,
        "licence": manifest.licence,
        "author": manifest.author,
    }
    for key in ("source", "copyright", "package", "folder"):
        if getattr(manifest, key):
            head[key] = getattr(manifest, key)
    if manifest.fallback:
        head["fallback"] = True
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    lines.append(yaml.safe_dump(head, sort_keys=False, allow_unicode=True, width=1000).rstrip())
    lines.append("symbols:")
    for ident, entry in manifest.symbols.items():
        values: list[str] = [f"file: {_scalar(entry.file)}", f"alt: {_scalar(entry.alt)}"]
        for key in ("keywords", "tags"):
            if words := getattr(entry, key):
                values.append(f"{key}: [{', '.join(_scalar(k) for k in words)}]")
        for key in ("category", "high_contrast", "licence", "author", "consent"):
            if getattr(entry, key):
                values.append(f"{key}: {_scalar(getattr(entry, key))}")
        if entry.people:
            values.append("people: true")
        if entry.rated:
            values.append("rated: true")
        lines.append(f"  {_scalar(ident)}: {{{', '.join(values)}}}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
