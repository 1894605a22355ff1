"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning void; the app then
aborted with "Fatal Python error: none_dealloc" after a few thousand calls. pyproject.toml pins it out;
this test fails if such a build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("FieldDesk")
        label.setEnabled(True)
    assert sys.getrefcount(None) - before > -50
