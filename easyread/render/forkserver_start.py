"""Imported by the fork server before anything else, and by no other process: it ignores
Ctrl+C while it imports WeasyPrint and the speech engine.

It does not ask to end with the build (``lifeline.end_with_parent``): Linux ends a process
when the *thread* that started it ends, and the preview starts the fork server from a
build's thread. The fork server ends on its own when the build does (Python's own: its
pipe from the build closes), and its workers end with it.
"""

from __future__ import annotations

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
