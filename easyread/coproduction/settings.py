"""The ``coproduction:`` settings in ``easyread.yml``."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import doc

DEFAULT_NOTICE_DAYS = 7
"""How many days before a meeting people should have its information, unless set."""


@dataclass(frozen=True)
class CoproductionConfig:
    """Forms, and how early a meeting's information must reach people."""

    form_endpoint: str = field(
        default="",
        metadata=doc(
            "A web address that receives filled-in forms (the form is sent there); "
            "leave it out and each form says how to give it back"
        ),
    )
    notice_days: int = field(
        default=DEFAULT_NOTICE_DAYS,
        metadata=doc(
            "How many days before a meeting its information must reach people",
            minimum=0,
            maximum=60,
            describe="a number of days from 0 to 60",
        ),
    )
