"""Right-clicking a list's titles offers its columns to show or hide; a list of many columns starts with those that
fit, and the user's choice is kept with the window (ui.window_state)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.services.fielddesk import FieldDesk
from ui.main_window import MainWindow
from ui.models.customers import CustomerTableModel
from ui.models.memory import FilteredTableModel
from ui.panes.clients import ClientDetail
from ui.widgets import RecordTable
from ui.window_state import WindowState


class Numbers(FilteredTableModel):
    def headers(self) -> list[str]:
        return ["One", "Two", "Three"]

    def cell(self, row: Any, column: int) -> Any:
        return row[column]


def titles(menu: QMenu) -> dict[str, tuple[bool, bool]]:
    """Each column action's title -> (checked, enabled)."""
    return {a.text(): (a.isChecked(), a.isEnabled()) for a in menu.actions() if a.isCheckable()}


def action(menu: QMenu, text: str) -> Any:
    [found] = [a for a in menu.actions() if a.text() == text]
    return found


def test_the_menu_lists_every_column_and_hides_or_shows_it(qtbot: Any) -> None:
    model = Numbers()
    model.set_rows([(1, 2, 3)])
    table = RecordTable(model, (80, 80, 80), hidden=(2,))
    model.setParent(table)  # a view does not own its model
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    assert header.isSectionHidden(2)

    menu = table.column_menu()
    assert titles(menu) == {"One": (True, True), "Two": (True, True), "Three": (False, True)}
    assert action(menu, "Show all columns").isEnabled()
    action(menu, "Three").trigger()
    assert not header.isSectionHidden(2)
    assert header.sectionSize(2) >= header.sectionSizeHint(2), "a column shown has a width to be read"

    action(table.column_menu(), "One").trigger()
    action(table.column_menu(), "Two").trigger()
    assert [header.isSectionHidden(c) for c in range(3)] == [True, True, False]
    menu = table.column_menu()
    assert titles(menu)["Three"] == (True, False), "the last column shown cannot be hidden"
    action(menu, "Show all columns").trigger()
    assert [header.isSectionHidden(c) for c in range(3)] == [False, False, False]
    assert not action(table.column_menu(), "Show all columns").isEnabled()


def test_a_column_its_place_already_says_is_not_offered(qtbot: Any) -> None:
    detail = ClientDetail()
    qtbot.addWidget(detail)
    offered = titles(detail.appliances.column_menu())
    client_title = detail.appliances_model.headerData(detail.appliances_model.CLIENT, Qt.Orientation.Horizontal)
    assert client_title not in offered
    assert len(offered) == detail.appliances_model.columnCount() - 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform: no keyboard grab, no raise
def test_the_menu_opens_on_the_titles(qtbot: Any) -> None:
    model = Numbers()
    table = RecordTable(model, (80, 80, 80))
    model.setParent(table)
    qtbot.addWidget(table)
    table.show()
    header = table.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    header.customContextMenuRequested.emit(header.rect().center())
    menus = [m for m in table.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1 and set(titles(menus[0])) == {"One", "Two", "Three"}
    menus[0].close()


def test_the_columns_chosen_are_kept_with_the_window(desk: FieldDesk, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"

    def open_window() -> MainWindow:
        window = MainWindow(desk, pane="customers", window_state=WindowState(path))
        qtbot.addWidget(window)
        window.show()
        return window

    first = open_window()
    table = first.findChild(RecordTable, "customers-table")
    headers = table.model().headers()
    assert table.isColumnHidden(CustomerTableModel.REMOTE_ID), "hidden at first start: the detail shows it"
    action(table.column_menu(), headers[CustomerTableModel.REMOTE_ID]).trigger()
    action(table.column_menu(), headers[CustomerTableModel.SUBDOMAIN]).trigger()
    first.close()

    again = open_window().findChild(RecordTable, "customers-table")
    assert not again.isColumnHidden(CustomerTableModel.REMOTE_ID)
    assert again.isColumnHidden(CustomerTableModel.SUBDOMAIN)


def test_the_menu_follows_the_columns_the_table_has_now(qtbot: Any) -> None:
    """A table may be given a model of other columns (another week, another language): the menu offers those."""
    class Days(Numbers):
        def __init__(self, names: list[str], parent: Any) -> None:
            self.names = names
            super().__init__(parent)

        def headers(self) -> list[str]:
            return self.names

    table = RecordTable(Numbers(), ())
    qtbot.addWidget(table)
    table.model().setParent(table)
    assert set(titles(table.column_menu())) == {"One", "Two", "Three"}
    table.setModel(Days(["Mon", "Tue"], table))
    assert set(titles(table.column_menu())) == {"Mon", "Tue"}
    table.setModel(Days(["Mon", "Tue", "Wed"], table))
    assert set(titles(table.column_menu())) == {"Mon", "Tue", "Wed"}
    action(table.column_menu(), "Tue").trigger()
    assert table.isColumnHidden(1)
