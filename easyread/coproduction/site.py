"""The website's co-production pages: which template shows each type, and their stylesheet."""

from __future__ import annotations

import urllib.parse

from ..errors import ConfigError
from ..model import Document, Project

TEMPLATES = {
    "form": "coproduction/form.html",
    "results": "coproduction/results.html",
    "you-said-we-did": "coproduction/you-said-we-did.html",
}
"""Document type -> the template of its page (the others use ``document.html``)."""

STYLESHEET = ("assets/coproduction.css", "coproduction/style.css")
"""Where the co-production styles go in the site, and their template."""


def template_for(document: Document) -> str:
    """The template that shows ``document`` on the website."""
    return TEMPLATES.get(document.type, "document.html")


LOCAL = ("localhost", "127.0.0.1")
"""Where a form may be sent without https: a server on the same computer, to try it out."""


def _private_address(address: str) -> bool:
    """An https address, or an http one on this computer (by its host, as a browser reads
    it: "http://localhost:@elsewhere.example/" goes elsewhere)."""
    try:
        parts = urllib.parse.urlsplit(address)
        host = parts.hostname
    except ValueError:
        return False
    if not host or parts.username is not None or parts.password is not None:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and host in LOCAL)


def site_files(project: Project) -> list[tuple[str, str]]:
    """Extra files for the site, as (file in the site, template): only when a page needs them.

    Checks ``coproduction.form_endpoint`` first: forms are sent only to a web address, and
    one that keeps the answers private on the way (https; http only to this computer, to try
    a form out).
    """
    endpoint = project.config.coproduction.form_endpoint
    if endpoint and not _private_address(endpoint):
        raise ConfigError(
            f"easyread.yml: coproduction.form_endpoint: expected a web address starting with "
            f"https://, got {endpoint!r}. Forms are sent there, and people's answers are "
            "private: without https anyone on the way could read them."
        )
    if any(d.type in TEMPLATES for d in project.documents):
        return [STYLESHEET]
    return []


PRINT_TEMPLATES = {
    "form": "print/coproduction/form.html",
    "results": "print/coproduction/results.html",
    "you-said-we-did": "print/coproduction/you-said-we-did.html",
}
"""Document type -> the template of its printed copy (the others use ``print/document.html``)."""


def print_template_for(document: Document) -> str:
    """The template that prints ``document`` on its own."""
    return PRINT_TEMPLATES.get(document.type, "print/document.html")
