"""Scratch co-production projects for the tests: a form, its answers, minutes and a meeting."""

from __future__ import annotations

FORM = """\
type: form
title: Tell us what you think
checked_by: [{name: Our checkers, date: 2026-11-01}]
intro: ["[chat] Please tell us what you think."]
questions:
  - id: useful
    ask: "[meeting] Are our meetings useful?"
    answers: yes-no
  - id: easy
    ask: "[book] Is the information easy to read?"
    answers: faces
  - id: better
    ask: "[idea] What can we do better?"
    answers: words
send_back: ["[letter] Give the form to Sam."]
"""

RESULTS = """\
type: results
title: What you told us
checked_by: [{name: Our checkers, date: 2026-11-01}]
form: form.yml
answers: answers.csv
"""

ANSWERS = """\
useful,easy,better,helped,share,name
yes,5,More breaks please.,nobody,yes,Jane Doe
yes,4,Jane Doe wants tea.,supporter,yes,Jane Doe
yes,4,Keep it private.,,no,Omar Khan
not sure,3,,family,,
yes,1,Shorter meetings.,,yes,
no,,,,,
"""


def minutes(date: str, actions: str) -> str:
    """Minutes of a meeting on ``date`` with ``actions`` (YAML list items)."""
    return f"""\
type: minutes
title: Our meeting on {date}
checked_by: [{{name: Our checkers, date: {date}}}]
date: {date}
talked_about:
  - heading: Buses
    points: ["[bus] We talked about buses."]
actions:
{actions}"""


ACTIONS = """\
type: actions
title: Who is doing what
checked_by: [{name: Our checkers, date: 2026-11-01}]
intro: ["[list] Here are all the jobs from our meetings."]
"""


def meeting(date: str, checked: bool = True, link: str = "") -> str:
    """A meeting invitation on ``date``, maybe linking to another document."""
    checked_by = "checked_by: [{name: Our checkers, date: 2026-11-01}]\n" if checked else ""
    agenda = f'agenda: ["[notes] Read [the minutes]({link})."]\n' if link else ""
    return f"""\
type: meeting
title: Our next meeting
{checked_by}what: "[meeting] We will talk about buses."
date: {date}
start: 2pm
place: {{name: The hall}}
{agenda}"""
