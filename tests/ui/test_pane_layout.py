"""At first start (a 1280 x 800 window, nothing kept from an earlier session), the panes whose lists have a few
columns show all of them, with room left for the selected record's details."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services.fielddesk import FieldDesk
from ui.main_window import MainWindow
from ui.widgets import RecordTable


def wait_until(qloop: Any, condition: Callable[[], bool], timeout: float = 2.0) -> None:
    """qtbot.waitUntil with the asyncio loop running: a pane's async work (the heat pumps' history) runs as it would
    in the window instead of failing for want of a running loop."""
    async def poll() -> None:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)

    qloop.run_until_complete(poll())


def first_start(desk: FieldDesk, qtbot: Any, pane: str, *, read: bool = True) -> MainWindow:
    """The window at 1280 x 800 on `pane`, nothing kept from an earlier session; `read`: its panes read the cache, as
    the session does after the first frame (`finish_loading`), on this thread."""
    window = MainWindow(desk, pane=pane)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    if read:
        window.reload()
    return window


#: Panes whose list fits: (pane, the object name of its table). Customers, heat pumps and work orders show the
#: columns that fit, the rest hidden until the user shows them (their details show them anyway).
FITTING = (("clients", "clients-table"), ("appliances", "appliances-table"), ("certificates", "certificates-table"),
           ("outbox", "outbox-table"), ("customers", "customers-table"), ("heatpumps", "heatpumps-table"),
           ("workorders", "workorders-table"))


@pytest.mark.parametrize(("name", "table_name"), FITTING)
def test_a_list_shows_its_columns_without_scrolling_sideways(desk: FieldDesk, qtbot: Any, qloop: Any, name: str,
                                                             table_name: str) -> None:
    window = first_start(desk, qtbot, name)
    table = window.findChild(QTableView, table_name)
    assert table is not None and table.isVisible()
    assert table.model().rowCount() > 0 or name in ("outbox", "workorders")
    wait_until(qloop, lambda: not table.horizontalScrollBar().isVisible())


@pytest.mark.parametrize("installed", ["nl_BE", "fr_BE"], indirect=True)
@pytest.mark.parametrize(("name", "table_name"), FITTING)
def test_a_list_fits_in_the_users_language_too(installed: Any, desk: FieldDesk, qtbot: Any, qloop: Any, name: str,
                                              table_name: str) -> None:
    window = first_start(desk, qtbot, name)
    table = window.findChild(QTableView, table_name)
    assert table is not None
    wait_until(qloop, lambda: not table.horizontalScrollBar().isVisible())
    header = table.horizontalHeader()
    for column in range(header.count()):  # no title cut: fitting never goes below a column's title
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= min(header.sectionSizeHint(column), 60), header.model().headerData(
                column, Qt.Orientation.Horizontal)


def test_the_appliance_details_keep_room_for_their_values(desk: FieldDesk, qtbot: Any) -> None:
    """A long subtitle (kind, region, client) wraps instead of pushing the list narrower, and the list leaves the
    fields' values room to be read."""
    window = first_start(desk, qtbot, "appliances")
    pane = window.appliances_pane
    assert pane.model.rowCount() > 0
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: pane.detail.isVisible())
    tree = pane.detail.tree
    assert tree.width() - tree.header().sectionSize(0) >= 200, "the values column is too narrow to read"
    pane.detail.subtitle.setText("Heating · Brussels · Client: " + "Résidence " * 12)
    window.layout().activate()
    assert not pane.table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("installed", ["nl_BE", "fr_BE"], indirect=True)
def test_the_appliance_words_of_the_users_language_fit(installed: Any, desk: FieldDesk, qtbot: Any) -> None:
    """Dutch and French words are longer: the kind column fits "Verwarming" beside its icon, and the field column
    fits the longest field label while the values keep their room."""
    window = first_start(desk, qtbot, "appliances")
    pane = window.appliances_pane
    metrics = pane.table.fontMetrics()
    words = [pane.model.index(row, pane.model.KIND).data() for row in range(pane.model.rowCount())]
    assert {"Verwarming", "Chauffage"} & set(words)
    kind = pane.table.horizontalHeader().sectionSize(pane.model.KIND)
    assert kind >= max(metrics.horizontalAdvance(w) for w in words) + 16 + 8, "the kind word is elided"
    pane.table.selectRow(0)
    tree = pane.detail.tree
    field_column = tree.header().sectionSize(0)
    assert field_column >= min(tree.sizeHintForColumn(0), tree.width() - 220)
    assert tree.width() - field_column >= 200
    tree.header().resizeSection(0, 170)  # the user's width stays
    pane.detail.show_empty.toggle()
    assert tree.header().sectionSize(0) == 170


@pytest.mark.parametrize("installed", ["fr_BE"], indirect=True)
def test_columns_a_few_pixels_too_wide_in_the_users_language_fit_at_first_show(installed: Any, desk: FieldDesk,
                                                                                qtbot: Any) -> None:
    """French titles are longer ("Appareils de mesure"): the widest columns give up the few pixels, and no scroll
    bar shows for them."""
    window = first_start(desk, qtbot, "technicians")
    table = window.findChild(QTableView, "technicians-table")
    assert table is not None
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    email = table.model().headers().index("E-mail")
    assert header.sectionSizeHint(email) <= header.sectionSize(email) < 240, "the widest column gave up the pixels"


def test_a_table_of_many_columns_keeps_its_widths_and_scrolls(desk: FieldDesk, qtbot: Any) -> None:
    window = first_start(desk, qtbot, "workorders")
    table = window.findChild(QTableView, "workorders-table")
    assert isinstance(table, RecordTable)
    for column in range(table.model().columnCount()):
        table.show_column(column, True)  # all 14 beside the details, as the user may choose
    before = [table.horizontalHeader().sectionSize(c) for c in range(table.horizontalHeader().count())]
    table.fit_columns()
    assert [table.horizontalHeader().sectionSize(c) for c in range(table.horizontalHeader().count())] == before
    assert table.horizontalScrollBar().maximum() > 0


def test_a_table_arranged_by_the_user_is_not_fitted_again(desk: FieldDesk, qtbot: Any) -> None:
    window = first_start(desk, qtbot, "clients", read=False)
    table = window.clients_pane.table
    header = table.horizontalHeader()
    header.resizeSection(table.model().EMAIL, 900)  # the user's width: the table scrolls sideways
    table.setProperty("arranged", True)  # as ui.window_state marks a table whose widths it restored
    table.fit_columns()
    assert header.sectionSize(table.model().EMAIL) == 900


def test_a_table_gone_before_its_fitting_runs_is_left_alone(desk: FieldDesk, qtbot: Any) -> None:
    """The fitting waits for the layout (a zero timer); a pane closed and deleted meanwhile is not called."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from ui.panes.clients import ClientsPane

    pane = ClientsPane(desk)
    pane.show()
    shiboken6.delete(pane)
    QApplication.processEvents()  # an exception in the timer's call would fail this test (pytest-qt captures it)
