"""Picture licences: their short names ("CC BY-SA 4.0"), read from a licence text, and the
address of each Creative Commons licence, which the credits must give (CC BY 4.0 §3(a)(1)).
"""

from __future__ import annotations

import re

CC = "https://creativecommons.org"

_URL = re.compile(
    r"creativecommons\.org/licen[cs]es/(by(?:-nc)?(?:-sa|-nd)?)/(\d\.\d)(?:/([a-z]{2,3})\b)?",
    re.IGNORECASE,
)
_ZERO = re.compile(r"creativecommons\.org/publicdomain/zero/(\d\.\d)|\bCC0\b", re.IGNORECASE)
_NAME = re.compile(
    r"^CC[ -](BY(?:-NC)?(?:-SA|-ND)?)[ -](\d\.\d)(?:[ -]([A-Z]{2,3}))?$", re.IGNORECASE
)
_VERSION = re.compile(r"\b(\d\.\d)\b")
_COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\)).*", re.IGNORECASE | re.MULTILINE)


def licence_from_text(text: str) -> str | None:
    """The licence a licence text names, like ``"CC BY-SA 4.0"`` or ``"CC BY-SA 2.0 UK"``,
    from its web address or its words; None when it does not say which licence and version."""
    if found := _URL.search(text):
        code, version, place = found.groups()
        return f"CC {code.upper()} {version}" + (f" {place.upper()}" if place else "")
    if found := _ZERO.search(text):
        return f"CC0 {found.group(1) or '1.0'}"
    words = " ".join(re.sub(r"[-_]", " ", text.lower()).split())
    version = _VERSION.search(words)
    if "creative commons" not in words or "attribution" not in words or version is None:
        return None
    code = "BY"
    if "non commercial" in words or "noncommercial" in words:
        code += "-NC"
    if "share alike" in words or "sharealike" in words:
        code += "-SA"
    elif "no derivative" in words or "noderivative" in words:
        code += "-ND"
    place = " UK" if re.search(r"\b(uk|england)\b", words) else ""
    return f"CC {code} {version.group(1)}{place}"


def licence_url(licence: str) -> str:
    """The web address of a Creative Commons licence, or "" for any other licence:
    ``"CC BY-SA 2.0 UK"`` -> ``"https://creativecommons.org/licenses/by-sa/2.0/uk/"``."""
    name = " ".join(licence.split())
    if found := _NAME.match(name):
        code, version, place = found.groups()
        return f"{CC}/licenses/{code.lower()}/{version}/" + (f"{place.lower()}/" if place else "")
    if re.fullmatch(r"CC0(?: 1\.0)?", name, re.IGNORECASE):
        return f"{CC}/publicdomain/zero/1.0/"
    return ""


def copyright_line(text: str) -> str:
    """The first copyright line of a licence text ("Copyright 2018-2026 Steve Lee"), or ""."""
    found = _COPYRIGHT.search(text)
    return found.group(0).strip() if found else ""
