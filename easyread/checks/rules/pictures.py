"""ER012: a picture for each point, with alt text (DH, ERS, MENCAP)."""

from __future__ import annotations

from collections.abc import Iterator

from ..analysis import Analysis
from ..findings import Finding
from ..rule import Rule


def check(doc: Analysis) -> Iterator[Finding]:
    for blocks in doc.points():
        block = blocks[0]
        if block.kind != "point" or block.picture is None:
            continue
        if not block.picture:
            yield doc.finding(RULE.id, RULE.severity, block, 0, 0, _no_picture(block.text))
        elif block.picture_automatic:
            start = " ".join(block.text.split()[:3])
            yield doc.finding(
                RULE.id,
                "warning",
                block,
                0,
                0,
                f'The build chose the picture "{block.picture_automatic}" for this point '
                "(symbols.auto_pictures). Check that it helps, then write it in: "
                f'"[{block.picture_automatic}] {start} ...".',
            )
        elif not block.picture_alt:
            yield doc.finding(
                RULE.id,
                RULE.severity,
                block,
                0,
                0,
                "This picture has no alt text. Say what it shows after a colon, "
                'like "[photo.jpg: what the picture shows]".',
            )


QUOTES = "\"'“”‘’"


def _no_picture(text: str) -> str:
    """What to do about a point without a picture: add one, or mend the one that is there."""
    words = text.split()
    start = " ".join(words[:3])
    if text.startswith("[") and "]" not in words[0]:
        name = words[0][1:]
        rest = " ".join(words[1:4])
        return (
            f"The picture name at the start of this point has no ']' to close it. "
            f'Write it like "[{name}] {rest} ...".'
        )
    if text[:1] in QUOTES and text[1:2] == "[":
        return (
            "This point starts with a quote mark, so its picture is not seen. "
            f'Take the quote mark away, like "{start[1:]} ...".'
        )
    if text.startswith("["):
        return (
            "This point starts with '[' but easyread cannot read a picture there. "
            'Write the picture name in square brackets, then a space, like "[bus] We go by bus.".'
        )
    return f'This point has no picture. Add one at its start, like "[picture] {start} ...".'


RULE = Rule(
    id="ER012",
    title="A picture for each point",
    severity="error",
    sources="DH, ERS, MENCAP",
    fix="Start each point with a picture that helps explain it: [symbol] or [file.jpg: alt text].",
    check=check,
)
