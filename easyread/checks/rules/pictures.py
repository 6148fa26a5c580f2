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
            start = " ".join(block.text.split()[:3])
            yield doc.finding(
                RULE.id,
                RULE.severity,
                block,
                0,
                0,
                f'This point has no picture. Add one at its start, like "[picture] {start} ...".',
            )
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


RULE = Rule(
    id="ER012",
    title="A picture for each point",
    severity="error",
    sources="DH, ERS, MENCAP",
    fix="Start each point with a picture that helps explain it: [symbol] or [file.jpg: alt text].",
    check=check,
)
