"""The output record a build writes (``.cache/outputs.json``, see render/outputs.py), as the
tests read it and edit it by hand."""

from __future__ import annotations

import json
from pathlib import Path

from easyread.render.outputs import RECORD


def read_record(out: Path) -> dict[str, dict[str, object]]:
    record: dict[str, dict[str, object]] = json.loads((out / RECORD).read_text())
    return record


def write_record(out: Path, record: object) -> None:
    (out / RECORD).write_text(json.dumps(record))


def jobs(out: Path, kind: str = "") -> set[str]:
    """The jobs in the record of the build in ``out`` (of one ``kind``, like ``audio``)."""
    return {job for job in read_record(out) if job.startswith(kind)}
