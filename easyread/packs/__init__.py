"""Personal packs: each participant's information in the format they asked for, kept private.

Nothing here is imported by ``easyread build`` or the renderers, except :mod:`.settings` (the
``packs:`` section of ``easyread.yml``), which never reads the participants file.
"""
