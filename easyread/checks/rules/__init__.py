"""The rules, one per module, named after what they look at. See :mod:`..registry`."""
