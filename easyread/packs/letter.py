"""The cover letter of a pack, in easy read: a document addressed to the person by the name
they chose, that says what is in the pack and how to ask for something different.

The letter is a :class:`~easyread.model.Document`, so every output stage makes it in the
person's formats exactly as it makes the group's documents.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

from ..model import Document, Picture, Point, Project, Section
from ..textformat import long_date
from .people import FORMAT_NAMES, Needs

COLOUR_WORDS = {"black-on-white": "", "black-on-yellow": "on yellow paper"}


@dataclass(frozen=True)
class Addressee:
    """Who a letter is for."""

    key: str
    """A name for the letter's files: ``letter-p07`` or ``letter-p07-supporter``."""
    call_me: str
    """How to address them: ``Sam``."""
    needs: Needs
    copy_for: str = ""
    """For a supporter's letter: how the person whose copy this is likes to be called."""


def format_words(needs: Needs) -> list[str]:
    """The formats of a copy in easy words: ``large print (24 point) on yellow paper``."""
    words: list[str] = []
    colours = COLOUR_WORDS.get(needs.colours, "")
    for name in needs.formats:
        text = FORMAT_NAMES[name]
        if name == "large-print":  # named as its PDF names itself: "extra large print (24 point)"
            text = needs.large_size.label
        if name in ("easy-read-print", "large-print") and colours:
            text = f"{text} {colours}"
        words.append(text)
    return words


def letter(
    project: Project,
    to: Addressee,
    documents: tuple[Document, ...],
    website: str,
    today: datetime.date,
) -> Document:
    """The letter for ``to`` about ``documents``."""
    config = project.config
    library = project.picture_library()

    def point(picture: str, lines: list[str], items: tuple[str, ...] = (), link: str = "") -> Point:
        symbol = library.find(picture)
        html = "<br />\n".join(escape(line) for line in lines)
        if link:
            html += f'<br />\n<a href="{escape(link)}">{escape(link)}</a>'
        html = f"<p>{html}</p>\n"
        if items:
            html += "<ul>\n" + "".join(f"<li>{escape(i)}</li>\n" for i in items) + "</ul>\n"
        text = "\n".join([*lines, *([link] if link else []), *items])
        found = Picture("", symbol.file, symbol.alt, symbol) if symbol else None
        return Point(0, text, text, html, found)

    sender = config.contact.name or config.organisation
    points = [point("letter", [f"Dear {to.call_me},", _opening(to, config.title)])]
    titles = tuple(d.title for d in documents)
    for number, part in enumerate(_parts(titles, to.needs.letter_size.points)):
        said = f"There are {len(titles)} documents:" if number == 0 else "More documents:"
        points.append(point("book", [said], part))
    # a supporter did not ask for anything: the person did, and the supporter has a copy
    asked = "Your copy comes as:" if to.copy_for else "You asked for your information as:"
    points.append(point("glasses", [asked], tuple(format_words(to.needs))))
    if "audio" in to.needs.formats:
        points.append(
            point(
                "audio-version",
                ["To listen, open the playlist.", "It plays every document in order."],
            )
        )
    if "website-link" in to.needs.formats and website:
        too = " too" if len(to.needs.formats) > 1 else ""  # the website may be the only way
        points.append(point("website", [f"You can read it on our website{too}:"], link=website))
    points.append(
        point("question", ["Do you want your information in a different way?", "Please tell us."])
    )
    ways = []
    if config.contact.phone:
        ways.append(("phone", f"Ring {sender} on {config.contact.phone}."))
    if config.contact.email:
        # "Email Amira at the Council at amira@..." when the name says where they work
        ways.append(("email", f"Email {sender}: {config.contact.email}"))
    for picture, line in ways:
        points.append(point(picture, [line]))
    signed = [sender] if config.organisation in sender else [sender, config.organisation]
    points.append(point("hello", ["From", *signed, long_date(today)]))
    return Document(
        path=f"the letter ({to.key})",
        slug=to.key,
        type="page",
        title=f"Your information from {config.title}",
        summary="",
        language=config.language,
        date=today,
        picture=None,
        author=sender,
        checked_by=(),
        sections=(Section(None, "letter", 0, tuple(points)),),
    )


TITLES_AT_24_POINT = 3
"""How many documents one point of the letter lists at 24 point (more at smaller sizes,
fewer at bigger): with a long title on 3 lines each, the point still fits on one page."""


def _parts(titles: tuple[str, ...], points: float) -> list[tuple[str, ...]]:
    """``titles`` in lists short enough that each point fits on one printed page at this
    print size: a point is never split across pages, away from its picture (LY009). The
    lists are as even as can be (11 titles at 24 point: 3, 3, 3 and 2)."""
    most = max(1, int(TITLES_AT_24_POINT * 24 / points))
    count = max(1, -(-len(titles) // most))
    size, extra = divmod(len(titles), count)
    parts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        parts.append(titles[start:end])
        start = end
    return parts


def _opening(to: Addressee, group: str) -> str:
    if to.copy_for:
        return f"Here is a copy of the information we sent to {to.copy_for}, from {group}."
    return f"Here is your information from {group}."
