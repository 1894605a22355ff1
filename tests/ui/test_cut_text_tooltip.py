"""A list's cell whose text its column cuts short shows the whole text as its tooltip; a cell shown whole, or one
whose model gives a tooltip of its own, does not get this one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.services.fielddesk import FieldDesk
from ui.models.clients import ClientTableModel
from ui.panes.clients import ClientsPane


def hover(table: Any, row: int, column: int) -> str:
    """The tooltip shown when the pointer rests on a cell."""
    QToolTip.hideText()
    QApplication.processEvents()
    center = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, table.viewport().mapToGlobal(center))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


# The offscreen platform cannot raise the tooltip's window, nor size one to its hints (as tests/ui/conftest.py says).
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_a_cut_cell_shows_its_whole_text(desk: FieldDesk, qtbot: Any) -> None:
    pane = ClientsPane(desk)
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.reload()
    table = pane.table
    city = str(table.model().index(0, ClientTableModel.CITY).data())
    email = str(table.model().index(0, ClientTableModel.EMAIL).data())
    assert hover(table, 0, ClientTableModel.EMAIL) == ""  # shown whole
    table.horizontalHeader().resizeSection(ClientTableModel.EMAIL, 40)
    assert hover(table, 0, ClientTableModel.EMAIL) == email
    table.horizontalHeader().resizeSection(ClientTableModel.CITY, 20)
    assert hover(table, 0, ClientTableModel.CITY) == city
    # The name has the model's own tooltip (the address): it is kept, not replaced by the name.
    table.horizontalHeader().resizeSection(ClientTableModel.NAME, 30)
    name = str(table.model().index(0, ClientTableModel.NAME).data())
    assert hover(table, 0, ClientTableModel.NAME) not in ("", name)
