"""The website's co-production pages: which template shows each type, and their stylesheet."""

from __future__ import annotations

import re
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


def _address_problem(address: str) -> str | None:
    """What is wrong with a form's address, or None: it must be an https address, or an http
    one on this computer (its host read as a browser reads it: "http://localhost:@elsewhere/"
    goes elsewhere), with no user name or password in it (they would be in the website)."""
    try:
        parts = urllib.parse.urlsplit(address)
        host, _ = parts.hostname, parts.port  # a port that is not a number is a ValueError
    except ValueError:
        host = None
    if not host or re.search(r"[^\w.\-\[\]:]", host):
        return (
            "this is not a web address. Write the address of the service that takes the "
            "answers, starting with https://."
        )
    if parts.username is not None or parts.password is not None:
        return (
            "the address has a user name or password in it, which the website would show to "
            "everyone. Write the address without it."
        )
    if parts.scheme == "https" or (parts.scheme == "http" and host in LOCAL):
        return None
    return (
        f"expected a web address starting with https://, got {address!r}. Forms are sent "
        "there, and people's answers are private: without https anyone on the way could "
        "read them."
    )


def site_files(project: Project) -> list[tuple[str, str]]:
    """Extra files for the site, as (file in the site, template): only when a page needs them.

    Checks ``coproduction.form_endpoint`` first: forms are sent only to a web address, and
    one that keeps the answers private on the way (https; http only to this computer, to try
    a form out).
    """
    endpoint = project.config.coproduction.form_endpoint
    problem = _address_problem(endpoint) if endpoint else None
    if problem:
        raise ConfigError(f"easyread.yml: coproduction.form_endpoint: {problem}")
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
