"""A small project to print: two documents, a glossary, symbols and a photo."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from easyread.model import Project
from easyread.print_settings import PrintSize, parse_size
from easyread.reporting import BufferReporter

SIZES = ("easy-read", "large", "extra-large")
"""The small project is printed at every named size."""

EXAMPLE_SIZES = ("easy-read", "extra-large")
"""The example project (``content/``) at the smallest and largest: it is 10 times bigger."""

CONFIG = """\
title: Test Voices
organisation: Test Borough Council
language: en-GB
description: We are a group of people who use services. We work together.
picture: meeting
contact:
  name: Sam
  phone: 01632 960000
  email: test@example.org
"""

WELCOME = """\
---
title: Welcome to Test Voices
summary: Who we are.
picture: hello
author: Sam (Test Voices)
checked_by:
  - name: The Test Voices checking group
    date: 2026-11-18
---

[hello] Welcome to Test Voices.
We are glad you are here.

[meeting] We are a group of people who use {services} in Testville.
Some of us have a learning disability.

[together] We work together as equal partners.
This is called {co-production: when people who use services and staff plan things together}.

# How we work

[calendar] We meet once a month.
Read the {agenda} before the meeting.

[photos/hall.png: The big hall at the Test Centre] We meet in the big hall.
It has a ramp at the door.

[list] At the meeting we:
- talk about what matters to us
- decide things together
- have a cup of tea

# Where to find us

[place] The Test Centre is on River Road.
The number 7 bus stops outside.

[phone] Ring Sam if you get lost.
Sam will come and meet you.

[walk] It is a short walk from the station.
There is a lift at the station.

[idea] Tell us your ideas at any time.
We read every idea.

[bus] You can come by bus, by train or by taxi.
The council pays for your travel.
Keep your tickets and give them to Sam.
You can also:
- ask for a lift from a friend
- walk with a supporter
- ring us and we will help you plan

[list] These are the things we will talk about:
- the new day centre
- buses that are easier to use
- letters that are easy to read
- the money the council has this year
- how we choose new members

[yes] Read the [other page](more.md) for more.
"""

MORE = """\
---
title: More about us
summary: What we do next.
picture: idea
author: Sam (Test Voices)
---

[vote] We vote on big things.
Everyone has 1 vote.

[money] We pay your bus fare.
Keep your ticket.

[drink] There is a break with tea and biscuits.

[computer] Our web address is long:
https://www.example.org/riverside-voices/meetings/what-we-talked-about-in-november
"""

GLOSSARY = """\
type: glossary
title: Hard words
words:
  services:
    means: Help and support from the council.
    picture: building
  agenda: A list of things we will talk about at a meeting.
"""


@dataclass(frozen=True)
class Printed:
    """The small project and the PDFs made from it."""

    project: Project
    folder: Path
    files: list[Path]
    reporter: BufferReporter

    def pdf(self, slug: str, size: str) -> Path:
        """The PDF of ``slug`` at ``size`` (the first size has no suffix)."""
        parsed = parse_size(size)
        assert parsed is not None
        suffix = "" if size == "easy-read" else parsed.suffix
        return self.folder / f"{slug}{suffix}.pdf"


def write_project(root: Path, files: dict[str, str], config: str = CONFIG) -> Path:
    """A project folder with ``easyread.yml`` and ``files``; a photo at content/photos."""
    root.mkdir(parents=True)
    (root / "easyread.yml").write_text(config, encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    photos = root / "content" / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (300, 200), (40, 120, 200)).save(photos / "hall.png")
    return root


def size_of(name: str) -> PrintSize:
    size = parse_size(name)
    assert size is not None
    return size
