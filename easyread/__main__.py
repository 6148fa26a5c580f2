"""``python -m easyread``."""

from .cli import main

main()
