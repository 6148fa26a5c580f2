"""The answers people choose from: yes / not sure / no, 5 faces, who helped, and sharing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """One answer to choose."""

    value: str
    """What the form sends and the answers CSV holds, like ``not-sure``."""
    label: str
    """What people read, like ``Not sure``."""
    picture: str
    """The picture beside it (a symbol name)."""
    said: str = ""
    """How the results say it: ``8 people said <said>``; the label in lower case by default."""
    also: tuple[str, ...] = ()
    """Other ways staff may type the answer in the CSV."""

    @property
    def spoken(self) -> str:
        return self.said or self.label.lower()


YES_NO = (
    Choice("yes", "Yes", "yes", also=("y",)),
    Choice("not-sure", "Not sure", "think", also=("not sure", "unsure", "don't know", "?")),
    Choice("no", "No", "no", also=("n",)),
)

FACES = (
    Choice("5", "Very good", "very-happy", also=("very good", "very-happy")),
    Choice("4", "Good", "happy", also=("good", "happy")),
    Choice("3", "OK", "neutral", said="OK", also=("ok", "okay", "neutral")),
    Choice("2", "Bad", "sad", also=("bad", "sad")),
    Choice("1", "Very bad", "very-sad", also=("very bad", "very-sad")),
)

HELPED = (
    Choice("nobody", "Nobody. I did it on my own.", "person", said="did it on their own"),
    Choice(
        "family",
        "A friend or someone in my family.",
        "together",
        said="had help from a friend or family",
    ),
    Choice("supporter", "A support worker.", "handshake", said="had help from a support worker"),
    Choice(
        "group", "Someone from our group.", "meeting", said="had help from someone from the group"
    ),
)

SHARE = (
    Choice("yes", "Yes. You can share what I wrote.", "yes", also=("y",)),
    Choice("no", "No. Please keep what I wrote private.", "private", also=("n",)),
)

SCALES = {"yes-no": YES_NO, "faces": FACES}
"""The choices of each kind of question that people answer by choosing."""


def find_choice(choices: tuple[Choice, ...], written: str) -> Choice | None:
    """The choice ``written`` stands for (its value, its label or another usual way), or None."""
    text = written.strip().lower().rstrip(".")
    for choice in choices:
        if text in (choice.value, choice.label.lower().rstrip("."), *choice.also):
            return choice
    return None
