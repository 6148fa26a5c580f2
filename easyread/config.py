"""``easyread.yml``: the project's settings, declared once with what each one means."""

from __future__ import annotations

import posixpath
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .checks.settings import ChecksConfig
from .coproduction.settings import CoproductionConfig
from .errors import ConfigError, EasyreadError, Problems
from .languages import language_problem
from .packs import PARTICIPANTS_FILE
from .packs.settings import PacksConfig
from .print_settings import PrintConfig
from .schema import doc, validate
from .speech.settings import AudioConfig
from .symbols.settings import SymbolsConfig
from .yamlfile import Key, Lines, load_yaml, read_text

CONFIG_FILE = "easyread.yml"


@dataclass(frozen=True)
class Contact:
    """Who to ask for help or for the information in another format."""

    name: str = field(default="", metadata=doc("A person or team to contact"))
    phone: str = field(default="", metadata=doc("A phone number, written as people dial it"))
    text: str = field(default="", metadata=doc("A number for text messages"))
    email: str = field(default="", metadata=doc("An email address"))
    address: str = field(default="", metadata=doc("A postal address"))


@dataclass(frozen=True)
class Theme:
    """How the website looks."""

    font_size: int = field(
        default=20,
        metadata=doc(
            "Body text size on the website, in CSS pixels (easy read: at least 20)",
            minimum=20,
            maximum=40,
            describe="a size in pixels from 20 to 40",
        ),
    )
    font: Literal["atkinson-hyperlegible", "system"] = field(
        default="atkinson-hyperlegible",
        metadata=doc(
            "The typeface: Atkinson Hyperlegible (shipped with the site) or the reader's own sans-serif"
        ),
    )
    colours: Literal["black-on-white", "black-on-cream", "black-on-yellow"] = field(
        default="black-on-white",
        metadata=doc("Text and page colours"),
    )


@dataclass(frozen=True)
class Config:
    """The settings in ``easyread.yml``."""

    title: str = field(metadata=doc("The name of the website, for example the group's name"))
    organisation: str = field(metadata=doc("Who publishes the information"))
    language: str = field(default="en-GB", metadata=doc("The language of the content, like en-GB"))
    description: str = field(default="", metadata=doc("One or two easy sentences about the group"))
    picture: str = field(
        default="", metadata=doc("The group's picture: a symbol name or an image file")
    )
    contact: Contact = field(default_factory=Contact, metadata=doc("Who to contact"))
    theme: Theme = field(default_factory=Theme, metadata=doc("How the website looks"))
    print: PrintConfig = field(
        default_factory=PrintConfig, metadata=doc("How the printed (PDF) versions look")
    )
    checks: ChecksConfig = field(
        default_factory=ChecksConfig, metadata=doc("How 'easyread check' judges the writing")
    )
    audio: AudioConfig = field(
        default_factory=AudioConfig, metadata=doc("How the spoken (MP3) versions sound")
    )
    symbols: SymbolsConfig = field(
        default_factory=SymbolsConfig, metadata=doc("How the build uses the picture library")
    )
    coproduction: CoproductionConfig = field(
        default_factory=CoproductionConfig,
        metadata=doc("Feedback forms, and how early a meeting's information must reach people"),
    )
    packs: PacksConfig = field(
        default_factory=PacksConfig,
        metadata=doc("Personal packs: where the private participants file is"),
    )


def find_project(folder: Path) -> Path:
    """``folder``, or the project it is inside (``easyread build`` run in ``content/``): the
    nearest folder above with an ``easyread.yml``. When there is none, ``folder`` itself, so
    that the message says there is no easyread.yml there."""
    if (folder / CONFIG_FILE).is_file():
        return folder
    for parent in folder.resolve().parents:
        if (parent / CONFIG_FILE).is_file():
            return parent
    return folder


def load_config(project: Path) -> Config:
    """Read and check ``easyread.yml``; every problem is reported in one :class:`ConfigError`."""
    path = project / CONFIG_FILE
    if not path.is_file():
        raise ConfigError(
            f"{path}: there is no {CONFIG_FILE} here. "
            "Run the command in your project folder, or make a new project with 'easyread new FOLDER'."
        )
    text = read_text(path, CONFIG_FILE, ConfigError)
    data, lines = load_yaml(text, CONFIG_FILE, error=ConfigError)
    problems = Problems()
    config = validate(Config, data, lines, problems)
    if config is not None and not (
        config.contact.phone or config.contact.email or config.contact.address
    ):
        problems.add(
            CONFIG_FILE,
            lines.line(("contact",)),
            "contact: there is no way to contact you.",
            "Add a phone number, email or address, so people can ask for other formats.",
        )
    if config is not None:
        _check_settings(config, lines, problems)
    problems.raise_if_any(ConfigError)
    assert config is not None
    return config


