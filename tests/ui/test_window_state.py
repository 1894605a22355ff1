"""The window reopens as the user left it: size, pane, column widths and sort, splitter sizes (ui.window_state); a
damaged, foreign or outdated window.ini never stops it from opening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QTableView, QWidget

from app.services.fielddesk import FieldDesk
from ui.app import run_gui
from ui.main_window import PANES, MainWindow
from ui.window_state import WindowState


def open_window(desk: FieldDesk, qtbot: Any, path: Path, pane: str | None = None) -> MainWindow:
    """As `run_gui` opens it: the pane given, else the last one shown."""
    state = WindowState(path)
    window = MainWindow(desk, pane=pane or state.last_pane(PANES) or "clients", window_state=state)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_reopens_as_it_was_left(desk: FieldDesk, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    first = open_window(desk, qtbot, path)
    first.resize(900, 580)  # this offscreen screen is 800 x 600: Qt keeps a restored window on it
    clients = first.clients_pane
    clients.table.horizontalHeader().resizeSection(clients.model.CITY, 233)
    clients.table.sortByColumn(clients.model.CITY, Qt.SortOrder.DescendingOrder)
    clients.splitter.setSizes([300, 180])
    sizes = clients.splitter.sizes()
    last_city = clients.model.index(0, clients.model.CITY).data()
    first.show_pane("outbox")
    first.outbox_pane.table.horizontalHeader().resizeSection(2, 411)
    first.close()
    assert path.is_file()

    again = open_window(desk, qtbot, path)
    assert again.current_pane() == "outbox"
    assert (again.width(), again.height()) == (900, 580) != (1280, 800)
    assert again.outbox_pane.table.horizontalHeader().sectionSize(2) == 411
    pane = again.clients_pane
    header = pane.table.horizontalHeader()
    assert header.sectionSize(pane.model.CITY) == 233
    assert pane.table.property("arranged"), "restored widths are the user's: not fitted again at first show"
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (pane.model.CITY,
                                                                             Qt.SortOrder.DescendingOrder)
    assert pane.model.index(0, pane.model.CITY).data() == last_city, "the rows come in the order kept"
    again.show_pane("clients")
    qtbot.waitUntil(lambda: pane.splitter.sizes() == sizes)


def test_the_pane_asked_for_wins_over_the_last_one(desk: FieldDesk, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "window.ini"
    first = open_window(desk, qtbot, path, "customers")
    first.close()
    assert open_window(desk, qtbot, path).current_pane() == "customers"
    assert open_window(desk, qtbot, path, "appliances").current_pane() == "appliances"


def test_a_screenshot_neither_uses_nor_keeps_the_window_file(desk: FieldDesk, home: Path, tmp_path: Path,
                                                             qapp: Any) -> None:
    kept = QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)
    kept.setValue("window/pane", "outbox")
    kept.sync()
    before = (home / "window.ini").read_bytes()
    desk.store.close()
    png = tmp_path / "shot.png"
    assert run_gui(home, "sandbox", None, png) == 0
    assert png.stat().st_size > 0
    assert (home / "window.ini").read_bytes() == before


@pytest.mark.parametrize("content", [
    b"",
    b"\x00\xff\xfe garbage \n[window]\ngeometry=@ByteArray(\x01\x02)\n",
    b"[window]\ngeometry=not bytes\npane=no-such-pane\n[panes]\nclients\\table=@ByteArray(abc)\n"
    b"clients\\splitter=12\n",
    b"[window]\npane=@ByteArray(outbox)\n",
])
def test_a_damaged_or_foreign_window_file_opens_the_window_as_at_a_first_start(
        desk: FieldDesk, qtbot: Any, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "window.ini"
    path.write_bytes(content)
    window = open_window(desk, qtbot, path)
    assert window.current_pane() == "clients"
    assert window.clients_pane.model.rowCount() > 0
    window.show_pane("outbox")
    window.close()
    assert open_window(desk, qtbot, path).current_pane() == "outbox", "written anew at the close"


def test_a_table_saved_with_other_columns_keeps_its_own_widths(desk: FieldDesk, qtbot: Any, tmp_path: Path) -> None:
    """A newer or older build's pane with other columns: the saved header is refused, not half applied."""
    path = tmp_path / "window.ini"
    first = open_window(desk, qtbot, path, "outbox")
    first.close()
    settings_file = QSettings(str(path), QSettings.Format.IniFormat)
    settings_file.setValue("panes/clients/table", settings_file.value("panes/outbox/table"))  # 6 columns, not 7
    settings_file.setValue("panes/clients/table-columns", settings_file.value("panes/outbox/table-columns"))
    settings_file.sync()
    fresh = MainWindow(desk)
    qtbot.addWidget(fresh)
    widths = [fresh.clients_pane.table.horizontalHeader().sectionSize(c) for c in range(7)]
    again = open_window(desk, qtbot, path, "clients")
    assert [again.clients_pane.table.horizontalHeader().sectionSize(c) for c in range(7)] == widths


