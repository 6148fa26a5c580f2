"""The Jinja environment: the project's ``templates/`` over the built-in theme.

The built-in templates are also reachable as ``easyread/<name>`` so a project's template can
extend the one it replaces.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import traceback
import typing
from collections.abc import Iterator
from pathlib import Path

import jinja2
import jinja2.bccache

from .. import __version__
from ..errors import ContentError, Problem
from ..model import Project
from ..resources import builtin, code_version, user_cache
from ..speech.paths import audio_files
from ..symbols.svg import inline_picture
from ..textformat import clock_time, long_date
from ..uptodate import files_state
from .rows import OTHER_FORMATS, ask

log = logging.getLogger(__name__)

_LAST: tuple[object, jinja2.Environment] | None = None
"""The last environment made, with what it was made from: a process that builds again and
again (the preview) keeps its compiled templates until a template file or a setting changes."""


def environment(project: Project) -> jinja2.Environment:
    """A strict, autoescaping environment for rendering this project's pages."""
    global _LAST
    own = project.root / "templates"
    folders = [builtin("templates")]
    if own.is_dir() and own.resolve() != builtin("templates").resolve():
        folders.insert(0, own)
    made_from = (folders, files_state(*folders), project.config, project.picture)
    if _LAST is None or _LAST[0] != made_from:
        _LAST = (made_from, _environment(folders, project))
    return _LAST[1]


class _Loader(jinja2.FileSystemLoader):
    """Templates from a folder; one not saved as UTF-8 is a template mistake with its line."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, typing.Callable[[], bool]]:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as error:
            for folder in self.searchpath:
                file = Path(folder) / template
                if file.is_file():
                    line = file.read_bytes()[: error.start].count(b"\n") + 1
                    raise jinja2.TemplateSyntaxError(
                        "it is not saved as UTF-8 text (save it again as UTF-8)",
                        line,
                        template,
                        str(file),
                    ) from None
            raise


def _environment(folders: list[Path], project: Project) -> jinja2.Environment:
    theme = _Loader(folders[-1])
    loaders: list[jinja2.BaseLoader] = [_Loader(f) for f in folders[:-1]]
    loaders.append(theme)
    loader = jinja2.ChoiceLoader([*loaders, jinja2.PrefixLoader({"easyread": theme})])
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a changed template file makes a new environment (``environment``)
        bytecode_cache=_compiled(),
    )
    env.filters["long_date"] = _long_date
    env.filters["clock_time"] = clock_time
    env.globals["inline_svg"] = inline_picture
    env.globals["config"] = project.config
    env.globals["site_picture"] = project.picture
    env.globals["audio_files"] = audio_files
    env.globals["other_formats"] = OTHER_FORMATS  # the same words on paper and in the text
    env.globals["ask"] = ask(project.config)
    return env


def _compiled() -> _Compiled | None:
    """The cache of compiled templates, if the user's cache folder is safe to use."""
    folder = user_cache(f"templates-{__version__}-{code_version()}-{jinja2.__version__}")
    return _Compiled(str(folder)) if folder else None


class _Compiled(jinja2.FileSystemBytecodeCache):
    """Templates compiled by an earlier command, kept in the user's cache folder (by the
    template's name, file and a hash of its text; the folder is named after this easyread's
    version and code and Jinja's version, which decide how a template is compiled). Only
    ever quicker: a cache that cannot be read or written is no cache."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception as error:  # damaged: compiled again, and written over
            log.debug("compiled template not read: %s", error)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as error:  # a read-only home folder
            log.debug("compiled template not kept: %s", error)


def _long_date(value: datetime.date | None) -> str:
    return long_date(value) if value else ""


def template_problem(error: jinja2.TemplateError, root: Path) -> Problem:
    """Where a template went wrong, as a problem an author can fix (no Python traceback)."""
    filename, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if filename is None:  # an error while rendering: the deepest template frame says where
        for frame in reversed(traceback.extract_tb(error.__traceback__)):
            if frame.filename.endswith((".html", ".css", ".js")):
                filename, line = frame.filename, frame.lineno
                break
    name = getattr(error, "name", None)
    if isinstance(error, jinja2.TemplateNotFound):  # its name is the one asked for
        return Problem(
            _shown(filename, root) if filename else "templates",
            line if filename else None,
            None,
            f"There is no template {error.name!r}, in templates/ or the built-in theme.",
            "Correct the name in {% extends %}, {% include %} or {% import %}, or add the "
            "template to templates/.",
        )
    if filename is None and name:  # a syntax error found while loading names the template
        own = root / "templates" / name
        filename = str(own if own.is_file() else builtin("templates") / name)
    return Problem(
        _shown(filename, root) if filename else "a template",
        line,
        None,
        f"The template has a mistake: {error.message or type(error).__name__}.",
        "Correct the template, or remove it from templates/ to use the built-in one.",
    )


def _shown(filename: str, root: Path) -> str:
    path = Path(filename)
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else filename


@contextlib.contextmanager
def template_mistakes(root: Path) -> Iterator[None]:
    """A mistake in a template of the project in ``root``, raised in the ``with`` block, as
    a :class:`ContentError` that says where it is (no Python traceback)."""
    try:
        yield
    except jinja2.TemplateError as error:
        raise ContentError([template_problem(error, root.resolve())]) from None
    except RecursionError:  # a project's template that includes itself
        if not (root / "templates").is_dir():
            raise
        raise ContentError([_endless_templates()]) from None


def _endless_templates() -> Problem:
    return Problem(
        "templates",
        None,
        None,
        "The templates include or extend each other without end.",
        "Check {% include %} and {% extends %} in templates/: a template must not include "
        "itself, or a template that includes it.",
    )
