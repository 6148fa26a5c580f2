"""Phone numbers and email addresses in a point are links: tap to ring or to write.

"Ring Amira on 01632 960123" and "Email amira@example.org" are links on the website
(``tel:``, ``mailto:``), as they are on the about page, and in the PDFs. A number or an
address that is already inside a link, or in code, is left as it is. The words do not
change: the plain text and the audio say them as before.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

PHONE = re.compile(
    r"(?<![\w£$€.,:/@+#-])(?:\+ ?\d+|\(?0\d+\)?)(?:[ \u00a0-]\(?\d{3,}\)?)*(?![\w@-])"
)
"""A 0 or + and digits in groups, like the numbers the audio says digit by digit."""
DIGITS = {"0": (10, 11), "08": (8, 11), "05": (8, 11), "+": (8, 15)}
"""How many digits a phone number has, by how it starts: a UK number 10 or 11 (so a
reference like 0012345, opening hours like 0900-1700, or half a number cut by a line
break, is none), a free or special one (0800 1111) from 8, an international one up to 15."""
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])")
WEB = re.compile(r"\S+://\S+|www\.\S+")
"""A web address written out: the numbers and the @ in it are part of it."""


def contacts_plugin(md: MarkdownIt) -> None:
    md.core.ruler.push("easyread_contacts", _contacts)  # last: after text_join


MAYBE = re.compile(r"@|(?<![\w£$€.,:/@+#-])(?:\+ ?\d|\(?0\d)")
"""Where a phone number or an email address may be: most points have neither, and are passed
over with one search (looking closely at every piece of text costs a fifth of the parsing)."""


def _maybe(text: str) -> bool:
    # "in" first: it is many times quicker than the pattern, and most text has no 0, + or @
    return ("0" in text or "+" in text or "@" in text) and MAYBE.search(text) is not None


def _contacts(state: StateCore) -> None:
    for block in state.tokens:
        if block.type == "inline" and block.children and _maybe(block.content):
            block.children = _linked(block.children)


def _linked(children: list[Token]) -> list[Token]:
    out: list[Token] = []
    inside = 0  # links a text is inside
    for child in children:
        if child.type == "link_open":
            inside += 1
        elif child.type == "link_close":
            inside -= 1
        found = _found(child.content) if child.type == "text" and not inside else []
        out += _split(child, found) if found else [child]
    return out


def _found(text: str) -> list[tuple[int, int, str]]:
    """Where the phone numbers and email addresses in ``text`` are, and their links."""
    found = []
    at = after = 0  # ``after``: the end of the last number, where the words for the next start
    while match := PHONE.search(text, at):
        number = _number(match[0])
        at = match.end()
        if number:  # the groups left off may start the next number
            digits = re.sub(r"\D", "", number)
            plus = "+" if number.startswith("+") else ""
            scheme = "sms" if _to_text(text[after : match.start()]) else "tel"
            found.append((match.start(), match.start() + len(number), f"{scheme}:{plus}{digits}"))
            at = after = match.start() + len(number)
    for match in EMAIL.finditer(text):
        found.append((match.start(), match.end(), f"mailto:{match[0]}"))
    web = [match.span() for match in WEB.finditer(text)]
    return sorted(f for f in found if not any(a < f[1] and f[0] < b for a, b in web))


_TEXT = re.compile(
    r"\b(?:text(?:ing)?(?:\s+message)?|texts|sms)(?:\s+(?:us|me|them|him|her))?"
    r"(?:\s+(?:on|to|at))?\s*:?\s*$",
    re.IGNORECASE,
)
"""Words that ask for a text message, just before a number: "Text us on", "text message to"."""
CALL_WORDS = ("ring", "rings", "call", "calls", "phone", "phones", "telephone", "dial", "dials")
"""Words that ask for a call to a number (the audio says a short number after them too)."""
TEXT_WORDS = ("text", "texts")
"""Words that may ask for a text message."""
_RING = re.compile(rf"\b(?:{'|'.join(CALL_WORDS)})\b", re.IGNORECASE)


def _to_text(before: str) -> bool:
    """Whether the words just before a number (since the last number, in its sentence) ask
    for a text message ("Send a text message to", "or text"), not a call: "in large text,
    contact us on" and "Ring or text" are calls."""
    words = re.split(r"[.!?]\s", before)[-1]
    return _TEXT.search(words) is not None and _RING.search(words) is None


PHONE_SCHEMES = ("tel:", "sms:")
"""Links to a phone number: to ring it, or to send it a text message."""

LEAVES = ("mailto:", *PHONE_SCHEMES)
"""Links that leave the project without a web address (as ``https://`` ones do)."""


def leaves_project(href: str) -> bool:
    """Whether a link goes outside the project: a web address, an email, a phone number."""
    return "://" in href or href.startswith(LEAVES)


def _number(written: str) -> str | None:
    """The phone number at the start of ``written``: its groups, the last ones left off while
    there are too many digits ("0800 123 4567 365 days" is 0800 123 4567); None if none."""
    start = "+" if written.startswith("+") else re.sub(r"\D", "", written)[:2]
    fewest, most = DIGITS.get(start, DIGITS["0"])
    groups = re.split(r"(?<=[\d)])(?=[ \u00a0-]\(?\d)", written)
    while groups:
        number = "".join(groups)
        count = len(re.sub(r"\D", "", number))
        if count <= most:
            # a short free number is written in groups (0800 1111), not joined like 0800-1700
            short = count < DIGITS["0"][0] and "-" in number
            return number if count >= fewest and not short else None
        groups.pop()
    return None


def _split(token: Token, found: list[tuple[int, int, str]]) -> list[Token]:
    """The text token as text and the links ``found`` in it."""
    text, at, out = token.content, 0, []
    for start, end, href in found:
        if start < at:
            continue  # inside one found already
        if start > at:
            out.append(_text(text[at:start], token))
        link = Token("link_open", "a", 1, attrs={"href": href}, level=token.level)
        out += [link, _text(text[start:end], token, 1), Token("link_close", "a", -1)]
        at = end
    if at < len(text):
        out.append(_text(text[at:], token))
    return out


def _text(content: str, like: Token, deeper: int = 0) -> Token:
    return Token("text", "", 0, content=content, level=like.level + deeper)


def says_number(href: str, words: str) -> bool:
    """Whether a ``tel:`` link's words say its number already, however it is spaced or
    written: "999" is tel:999, "Ring 07700 900123 after 5" is tel:07700900123, and
    "01632 960000" and "+44 (0)1632 960000" are tel:+441632960000 (the number without its
    country's code, or with the "(0)" said in the country only)."""
    number = re.sub(r"\D", "", href.partition(":")[2])
    said = re.sub(r"\D", "", words.replace("(0)", ""))
    if number and number in said:
        return True
    national = said.lstrip("0")
    return len(national) >= 6 and number.endswith(national)