class _Pane(QWidget):
    """A pane with a table and a splitter, as the window's panes declare them."""

    def __init__(self) -> None:
        super().__init__()
        self.splitter = QSplitter(self)
        self.table = QTableView(self.splitter)
        self.table.setModel(QStandardItemModel(2, 3, self))
        self.splitter.addWidget(QWidget(self.splitter))

    def arrangement(self) -> dict[str, QWidget]:
        return {"table": self.table, "splitter": self.splitter}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=600) | st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
       pane=st.sampled_from(["clients", "outbox", "x"]))
def test_any_window_file_is_read_without_error_and_written_anew(qapp: Any, tmp_path_factory: Any, content: bytes,
                                                              pane: str) -> None:
    path = tmp_path_factory.mktemp("state") / "window.ini"
    path.write_bytes(b"[window]\n" + content if pane == "x" else content)
    state = WindowState(path)
    window = QMainWindow()
    built = _Pane()
    state.restore_window(window)
    state.restore_pane(pane, built)
    assert state.last_pane(PANES) in (None, *PANES)
    state.save(window, "outbox", {pane: built})
    assert WindowState(path).last_pane(PANES) == "outbox"
    window.deleteLater()
    built.deleteLater()


@pytest.mark.parametrize("name", [n for n in PANES if n != "clients"])
def test_every_pane_that_declares_its_arrangement_gets_it_back(desk: FieldDesk, qtbot: Any, tmp_path: Path,
                                                               name: str) -> None:
    path = tmp_path / "window.ini"
    first = open_window(desk, qtbot, path, name)
    parts = first._pane(name).arrangement() if hasattr(first._pane(name), "arrangement") else {}
    tables = {part: widget for part, widget in parts.items() if isinstance(widget, QTableView)}
    assert tables, f"{name}: every pane with a table keeps its columns"
    for number, table in enumerate(tables.values()):
        table.horizontalHeader().resizeSection(0, 151 + number)
    first.close()
    again = open_window(desk, qtbot, path)
    assert again.current_pane() == name
    pane: Any = again._pane(name)
    for number, part in enumerate(tables):
        assert pane.arrangement()[part].horizontalHeader().sectionSize(0) == 151 + number, part


@pytest.mark.parametrize(("name", "tab"), [("clients", None), ("outbox", None), ("technicians", 1),
                                           ("heatpumps", 0), ("slots", None)])
def test_ctrl_f_goes_to_the_filter_of_what_the_pane_shows(desk: FieldDesk, qtbot: Any, name: str,
                                                          tab: int | None) -> None:
    window = MainWindow(desk, pane=name)
    qtbot.addWidget(window)
    window.show()
    pane: Any = window._pane(name)
    if tab is not None:
        pane.tabs.setCurrentIndex(tab)
    window.find_action.trigger()
    found = window.focusWidget()
    if name in ("outbox", "slots"):  # no filter there: nothing moves
        assert not isinstance(found, QLineEdit) or found.objectName() != "filter"
        return
    assert isinstance(found, QLineEdit) and found.objectName() == "filter" and found.isVisible()
    expected = {"clients": lambda: pane.filter_edit, "technicians": lambda: pane.devices_tab.filter_edit,
                "heatpumps": lambda: pane.pumps.filter_edit}[name]()
    assert found is expected


def test_a_pane_over_rows_in_memory_comes_back_in_the_order_left(desk: FieldDesk, qtbot: Any, tmp_path: Path,
                                                                  qloop: Any) -> None:
    """The appliances pane reads its rows in a worker after it is built: they arrive sorted as the user left them."""
    path = tmp_path / "window.ini"
    first = open_window(desk, qtbot, path, "appliances")
    pane: Any = first.appliances_pane
    qloop.run_until_complete(pane.reload_async())
    assert pane.model.rowCount() > 1
    pane.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [pane.model.index(row, 1).data() for row in range(pane.model.rowCount())]
    assert names != sorted(names), "the demo data is not already in that order"
    first.close()
    again = open_window(desk, qtbot, path)
    pane = again.appliances_pane
    qloop.run_until_complete(pane.reload_async())  # rows read in a worker, after the sort was restored
    header = pane.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert [pane.model.index(row, 1).data() for row in range(pane.model.rowCount())] == names
