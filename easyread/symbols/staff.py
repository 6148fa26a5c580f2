"""The staff picture page: every picture in the library, with its id, set and licence, and a
search box that works offline. It is written to ``build/staff/``, outside the public site."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..fingerprint import fingerprint
from ..model import Project, Symbol
from ..textformat import slugify
from .files import picture_problem
from .library import Library

if TYPE_CHECKING:
    from ..render.outputs import Outputs

PAGE = "symbols.html"

_STYLE = """
body { font-family: system-ui, sans-serif; font-size: 1.25rem; line-height: 1.5; margin: 1rem; color: #000; background: #fff; }
label { display: block; font-weight: bold; }
input { font-size: 1.25rem; padding: 0.5rem; min-height: 44px; width: min(30rem, 100%); box-sizing: border-box; }
ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; }
li { border: 1px solid #555; padding: 0.5rem; }
li img { width: 6rem; height: 6rem; display: block; }
code { font-size: 1.1rem; font-weight: bold; }
.small { font-size: 1rem; }
[hidden] { display: none; }
"""

_SCRIPT = """
(function () {
  var box = document.getElementById('search');
  var items = Array.prototype.slice.call(document.querySelectorAll('#pictures li'));
  var count = document.getElementById('count');
  function stem(word) { return word.replace(/(ies|es|s|ed|ing)$/, ''); }
  function show() {
    var words = box.value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stem);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute('data-words');
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      item.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = shown + ' pictures';
  }
  box.addEventListener('input', show);
  show();
})();
"""


def write_staff_page(
    library: Library, folder: Path, title: str = "Pictures", project: Path | None = None
) -> list[Path]:
    """Write the page and a copy of every picture into ``folder``; the files written. The
    pictures of the ``project``'s own sets that cannot be used (``files.picture_problem``)
    are left out, as a build refuses them (every picture of the built-in sets passes: a test
    looks at each)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    items = []
    for symbol in library.symbols:
        if project is not None and _refused(symbol, project):
            continue
        src = f"pictures/{slugify(symbol.set)}/{slugify(symbol.id)}{symbol.file.suffix.lower()}"
        target = folder / src
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(symbol.file, target)
        written.append(target)
        # the shortest name that gives this picture: its id only when no other set has it
        plain = library.find(symbol.id) == symbol
        items.append(_item(symbol, src, symbol.id if plain else f"{symbol.set}/{symbol.id}"))
    html = _PAGE.format(
        title=escape(title),
        style=_STYLE,
        script=_SCRIPT,
        count=len(items),
        items=Markup("\n").join(items),
    )
    page = folder / PAGE
    page.write_text(html, encoding="utf-8")
    written.append(page)
    return written


def _refused(symbol: Symbol, project: Path) -> bool:
    """Whether a picture of the project's own sets cannot be used (a build refuses it)."""
    if not symbol.file.is_relative_to(project):
        return False
    files = (symbol.file, symbol.high_contrast)
    return any(f is not None and picture_problem(f, symbol.version) for f in files)


def _item(symbol: Symbol, src: str, ident: str) -> Markup:
    words = " ".join(
        [symbol.id, symbol.set, symbol.alt, *symbol.keywords, symbol.category, *symbol.tags]
        + (["rated"] if symbol.rated else [])
    )
    keywords = ", ".join(symbol.keywords)
    name = f"{symbol.set}/{symbol.id}"
    return Markup(
        '<li data-words="{words}"><img src="{src}" alt="{alt}" loading="lazy">'
        "<code>[{ident}]</code><br>{alt}<br>{rated}"
        '<span class="small">Set: {set} ({licence})<br>Also: {keywords}<br>Exact: [{name}]</span></li>'
    ).format(
        words=words.lower(),
        src=src,
        alt=symbol.alt,
        ident=ident,
        rated=Markup('<strong class="rated">Rated: choose it only on purpose.</strong><br>')
        if symbol.rated
        else "",
        set=symbol.set_name or symbol.set,
        licence=symbol.licence,
        keywords=keywords or "-",
        name=name,
    )


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}: pictures for staff</title>
<style>{style}</style>
</head>
<body>
<main>
<h1>{title}: pictures for staff</h1>
<p>This page is for staff. It is not part of the public website.
Write a picture's name in square brackets at the start of a point, like <code>[meeting]</code>.</p>
<label for="search">Find a picture</label>
<input id="search" type="search" autocomplete="off">
<p id="count" role="status">{count} pictures</p>
<ul id="pictures">
{items}
</ul>
</main>
<script>{script}</script>
</body>
</html>
"""


def staff_page(project: Project, folder: Path, outputs: Outputs | None = None) -> list[Path]:
    """The staff page of the project's library (its own sets and the built-in ones); with
    ``outputs``, the last build's page and pictures are reused while the library is the same."""
    library = project.picture_library()
    title = project.config.title

    def make() -> list[Path]:
        return write_staff_page(library, folder, title, project.root)

    if outputs is None:
        return make()
    key = fingerprint(library.digest, title, folder.name, _PAGE, _STYLE, _SCRIPT)
    return outputs.carry("staff:symbols", key, folder.name) or outputs.job(
        "staff:symbols", key, make
    )
