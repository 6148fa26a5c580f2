"""The live preview: serves the build, rebuilds on change, shows findings and errors only there."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page

from easyread.serve import Preview, make_server, watch

LONG = "[talk] " + " ".join(["word"] * 30) + ".\n"


@pytest.fixture
def served(make_project: MakeProject) -> Iterator[tuple[Path, str, Preview]]:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    preview = Preview(root, root / "build")
    preview.rebuild()
    server = make_server(preview, port=0)
    stop = threading.Event()
    threads = [
        threading.Thread(target=server.serve_forever, daemon=True),
        threading.Thread(target=watch, args=(preview, stop), daemon=True),
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.3)  # the watcher is listening
    yield root, f"http://127.0.0.1:{server.server_address[1]}", preview
    stop.set()
    server.shutdown()
    server.server_close()


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def wait_for_version(base: str, after: int) -> dict[str, object]:
    for _ in range(200):
        state: dict[str, object] = json.loads(get(base + "/__easyread/state"))
        if int(str(state["version"])) > after:
            return state
        time.sleep(0.05)
    raise AssertionError("the preview did not build again")


def test_serves_the_site_with_the_preview_extras(served: tuple[Path, str, Preview]) -> None:
    root, base, _ = served
    html = get(base + "/a.html")
    assert "Hello there." in html and "__easyread/state" in html
    assert (
        "__easyread" not in (root / "build" / "site" / "a.html").read_text()
    )  # never in the build
    assert "<h1>Test group</h1>" in get(base + "/")


def test_an_edit_is_built_and_shown_with_its_findings(served: tuple[Path, str, Preview]) -> None:
    root, base, preview = served
    version = preview.version
    (root / "content" / "a.md").write_text(page(body=LONG))
    wait_for_version(base, version)
    html = get(base + "/a.html")
    assert "word word word" in html
    assert 'id="easyread-findings"' in html and "ER001" in html
    assert "easyread-findings" not in (root / "build" / "site" / "a.html").read_text()


def test_a_content_error_keeps_the_last_good_page(served: tuple[Path, str, Preview]) -> None:
    root, base, preview = served
    version = preview.version
    (root / "content" / "a.md").write_text(page(body="[no-such-picture] Changed.\n"))
    state = wait_for_version(base, version)
    errors = state["errors"]
    assert isinstance(errors, list) and len(errors) == 1
    assert errors[0].startswith("content/a.md:5: There is no picture called 'no-such-picture'.")
    html = get(base + "/a.html")
    assert "Hello there." in html and 'id="easyread-errors"' in html and "no-such-picture" in html
    version = preview.version
    (root / "content" / "a.md").write_text(page(body="[hello] Fixed.\n"))
    wait_for_version(base, version)
    html = get(base + "/a.html")
    assert "Fixed." in html and "easyread-errors" not in html


def test_a_port_in_use_is_a_clear_message(served: tuple[Path, str, Preview]) -> None:
    from easyread.errors import UsageError

    _, base, preview = served
    port = int(base.rsplit(":", 1)[1])
    with pytest.raises(UsageError, match=f"--port {port}: the preview cannot listen there"):
        make_server(preview, port=port)
