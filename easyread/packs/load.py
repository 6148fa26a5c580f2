"""Read and check the private participants file, with messages that never name a person.

Every problem is reported together, each with the file, the line, the person's **id** and the
field: ``private/participants.yml:12: p03: format 2: expected one of ...``. Values of the
personal fields (``name``, ``call_me``) are never repeated in a message, and any text from
them that a message would quote is hidden; nor is any other value of the file (a wrong value
may hold anything: an address, a health condition), nor a name before a ':' that is no field.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import ContentError, Problem, Problems, UsageError
from ..print_settings import NAMED_SIZES, SIZE_HINT, parse_size
from ..schema import validate
from ..yamlfile import Lines, key_name, load_yaml, read_text
from .people import FORMAT_NAMES, ID, LARGE_PRINT_SIZE, Participant, Supporter

PERSONAL = ("name", "call_me")
"""Fields whose values are personal: never quoted in a message."""

HIDDEN = "(hidden)"
"""What a message shows instead of a personal value."""

UNKNOWN = "this name is not known."
"""What the schema says about a name (before the ':') that is not one of its fields."""

MISSING = "this is missing."
"""What the schema says about a field that is not there, or has nothing after its ':'."""

ADD, WRITE = "Add '", "Write it after '"
"""The start of the schema's hint for a missing field, and of ours for an empty one."""

LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def participants_path(root: Path, config: Config) -> Path:
    """Where the participants file is (``packs.participants`` in ``easyread.yml``)."""
    return root / config.packs.participants


def load_participants(root: Path, config: Config) -> tuple[Participant, ...]:
    """Everyone in the participants file; a :class:`ContentError` lists every problem."""
    path = participants_path(root, config)
    shown = config.packs.participants
    if not path.is_file():
        raise UsageError(
            f"{shown}: there is no participants file here. Make one (see 'Personal packs' in "
            "the README), or set 'packs: {participants: FILE}' in easyread.yml."
        )
    data, lines = load_yaml(read_text(path, shown), shown)
    problems = Problems()
    records = _records(data, lines, problems)
    people: list[Participant] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records):
        line = lines.line(("participants", index)) or 0
        pid = _label(record, line)
        if pid in seen:
            problems.add(
                shown,
                lines.line(("participants", index, "id")),
                f"{pid}: id: this id is used twice (first on line {seen[pid]}).",
                "Give every person their own id.",
            )
        seen.setdefault(pid, line)
        person = _person(index, record, lines, config, problems)
        if person is not None:
            people.append(person)
    if problems:
        found = sorted(problems.items, key=lambda p: (p.line or 0, p.message))
        raise ContentError(_private(found, data))
    return tuple(people)


def _records(data: Any, lines: Lines, problems: Problems) -> list[Any]:
    hint = "The file starts with 'participants:', then one '- id: ...' record for each person."
    if not isinstance(data, dict) or set(data) != {"participants"}:
        problems.add(lines.path, lines.line(()), "expected a list called 'participants'.", hint)
        return []
    records = data["participants"]
    if not isinstance(records, list):
        problems.add(lines.path, lines.line(("participants",)), "expected a list.", hint)
        return []
    return records


def _person(
    index: int, record: Any, lines: Lines, config: Config, problems: Problems
) -> Participant | None:
    """One record, checked; its problems are named by the person's id."""
    key = ("participants", index)
    label = _label(record, lines.line(key))
    found = Problems()
    person = validate(Participant, record, lines, found, key)
    _check(record, key, lines, config, found)  # also when the schema found problems: all at once
    prefix = key_name(key)
    for problem in found.items:
        problem = _empty(problem, record, prefix)
        problems.items.append(replace(problem, message=_relabel(problem.message, prefix, label)))
    if found or person is None:
        return None
    return replace(person, language=person.language or config.language)


def _empty(problem: Problem, record: Any, prefix: str) -> Problem:
    """A field written with nothing after it ('call_me:') is empty, not missing: the schema's
    "this is missing. Add 'call_me:'" pointed at a line that has it."""
    where, _, text = problem.message.partition(": ")
    if text != MISSING or not where.startswith(prefix + ", "):
        return problem
    *parents, name = where[len(prefix) + 2 :].split(".")
    for parent in parents:
        record = record.get(parent) if isinstance(record, dict) else None
    if not (isinstance(record, dict) and name in record):
        return problem
    return replace(
        problem, message=f"{where}: this is empty.", hint=problem.hint.replace(ADD, WRITE, 1)
    )


def _relabel(message: str, prefix: str, label: str) -> str:
    """``participant 4, format 2: ...`` -> ``p07: format 2: ...``; personal values hidden."""
    where, _, text = message.partition(": ")
    if where != prefix and not where.startswith((prefix + ".", prefix + ", ")):
        return message
    field = where[len(prefix) :].lstrip("., ")
    if text.startswith(UNKNOWN):
        # the unknown name itself is not said: staff may have written anything before the ':'
        # ("Person B: yes", "epilepsy: true"); the line number shows where it is
        inside = "supporter: " if field.startswith("supporter.") else ""
        return f"{label}: {inside}the name before ':' on this line is not known."
    # no value of this file is quoted back, whatever the field: a wrong one may hold anything
    # ("post to Mrs Jones, 4 Oak Street", "30pt because of her macular degeneration")
    text = re.sub(r", got .*$", ".", text, flags=re.DOTALL)
    return f"{label}: {field}: {text}" if field else f"{label}: {text}"


