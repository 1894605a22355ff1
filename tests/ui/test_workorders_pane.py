"""The work orders pane, the create form and the webhook dialog, driven as a planner drives them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.services.fielddesk import FieldDesk
from ui.dialogs.workorder import WorkOrderDialog
from ui.main_window import MainWindow
from ui.models.workorders import WorkOrderTableModel
from ui.panes.workorders import WorkOrdersPane


def _fetch(desk: FieldDesk, qloop: Any, *external_ids: str) -> None:
    for external_id in external_ids:
        row, source = qloop.run_until_complete(desk.workorders.fetch(external_id=external_id))
        assert row is not None and source == "pro+"


@pytest.fixture
def pane(desk: FieldDesk, qloop: Any, qtbot: Any) -> WorkOrdersPane:
    _fetch(desk, qloop, "7001", "7002", "7003", "7004")  # the sandbox's demo work orders
    pane = WorkOrdersPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.resize(1200, 700)
    pane.show()
    return pane


def _cells(pane: WorkOrdersPane, column: int) -> list[str]:
    model = pane.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_pane_lists_work_orders_with_their_certificate_and_filters_as_typed(pane: WorkOrdersPane,
                                                                                qtbot: Any) -> None:
    assert sorted(_cells(pane, WorkOrderTableModel.EXTERNAL_ID)) == ["7001", "7002", "7003", "7004"]
    certificates = dict(zip(_cells(pane, WorkOrderTableModel.EXTERNAL_ID),
                            _cells(pane, WorkOrderTableModel.CERTIFICATE), strict=True))
    cached = {r["external_id"]: r for r in pane.desk.workorders.all()}
    assert all((text == "Available") == bool(cached[e]["certificate_id"]) for e, text in certificates.items())
    assert all(_cells(pane, WorkOrderTableModel.CLIENT)), "each shows its client's name"
    qtbot.keyClicks(pane.filter_edit, "7003")
    assert _cells(pane, WorkOrderTableModel.EXTERNAL_ID) == ["7003"]
    assert pane.count_label.text() == "1 of 4 work orders"
    assert pane.detail.values["external_id"].text() == "7003"
    pane.filter_edit.clear()
    pane.table.sortByColumn(WorkOrderTableModel.DATE, Qt.SortOrder.AscendingOrder)
    dates = _cells(pane, WorkOrderTableModel.DATE)
    assert dates == sorted(dates)


def test_the_form_shows_each_problem_next_to_its_field_and_queues_nothing(desk: FieldDesk, qtbot: Any) -> None:
    dialog = WorkOrderDialog(desk)
    qtbot.addWidget(dialog)
    dialog.external_name.clear()
    dialog.start_time.setText("25:99")
    dialog.language.setCurrentIndex(0)
    dialog.save()
    assert dialog.error_text("external_name") == "required"
    assert "HH:MM" in dialog.error_text("start_time")
    assert dialog.error_text("external_id") == ""
    assert desk.outbox.entries() == []
    assert dialog.isVisible() or not dialog.result()


def test_a_problem_is_shown_whole_under_its_field(desk: FieldDesk, qtbot: Any) -> None:
    """The dialog grows to show its problems: none is cut off, and none covers the row below it."""
    dialog = WorkOrderDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.external_name.clear()
    dialog.start_time.setText("25:99")
    dialog.save()
    label = dialog.findChild(QLabel, "error-start_time")
    assert label is not None and label.isVisible()
    dialog.layout().activate()
    assert label.height() >= label.heightForWidth(label.width()), "the problem is cut off"
    below = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert below <= dialog.appliance.mapTo(dialog, dialog.appliance.rect().topLeft()).y(), "it covers the next row"


def test_a_valid_form_queues_the_work_order_and_the_pane_shows_it_waiting(pane: WorkOrdersPane,
                                                                          qtbot: Any) -> None:
    dialog = pane.open_create()
    assert isinstance(dialog, WorkOrderDialog)
    dialog.external_name.setText("Jaarlijks onderhoud")
    dialog.start_time.setText("9:05")
    dialog.comments.setPlainText("Code poort 1234")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    entries = pane.desk.outbox.entries()
    assert [e.operation for e in entries] == ["push-wo"]
    assert entries[0].payload["start_time"] == "09:05"
    assert entries[0].payload["external_id"] == 7005, "the next free external id was proposed"
    row = pane.desk.workorders.get(pane.selected_local_id() or "")
    assert row is not None and row["external_name"] == "Jaarlijks onderhoud"
    shown = pane.model.index(pane.table.current_row_index().row(), WorkOrderTableModel.STATUS).data()
    assert shown == "Waiting to be sent"
    assert "Waiting to be sent" in pane.detail.note.text()


def test_delete_asks_first_and_cancel_changes_nothing(pane: WorkOrdersPane, qtbot: Any) -> None:
    pane.table.select_row(0)
    box = pane.delete_selected()
    assert box is not None and "Delete work order" in box.windowTitle()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert pane.desk.outbox.entries() == []
    box = pane.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [e.operation for e in pane.desk.outbox.entries()] == ["delete-wo"]
    assert pane.detail.note.text().startswith("Being deleted")


def test_an_appliance_opens_the_form_with_itself_chosen(desk: FieldDesk, qtbot: Any) -> None:
    window = MainWindow(desk, pane="appliances")
    qtbot.addWidget(window)
    window.reload()
    appliances = window.appliances_pane
    appliances.table.select_row(0)
    local_id = appliances.selected_local_id()
    appliances.detail.work_order_button.click()
    dialogs = window.findChildren(WorkOrderDialog)
    assert window.current_pane() == "workorders" and len(dialogs) == 1
    assert dialogs[0].appliance.currentData() == local_id
    dialogs[0].reject()


def test_the_webhook_dialog_starts_the_receiver_and_a_call_reaches_the_pane(
        desk: FieldDesk, qloop: Any, qtbot: Any) -> None:
    _fetch(desk, qloop, "7002")
    window = MainWindow(desk, pane="workorders")
    qtbot.addWidget(window)
    window.reload()
    dialog = window.open_webhook_settings()
    dialog.enabled.setChecked(True)
    dialog.port.setValue(_free_port())
    dialog.apply()
    try:
        assert dialog.url.text().startswith("http://127.0.0.1:"), dialog.status.text()
        call = {"Id": 2, "wo_number": "WO00002", "external_id": "7002", "Status": 3, "certificate_id": "5501"}
        assert httpx.post(dialog.url.text(), json=call).status_code == 200
        pane = window._pane("workorders")
        assert isinstance(pane, WorkOrdersPane)
        qtbot.waitUntil(lambda: "Available" in _cells(pane, WorkOrderTableModel.CERTIFICATE), timeout=5000)
        qtbot.waitUntil(lambda: "is available" in window.statusBar().currentMessage(), timeout=5000)
        assert desk.webhook_preferences()[0] is True
    finally:
        window.webhook.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_form_offers_the_cached_technicians_and_the_list_shows_their_names(pane: WorkOrdersPane,
                                                                               qtbot: Any) -> None:
    technician = next(t for t in pane.desk.staff.technicians() if t["id"] is not None)
    dialog = pane.open_create()
    assert isinstance(dialog, WorkOrderDialog)
    dialog.external_name.setText("Met technicus")
    dialog.technician.setCurrentIndex(dialog.technician.findData(technician["id"]))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert pane.desk.outbox.entries()[-1].payload["technician_id"] == technician["id"]
    row = pane.table.current_row_index().row()
    assert pane.model.index(row, WorkOrderTableModel.TECHNICIAN).data() == technician["name"]


def test_a_new_sandbox_user_learns_which_work_orders_to_fetch(desk: FieldDesk, qloop: Any, qtbot: Any) -> None:
    pane = WorkOrdersPane(desk)
    qtbot.addWidget(pane)
    assert "7001 to 7012" in pane.hint.text()
    row, _source = qloop.run_until_complete(desk.workorders.fetch(external_id="7012"))
    assert row is not None  # the hint names work orders the demo Pro+ really holds
