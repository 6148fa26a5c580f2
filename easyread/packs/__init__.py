"""Personal packs: each participant's information in the format they asked for, kept private.

Nothing here is imported by ``easyread build`` or the renderers, except :mod:`.settings` (the
``packs:`` section of ``easyread.yml``), which never reads the participants file, and this
module's :data:`PARTICIPANTS_FILE`, so that the build leaves the file alone.
"""

PARTICIPANTS_FILE = "private/participants.yml"
"""Where the participants file is, by default (relative to the project folder). Here, in a
module that imports nothing, so that the build's first look at the project can leave it out
(see ``uptodate.py``)."""
