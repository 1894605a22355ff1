"""A damaged cache at start: the window offers to move it aside (kept, renamed) and start a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.services.entities import Client
from app.services.fielddesk import FieldDesk
from app.services.startup import DamagedCacheError
from ui.app import carry_over, offer_new_cache


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


def test_moving_a_damaged_cache_aside_keeps_it(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "fielddesk.sqlite3"
    cache.write_bytes(b"not a database, but someone's queued work")
    seen: list[str] = []
    _answer("Move it aside and start a new cache", seen)
    moved = offer_new_cache(DamagedCacheError(cache, "file is not a database"))
    assert moved is not None and moved.name.startswith("fielddesk.sqlite3.damaged-") and not cache.exists()
    assert moved.read_bytes() == b"not a database, but someone's queued work"
    assert f"The cache {cache} is damaged (file is not a database)." in seen[0]
    assert "move-aside" not in seen[0] and "outbox" not in seen[0], "a window user is not sent to the command line"


def test_the_new_cache_takes_the_damaged_ones_queued_writes_and_drafts(qtbot: QtBot, home: Path) -> None:
    """A user who had work waiting in the old cache needs no terminal: the window queues it again itself."""
    first = FieldDesk.open(home, "sandbox")
    client = Client(local_id="c-1", name="Waiting Client BV", city="Gent")
    first.clients.save(client)
    first.drafts.keep("client", "", "New client", {"opened": {}, "typed": {"client": {"name": "Half typed"}}})
    first.drafts.close()
    first.store.close()
    cache = first.store.path

    seen: list[str] = []
    _answer("Move it aside and start a new cache", seen)
    moved = offer_new_cache(DamagedCacheError(cache, "database disk image is malformed"))
    assert moved is not None
    desk = FieldDesk.open(home, "sandbox")
    try:
        _answer(None, seen)
        carry_over(moved, desk)
        [entry] = desk.outbox.entries()
        assert (entry.record_key, entry.state) == ("c-1", "pending")
        assert desk.drafts.find("client", "") is not None
        assert str(moved) in seen[-1] and "Changes that were waiting in it, queued again: 1." in seen[-1]
        assert "Unsaved forms, kept: 1." in seen[-1] and "could not be read" not in seen[-1]
    finally:
        desk.drafts.close()
        desk.store.close()


def test_a_cache_too_damaged_to_read_says_so_and_keeps_the_file(qtbot: QtBot, home: Path) -> None:
    from app.paths import resolve_paths

    cache = resolve_paths(home).ensure().database
    cache.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    moved = cache.with_name("fielddesk.sqlite3.damaged-test")
    cache.rename(moved)
    desk = FieldDesk.open(home, "sandbox")
    try:
        seen: list[str] = []
        _answer(None, seen)
        carry_over(moved, desk)
        assert desk.outbox.entries() == [] and moved.exists()
        assert "could not be read" in seen[-1] and "outbox export --from" in seen[-1]
    finally:
        desk.store.close()


def test_closing_the_offer_leaves_the_cache_where_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "fielddesk.sqlite3"
    cache.write_bytes(b"x")
    _answer("Close", [])
    assert offer_new_cache(DamagedCacheError(cache, "file is not a database")) is None
    assert cache.read_bytes() == b"x"
