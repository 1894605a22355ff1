"""`fielddesk gui --screenshot`: the window rendered offscreen to a PNG, as tools and docs use it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.logging_setup import setup_logging


@pytest.fixture(autouse=True)
def own_log_handlers() -> Iterator[None]:
    yield
    setup_logging(None)  # run_gui attached a file handler under the test's home: detach and close it


def cached_clients(home: Path) -> int:
    with sqlite3.connect(home / "fielddesk.sqlite3") as conn:
        return int(conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0])


@pytest.mark.parametrize("pane", ["clients", "appliances", "outbox"])
def test_screenshot_of_each_pane(home: Path, tmp_path: Path, qapp: Any, pane: str) -> None:
    out = tmp_path / f"{pane}.png"
    assert main(["--home", str(home), "gui", "--pane", pane, "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    # A new sandbox user sees demo data at once: the empty cache was filled before the picture was taken.
    assert cached_clients(home) > 0
    assert (home / "logs" / "fielddesk.log").exists()


def test_screenshot_that_cannot_be_written_fails_with_a_message(home: Path, tmp_path: Path, qapp: Any,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "shot.png"
    assert main(["--home", str(home), "gui", "--screenshot", str(target)]) != 0
    assert str(target) in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_closes_the_window_cleanly(home: Path, signal_name: str) -> None:
    """Ctrl+C in the terminal that started `fielddesk` (or a SIGTERM when the user logs out) closes the window as
    its close button does: exit 0, the cache closed cleanly (no check needed at the next start), no traceback."""
    import os
    import signal
    import subprocess
    import sys
    import time

    if sys.platform == "win32":
        pytest.skip("POSIX signals")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "app", "--home", str(home), "gui"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # running: its first sync has filled the sandbox cache
            if (home / "fielddesk.sqlite3").exists() and process.poll() is None:
                with contextlib.suppress(sqlite3.Error):
                    if cached_clients(home) > 0:
                        break
            time.sleep(0.2)
        time.sleep(1.5)  # then idle: Qt waits for events, and Python has no control to run a handler
        assert process.poll() is None, process.communicate()[1]
        process.send_signal(getattr(signal, signal_name))
        _out, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    assert not (home / "fielddesk.sqlite3.open").exists()


def test_a_check_or_an_upgrade_of_the_cache_at_start_is_said_in_a_window_while_it_runs(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a cache that the last session left open (checked first) or that an older FieldDesk wrote (copied,
    then upgraded) takes a while when it is large: a window says so until the cache is open."""
    from app.services import startup
    from app.services.fielddesk import FieldDesk
    from app.store.db import Store
    from ui.app import saying_what_takes_long

    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    home = tmp_path / "home"
    home.mkdir()
    assert startup.cache_work(home) is None, "no cache yet: nothing to wait for"
    Store(home / "fielddesk.sqlite3", migrate_to=13).close()  # as the last release left it
    assert startup.cache_work(home) == "upgrade"
    with saying_what_takes_long(home, shown=False) as notice:
        assert notice is None, "a screenshot opens no window"
    with saying_what_takes_long(home) as notice:
        assert notice is not None and notice.isVisible() and "upgrades the cache" in notice.text()
        desk = FieldDesk.open(home, "sandbox")
    assert not notice.isVisible()
    assert startup.cache_work(home) == "check", "open now, as after a crash"
    desk.store.close()
    assert startup.cache_work(home) is None, "closed cleanly and up to date"
    (home / "fielddesk.sqlite3.open").touch()
    with saying_what_takes_long(home) as notice:
        assert notice is not None and "did not close cleanly" in notice.text()
    (home / "fielddesk.sqlite3").write_bytes(b"not a cache at all")
    (home / "fielddesk.sqlite3.open").unlink()
    assert startup.cache_work(home) is None, "opening it says what is wrong"
