"""A form's answers (a CSV file) as a "What you told us" page: counts, charts, shared words.

Only the columns named after the form's questions are read, with ``helped`` and ``share``.
Other columns (a name, an email address) are never shown; written answers are shown only when
the person said yes to sharing them, and never when they hold a value of such a column.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError, Problems
from ..schema import either, validate
from ..textformat import escape_markdown
from ..yamlfile import Key, load_yaml, read_text
from .data import Bar, Chart, ResultsData
from .documents import Sections, check_questions
from .scales import HELPED, SCALES, SHARE, Choice, find_choice
from .schemas import Form, Question, Results


@dataclass
class Answers:
    """The answers to a form, counted."""

    people: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    """Question id -> choice value -> how many people chose it."""
    words: dict[str, list[str]] = field(default_factory=dict)
    """Question id -> the written answers people agreed to share."""
    written: dict[str, int] = field(default_factory=dict)
    """Question id -> how many people wrote an answer (shared or not)."""
    unshared: dict[str, int] = field(default_factory=dict)
    """Question id -> how many people wrote an answer and did not say it could be shared."""
    withheld: int = 0
    """Shared answers left out because they hold a name or other private detail."""


def results_sections(
    meta: Results, out: Sections, file: Path, shown: str, problems: Problems
) -> ResultsData | None:
    """The sections of a results page, and its charts."""
    form = _read_form(meta, out, file, shown, problems)
    csv_file = file.parent / meta.answers
    if form is None:
        return None
    if not _in_project(csv_file, file, shown):
        problems.add(
            shown,
            out.lines.line(("answers",)),
            f"answers: the file {meta.answers!r} is outside the project folder.",
            f"Put the answers CSV next to {Path(shown).name} (a build reads nothing else).",
        )
        return None
    if not csv_file.is_file():
        problems.add(
            shown,
            out.lines.line(("answers",)),
            f"answers: there is no file {meta.answers!r}.",
            f"Put the answers CSV next to {Path(shown).name}, or correct the name.",
        )
        return None
    csv_shown = str(Path(shown).parent / meta.answers)
    answers = read_answers(read_text(csv_file, csv_shown), csv_shown, form, problems)
    if answers is None:
        return None
    return _sections(meta, form, answers, out)


def _in_project(path: Path, file: Path, shown: str) -> bool:
    """Whether ``path`` is in the project folder of the document ``file`` (shown as ``shown``,
    which is relative to the project folder), by its name: a link in the project counts."""
    project = file.parents[len(Path(shown).parts) - 1]
    return Path(os.path.normpath(path)).is_relative_to(os.path.normpath(project))


def _read_form(
    meta: Results, out: Sections, file: Path, shown: str, problems: Problems
) -> Form | None:
    form_file = file.parent / meta.form
    line = out.lines.line(("form",))
    if not _in_project(form_file, file, shown):
        problems.add(
            shown,
            line,
            f"form: the file {meta.form!r} is outside the project folder.",
            "Name a form in the content folder (a build reads nothing else).",
        )
        return None
    if not form_file.is_file():
        problems.add(
            shown, line, f"form: there is no file {meta.form!r}.", "Name the form's .yml file."
        )
        return None
    form_shown = str(Path(shown).parent / meta.form)
    own = Problems()  # the form's own problems are reported where the form is loaded
    try:
        data, lines = load_yaml(read_text(form_file, form_shown), form_shown)
    except ContentError:
        data, lines = None, None
    form = None
    if isinstance(data, dict) and lines is not None and data.get("type") == "form":
        form = validate(Form, data, lines, own)
        if form is not None and not check_questions(form, lines, form_shown, own):
            form = None
    if form is None:
        problems.add(
            shown,
            line,
            f"form: {meta.form!r} is not a form that easyread can read.",
            "Check that it has 'type: form' and fix the problems listed for it.",
        )
        return None
    return form


def read_answers(text: str, shown: str, form: Form, problems: Problems) -> Answers | None:
    """Count the answers in a CSV file: a header row, then one row for each person."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    # Spreadsheets set to some languages save with ';' between the columns.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in reader.fieldnames or []]
    except csv.Error as exc:
        _unreadable(exc, reader.line_num, shown, problems)
        return None
    reader.fieldnames = header
    wanted = [q.id for q in form.questions]
    missing = [name for name in wanted if name not in header]
    if missing:
        problems.add(
            shown,
            1,
            f"the answers have no column for {', '.join(repr(m) for m in missing)}.",
            "Make the first row the question names from the form, like: "
            + ",".join([*wanted, "helped", "share"]),
        )
        return None
    private = [h for h in header if h not in (*wanted, "helped", "share")]
    answers = Answers(counts={q.id: {} for q in form.questions if q.answers != "words"})
    answers.counts["helped"] = {}
    bad = False
    rows = []
    try:
        for row in reader:
            cells = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
            if any(cells.values()):
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        _unreadable(exc, reader.line_num, shown, problems)
        return None
    # anyone's name, not only the writer's: "Zara talks too much" names someone else
    found = secrets({c[h] for _, c in rows for h in private if c.get(h)})
    for line, cells in rows:
        answers.people += 1
        share = _choice(SHARE, cells.get("share", ""), shown, line, "share", problems)
        for question in form.questions:
            written = cells.get(question.id, "")
            if not written:
                continue
            if question.answers == "words":
                answers.written[question.id] = answers.written.get(question.id, 0) + 1
                if share is not None and share.value == "yes":
                    if _mentions(written, found):
                        answers.withheld += 1
                    else:
                        answers.words.setdefault(question.id, []).append(written)
                else:
                    answers.unshared[question.id] = answers.unshared.get(question.id, 0) + 1
                continue
            choice = _choice(SCALES[question.answers], written, shown, line, question.id, problems)
            if choice is None:
                bad = True
                continue
            counts = answers.counts[question.id]
            counts[choice.value] = counts.get(choice.value, 0) + 1
        helped = _choice(HELPED, cells.get("helped", ""), shown, line, "helped", problems)
        if helped is not None:
            answers.counts["helped"][helped.value] = (
                answers.counts["helped"].get(helped.value, 0) + 1
            )
        bad = (
            bad
            or (share is None and bool(cells.get("share")))
            or (helped is None and bool(cells.get("helped")))
        )
    return None if bad else answers


