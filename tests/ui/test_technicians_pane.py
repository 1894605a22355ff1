"""The technicians pane over a synced sandbox cache, driven as a user drives it: both tabs, the technician form
with its problems next to each field, registering a device and linking it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.services.fielddesk import FieldDesk
from app.store import outbox as outbox_store
from ui.forms.device_form import LinkDialog, RegisterDeviceDialog
from ui.forms.technician_form import TechnicianDialog
from ui.main_window import PANES
from ui.models.devices import DeviceTableModel
from ui.models.technicians import TechnicianTableModel
from ui.panes.technicians import TechniciansPane


@pytest.fixture
def pane(desk: FieldDesk, qtbot: Any) -> TechniciansPane:
    pane = TechniciansPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.resize(1150, 700)
    pane.show()
    return pane


def shown_errors(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "fieldError") if label.isVisibleTo(dialog)]


def test_the_pane_is_declared_and_lists_the_synced_technicians(pane: TechniciansPane, desk: FieldDesk) -> None:
    assert "technicians" in PANES
    tab = pane.technicians_tab
    assert pane.tabs.tabText(0) == "Technicians" and pane.tabs.tabText(1) == "Measuring devices"
    assert tab.model.rowCount() == len(desk.staff.technicians()) >= 5
    names = [tab.model.index(r, TechnicianTableModel.NAME).data() for r in range(tab.model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    modes = {tab.model.index(r, TechnicianTableModel.MODE).data() for r in range(tab.model.rowCount())}
    assert modes == {"Work-order mode", "Standard mode"}  # working mode in words, not 1/2


def test_the_detail_shows_every_part_of_a_technician(pane: TechniciansPane, desk: FieldDesk) -> None:
    tab = pane.technicians_tab
    record = next(t for t in desk.staff.technicians() if t["devices"] and len(t["recognition_numbers"]) > 1)
    assert tab.table.select_id(record["local_id"])
    text = tab.detail.text()
    assert tab.title.text() == record["name"]
    for expected in (record["external_id"], record["mobile"], record["email"], "Technical information",
                     "Authorised technician", "Chimney sweep", "Works for an OCA",
                     ", ".join(record["technical_information"]["heating_adviser"]), "Recognition numbers",
                     *(n["number"] for n in record["recognition_numbers"]), "Linked devices",
                     *(d["serial_number"] for d in record["devices"])):
        assert expected in text, expected
    assert ("Work-order mode" if record["working_mode"] == 1 else "Standard mode") in text


def test_filter_narrows_the_list(pane: TechniciansPane, desk: FieldDesk) -> None:
    tab = pane.technicians_tab
    target = desk.staff.technicians()[2]
    tab.filter_edit.setText(target["external_id"])
    assert tab.model.rowCount() == 1 and tab.title.text() == target["name"]
    assert tab.count_label.text().startswith("1 of ")
    tab.filter_edit.setText("no such technician anywhere")
    assert tab.model.rowCount() == 0 and "Select a technician" in tab.detail.text()
    assert not tab.edit_button.isEnabled()


def test_devices_tab_lists_groups_types_and_holders(pane: TechniciansPane, desk: FieldDesk) -> None:
    tab = pane.devices_tab
    model = tab.model
    assert model.rowCount() == len(desk.staff.devices()) >= 10
    cells = {(model.index(r, DeviceTableModel.GROUP).data(), model.index(r, DeviceTableModel.TYPE).data())
             for r in range(model.rowCount())}
    assert {g for g, _ in cells} == {"Heating", "Cooling"}
    assert {t for _, t in cells} == {"testo 300", "testo 330", "testo 557s"}
    names = {t["id"]: t["name"] for t in desk.staff.technicians()}
    handed = next(d for d in desk.staff.devices() if len(d["technicians"]) > 1)
    assert tab.table.select_id(handed["local_id"])
    row = tab.model.row_of(handed["local_id"])
    current = [names[a["technician_id"]] for a in handed["technicians"] if not a["removed_on"]]
    assert model.index(row, DeviceTableModel.HOLDERS).data() == ", ".join(current)
    text = tab.detail.text()
    assert "Assigned technicians" in text and "Until" in text and "now" in text
    assert all(names[a["technician_id"]] in text for a in handed["technicians"])


def test_technician_form_shows_each_problem_under_its_field(pane: TechniciansPane, qtbot: Any,
                                                            desk: FieldDesk) -> None:
    dialog = pane.open_technician(None)
    assert isinstance(dialog, TechnicianDialog)
    qtbot.addWidget(dialog)
    assert shown_errors(dialog) == []  # nothing is wrong before the user types
    qtbot.keyClicks(dialog.email, "not-an-address")
    assert shown_errors(dialog) == ["Not a valid e-mail address"]
    for box in dialog.advisers.values():
        box.setChecked(False)
    assert "Required" in shown_errors(dialog)  # heading adviser: at least one type
    assert not dialog.save()
    errors = {key: label.text() for key, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert errors == {"external_id": "Required", "name": "Required", "mobile": "Required",
                      "email": "Not a valid e-mail address", "technical_information.heating_adviser": "Required"}
    assert desk.outbox.entries() == []


def test_a_technician_added_in_the_form_is_listed_and_queued(pane: TechniciansPane, qtbot: Any,
                                                             desk: FieldDesk) -> None:
    dialog = pane.open_technician(None)
    assert isinstance(dialog, TechnicianDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.external_id, "GUI-1")
    qtbot.keyClicks(dialog.name, "Ilzo Kwastaudael")
    qtbot.keyClicks(dialog.mobile, "+32 470 555 44 33")
    qtbot.keyClicks(dialog.email, "ilzo@example.be")
    dialog.mode.setCurrentIndex(1)
    dialog.chimney.setChecked(True)
    dialog.add_number("wallonia", "1", "")
    assert not dialog.save()
    assert dialog.errors["certificates"].text() == "Row 1: Number: required"
    dialog.numbers.item(0, 2).setText("61234")
    with qtbot.waitSignal(pane.changed):
        assert dialog.save()
    [entry] = desk.outbox.entries()
    assert entry.operation == "create-technician" and entry.payload["external_id"] == "GUI-1"
    assert entry.payload["certificates"] == [{"region": 3, "type": 1, "number": "61234"}]
    tab = pane.technicians_tab
    added = desk.staff.find_technician(external_id="GUI-1")
    assert added is not None and tab.table.select_id(added["local_id"])
    assert "Standard mode" in tab.detail.text() and "waiting to be sent" in tab.detail.text()
    assert tab.state.text() == "A change is waiting to be sent to Pro+."
    # Pro+ refuses it: the technician says so, and saving it again corrects that same queued write.
    outbox_store.record_failure(desk.store, entry.id, "msg.The email has already been taken.", retry_in=None)
    pane.reload()
    assert tab.state.text().startswith("Pro+ rejected a change")
    fix = pane.open_technician(tab.selected())
    assert isinstance(fix, TechnicianDialog)
    qtbot.addWidget(fix)
    fix.email.setText("ilzo.kwastaudael@example.be")
    assert fix.save()
    [corrected] = desk.outbox.entries()
    assert corrected.id == entry.id and corrected.state == "pending"
    assert corrected.payload["email"] == "ilzo.kwastaudael@example.be"


def test_editing_a_technician_keeps_its_identity(pane: TechniciansPane, qtbot: Any, desk: FieldDesk) -> None:
    tab = pane.technicians_tab
    record = desk.staff.technicians()[0]
    tab.table.select_id(record["local_id"])
    dialog = pane.open_technician(tab.selected())
    assert isinstance(dialog, TechnicianDialog)
    qtbot.addWidget(dialog)
    assert dialog.external_id.isReadOnly() and dialog.name.text() == record["name"]
    assert dialog.numbers.rowCount() == len(record["recognition_numbers"])
    dialog.mobile.setText("+32 471 555 00 11")
    assert dialog.save()
    [entry] = desk.outbox.entries()
    assert entry.payload["id"] == record["id"] and entry.payload["external_id"] == record["external_id"]
    assert desk.staff.find_technician(id=record["id"])["mobile"] == "+32 471 555 00 11"  # type: ignore[index]


def test_register_a_device_then_link_it(pane: TechniciansPane, qtbot: Any, desk: FieldDesk) -> None:
    dialog = pane.open_register()
    assert isinstance(dialog, RegisterDeviceDialog)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert shown_errors(dialog) == ["Required"]
    dialog.group.setCurrentIndex(dialog.group.findData("cooling"))
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["testo 557s", "testo 330"]
    qtbot.keyClicks(dialog.serial, "GUI-557-9")
    dialog.purchased.setDate(QDate(2024, 5, 2))
    dialog.made.setDate(QDate(2024, 1, 15))
    assert dialog.save()
    tab = pane.devices_tab
    [device] = [d for d in desk.staff.devices() if d["serial_number"] == "GUI-557-9"]
    assert device["group"] == "cooling" and device["type"] == "testo 557s" and device["purchase_date"] == "2024-05-02"
    assert tab.table.select_id(device["local_id"])
    row = tab.model.row_of(device["local_id"])
    assert tab.model.index(row, DeviceTableModel.PROPLUS_ID).data() == "waiting to be sent"
    # The same device again is refused next to the serial number.
    again = pane.open_register()
    assert isinstance(again, RegisterDeviceDialog)
    qtbot.addWidget(again)
    again.group.setCurrentIndex(again.group.findData("cooling"))
    again.serial.setText("GUI-557-9")
    assert not again.save()
    assert "already registered" in again.errors["serial_number"].text()
    # Link it to a technician (a device registered here links before Pro+ has numbered it).
    link = pane.open_link(tab.selected(), "link")
    assert isinstance(link, LinkDialog)
    qtbot.addWidget(link)
    chosen = link.technician.currentData()
    assert link.save()
    shown = desk.staff.device(device["local_id"])
    assert shown is not None and [a["technician_id"] for a in shown["technicians"]] == [chosen]
    assert [e.operation for e in desk.outbox.entries()] == ["create-device", "link-unlink-device"]
    assert tab.unlink_button.isEnabled()
    unlink = pane.open_link(tab.selected(), "unlink")
    assert isinstance(unlink, LinkDialog)
    qtbot.addWidget(unlink)
    assert [unlink.technician.itemData(i) for i in range(unlink.technician.count())] == [chosen]


def test_queued_changes_reach_pro_plus_with_the_next_sync(pane: TechniciansPane, qtbot: Any, desk: FieldDesk,
                                                          qloop: Any) -> None:
    dialog = pane.open_register()
    assert isinstance(dialog, RegisterDeviceDialog)
    qtbot.addWidget(dialog)
    dialog.serial.setText("GUI-SYNC-1")
    dialog.made.setDate(QDate(2023, 3, 3))
    assert dialog.save()
    reports = qloop.run_until_complete(desk.sync())
    assert all(r.problem is None for r in reports) and desk.outbox.entries() == []
    pane.reload()
    [device] = [d for d in desk.staff.devices() if d["serial_number"] == "GUI-SYNC-1"]
    row = pane.devices_tab.model.row_of(device["local_id"])
    assert isinstance(pane.devices_tab.model.index(row, DeviceTableModel.PROPLUS_ID).data(), int)


def test_down_in_either_filter_goes_on_to_its_list(pane: TechniciansPane, qtbot: Any) -> None:
    for tab in (pane.technicians_tab, pane.devices_tab):
        qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)
        assert tab.focusWidget() is tab.table, tab
