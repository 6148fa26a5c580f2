"""Today's date, which tests and reproducible builds can fix.

``EASYREAD_TODAY=2026-12-01`` makes every date comparison (late actions, meeting notice) use
that day instead of the computer's clock.
"""

from __future__ import annotations

import datetime
import os

from ..errors import UsageError

VARIABLE = "EASYREAD_TODAY"


def today() -> datetime.date:
    """The day the build runs (or the day in ``EASYREAD_TODAY``)."""
    fixed = os.environ.get(VARIABLE, "").strip()
    if not fixed:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(fixed)
    except ValueError:
        raise UsageError(
            f"{VARIABLE}={fixed!r}: expected a date like 2026-12-01 (year-month-day)."
        ) from None