def _unreadable(exc: csv.Error, line: int, shown: str, problems: Problems) -> None:
    """A row Python's CSV reader gives up on: most often a quote mark that is not closed, so
    that the rest of the file reads as one answer, too long to be one."""
    too_long = "field larger than field limit" in str(exc)
    problems.add(
        shown,
        line or 1,
        f"An answer here is too long to read (over {csv.field_size_limit():,} characters)."
        if too_long
        else f"The answers cannot be read from here: {exc}.",
        "Check that each '\"' in the rows up to here has a closing '\"', and that no answer "
        "is longer than a page. Save the file again from the spreadsheet as CSV.",
    )


def _choice(
    choices: tuple[Choice, ...],
    written: str,
    shown: str,
    line: int,
    column: str,
    problems: Problems,
) -> Choice | None:
    if not written:
        return None
    choice = find_choice(choices, written)
    if choice is None:
        allowed = either([c.label.lower().rstrip(".") for c in choices])  # as the README says
        problems.add(  # what was written is not quoted: a cell may hold anything, like a name
            shown,
            line,
            f"{column}: the answer in this row is not one of the answers to choose.",
            f"Write {allowed}, or leave it empty.",
        )
    return choice


COMMON = 5.0
"""A private value, or a part of one, as common as this in English (Zipf scale: "Will",
"May", "Mark", "Bill") is found only as written, with its capital, so that "we will" does
not hide an answer. Anything rarer is found in any case ("zara", "wendell")."""

CHOICES = frozenset("yes no y n true false none n/a na - ok".split())
"""Private values that are choices, like a column of consent ("Yes"): they name nobody."""


@dataclass
class Secrets:
    """What in a written answer would say who someone is: the private values of every row
    (see :func:`secrets`)."""

    whole: list[re.Pattern[str]] = field(default_factory=list)
    """Values found whole, in any case ("zara quinlan", "zara", "jo", "王伟")."""
    written: set[str] = field(default_factory=set)
    """Values and parts of values found only as written (common words: "Will")."""
    parts: set[str] = field(default_factory=set)
    """Parts of values of several words, found alone in any case (as folded: "quinlan")."""
    digits: set[str] = field(default_factory=set)
    """Numbers of 6 digits or more (a phone number), however they are spaced."""


