"""`fielddesk gui --screenshot`: the window rendered offscreen to a PNG, as tools and docs use it."""

from __future__ import annotations

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
