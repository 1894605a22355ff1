"""The slots pane as a planner drives it: the grid, moving with the arrows, Enter books, weeks, weekends, the stale
grid offline (booking disabled with the reason), a slot taken meanwhile, and cancelling an order."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.sandbox.totalmobile import ConnectState, create_connect_app
from app.services.fielddesk import FieldDesk
from tests.helpers import SwitchableTransport
from ui.models.slots import SlotRole
from ui.panes.slots import CancelOrderDialog, SlotsPane


@pytest.fixture
def wired(home: Path, qloop: Any) -> Iterator[tuple[FieldDesk, SwitchableTransport, ConnectState]]:
    state = ConnectState()
    transport = SwitchableTransport(httpx.ASGITransport(app=create_connect_app(state)))
    desk = FieldDesk.open(home, "sandbox", transports={"totalmobile": transport})
    try:
        yield desk, transport, state
    finally:
        qloop.run_until_complete(desk.aclose())


@pytest.fixture
def pane(wired: Any, qloop: Any, qtbot: Any) -> SlotsPane:
    desk, _transport, _state = wired
    pane = SlotsPane(desk)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    pane.reload()
    pane.set_order("FD-24001")
    pane.weeks.setValue(2)
    qloop.run_until_complete(pane.load())
    return pane


def settle(pane: SlotsPane, qloop: Any) -> None:
    """Run what the pane started (a booking, a reload) to its end."""
    while pane.pending_tasks():
        qloop.run_until_complete(asyncio.gather(*pane.pending_tasks()))


def cell(pane: SlotsPane, row: int, column: int) -> str:
    return str(pane.model.index(row, column).data())


def bookable(pane: SlotsPane) -> tuple[int, int]:
    for column in range(pane.model.columnCount()):
        for row in range(pane.model.rowCount()):
            slot = pane.model.slot(pane.model.index(row, column))
            if slot is not None and slot.bookable and not pane.table.isColumnHidden(column):
                return row, column
    raise AssertionError("no bookable slot")


def test_the_grid_shows_windows_by_day_in_words_with_travel_time(pane: SlotsPane) -> None:
    assert pane.model.rowCount() == 5 and pane.model.columnCount() == 14
    rows = [pane.model.headerData(r, Qt.Orientation.Vertical) for r in range(5)]
    assert rows[0] == "ALL DAY\n08:00–16:59" and rows[3] == "SCHOOL RUN\n09:30–14:29"
    texts = {cell(pane, r, c) for r in range(5) for c in range(14)}
    assert "✕ Not available" in texts  # today is never offered
    assert any(t.startswith("✔ Available\n") and t.endswith("min travel") for t in texts)
    assert any(t.startswith("★ Preferred\n") for t in texts)
    assert "Availability of FD-24001 from Totalmobile at" in pane.state_label.text()
    assert pane.bookings.rowCount() == 1 and pane.bookings.index(0, 2).data() == "Booked"


def test_arrows_move_between_cells_and_enter_books(pane: SlotsPane, wired: Any, qloop: Any, qtbot: Any) -> None:
    _desk, _transport, state = wired
    row, column = bookable(pane)
    pane.table.setCurrentIndex(pane.model.index(row, max(column - 1, 0)))
    pane.table.setFocus()
    if column > 0:
        qtbot.keyClick(pane.table, Qt.Key.Key_Right)
    assert (pane.table.currentIndex().row(), pane.table.currentIndex().column()) == (row, column)
    if row < 4:
        qtbot.keyClick(pane.table, Qt.Key.Key_Down)
        qtbot.keyClick(pane.table, Qt.Key.Key_Up)
    assert pane.table.currentIndex().row() == row
    date, window_id, _status = pane.model.data(pane.table.currentIndex(), SlotRole)
    before = len(state.visits)
    pane.instructions.setText("Key under the mat")
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    settle(pane, qloop)
    assert len(state.visits) == before + 1
    visit = state.visits[-1]
    assert (visit["_date"], visit["_window"], visit["VisitInstructions"]) == (date, window_id, "Key under the mat")
    assert pane.state_label.text().startswith(f"✔ Booked visit {visit['VisitExternalId']} on {date}")
    assert any(v.visit_id == visit["VisitExternalId"] for v in pane.bookings.visits)


def test_enter_on_a_slot_that_is_not_available_books_nothing(pane: SlotsPane, wired: Any, qloop: Any,
                                                               qtbot: Any) -> None:
    _desk, _transport, state = wired
    pane.table.setCurrentIndex(pane.model.index(0, 0))  # today: never offered
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    settle(pane, qloop)
    assert len(state.visits) == 9
    assert not pane.book_button.isEnabled() and pane.booking_reason.text() == "This slot is not available."


def test_week_navigation_and_weekends(pane: SlotsPane, wired: Any, qloop: Any, qtbot: Any) -> None:
    first = pane.model.day(0)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    settle(pane, qloop)
    assert pane.model.day(0) == first + dt.timedelta(days=7)
    qtbot.mouseClick(pane.previous_button, Qt.MouseButton.LeftButton)
    settle(pane, qloop)
    assert pane.model.day(0) == first
    pane.ignore_weekends.setChecked(True)
    pane.show_slots()
    settle(pane, qloop)
    hidden = [c for c in range(pane.model.columnCount()) if pane.table.isColumnHidden(c)]
    assert [pane.model.day(c).weekday() for c in hidden] == [5, 6, 5, 6]
    pane.weeks.setValue(5)
    pane.show_slots()
    settle(pane, qloop)
    assert pane.model.columnCount() == 35


def test_offline_the_grid_is_stale_with_its_time_and_booking_says_why_not(pane: SlotsPane, wired: Any,
                                                                          qloop: Any, qtbot: Any) -> None:
    _desk, transport, state = wired
    fetched = pane.grid.fetched_at if pane.grid else ""
    transport.online = False
    pane.show_slots()
    settle(pane, qloop)
    assert pane.grid is not None and pane.grid.stale and pane.grid.fetched_at == fetched
    assert pane.state_label.text().startswith("⚠ Offline: last-known availability from")
    row, column = bookable(pane)
    pane.table.setCurrentIndex(pane.model.index(row, column))
    assert not pane.book_button.isEnabled()
    assert "Booking needs a live answer from Totalmobile" in pane.booking_reason.text()
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    settle(pane, qloop)
    assert len(state.visits) == 9


def test_a_slot_taken_meanwhile_is_shown_taken_and_the_grid_read_again(pane: SlotsPane, wired: Any, qloop: Any,
                                                                       qtbot: Any) -> None:
    _desk, _transport, state = wired
    row, column = bookable(pane)
    pane.table.setCurrentIndex(pane.model.index(row, column))
    date, window_id, _status = pane.model.data(pane.table.currentIndex(), SlotRole)
    with state.lock:  # another planner takes every operative of that slot
        day = dt.date.fromisoformat(date)
        while state._free_resource(day, window_id) is not None:
            state._add_visit("FD-24003", day, window_id)
    asked = state.calls["GET Availability"]
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    settle(pane, qloop)
    assert pane.state_label.text() == ("✕ Not booked: The request is invalid. — PlanningWindowId: The selected "
                                       "appointment slot is no longer available. The slot is shown as taken and the "
                                       "slots are read again.")
    assert cell(pane, row, column) == "✕ Not available"
    assert state.calls["GET Availability"] == asked + 1  # read again


def test_cancelling_needs_a_reason_and_queues_the_cancellation(pane: SlotsPane, wired: Any, qloop: Any) -> None:
    desk, _transport, _state = wired
    dialog = pane.ask_cancel()
    assert isinstance(dialog, CancelOrderDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setText("Tenant repaired it")
    assert ok.isEnabled()
    ok.click()
    settle(pane, qloop)
    [entry] = desk.outbox.entries()
    assert entry.payload == {"PrimaryOrderNumber": "FD-24001", "ContractExternalId": "RESPONSIVE", "OrderStatus": 11,
                             "CancelReason": "Tenant repaired it"}
    assert "Cancellation of FD-24001 queued" in pane.state_label.text()


def test_availability_by_trade_is_shown_but_not_bookable(pane: SlotsPane, wired: Any, qloop: Any) -> None:
    _desk, _transport, state = wired
    dialog = pane.ask_trade()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.postcode.setText("EX3 9ZZ")
    dialog.skills.setText("Gas, Heat pumps")
    dialog.two.setChecked(True)
    values = dialog.values()
    assert values["skills"] == ["Gas", "Heat pumps"] and values["two_to_attend"] and values["target_date"] is None
    ok.click()
    settle(pane, qloop)
    assert state.calls["POST AvailabilityByTrade"] == 1
    assert pane.trade is not None and pane.model.columnCount() == 14
    assert pane.state_label.text().startswith("Availability by trade for EX3 9ZZ at")
    pane.table.setCurrentIndex(pane.model.index(*bookable(pane)))
    assert not pane.book_button.isEnabled()
    assert pane.booking_reason.text() == "Availability by trade: create the sales order to book one of these slots."
    pane.show_slots()  # back to the order: bookable again
    settle(pane, qloop)
    assert pane.trade is None


def test_a_shelved_booking_and_the_handover_to_connect(pane: SlotsPane, wired: Any, qloop: Any) -> None:
    _desk, _transport, state = wired
    pane.table.setCurrentIndex(pane.model.index(*bookable(pane)))
    pane.shelve.setChecked(True)
    pane.messaging.setCurrentIndex(2)
    pane.book_index(pane.table.currentIndex())
    settle(pane, qloop)
    assert state.visits[-1]["VisitStatus"] == 6  # shelved
    opened: list[str] = []
    pane.open_url = lambda url: opened.append(url.toString()) or True
    qloop.run_until_complete(pane.handover("planner.one"))
    assert len(opened) == 1 and opened[0].startswith("https://connect.sandbox.invalid/")
    assert pane.state_label.text() == "Connect's booking screen was opened in the browser."
