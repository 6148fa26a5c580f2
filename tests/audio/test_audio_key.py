"""What a document's audio is made from: a change to anything else does not speak it again."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeProject
from scratch import page

from easyread.documents import load_project
from easyread.render.audio import audio_key

GLOSSARY = "type: glossary\ntitle: Hard words\nwords:\n  agenda: {meaning}\n  minutes: Notes.\n"


def keys(root: Path) -> dict[str, str]:
    project = load_project(root)
    return {d.slug: audio_key(project, d) for d in project.documents}


def test_a_glossary_change_speaks_again_only_the_documents_that_explain_the_word(
    make_project: MakeProject,
) -> None:
    root = make_project(
        {
            "content/a.md": page(body="[list] Read the {agenda}.\n"),
            "content/b.md": page(body="[bus] We take the bus.\n"),
            "content/glossary.yml": GLOSSARY.format(meaning="A list of things to talk about."),
        }
    )
    before = keys(root)
    glossary = GLOSSARY.format(meaning="What we will talk about.")
    (root / "content" / "glossary.yml").write_text(glossary, encoding="utf-8")
    after = keys(root)
    assert after["a"] != before["a"]  # it explains the word as it is read
    assert after["b"] == before["b"]
    assert after["glossary"] != before["glossary"]  # the glossary's own page reads it