def _label(record: Any, line: int | None) -> str:
    """How messages name the person: their id, or the line of their record."""
    if isinstance(record, dict) and isinstance(record.get("id"), str) and ID.match(record["id"]):
        return str(record["id"])
    return f"the person on line {line}"


def _check(
    record: Any, key: tuple[str | int, ...], lines: Lines, config: Config, found: Problems
) -> None:
    """What the schema alone cannot check, on the record as written: also when the schema
    found other problems in it, so that one run names every problem to fix. A value of the
    wrong type is left to the schema's message."""
    if not isinstance(record, dict):
        return

    def add(field: str, message: str, hint: str) -> None:
        where = (*key, *field.split("."))
        found.add(lines.path, lines.line(where), f"{key_name(where)}: {message}", hint)

    pid = _text(record.get("id"))
    if pid is not None and not ID.match(pid):
        add(
            "id",
            "an id is 1 to 32 lower-case letters, digits, '-' or '_'.",
            "Use a short code like p07, never the person's name.",
        )
    for field in PERSONAL:
        if _text(record.get(field)) == "":
            add(field, "this is empty.", "Write how the person wants to be named.")
    _check_copy(record, "", add, config)
    language = _text(record.get("language"))
    if language and not LANGUAGE.match(language):
        add("language", "expected a language code like en-GB or cy.", "")
    if isinstance(record.get("supporter"), dict):
        _check_copy(record["supporter"], "supporter.", add, config)


def _text(value: Any) -> str | None:
    """A value as the schema reads text (``20`` is ``"20"``), or None when it is no text."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return None


def _check_copy(record: dict[Any, Any], where: str, add: Any, config: Config) -> None:
    """The formats and print size of one copy (the person's or their supporter's)."""
    written = record.get("formats")
    if isinstance(written, str):
        written = [written]  # one format written without a list, as the schema reads it
    if not isinstance(written, list):
        written = []  # missing or of the wrong type: the schema says so
    elif not written:
        add(
            f"{where}formats",
            "there is no format.",
            "Write at least one format, like easy-read-print.",
        )
    formats = [f for f in (_text(item) for item in written) if f is not None]
    if len(set(formats)) != len(formats):
        add(f"{where}formats", "a format is written twice.", "Write each format once.")
    written_size = record.get("print_size")
    size = LARGE_PRINT_SIZE if written_size is None else _text(written_size)
    parsed = None if size is None else parse_size(size)  # None: of a wrong type, the schema says
    if size is not None and parsed is None:
        add(f"{where}print_size", "this is not a print size.", SIZE_HINT)
    elif written_size is not None and set(formats) <= set(FORMAT_NAMES) - {"large-print"}:
        add(  # easy-read-print is always 16 point: the size asked for was left out
            f"{where}print_size",
            "a print size is only for large-print, which is not in formats.",
            "For print at this size, write large-print in formats (easy-read-print is always "
            f"{NAMED_SIZES['easy-read']:g} point). Otherwise take print_size out.",
        )
    elif (
        parsed is not None
        and "large-print" in formats
        and parsed.points <= NAMED_SIZES["easy-read"]
    ):
        add(  # its PDF would say "easy read (16 point)": it is easy read's size or smaller
            f"{where}print_size",
            f"large print is bigger than easy read's {NAMED_SIZES['easy-read']:g} point "
            "(GUIDELINES LY003).",
            "Write large (18 point), extra-large (24 point) or a number of points over "
            f"{NAMED_SIZES['easy-read']:g}; for {NAMED_SIZES['easy-read']:g} point, "
            "write easy-read-print.",
        )
    if "website-link" in formats and not config.packs.website:
        add(
            f"{where}formats",
            "website-link needs the website's address.",
            "Set 'packs: {website: https://...}' in easyread.yml.",
        )


def _private(problems: list[Problem], data: Any) -> list[Problem]:
    """The problems with every personal value in the file hidden."""
    values = sorted(set(_personal_values(data)), key=len, reverse=True)
    if not values:
        return problems
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in values))
    return [
        replace(
            p,
            message=pattern.sub(HIDDEN, p.message),
            hint=p.hint if p.hint in _missing_hints() else pattern.sub(HIDDEN, p.hint),
        )
        for p in problems
    ]


@functools.cache
def _missing_hints() -> frozenset[str]:
    """What the schema says to add for a missing field: the same words for every file (its
    example, like 'Sam', is not from the file), so nothing in them is hidden ("like '(hidden)'"
    made no sense to the reader)."""
    return frozenset(
        f"{start}{f.name}:' ({f.metadata['rule'].doc})."
        for schema in (Participant, Supporter)
        for f in dataclasses.fields(schema)
        if "rule" in f.metadata
        for start in (ADD, WRITE)
    )


def _personal_values(data: Any, personal: bool = False) -> list[str]:
    """Every value of a personal field anywhere in the file (also a misplaced or listed one),
    and each of its words."""
    found: list[str] = []
    if isinstance(data, dict):
        for name, value in data.items():
            found += _personal_values(value, personal or name in PERSONAL)
    elif isinstance(data, list):
        for item in data:
            found += _personal_values(item, personal)
    elif personal and data is not None:
        found += [str(data), *str(data).split()]
    return [v for v in found if len(v.strip()) > 1]


__all__ = ["Participant", "Supporter", "load_participants", "participants_path"]
