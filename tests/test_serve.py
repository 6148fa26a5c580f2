"""The live preview: serves the build, rebuilds on change, shows findings and errors only there."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MakeProject
from scratch import page
from serving import get, running

from easyread.errors import UsageError
from easyread.reporting import BufferReporter
from easyread.serve import Preview, make_server

LONG = "[talk] " + " ".join(["word"] * 30) + ".\n"


@pytest.fixture
def served(make_project: MakeProject) -> Iterator[tuple[Path, str, Preview]]:
    root = make_project({"content/a.md": page(body="[hello] Hello there.\n")})
    with running(root) as (base, preview):
        yield root, base, preview


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
    preview.reporter = reporter = BufferReporter()
    version = preview.version
    (root / "content" / "a.md").write_text(page(body="[no-such-picture] Changed.\n"))
    state = wait_for_version(base, version)
    errors = state["errors"]
    assert isinstance(errors, list) and len(errors) == 1
    assert errors[0].startswith("content/a.md:5: There is no picture called 'no-such-picture'.")
    html = get(base + "/a.html")
    assert "Hello there." in html and 'id="easyread-errors"' in html and "no-such-picture" in html
    # at the top of the page, above the old page: it was at the foot, out of sight
    assert html.index('id="easyread-errors"') < html.index("<main") < html.index("Hello there.")
    version = preview.version
    (root / "content" / "a.md").write_text(page(body="[hello] Fixed.\n"))
    wait_for_version(base, version)
    html = get(base + "/a.html")
    assert "Fixed." in html and "easyread-errors" not in html
    # and the terminal, which said to fix it, says that it is fixed
    said = [m for kind, m in reporter.messages if kind == "info"]
    assert "Fixed: the preview shows your changes again." in said


def test_a_port_in_use_is_a_clear_message(served: tuple[Path, str, Preview]) -> None:
    _, base, preview = served
    port = int(base.rsplit(":", 1)[1])
    with pytest.raises(UsageError, match=f"--port {port}: the preview cannot listen there"):
        make_server(preview, port=port)


def test_a_port_in_use_is_said_before_anything_is_built(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page()})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "easyread", "serve", str(root), "--port", str(port)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith(f"--port {port}: the preview cannot listen there")
    assert not (root / "build").exists()


def test_stopped_by_sigterm_it_says_so_and_leaves_no_half_made_folder(
    make_project: MakeProject,
) -> None:
    """SIGTERM while print is made in the background: the background build is stopped and
    waited for, and the exit code is the one shells give SIGTERM."""
    root = make_project({f"content/{i}.md": page(title=f"Page {i}") for i in range(6)})
    command = [sys.executable, "-m", "easyread", "serve", str(root), "--port", "0"]
    process = subprocess.Popen(
        [*command, "--format", "html,pdf"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith("Preview: http://127.0.0.1:")
    process.send_signal(signal.SIGTERM)
    _, said = process.communicate(timeout=120)
    assert process.returncode in (143, -signal.SIGTERM), said
    assert said.rstrip().endswith("Stopped.") and "Traceback" not in said
    assert not list(root.glob(".build-new-*"))


def test_a_folder_that_is_not_a_project_is_refused_as_build_refuses_it(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "easyread", *args, str(tmp_path)]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    served, built = run("serve", "--port", "0"), run("build")
    assert served.returncode == built.returncode == 2
    assert (
        served.stderr
        == built.stderr
        == (
            f"{tmp_path}/easyread.yml: there is no easyread.yml here. Run the command in your "
            "project folder, or make a new project with 'easyread new FOLDER'.\n"
        )
    )
    assert served.stdout == "" and list(tmp_path.iterdir()) == []


def test_an_output_folder_easyread_did_not_make_is_refused(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page()})
    (root / "mine").mkdir()
    (root / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(UsageError, match="this folder has files that easyread did not make"):
        Preview(root, root / "mine")
    assert [p.name for p in (root / "mine").iterdir()] == ["notes.txt"]


def test_the_print_and_audio_files_the_pages_link_are_served(
    served: tuple[Path, str, Preview],
) -> None:
    """The pages link '../print/a.pdf' and '../audio/a.mp3': the preview served only the
    site, so every Print and Listen link was 'not found'."""
    import urllib.error

    _, base, preview = served
    (preview.out / "print").mkdir(exist_ok=True)
    (preview.out / "print" / "a.pdf").write_bytes(b"%PDF-1.7 a test")
    assert get(base + "/print/a.pdf") == "%PDF-1.7 a test"
    for hidden in ("/print/../.cache/outputs.json", "/.cache/outputs.json", "/staff/index.html"):
        with pytest.raises(urllib.error.HTTPError):
            get(base + hidden)
