"""What each print job is made from, as one hash, so that a PDF that is current is reused.

A PDF is made from its HTML (which holds the content, the settings and the stylesheet), the
files the HTML points to (pictures, fonts), the PDF options and the WeasyPrint and easyread
versions. The same inputs make the same PDF, so when the key of a job is the one the last
build recorded, its PDF is linked into the new build instead of being printed again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

from ... import __version__
from .weasy import PDF_OPTIONS, PrintJob

_FILE_URL = re.compile(r"""file://[^"'()\s<>]+""")


@dataclass
class Keys:
    """Works out job keys, reading each picture and font file once."""

    files: dict[str, str] = field(default_factory=dict)
    """File URL -> hash of its content."""

    def key(self, job: PrintJob) -> str:
        """The hash of everything ``job`` is made from."""
        digest = hashlib.sha256()
        for part in (
            f"easyread {__version__}",
            f"weasyprint {_version('weasyprint')} pydyf {_version('pydyf')}",
            repr(sorted(PDF_OPTIONS.items())),
            job.html,
            job.base_url,
            job.short_css or "",
            str(job.short_pages),
            repr(job.link_names),
        ):
            digest.update(part.encode() + b"\0")
        for url in sorted(set(_FILE_URL.findall(job.html))):
            digest.update(url.encode() + b"\0" + self._file(url).encode() + b"\0")
        return digest.hexdigest()

    def _file(self, url: str) -> str:
        if url not in self.files:
            path = Path(unquote(urlparse(url).path))
            try:
                self.files[url] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self.files[url] = "missing"  # WeasyPrint reports it when the job runs
        return self.files[url]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"
