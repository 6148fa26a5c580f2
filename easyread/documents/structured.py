"""Structured documents written in YAML: meeting invitations, minutes and the glossary.

Each type becomes the same sections and points as a Markdown page, so every output treats all
documents alike. Values from YAML fields are escaped before they go into generated Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import Problems
from ..markup.hardwords import glossary_key, lower_first
from ..schema import validate
from ..textformat import clock_time, escape_markdown, join_names, long_date
from ..yamlfile import Key, Lines, load_yaml
from .draft import Draft, RawPoint, RawSection
from .schemas import SCHEMAS, Glossary, Meeting, Minutes, check_meta, normalise


def read_structured(
    text: str, file: Path, shown: str, slug: str, config: Config, problems: Problems
) -> Draft | None:
    """A draft of a YAML document, or None (with problems recorded)."""
    data, lines = load_yaml(text, shown)
    if not isinstance(data, dict):
        problems.add(
            shown, 1, "This file must be 'name: value' lines.", "Start with 'type:' and 'title:'."
        )
        return None
    kind = data.get("type")
    if kind not in SCHEMAS or kind == "page":
        kinds = [repr(k) for k in SCHEMAS if k != "page"]
        said = "This file has no 'type:'" if kind is None else f"type: {kind!r} is not known"
        problems.add(
            shown,
            lines.line(("type",)) or 1,
            f"{said}. It can be {', '.join(kinds[:-1])} or {kinds[-1]}.",
            "Say what this document is, like 'type: meeting'. Write ordinary pages as .md files.",
        )
        return None
    meta = validate(SCHEMAS[kind], normalise(data), lines, problems)
    if meta is not None:
        check_meta(meta, lines, problems)
    if meta is None:
        return None
    if isinstance(meta, Meeting):
        _check_meeting(meta, lines, shown, problems)
    build = _Sections(lines)
    if isinstance(meta, Meeting):
        _meeting(meta, build, config)
    elif isinstance(meta, Minutes):
        _minutes(meta, build)
    from ..coproduction.documents import coproduction_sections

    data = coproduction_sections(meta, build, file, shown, problems)
    draft = Draft(shown, file, slug, meta, build.sections, data=data)
    draft.picture_line = lines.line(("picture",)) or 1
    if isinstance(meta, Glossary):
        for word, entry in meta.words.items():
            draft.words.append((word, entry.means, entry.picture, lines.line(("words", word)) or 1))
            if entry.synonyms:
                draft.synonyms[glossary_key(word)] = entry.synonyms
    return draft


class _Sections:
    """Builds sections of generated points, each with the line of the field it came from."""

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.sections: list[RawSection] = []

    def section(self, heading: str | None, key: Key, anchor: str = "") -> None:
        self.sections.append(RawSection(heading, self.lines.line(key) or 1, anchor=anchor))

    def point(self, source: str, key: Key) -> None:
        self.sections[-1].points.append(RawPoint(source, self.lines.line(key) or 1))

    def points(self, items: tuple[str, ...], key: Key) -> None:
        for i, item in enumerate(items):
            self.point(item, (*key, i))


def _meeting(m: Meeting, out: _Sections, config: Config) -> None:
    out.section(None, ("what",))
    out.points(m.what, ("what",))
    out.section("When", ("date",), "when")
    out.point(f"[calendar] {long_date(m.date)}", ("date",))
    until = f" to {clock_time(m.end)}" if m.end else ""
    out.point(f"[clock] From {clock_time(m.start)}{until}.", ("start",))
    out.section("Where", ("place",), "where")
    place = escape_markdown(m.place.name)
    if m.place.address:
        place += "  \n" + escape_markdown(m.place.address)
    out.point(f"[{m.place.picture or 'place'}] {place}", ("place",))
    if m.getting_there:
        out.section("How to get there", ("getting_there",), "getting-there")
        out.points(m.getting_there, ("getting_there",))
    access = m.access
    # (what is there, its picture), (what is not, its picture): the wheelchair sign beside
    # "There are steps" said the opposite of the words
    said = [
        (
            access.step_free,
            ("You can get in without using steps.", "step-free"),
            ("There are steps to get in. Tell us if you need help.", "danger"),
        ),
        (
            access.hearing_loop,
            ("There is a {?hearing loop} for people who use hearing aids.", "hearing-loop"),
            ("There is no {?hearing loop}.", "no"),
        ),
        (
            access.quiet_room,
            ("There is a {?quiet room} if you need a break.", "quiet"),
            ("There is no {?quiet room}.", "no"),
        ),
        (
            access.accessible_toilet,
            ("There is an {?accessible toilet}.", "toilet"),
            ("There is no {?accessible toilet}.", "no"),
        ),
    ]
    if any(flag is not None for flag, *_ in said) or access.notes:
        out.section("Things to help you", ("access",), "access")
        for flag, yes, no in said:
            if flag is not None:
                words, picture = yes if flag else no
                out.point(f"[{picture}] {words}", ("access",))
        out.points(access.notes, ("access", "notes"))
    if m.bring:
        out.section("What to bring", ("bring",), "bring")
        out.points(m.bring, ("bring",))
    if m.agenda:
        out.section("What we will talk about", ("agenda",), "agenda")
        out.points(m.agenda, ("agenda",))
    out.section("Tell us if you can come", ("reply",), "reply")
    if m.reply.by:
        out.point(f"[diary] Please tell us by {long_date(m.reply.by)}.", ("reply", "by"))
    out.points(m.reply.how, ("reply", "how"))
    _contact(m, out, config)


def _check_meeting(m: Meeting, lines: Lines, shown: str, problems: Problems) -> None:
    """Times and dates that cannot all be right: the invitation would say both."""
    if m.end is not None and m.end <= m.start:
        problems.add(
            shown,
            lines.line(("end",)) or 1,
            f"end: the meeting would end at {clock_time(m.end)}, "
            f"{'when' if m.end == m.start else 'before'} it starts at {clock_time(m.start)}.",
            "Check 'start:' and 'end:'. Write times like 2pm, 2:30pm or 14:30.",
        )
    if m.reply.by is not None and m.reply.by > m.date:
        problems.add(
            shown,
            lines.line(("reply", "by")) or 1,
            f"reply: by: {long_date(m.reply.by)} is after the meeting, on {long_date(m.date)}.",
            "Ask people to reply before the day of the meeting.",
        )


def _contact(m: Meeting, out: _Sections, config: Config) -> None:
    contact: Any = m.contact or config.contact
    key: Key = ("contact",)
    out.section("Who to contact", key, "contact")
    if contact.name:
        out.point(f"[person] Contact {escape_markdown(contact.name)} if you have a question.", key)
    if contact.phone:
        out.point(f"[phone] Phone: {escape_markdown(contact.phone)}", key)
    if contact.email:
        out.point(f"[email] Email: {escape_markdown(contact.email)}", key)


def _minutes(m: Minutes, out: _Sections) -> None:
    out.section("Who came", ("came",), "who-came")
    when = f"[calendar] We met on {long_date(m.date)}"
    out.point(when + (f" at {escape_markdown(m.place)}." if m.place else "."), ("date",))
    if m.came:
        out.point(
            f"[meeting] {escape_markdown(join_names(m.came))} came to the meeting.", ("came",)
        )
    if m.apologies:
        names = escape_markdown(join_names(m.apologies))
        out.point(f"[no] {names} could not come.", ("apologies",))
    for i, topic in enumerate(m.talked_about):
        out.section(topic.heading, ("talked_about", i, "heading"))
        out.points(topic.points, ("talked_about", i, "points"))
    if m.decided:
        out.section("What we decided", ("decided",), "decided")
        out.points(m.decided, ("decided",))
    if m.actions:
        out.section("Who will do what", ("actions",), "actions")
        for i, action in enumerate(m.actions):
            # the job is Markdown, as a point is ("**Ring** the {survey}"); the name is not
            text = f"**{escape_markdown(action.who)}** will {lower_first(action.what)}"
            if action.by:
                text += f"  \nBy {long_date(action.by)}."
            text += "  \nThis is done." if action.done else "  \nThis is not done yet."
            out.point(f"[{'done' if action.done else 'list'}] {text}", ("actions", i))
