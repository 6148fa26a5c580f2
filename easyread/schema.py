"""Check YAML values against a frozen dataclass, collecting every problem.

A schema is a frozen dataclass; each field has a type hint and ``doc(...)`` metadata that
explains it. :func:`validate` turns a mapping into an instance, or records a problem with the
file, line and what to change for every value that does not fit, and for every unknown key.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
import types
import typing
from dataclasses import MISSING, Field, dataclass, fields, is_dataclass
from typing import Any, Literal, TypeVar

from .errors import Problems, shortened
from .yamlfile import Key, Lines, key_name

T = TypeVar("T")


@dataclass(frozen=True)
class Rule:
    """What a field means and the limits on its value."""

    doc: str
    minimum: float | None = None
    maximum: float | None = None
    describe: str = ""
    """How to say the expected value in a message, when the type alone says too little."""


def doc(text: str, **limits: Any) -> dict[str, Rule]:
    """Field metadata: ``field(default=..., metadata=doc("What it is"))``."""
    return {"rule": Rule(text, **limits)}


def validate(cls: type[T], data: Any, lines: Lines, problems: Problems, key: Key = ()) -> T | None:
    """An instance of ``cls`` from ``data``, or None when something was wrong (see problems)."""
    value = _check(cls, data, lines, problems, key, None)
    return value if value is not _BAD else None


_BAD: Any = object()


def _where(key: Key) -> str:
    return key_name(key) or "the file"


def _fail(lines: Lines, problems: Problems, key: Key, message: str, hint: str = "") -> Any:
    problems.add(lines.path, lines.line(key), f"{_where(key)}: {message}", hint)
    return _BAD


def _check(
    tp: Any, data: Any, lines: Lines, problems: Problems, key: Key, rule: Rule | None
) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if data is None:
            return None
        return _check(options[0], data, lines, problems, key, rule)
    if is_dataclass(tp):
        return _check_dataclass(tp, data, lines, problems, key)
    if origin is tuple:
        if data is None:
            return ()
        if isinstance(data, str | int | float) and not isinstance(data, bool):
            data = [data]  # a single item written without a list
        if not isinstance(data, list):
            return _fail(
                lines,
                problems,
                key,
                "expected a list.",
                "Write each item on its own line, starting with '- '.",
            )
        items = [
            _check(args[0], item, lines, problems, (*key, i), rule) for i, item in enumerate(data)
        ]
        return _BAD if any(i is _BAD for i in items) else tuple(items)
    if origin is dict:
        if data is None:
            return {}
        if not isinstance(data, dict):
            return _fail(lines, problems, key, "expected a list of 'name: value' lines.")
        result = {
            str(k): _check(args[1], v, lines, problems, (*key, k), rule) for k, v in data.items()
        }
        return _BAD if any(v is _BAD for v in result.values()) else result
    if origin is Literal:
        if data in args:
            return data
        words = [a for a in args if isinstance(a, str)]  # False stands for 'off': not shown
        choices = either(words)
        close = difflib.get_close_matches(str(data), words, n=1)
        hint = f"Did you mean '{close[0]}'?" if close else ""
        return _fail(lines, problems, key, f"expected {choices}, got {said(data)}.", hint)
    return _check_scalar(tp, data, lines, problems, key, rule)


def either(words: list[str]) -> str:
    """``['a', 'b', 'c']`` -> ``'a', 'b' or 'c'``: choices as a message says them."""
    quoted = [f"'{w}'" for w in words]
    return " or ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)


def said(value: Any) -> str:
    """A value as the author wrote it in YAML, not as Python shows it: ``true``, not ``True``;
    ``a list``, not ``['a', 'b']``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a list of 'name: value' lines"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, str):
        return f"'{shortened(value)}'"
    return shortened(str(value))


