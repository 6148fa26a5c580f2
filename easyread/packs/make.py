"""``easyread packs``, as a script: read the people, plan the renders, make each once, put
every pack together, write the staff sheet, then swap the result into place.

Everything is made in a private temporary folder (``0700``) beside the packs folder, and
replaces the old packs only when all of it worked. With ``only``, the other people's packs are
kept as they were; a person no longer in the participants file loses their pack.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..build import make_in_build_folder, new_folder_beside, replace_folder
from ..coproduction import clock
from ..coproduction.timing import late_packs, timing_messages
from ..documents import load_project
from ..errors import UsageError
from ..forked import cores
from ..model import Project
from ..render import RenderOptions
from ..reporting import NullReporter, Reporter
from .letter import Addressee, letter
from .load import load_participants, participants_path
from .pack import Copy, write_zip
from .people import Participant, person_needs, supporter_needs
from .privacy import (
    FOLDER_MODE,
    MARKER,
    check_out_folder,
    git_warnings,
    lock_down,
    readable_by_others,
    write_private,
)
from .renders import Counts, Renders
from .staff import rows, write_csv, write_html

RENDERS = ".renders"
"""The folder in the packs folder where each distinct output is made once, and kept for the
next run (see :mod:`.store`)."""


@dataclass(frozen=True)
class PacksResult:
    """What ``easyread packs`` made."""

    out: Path
    """The packs folder."""
    made: tuple[str, ...]
    """The ids of the people whose packs were made."""
    counts: Counts
    """Renders made and public files reused, by kind."""


def make_packs(
    root: Path,
    out: Path | None = None,
    only: tuple[str, ...] = (),
    jobs: int | None = None,
    reporter: Reporter | None = None,
    today: datetime.date | None = None,
) -> PacksResult:
    """Make the packs of everyone in the participants file (or the ids in ``only``)."""
    reporter = reporter or NullReporter()
    today = today or clock.today()
    root = root.resolve()
    out = (out or root / "build" / "packs").resolve()
    check_out_folder(root, out)
    project = load_project(root)
    notices = timing_messages(project, today) + late_packs(project, today)
    for notice in notices:
        reporter.warning(notice)
    people = load_participants(root, project.config)
    chosen = _chosen(people, only)
    source = participants_path(root, project.config)
    for warning in git_warnings(root, [source, out]) + readable_by_others(root, source):
        reporter.warning(warning)
    options = RenderOptions(jobs=jobs or cores(), reporter=reporter)
    _make_parent(root, out)
    with new_folder_beside(out) as staging:
        public = root / "build"
        previous = out / RENDERS if (out / MARKER).is_file() else None
        renders = Renders(project, staging / RENDERS, public, options, previous)
        copies = [c for person in chosen for c in _copies(project, person, today)]
        renders.add_documents(
            letter(project, c.to, c.documents, project.config.packs.website, today) for c in copies
        )
        renders.make(r for c in copies for r in c.requests())
        for copy in copies:
            copy.write(staging, renders)
        renders.store.save(staging / RENDERS, keep_old=bool(only))
        for person in chosen:
            write_zip(staging / person.id, staging / f"{person.id}.zip")
            reporter.info(f"Made the pack for {person.id}.")
        zips = {p.id: (staging if p in chosen else out) / f"{p.id}.zip" for p in people}
        sizes = {pid: path.stat().st_size for pid, path in zips.items() if path.is_file()}
        table = rows(people, [d.language for d in project.documents], today, sizes)
        made = {p.id for p in chosen}
        for row in table:  # of those whose packs were made: 'packs --only p06' is about p06
            if row.values["id"] in made:  # (the staff page flags everyone)
                for flag in row.flags:
                    reporter.warning(f"{row.values['id']}: {flag}.")
        write_html(staging, project.config.title, table, today, notices)
        write_csv(staging, table)
        write_private(staging / MARKER, "This folder is made by easyread packs. It is private.\n")
        lock_down(staging)
        _swap(staging, out, keep={p.id for p in people} - {p.id for p in chosen})
    return PacksResult(out, tuple(p.id for p in chosen), renders.counts)


def _chosen(people: tuple[Participant, ...], only: tuple[str, ...]) -> tuple[Participant, ...]:
    if not only:
        return people
    known = {p.id for p in people}
    unknown = [pid for pid in only if pid not in known]
    if unknown:
        # what was given is not repeated: it is no id of the file, so it may be a name
        which = ", ".join(_ordinal(only.index(pid) + 1) for pid in unknown)
        raise UsageError(
            f"--only: the {which} of the ids you gave {'is' if len(unknown) == 1 else 'are'} "
            "not in the participants file. Give ids from the file (like p07), not names."
        )
    return tuple(p for p in people if p.id in only)


def _ordinal(number: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th'."""
    ending = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{'th' if 10 <= number % 100 <= 20 else ending}"


def _copies(project: Project, person: Participant, today: datetime.date) -> list[Copy]:
    """The person's own copy, and their supporter's."""
    documents = project.documents
    copies = [
        Copy(
            person.id,
            Addressee(f"letter-{person.id}", person.call_me, person_needs(person)),
            documents,
        )
    ]
    supporter = person.supporter
    if supporter is not None:
        to = Addressee(
            f"letter-{person.id}-supporter",
            supporter.call_me or "supporter",
            supporter_needs(supporter),
            copy_for=person.call_me,
        )
        copies.append(Copy(f"{person.id}/supporter", to, documents))
    return copies


def _make_parent(root: Path, out: Path) -> None:
    """Make the folder the packs folder goes in (see :func:`make_in_build_folder`)."""
    make_in_build_folder(root, out.parent)


def _swap(staging: Path, out: Path, keep: set[str]) -> None:
    """Put the new packs in place, keeping the packs of ``keep`` (people not made this time)."""
    names = [name for pid in keep for name in (pid, f"{pid}.zip")]
    replace_folder(staging, out, names, FOLDER_MODE)
