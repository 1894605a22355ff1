"""Showing failures to the user without ever stopping the application.

`error_boundary` wraps the body of a slot (sync or async): any exception is logged with its traceback
and shown in a non-modal message box that says where the log is. The traceback stays in the log: a user
reads what failed, in words, never Python's stack. Message boxes are opened with
`open()`, never `exec()`: a nested event loop inside an asyncio task would re-enter qasync.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.services.startup import redact
from ui.labels import vendor_problem

if TYPE_CHECKING:
    # Imported where a box is opened: the window paints without building QMessageBox's enums (start-up).
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

#: Where the log file is, for messages; set by `ui.app.run_gui`.
LOG_FILE: Path | None = None
#: Message boxes without a parent, kept alive until closed.
_open_boxes: set[QMessageBox] = set()


def log_hint() -> str:
    if LOG_FILE is None:
        return ""
    return QCoreApplication.translate("Errors", "Details are in the log file: {path}").format(path=LOG_FILE)


def show_message(parent: QWidget | None, title: str, text: str, *, critical: bool = False) -> QMessageBox | None:
    """A non-blocking message box (a warning, or with `critical` an error); None when there is no
    QApplication (e.g. a crash at shutdown)."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(QApplication.instance(), QApplication):
        return None
    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    hint = log_hint()
    if hint:
        box.setInformativeText(hint)
    modality = QtCore.Qt.WindowModality
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(modality.WindowModal if parent else modality.NonModal)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


@contextlib.contextmanager
def error_boundary(parent: QWidget | None, what: str) -> Iterator[None]:
    """Log and show any exception raised inside; cancellation (a BaseException) passes through.

    `what` is the translated name of what failed, e.g. "Sync".
    """
    try:
        yield
    except Exception as exc:
        log.exception("%s failed", what)
        text = QCoreApplication.translate("Errors", "{what} failed: {error}").format(
            what=what, error=redact(vendor_problem(exc)))
        show_message(parent, QCoreApplication.translate("Errors", "FieldDesk"), text)


class CrashHandler:
    """`sys.excepthook`: log an unhandled exception and tell the user where the log is. Never exits."""

    def __init__(self, previous: object = None) -> None:
        self.previous = previous
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("Unhandled exception", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if self._showing:  # one box at a time; the rest is in the log
            return
        title = QCoreApplication.translate("Errors", "FieldDesk: unexpected error")
        text = QCoreApplication.translate(
            "Errors", "Something went wrong: {error}\nFieldDesk keeps running; your queued changes are safe."
        ).format(error=redact(str(exc)))
        box = show_message(QApplication.activeWindow(), title, text, critical=True)
        if box is not None:
            self._showing = True
            box.finished.connect(self._closed)

    def _closed(self, _result: int) -> None:
        self._showing = False