def _check_scalar(
    tp: Any, data: Any, lines: Lines, problems: Problems, key: Key, rule: Rule | None
) -> Any:
    expected = rule.describe if rule and rule.describe else _NAMES.get(tp, tp.__name__)
    value: Any = _BAD
    if tp is str:
        if isinstance(data, str | int | float) and not isinstance(data, bool):
            value = str(data).strip()
        elif isinstance(data, datetime.date):
            value = data.isoformat()
    elif tp is bool:
        if isinstance(data, bool):
            value = data
    elif tp is int:
        if isinstance(data, int) and not isinstance(data, bool):
            value = data
    elif tp is float:
        if isinstance(data, int | float) and not isinstance(data, bool):
            value = float(data)
    elif tp is datetime.date:
        value = _as_date(data)
    elif tp is datetime.time:
        value = _as_time(data)
    else:  # pragma: no cover - a schema bug, not a user's
        raise TypeError(f"schema type {tp!r} is not supported")
    if value is _BAD:
        return _fail(
            lines, problems, key, f"expected {expected}, got {said(data)}.", _HINTS.get(tp, "")
        )
    if rule and isinstance(value, int | float) and not isinstance(value, bool):
        if rule.minimum is not None and value < rule.minimum:
            return _fail(lines, problems, key, f"expected {expected}, got {said(data)}.")
        if rule.maximum is not None and value > rule.maximum:
            return _fail(lines, problems, key, f"expected {expected}, got {said(data)}.")
    return value


_NAMES = {
    str: "some text",
    bool: "yes or no (true or false)",
    int: "a whole number",
    float: "a number",
    datetime.date: "a date",
    datetime.time: "a time",
}
_HINTS = {
    datetime.date: "Write dates like 2026-12-03 (year-month-day).",
    datetime.time: "Write times like 14:00 or 2pm.",
    bool: "Write true or false.",
}


def _as_date(data: Any) -> Any:
    if isinstance(data, datetime.datetime):
        return data.date()
    if isinstance(data, datetime.date):
        return data
    if isinstance(data, str):
        try:
            return datetime.date.fromisoformat(data.strip())
        except ValueError:
            return _BAD
    return _BAD


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)


def _as_time(data: Any) -> Any:
    if isinstance(data, int) and not isinstance(data, bool):
        # YAML 1.1 reads 14:00 as a number of minutes (sexagesimal).
        hours, minutes = divmod(data, 60)
        return datetime.time(hours, minutes) if 0 <= hours < 24 else _BAD
    if not isinstance(data, str):
        return _BAD
    match = _TIME.match(data)
    if not match:
        return _BAD
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return _BAD
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match[2] is None:
        return _BAD  # "14" alone is too easy to misread
    if hour > 23 or minute > 59:
        return _BAD
    return datetime.time(hour, minute)


@functools.cache
def _fields(cls: Any) -> tuple[dict[str, Any], dict[str, Field[Any]]]:
    """A schema's field types and fields (resolving the hints is slow: do it once a class)."""
    return typing.get_type_hints(cls), {f.name: f for f in fields(cls)}


def _check_dataclass(cls: Any, data: Any, lines: Lines, problems: Problems, key: Key) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return _fail(lines, problems, key, "expected a list of 'name: value' lines.")
    hints, known = _fields(cls)
    for name in data:
        if name not in known:
            close = difflib.get_close_matches(str(name), list(known), n=1)
            hint = f"Did you mean '{close[0]}'?" if close else f"Known names: {', '.join(known)}."
            _fail(lines, problems, (*key, name), "this name is not known.", hint)
    values: dict[str, Any] = {}
    bad = False
    for name, fld in known.items():
        rule = fld.metadata.get("rule")
        if name not in data or data[name] is None:
            if fld.default is MISSING and fld.default_factory is MISSING:
                what = rule.doc if rule else name
                _fail(lines, problems, (*key, name), "this is missing.", f"Add '{name}:' ({what}).")
                bad = True
            continue
        value = _check(hints[name], data[name], lines, problems, (*key, name), rule)
        if value is _BAD:
            bad = True
        else:
            values[name] = value
    if bad or any(name not in known for name in data):
        return _BAD
    return cls(**values)