def secrets(values: set[str]) -> Secrets:
    """What to look for of ``values``: each value whole, and each part of a value of several
    words (of 2 letters or more, not written small unless the whole value is: "Jo", "Li");
    not choices, nor a number of up to 3 digits (an age)."""
    from ..checks.vocabulary import zipf

    found = Secrets()
    for value in values:
        if value.casefold() in CHOICES or (value.isdigit() and len(value) <= 3):
            continue
        if len(digits := re.sub(r"\D", "", value)) >= 6:
            found.digits.add(digits)
        words = re.findall(r"\w+", value)
        if len(words) == 1 and zipf(value.lower()) >= COMMON:
            found.written.add(words[0])
            continue
        found.whole.append(re.compile(rf"(?<!\w){re.escape(value.casefold())}(?!\w)"))
        if len(words) < 2:
            continue
        small = value == value.lower()  # a name typed all small: its parts are names too
        for word in words:
            if len(word) < 2 or word.isdigit() or (word[0].islower() and not small):
                continue
            if zipf(word.lower()) >= COMMON:
                found.written.add(word)
            else:
                found.parts.add(word.casefold())
    return found


def _mentions(text: str, found: Secrets) -> bool:
    """Does ``text`` say one of the private values, or a part of one (see :class:`Secrets`)?"""
    words = re.findall(r"\w+", text)
    if any(w in found.written or w.casefold() in found.parts for w in words):
        return True
    if found.digits and any(d in re.sub(r"\D", "", text) for d in found.digits):
        return True
    folded = text.casefold()
    return any(value.search(folded) for value in found.whole)


def chart_text(choices: tuple[Choice, ...], counts: dict[str, int]) -> str:
    """The chart in words, a line for each answer: ``8 people said yes.``"""
    lines = []
    for choice in choices:
        count = counts.get(choice.value, 0)
        who = "Nobody" if count == 0 else f"{count} {'person' if count == 1 else 'people'}"
        lines.append(f"{who} said {choice.spoken}.")
    return "\n".join(lines)


def helped_text(counts: dict[str, int]) -> str:
    """Who helped, in words: ``3 people had help from a support worker.``"""
    lines = []
    for choice in HELPED:
        count = counts.get(choice.value, 0)
        who = "Nobody" if count == 0 else f"{count} {'person' if count == 1 else 'people'}"
        lines.append(f"{who} {choice.spoken}.")
    return "\n".join(lines)


def _chart(anchor: str, choices: tuple[Choice, ...], counts: dict[str, int]) -> Chart:
    # a share of everyone who answered: a full bar is everyone, not just the most common answer
    answered = sum(counts.values()) or 1
    bars = tuple(
        Bar(
            c.label.rstrip("."),
            counts.get(c.value, 0),
            round(100 * counts.get(c.value, 0) / answered),
        )
        for c in choices
    )
    return Chart(anchor, bars)


def _sections(meta: Results, form: Form, answers: Answers, out: Sections) -> ResultsData:
    out.section(None, ("intro",), "start")
    out.points(meta.intro, ("intro",))
    people = answers.people
    noun = "person" if people == 1 else "people"
    out.point(f"[list] {people} {noun} gave us their answers.", ("answers",))
    charts = []
    key: Key = ("form",)
    for number, question in enumerate(form.questions, start=1):
        anchor = f"question-{question.id}"
        out.section(f"Question {number}", key, anchor)
        out.point(question.ask, key)
        if question.answers == "words":
            _words(question, answers, out, key)
            continue
        choices = SCALES[question.answers]
        counts = answers.counts[question.id]
        out.point("[chart] " + chart_text(choices, counts), key)
        charts.append(_chart(anchor, choices, counts))
    if form.helped and answers.counts["helped"]:
        out.section("Who helped people fill in the form", key, "helped")
        out.point("[chart] " + helped_text(answers.counts["helped"]), key)
        charts.append(_chart("helped", HELPED, answers.counts["helped"]))
    if answers.withheld:
        out.section("Keeping names private", key, "private")
        count = answers.withheld
        out.point(
            f"[private] We left out {count} {'answer' if count == 1 else 'answers'}.\n"
            "They had a name in them.",
            key,
        )
    return ResultsData(people, tuple(charts))


def _words(question: Question, answers: Answers, out: Sections, key: Key) -> None:
    count = answers.written.get(question.id, 0)
    noun = "person" if count == 1 else "people"
    shared = answers.words.get(question.id, [])
    out.point(f"[write] {'Nobody' if not count else f'{count} {noun}'} wrote an answer.", key)
    unshared = answers.unshared.get(question.id, 0)
    if count and not shared and unshared == count:
        out.point("[private] Nobody said we could share what they wrote.", key)
    elif unshared:  # so that 6 answers and 5 shown add up (a name withheld is said below)
        who = "1 person" if unshared == 1 else f"{unshared} people"
        out.point(f"[private] {who} did not say we could share what they wrote.", key)
    for text in shared:
        out.point(f"[chat] “{escape_markdown(' '.join(text.split()))}”", key)