def setting_line(project: Path, key: Key) -> int:
    """The line of a setting in ``easyread.yml`` (1 when it cannot be found), for messages
    about a setting found wrong after loading, like an unknown ``picture:``."""
    try:
        _, lines = load_yaml(read_text(project / CONFIG_FILE, CONFIG_FILE), CONFIG_FILE)
    except (OSError, EasyreadError):
        return 1
    return lines.line(key) or 1


def _check_settings(config: Config, lines: Lines, problems: Problems) -> None:
    """What the schema cannot say by types alone: the language, print sizes and rule names."""
    from .print_settings import SIZE_HINT, parse_size

    if wrong := language_problem(config.language):
        problems.add(CONFIG_FILE, lines.line(("language",)), f"language: {wrong[0]}", wrong[1])

    for i, value in enumerate(config.print.sizes):
        if parse_size(value) is None:
            problems.add(
                CONFIG_FILE,
                lines.line(("print", "sizes", i)),
                f"print.sizes: {value!r} is not a print size.",
                SIZE_HINT,
            )
    if config.packs.website and not _web_address(config.packs.website):
        problems.add(
            CONFIG_FILE,
            lines.line(("packs", "website")),
            f"packs.website: {config.packs.website!r} is not a web address.",
            "Write the whole address of the published website, like "
            "https://voices.example.org: people's letters give it to them.",
        )
    participants = config.packs.participants
    if not participants.strip():
        problems.add(
            CONFIG_FILE,
            lines.line(("packs", "participants")),
            "packs.participants: this is empty.",
            f"Write where the participants file is, like participants: {PARTICIPANTS_FILE}, "
            "or leave packs.participants out.",
        )
    elif where := _public_place(participants):
        problems.add(
            CONFIG_FILE,
            lines.line(("packs", "participants")),
            f"packs.participants: the private participants file is in {where}/, which "
            f"{PUBLIC_PLACES[where]}.",
            "Keep it out of content/, symbols/, templates/ and build/: move it to "
            "private/participants.yml and take this setting out.",
        )
    checks = config.checks
    if checks.sentence_words > checks.sentence_words_error:
        problems.add(
            CONFIG_FILE,
            lines.line(("checks", "sentence_words")),
            f"checks.sentence_words: {checks.sentence_words} is more than "
            f"sentence_words_error ({checks.sentence_words_error}).",
            "The warning limit must not be above the error limit.",
        )
    if checks.rare_word_zipf > checks.hard_word_zipf:
        problems.add(
            CONFIG_FILE,
            lines.line(("checks", "rare_word_zipf")),
            f"checks.rare_word_zipf: {checks.rare_word_zipf:g} is more than "
            f"hard_word_zipf ({checks.hard_word_zipf:g}).",
            "Very rare words (errors) must be rarer than hard words (warnings).",
        )
    for i, group in enumerate(config.checks.synonyms):
        if len(set(group)) < 2:  # a word alone is the same as itself: nothing to check
            problems.add(
                CONFIG_FILE,
                lines.line(("checks", "synonyms", i)),
                f"checks.synonyms: group {i + 1} has only one word "
                f"({', '.join(repr(w) for w in group) or 'none'}).",
                "Write each group as a list of 2 or more words for the same thing, like "
                "synonyms: [[meeting, get-together], [carer, supporter]].",
            )
    for rule in config.checks.unknown_rules():
        problems.add(
            CONFIG_FILE,
            lines.line(("checks", "rules", rule)),
            f"checks.rules.{rule}: there is no rule {rule}.",
            "Rules are named like ER001: 'easyread check --rules' lists them.",
        )


PUBLIC_PLACES = {
    "content": "easyread build makes into the website",
    "symbols": "easyread build reads pictures from",
    "templates": "easyread build reads templates from",
    "build": "holds what is made and shared (easyread build --clean makes it anew)",
}
"""The project's folders the participants file must never be in, and why."""


def _public_place(participants: str) -> str | None:
    """The folder of :data:`PUBLIC_PLACES` a participants path is in, if any."""
    parts = posixpath.normpath(participants.replace("\\", "/")).split("/")
    return parts[0] if len(parts) > 1 and parts[0] in PUBLIC_PLACES else None


def _web_address(address: str) -> bool:
    """Whether ``address`` is a whole http or https address with a host, to give to people."""
    try:
        parts = urllib.parse.urlsplit(address)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and not re.search(r"\s", address)
