"""A small project and a participants file of made-up people with every kind of need.

The names are obviously not real people. Each person's expected pack is written out here, so
that the tests compare what was made with what was asked for.
"""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

TODAY = datetime.date(2026, 11, 28)
"""The day the packs are made in the tests (review dates before it have passed)."""

CONFIG = """\
title: Test Voices
organisation: Test Borough Council
language: en-GB
contact:
  name: Sam Staff
  phone: 01632 960000
  email: test@example.org
packs:
  website: https://voices.example.org
"""

WELCOME = """\
---
title: Welcome to Test Voices
summary: Who we are.
order: 1
picture: hello
---

[hello] Welcome to Test Voices.
We are glad you are here.

[meeting] We are a group of people who use {services}.

[photos/hall.png: The big hall at the Test Centre] We meet in the big hall.

[list] At the meeting we:
- talk about what matters to us
- have a cup of tea

# Where to find us

[place] Read [our website](https://voices.example.org) to find us.
"""

MORE = """\
---
title: More about us
summary: What we do next.
picture: idea
---

[vote] We vote on big things.
Everyone has 1 vote.
"""

GLOSSARY = """\
type: glossary
title: Hard words
words:
  services:
    means: Help and support from the council.
    picture: building
"""

PARTICIPANTS = """\
participants:
  - id: fake01
    name: Testy McTestface
    call_me: Testy
    formats: [easy-read-print]
    sent: post
    review: 2027-06-01

  - id: fake02
    name: Fakey Fakington
    call_me: Fakey
    formats: [large-print, audio]
    print_size: extra-large
    colours: black-on-yellow
    sent: email
    review: 2025-01-01

  - id: fake03
    name: Zed Placeholderson
    call_me: Zeddo
    formats: [plain-text, website-link, braille-ready-text]
    language: cy
    sent: email
    review: 2026-12-01

  - id: fake04
    name: Dummy Examplesson
    call_me: Dumdum
    formats: [large-print]
    print_size: 20
    colours: black-on-yellow
    sent: by-hand
    review: 2026-11-27
    supporter:
      call_me: Kit Mockwell
      formats: [easy-read-print, plain-text]
      sent: post

  - id: fake05
    name: Sample Personne
    call_me: Samplo
    formats: [easy-read-print, large-print, audio]
    sent: by-hand
    review: 2027-01-01

  - id: fake06
    name: Ditto Fakington
    call_me: Ditto
    formats: [large-print]
    print_size: 24
    colours: black-on-yellow
    sent: post
    review: 2027-01-01
"""

NAMES = (
    "Testy McTestface",
    "Testy",
    "Fakey Fakington",
    "Fakey",
    "Zed Placeholderson",
    "Zeddo",
    "Dummy Examplesson",
    "Dumdum",
    "Kit Mockwell",
    "Sample Personne",
    "Samplo",
    "Ditto Fakington",
    "Ditto",
)
"""Every personal value in :data:`PARTICIPANTS` (names, chosen names, the supporter's)."""

IDS = ("fake01", "fake02", "fake03", "fake04", "fake05", "fake06")

SLUGS = ("welcome", "more", "glossary")
"""The documents, in reading order."""

EXPECTED: dict[str, set[str]] = {
    "fake01": {"letter.pdf", *(f"print/{s}-easy-read.pdf" for s in SLUGS)},
    "fake02": {
        "letter.pdf",
        *(f"print/{s}-extra-large.pdf" for s in SLUGS),
        "audio/00-letter.mp3",
        *(f"audio/{n:02d}-{s}.mp3" for n, s in enumerate(SLUGS, 1)),
        "audio/playlist.m3u",
    },
    "fake03": {
        "letter.txt",
        *(f"text/{s}.txt" for s in SLUGS),
        *(f"text/{s}.md" for s in SLUGS),
        "braille/letter.txt",
        *(f"braille/{s}.txt" for s in SLUGS),
    },
    "fake04": {
        "letter.pdf",
        *(f"print/{s}-20pt.pdf" for s in SLUGS),
        "supporter/letter.pdf",
        "supporter/letter.txt",
        *(f"supporter/print/{s}-easy-read.pdf" for s in SLUGS),
        *(f"supporter/text/{s}.txt" for s in SLUGS),
        *(f"supporter/text/{s}.md" for s in SLUGS),
    },
    "fake05": {
        "letter.pdf",
        *(f"print/{s}-easy-read.pdf" for s in SLUGS),
        *(f"print/{s}-large.pdf" for s in SLUGS),
        "audio/00-letter.mp3",
        *(f"audio/{n:02d}-{s}.mp3" for n, s in enumerate(SLUGS, 1)),
        "audio/playlist.m3u",
    },
    "fake06": {"letter.pdf", *(f"print/{s}-extra-large.pdf" for s in SLUGS)},
}
"""Every file of each person's pack folder."""


def write_project(root: Path, participants: str = PARTICIPANTS, config: str = CONFIG) -> Path:
    """The project folder, with its photo and the private participants file."""
    from PIL import Image

    for name, text in {
        "easyread.yml": config,
        "content/welcome.md": WELCOME,
        "content/more.md": MORE,
        "content/glossary.yml": GLOSSARY,
        "private/participants.yml": participants,
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "private" / "participants.yml").chmod(0o600)  # as staff keep it (see privacy.py)
    (root / "content" / "photos").mkdir()
    Image.new("RGB", (40, 30), (120, 160, 200)).save(root / "content" / "photos" / "hall.png")
    return root
