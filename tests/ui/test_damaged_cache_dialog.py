"""A damaged cache at start: the window offers to move it aside (kept, renamed) and start a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.services.startup import DamagedCacheError
from ui.app import offer_new_cache


def _answer(button_text: str | None, seen: list[str]) -> None:
    """Click a button of the modal message box once it shows (by its text; None: its only or default button).
    A box without such a button is closed, so a wrong expectation fails the test instead of hanging it."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        buttons = [b for b in box.findChildren(QPushButton)
                   if button_text is None or b.text().replace("&", "") == button_text]
        target = buttons[0] if button_text is not None and buttons else box.defaultButton() or (buttons or [None])[0]
        if target is None:
            seen.append(f"no button {button_text!r}")
            box.reject()
        else:
            target.click()

    QTimer.singleShot(10, click)


def test_moving_a_damaged_cache_aside_keeps_it_and_says_how_to_recover(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "fielddesk.sqlite3"
    cache.write_bytes(b"not a database, but someone's queued work")
    seen: list[str] = []
    _answer("Move it aside and start a new cache", seen)
    _answer(None, seen)  # then the note that says where the old file is
    assert offer_new_cache(DamagedCacheError(cache, "file is not a database")) is True
    assert not cache.exists()
    [moved] = [p for p in tmp_path.iterdir() if p.name.startswith("fielddesk.sqlite3.damaged-")]
    assert moved.read_bytes() == b"not a database, but someone's queued work"
    assert "is damaged" in seen[0] and str(moved) in seen[1] and "outbox export" in seen[1]


def test_closing_the_offer_leaves_the_cache_where_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "fielddesk.sqlite3"
    cache.write_bytes(b"x")
    _answer("Close", [])
    assert offer_new_cache(DamagedCacheError(cache, "file is not a database")) is False
    assert cache.read_bytes() == b"x"
