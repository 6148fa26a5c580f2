"""``{agenda}`` and ``{agenda: a list of things we will talk about}``: hard words.

An inline rule makes a ``hard_word`` token (meta: ``word``, ``key``, ``meaning``). The renderer
links the word to the glossary and, the first time a page uses it, adds its explanation under
the paragraph. The render environment holds ``glossary`` (key -> (term, meaning)), ``explained``
(keys already explained on this page) and ``glossary_url``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import escape

HARD_WORD = re.compile(r"\{([^{}\n:]+?)(?::([^{}\n]*))?\}")
IF_KNOWN = re.compile(r"\{\?([^{}\n:?]+?)\}")
"""``{?hearing loop}``: a hard word only if the glossary has it, else plain text. For the lines
easyread writes itself ("There is a hearing loop"), so a word is explained where it is first
used, on the page and in the audio, in the projects whose glossaries have it."""
UNCLOSED = re.compile(r"\{[^{}\n]*(?=\{|\n|$)")
"""``{agenda before Friday.``: a ``{`` that no ``}`` closes on its line. It becomes an
``unclosed_brace`` token (shown as the ``{``) so the loader can say which line it is on."""


def glossary_key(word: str) -> str:
    """How a hard word is looked up: lower case, single spaces."""
    return " ".join(word.lower().split())


def word_anchor(key: str) -> str:
    """The id of a word on the glossary page."""
    return "word-" + re.sub(r"[^a-z0-9]+", "-", key).strip("-")


def hard_words_plugin(md: MarkdownIt) -> None:
    md.inline.ruler.before("emphasis", "easyread_hard_word", _hard_word)
    md.add_render_rule("hard_word", _render_hard_word)
    md.add_render_rule("unclosed_brace", _render_unclosed_brace)
    md.add_render_rule("paragraph_close", _render_paragraph_close)


def _hard_word(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] != "{":
        return False
    known = IF_KNOWN.match(state.src, state.pos)
    match = known or HARD_WORD.match(state.src, state.pos)
    if not match and (unclosed := UNCLOSED.match(state.src, state.pos)):
        if not silent:
            token = state.push("unclosed_brace", "", 0)
            token.content = "{"
            token.meta = {"written": unclosed[0].rstrip()}
        state.pos += 1
        return True
    if not match or not match[1].strip():
        return False
    if not silent:
        token = state.push("hard_word", "", 0)
        word = match[1].strip()
        token.content = word
        meaning = "" if known else (match[2] or "").strip()
        token.meta = {"word": word, "key": glossary_key(word), "meaning": meaning}
        if known:
            token.meta["if_known"] = True
    state.pos = match.end()
    return True


def lookup(key: str, glossary: dict[str, Any]) -> str | None:
    """The glossary key for ``key``, allowing a plural ("meetings" finds "meeting")."""
    if key in glossary:
        return key
    for ending in ("es", "s"):
        if key.endswith(ending) and key[: -len(ending)] in glossary:
            return key[: -len(ending)]
    return None


def _render_hard_word(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    glossary = env.get("glossary", {})
    key = lookup(token.meta["key"], glossary)
    word = escape(token.meta["word"])
    if key is None:
        if token.meta.get("if_known"):
            return str(word)
        return f'<strong class="hard-word">{word}</strong>'
    explained: set[str] = env.setdefault("explained", set())
    if key not in explained:
        explained.add(key)
        env.setdefault("pending", []).append(key)
    href = f"{env.get('glossary_url', 'glossary.html')}#{word_anchor(key)}"
    return f'<a class="hard-word" href="{escape(href)}">{word}</a>'


def _render_unclosed_brace(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "{"


def _render_paragraph_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    html = self.renderToken(tokens, idx, options, env)
    pending: list[str] = env.get("pending", [])
    glossary = env.get("glossary", {})
    for key in pending:
        term, meaning = glossary[key]  # the meaning's HTML (``Assembler.meanings``)
        html += (
            f'<p class="explain"><strong>{escape(upper_first(term))}</strong> '
            f"means: {sentence(meaning_start(meaning))}</p>\n"
        )
    pending.clear()
    return html


def sentence(text: str) -> str:
    """End the text with a full stop if it has no closing punctuation."""
    text = text.strip()
    words = re.sub(r"(<[^>]*>)+$", "", text)  # HTML: "<em>up.</em>" ends a sentence
    return text if not words or words[-1] in ".!?" else text + "."


def upper_first(text: str) -> str:
    """``a list`` -> ``A list``."""
    return text[:1].upper() + text[1:]


SMALL_STARTS = frozenset(
    """a an the when where what who whose which how why if it its this that these those
    some someone somebody something any anyone anything each every everyone everybody
    everything all both no nobody nothing not one you your we our us they their them he his
    him she her to for of in on at by with without about from into after before there here
    more most many much lots less people person things money help time words information""".split()
)
"""First words of a meaning that are never a name, so "a" after "means:" is right: "A list"
becomes "a list", while "British Sign Language" and "Mencap is a charity" keep their capital."""


def meaning_start(text: str) -> str:
    """A meaning as it goes after "Agenda means:": its first word small when that is one of
    :data:`SMALL_STARTS` (written with a capital only as the start of a sentence)."""
    first = re.match(r"[A-Z][a-z]*\b", text)
    if first and first[0].lower() in SMALL_STARTS:
        return text[0].lower() + text[1:]
    return text


def lower_first(text: str) -> str:
    """``Book the room`` -> ``book the room``, ``**Ring** them`` -> ``**ring** them``;
    ``NHS is...`` and ``I will...`` stay as they are."""
    start = len(text) - len(text.lstrip("*_"))  # after Markdown's bold
    head, rest = text[:start], text[start:]
    if len(rest) > 1 and rest[0].isupper() and not rest[1].isupper() and rest[1].isalpha():
        return head + rest[0].lower() + rest[1:]
    return text
