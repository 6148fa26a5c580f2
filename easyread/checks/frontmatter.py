"""Front matter of a Markdown file read in path mode: title, summary, who checked it, checks."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError, Problems
from ..schema import said
from ..yamlfile import Lines, load_yaml
from .settings import RULE_IDS, Setting

SETTINGS: tuple[Setting, ...] = ("error", "warning", "off")


@dataclass
class FrontMatter:
    """What the checker needs from a document's front matter."""

    end: int = 0
    """The number of file lines the front matter takes (0 when there is none)."""
    values: dict[str, Any] = field(default_factory=dict)
    lines: Lines = field(default_factory=lambda: Lines(""))
    checked_by: tuple[str, ...] | None = None
    checked_dates: tuple[bool, ...] = ()
    settings: dict[str, Setting] = field(default_factory=dict)


def read_front_matter(lines: list[str], shown: str) -> FrontMatter:
    """Parse ``---`` front matter at the top of ``lines``; settings errors raise ConfigError."""
    if not lines or lines[0].strip() != "---":
        return FrontMatter()
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
    else:
        return FrontMatter()
    data, where = load_yaml("\n".join(lines[1:index]), shown, first_line=2)
    values = data if isinstance(data, dict) else {}
    front = FrontMatter(end=index + 1, values=values, lines=where)
    front.checked_by, front.checked_dates = _checked_by(values.get("checked_by"))
    front.settings = _settings(values.get("checks"), where)
    return front


def _checked_by(value: Any) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    dates: list[bool] = []
    for item in items:
        if isinstance(item, dict):
            names.append(str(item.get("name", "someone")))
            dates.append(isinstance(item.get("date"), datetime.date))
        else:
            names.append(str(item))
            dates.append(False)
    return tuple(names), tuple(dates)


def _settings(value: Any, lines: Lines) -> dict[str, Setting]:
    if value is None:
        return {}
    problems = Problems()
    settings: dict[str, Setting] = {}
    if not isinstance(value, dict):
        problems.add(lines.path, lines.line(("checks",)), "checks: expected 'ER001: off' lines.")
    else:
        settings = parse_settings(value, lines, ("checks",), problems)
    problems.raise_if_any(ConfigError)
    return settings


def parse_settings(
    value: dict[Any, Any], lines: Lines, key: tuple[str, ...], problems: Problems
) -> dict[str, Setting]:
    """Rule severities like ``{ER007: off}``, every problem recorded in ``problems``."""
    settings: dict[str, Setting] = {}
    for rule, setting in value.items():
        where = lines.line((*key, rule))
        name = ".".join((*key, str(rule)))
        if str(rule).upper() not in RULE_IDS:
            problems.add(
                lines.path,
                where,
                f"{name}: there is no rule {rule}.",
                f"Rules: {', '.join(RULE_IDS)}.",
            )
        elif setting is False:
            settings[str(rule).upper()] = "off"  # YAML reads off as false
        elif str(setting).lower() not in SETTINGS:
            problems.add(
                lines.path,
                where,
                f"{name}: expected 'error', 'warning' or 'off', got {said(setting)}.",
            )
        else:
            settings[str(rule).upper()] = SETTINGS[SETTINGS.index(str(setting).lower())]
    return settings
