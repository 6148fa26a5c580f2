"""The staff sheet: who needs what, how each pack is sent, whose review is due.

``index.html`` for reading and printing, and ``people.csv`` for a spreadsheet. Both are written
into the private packs folder, owner-only, and never anywhere public.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..textformat import long_date
from .letter import format_words
from .people import Participant, person_needs, supporter_needs
from .privacy import write_private

COLUMNS = (
    "id",
    "name",
    "call me",
    "formats",
    "language",
    "how sent",
    "supporter copy",
    "supporter copy sent",
    "review date",
    "review date passed",
    "flags",
    "pack",
)


EMAIL_LIMIT = 15_000_000
"""The biggest zip to send by email: most email takes 20 to 25 MB, and an attachment grows by
a third on its way."""


@dataclass(frozen=True)
class Row:
    """One person's line on the staff sheet."""

    values: dict[str, str]
    flags: tuple[str, ...]


def rows(
    people: tuple[Participant, ...],
    languages: list[str],
    today: datetime.date,
    sizes: dict[str, int] | None = None,
) -> list[Row]:
    """A row per person, with the things staff must act on as flags. ``languages``: the
    language of each document; ``sizes``: the bytes of each person's zip, when it is made."""
    result = []
    named: dict[str, str] = {}  # a name, as written in any case and spacing -> the first id
    for person in people:
        flags: list[str] = []
        same = named.setdefault(" ".join(person.name.casefold().split()), person.id)
        if same != person.id:
            flags.append(
                f"Same name as {same}: if this is one person, keep one record (they get 2 packs)"
            )
        due = person.review < today
        if due:
            flags.append("Review date passed: check this person's needs with them")
        others = sum(1 for lang in languages if _primary(lang) != _primary(person.language))
        if others == len(languages):
            flags.append(f"Needs the information in {person.language}: arrange a translation")
        elif others:  # one document in their language is not all of them
            flags.append(
                f"Needs the information in {person.language}: {others} of {len(languages)} "
                f"documents {'is' if others == 1 else 'are'} in another language: arrange a "
                "translation"
            )
        size = (sizes or {}).get(person.id, 0)
        if person.sent == "email" and size > EMAIL_LIMIT:
            flags.append(
                f"The pack is {size / 1_000_000:.0f} MB, too big for most email: send the "
                "big files another way (a USB stick, say), or ask them how"
            )
        supporter = person.supporter
        values = {
            "id": person.id,
            "name": person.name,
            "call me": person.call_me,
            "formats": "; ".join(format_words(person_needs(person))),
            "language": person.language,
            "how sent": person.sent,
            "supporter copy": (
                "; ".join(format_words(supporter_needs(supporter))) if supporter else "no"
            ),
            "supporter copy sent": (supporter.sent or person.sent) if supporter else "",
            "review date": person.review.isoformat(),
            "review date passed": "yes" if due else "no",
            "flags": "; ".join(flags),
            "pack": f"{person.id}/ and {person.id}.zip",
        }
        result.append(Row(values, tuple(flags)))
    return result


def _primary(language: str) -> str:
    return language.split("-")[0].lower()


def write_csv(folder: Path, table: list[Row]) -> Path:
    """``people.csv``: one line per person, the columns of :data:`COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in table:
        writer.writerow({column: _cell(value) for column, value in row.values.items()})
    return write_private(folder / "people.csv", buffer.getvalue())


FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""How a spreadsheet formula can start: a cell starting so is run when the sheet is opened."""


def _cell(value: str) -> str:
    """``value`` as a spreadsheet shows it, never run: a name written '=HYPERLINK(...)' (by
    mistake or not) is text, after a ' that spreadsheets do not show."""
    return f"'{value}" if value.startswith(FORMULA) else value


def write_html(
    folder: Path,
    title: str,
    table: list[Row],
    today: datetime.date,
    notices: list[str] | tuple[str, ...] = (),
) -> Path:
    """``index.html``: the staff sheet, with flagged rows marked, after ``notices`` about
    meetings whose information is late (see ``coproduction.timing``)."""
    head = "".join(f'<th scope="col">{escape(c.capitalize())}</th>' for c in COLUMNS)
    body = []
    for row in table:
        cells = []
        for column in COLUMNS:
            value = escape(row.values[column])
            if column == "pack":
                pid = escape(row.values["id"])
                value = f'<a href="{pid}/">{pid}/</a> and <a href="{pid}.zip">{pid}.zip</a>'
            tag = 'th scope="row"' if column == "id" else "td"
            cells.append(f"<{tag}>{value}</{tag.split()[0]}>")
        marked = ' class="flagged"' if row.flags else ""
        body.append(f"<tr{marked}>{''.join(cells)}</tr>")
    due = sum(1 for row in table if row.values["review date passed"] == "yes")
    late = "".join(f"<li>{escape(n)}</li>" for n in notices)
    meetings = f'<h2>Meetings</h2>\n<ul class="late">{late}</ul>\n' if notices else ""
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Personal packs: {escape(title)}</title>
<style>
body {{ font-family: sans-serif; font-size: 1.1rem; line-height: 1.5; margin: 1rem; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #444; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }}
tr.flagged {{ background: #fff3b0; }}
</style>
</head>
<body>
<main>
<h1>Personal packs: {escape(title)}</h1>
<p><strong>Private: personal information.</strong> Do not share or publish this page.</p>
<p>Made on {escape(long_date(today))}. {_people(len(table))}. {_passed(due)}</p>
{meetings}<table>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
</main>
</body>
</html>
"""
    return write_private(folder / "index.html", html)


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def _passed(count: int) -> str:
    """What the review dates say: ``1 review date has passed.``"""
    if count == 0:
        return "No review date has passed."
    return "1 review date has passed." if count == 1 else f"{count} review dates have passed."
