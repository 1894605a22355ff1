"""Failures are logged and shown, and FieldDesk keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import errors


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "logs" / "fielddesk.log"
    monkeypatch.setattr(errors, "LOG_FILE", path)
    return path


@pytest.mark.allow_log("ui.errors", level="CRITICAL", match="unexpected value 42|second")
def test_crash_handler_logs_and_tells_where_the_log_is(log_file: Path, qtbot: Any,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    parent.activateWindow()
    handler = errors.CrashHandler(sys.excepthook)
    try:
        raise ValueError("unexpected value 42")
    except ValueError:
        with caplog.at_level(logging.CRITICAL):
            handler(*sys.exc_info())
    assert "Unhandled exception" in caplog.text and "unexpected value 42" in caplog.text
    shown = [b for b in _message_boxes() if "unexpected value 42" in b.text()]
    assert len(shown) == 1
    assert str(log_file) in shown[0].informativeText()
    assert "keeps running" in shown[0].text()
    assert not shown[0].detailedText(), "the traceback is for the log, not for the user"
    handler(ValueError, ValueError("second"), None)  # one box at a time; the rest goes to the log
    assert len([b for b in _message_boxes() if b.isVisible()]) == 1
    shown[0].done(0)


def _message_boxes() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] + [
        b for w in QApplication.topLevelWidgets() for b in w.findChildren(QMessageBox)]


@pytest.mark.allow_log("ui.errors", level="ERROR", match="disk full")
def test_error_boundary_swallows_and_shows(log_file: Path, qtbot: Any, caplog: pytest.LogCaptureFixture) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with caplog.at_level(logging.ERROR), errors.error_boundary(parent, "Saving"):
        raise OSError("disk full")
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1 and boxes[0].text() == "Saving failed: disk full"
    assert str(log_file) in boxes[0].informativeText()
    assert not boxes[0].detailedText(), "the traceback is for the log, not for the user"
    assert "Saving failed" in caplog.text


def test_error_boundary_lets_cancellation_through(qtbot: Any) -> None:
    import asyncio

    with pytest.raises(asyncio.CancelledError), errors.error_boundary(None, "Sync"):
        raise asyncio.CancelledError


@pytest.mark.allow_log("ui.errors", level="CRITICAL", match="Unhandled exception")
@pytest.mark.allow_log("ui.errors", level="ERROR", match="Saving failed")
def test_a_secret_in_a_failure_is_never_shown(log_file: Path, qtbot: Any) -> None:
    from app.logging_setup import register_secret

    secret = "tok-9f8e7d6c5b4a"
    register_secret(secret)
    parent = QWidget()
    qtbot.addWidget(parent)
    with errors.error_boundary(parent, "Saving"):
        raise RuntimeError(f"refused with key {secret}")
    [box] = parent.findChildren(QMessageBox)
    assert box.text().startswith("Saving failed: refused with ") and box.text().endswith(" ***")
    assert secret not in box.text()
    box.done(0)
    handler = errors.CrashHandler(sys.excepthook)
    handler(RuntimeError, RuntimeError(f"state {secret}"), None)
    shown = [b for b in _message_boxes() if "state" in b.text()]
    assert shown and all(secret not in b.text() and "state ***" in b.text() for b in shown)
    shown[0].done(0)
