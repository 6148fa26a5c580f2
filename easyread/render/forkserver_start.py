"""Imported by the fork server before anything else, and by no other process: it ignores
Ctrl+C while it imports WeasyPrint and the speech engine, and ends with the build (see
``lifeline``)."""

from __future__ import annotations

import signal

from .lifeline import end_with_parent

signal.signal(signal.SIGINT, signal.SIG_IGN)
end_with_parent()
