"""Pictures for the rows that easyread writes itself: contact details, other formats, the
print's notes. Each row has a picture, as every point of a document has (ER012, LY001)."""

from __future__ import annotations

from ..config import Config
from ..model import Picture, Project, symbol_picture

PICTURES = {
    "formats": "glasses",
    "ask": "talk",
    "phone": "phone",
    "mobile": "chat",
    "email": "email",
    "letter": "letter",
    "paper": "print",
    "pen": "write",
    "check": "done",
    "words": "book",
    "understand": "yes",
    "not_understand": "think",
    "organisation": "building",
    "listen": "listen",
}
"""The picture of each kind of row, by symbol name."""


WEB = ("organisation", "phone", "mobile", "email", "letter", "paper", "listen", "formats", "ask")
"""The rows of the website's about page (the others are the print's)."""


def row_pictures(project: Project) -> dict[str, Picture | None]:
    """The pictures of :data:`PICTURES` (None where the library has no such symbol, or its
    licence is not allowed in ``easyread.yml``), placed in the site as symbols are."""
    library = project.picture_library()
    settings = project.config.symbols
    pictures: dict[str, Picture | None] = {}
    for role, name in PICTURES.items():
        symbol = library.find(name)
        allowed = symbol is not None and settings.allows(symbol.licence)
        pictures[role] = symbol_picture(symbol) if symbol is not None and allowed else None
    return pictures


OTHER_FORMATS = (
    "You can ask for this information in other formats. For example: easy read, large print "
    "at 18 point, extra large print at 24 point, on yellow paper, or as audio to listen to."
)
"""How to ask for other formats (LY008): on paper, and at the end of the text versions."""


def ask(config: Config) -> str:
    """'Ask Sam. We will send it to you.': who to ask for another format."""
    return f"Ask {config.contact.name or config.organisation}. We will send it to you."
