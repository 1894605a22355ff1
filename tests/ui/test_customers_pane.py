"""The customers pane over a synced sandbox cache (the simulator's 14 testresults.io customers, 3 archived), driven as
an office user drives it: the list, the filter, the details in words, creating with a problem under its field,
editing, archiving, deleting, and what a sync then makes of each change."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QMessageBox

from app.services.fielddesk import FieldDesk
from app.store import outbox as outbox_store
from ui.dialogs.customer import CustomerDialog
from ui.main_window import PANES, MainWindow
from ui.models.customers import CustomerTableModel
from ui.panes.customers import CustomersPane

TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


@pytest.fixture
def pane(desk: FieldDesk, qtbot: Any) -> CustomersPane:
    made = CustomersPane(desk)
    qtbot.addWidget(made)
    made.reload()
    made.resize(1150, 720)
    made.show()
    return made


def _column(pane: CustomersPane, column: int) -> list[Any]:
    return [pane.model.index(r, column).data() for r in range(pane.model.rowCount())]


def _row_of(pane: CustomersPane, name: str) -> int:
    return _column(pane, CustomerTableModel.NAME).index(name)


def _select(pane: CustomersPane, name: str) -> dict[str, Any]:
    pane.table.select_row(_row_of(pane, name))
    row = pane.selected_customer()
    assert row is not None and row["name"] == name
    return row


def _sync(desk: FieldDesk, qloop: Any, pane: CustomersPane) -> None:
    reports = qloop.run_until_complete(desk.sync())
    assert all(r.error is None for r in reports), reports
    pane.reload()


def test_the_pane_lists_the_demo_customers_active_first(pane: CustomersPane, desk: FieldDesk) -> None:
    assert PANES.index("customers") == PANES.index("heatpumps") + 1 == PANES.index("outbox") - 1
    assert pane.model.rowCount() == 14 and pane.count_label.text() == "14 of 14 customers"
    statuses = _column(pane, CustomerTableModel.STATUS)
    assert statuses == ["Active"] * 11 + ["Archived"] * 3
    names = _column(pane, CustomerTableModel.NAME)
    assert names[:11] == sorted(names[:11], key=str.casefold)
    assert "Dravenne Énergie SCRL" in names[11:]
    orvelle = _row_of(pane, "Chauffage Liégeois Orvelle SRL")
    assert pane.model.index(orvelle, CustomerTableModel.GROUPS).data() == 2
    assert pane.model.index(orvelle, CustomerTableModel.SUBDOMAIN).data() == "orvelle"
    assert pane.model.index(orvelle, CustomerTableModel.ACCOUNT).data() == "FD-BE-0001"
    assert pane.model.index(orvelle, CustomerTableModel.CURRENCY).data() == "EUR"
    assert all(len(i) == 36 for i in _column(pane, CustomerTableModel.REMOTE_ID))  # every one is at testresults.io
    # Archived ones step back (greyed); active ones keep the normal colour.
    grey = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert pane.model.index(12, CustomerTableModel.NAME).data(FOREGROUND) == grey
    assert pane.model.index(0, CustomerTableModel.NAME).data(FOREGROUND) is None
    pane.archived_check.setChecked(False)
    assert pane.model.rowCount() == 11 and "Archived" not in _column(pane, CustomerTableModel.STATUS)
    pane.archived_check.setChecked(True)
    assert pane.model.rowCount() == 14


def test_the_filter_finds_a_customer_by_subdomain_and_by_id(pane: CustomersPane, qtbot: Any) -> None:
    qtbot.keyClicks(pane.filter_edit, "quarzental")
    assert _column(pane, CustomerTableModel.NAME) == ["Wärmewerk Quarzental AG"]
    assert pane.count_label.text() == "1 of 14 customers"
    assert pane.detail.title.text() == "Wärmewerk Quarzental AG"
    pane.filter_edit.setText("tobelried")  # an archived one, by its subdomain
    assert _column(pane, CustomerTableModel.NAME) == ["Heizplan Tobelried GmbH"]
    pane.filter_edit.setText("000000000007")  # the end of an Id
    assert _column(pane, CustomerTableModel.NAME) == ["Heliquart Installaties BV"]
    pane.filter_edit.setText("Koelhuisstraat")  # a line of the address
    assert _column(pane, CustomerTableModel.NAME) == ["Brixel Klimaat & Koeling BV"]
    pane.filter_edit.setText("no such customer")
    assert pane.model.rowCount() == 0
    assert pane.detail_stack.currentWidget() is pane.empty_detail
    assert pane.empty_detail.text() == "No customer matches “no such customer”."


def test_selecting_shows_every_field_in_words_and_the_target_groups(pane: CustomersPane) -> None:
    row = _select(pane, "Chauffage Liégeois Orvelle SRL")
    detail = pane.detail
    values = {name: label.text() for name, label in detail.values.items()}
    assert detail.title.text() == "Chauffage Liégeois Orvelle SRL"
    assert values["Address"] == "Chauffage Liégeois Orvelle SRL\nRue des Forgerons 14\n4000 Liège\nBelgique"
    # Tax in hundredths of a percent (2100), shown in the user's number format (the tests run in en_BE).
    assert values["Tax"] == "21,00 %" and values["DueDays"] == "30 days"
    assert values["MinimumConsumptionInH"] == "40 hours"
    assert values["CostCenter"] == "SVC-WAL" and values["Currency"] == "EUR" and values["Discounts"] == "–"
    assert values["TechnicalName"] == "chauffageliegeoisorvelle" and values["Subdomain"] == "orvelle"
    assert values["Id"] == row["remote_id"] and values["DataVersion"] == row["data_version"]
    assert values["status"] == "Active" and detail.note.isHidden()
    items = [detail.groups.topLevelItem(i) for i in range(detail.groups.topLevelItemCount())]
    groups = [(item.text(0), item.text(1)) for item in items if item is not None]
    assert groups == [("Atelier Liège", "liege-atelier01"), ("Camionnette 2", "van2tablet")]
    assert detail.groups.isVisibleTo(pane) and not detail.no_groups.isVisibleTo(pane)
    assert detail.archive_button.text() == "Archive"

    _select(pane, "Wärmewerk Quarzental AG")  # Swiss VAT: 770 hundredths of a percent
    assert detail.values["Tax"].text() == "7,70 %" and detail.values["Discounts"].text() == "10% Rahmenvertrag"
    _select(pane, "Brixel Klimaat & Koeling BV")
    assert detail.values["MinimumConsumptionInH"].text() == "20 hours" and detail.values["DueDays"].text() == "45 days"
    assert detail.no_groups.isVisibleTo(pane) and not detail.groups.isVisibleTo(pane)
    _select(pane, "Heizplan Tobelried GmbH")
    assert detail.values["status"].text() == "Archived" and detail.archive_button.text() == "Restore"


def test_creating_shows_the_problem_under_its_field_keeps_the_input_then_queues(
        pane: CustomersPane, desk: FieldDesk, qtbot: Any, qloop: Any) -> None:
    dialog = pane.open_create()
    assert isinstance(dialog, CustomerDialog) and dialog.isVisible()
    assert dialog.archived_check.isHidden()  # a new customer is active
    dialog.name_edit.setText("Frigotherm Oostende BV")
    dialog.subdomain_edit.setText("Frigotherm Oostende")
    dialog.appliances_edit.setText("Werkplaats:werkplaats01, Bus 3:bus3tablet")
    dialog.submit()
    assert dialog.isVisible()
    assert "lower-case letters, digits and hyphens" in dialog.error_text("Subdomain")
    assert dialog.errors["Subdomain"].isVisibleTo(dialog)
    assert dialog.error_text("Name") == "" and dialog.error_text("Appliances") == ""
    assert dialog.name_edit.text() == "Frigotherm Oostende BV"  # nothing typed is lost
    assert dialog.subdomain_edit.text() == "Frigotherm Oostende"
    assert dialog.appliances_edit.text() == "Werkplaats:werkplaats01, Bus 3:bus3tablet"
    assert desk.outbox.entries() == [] and pane.model.rowCount() == 14
    dialog.name_edit.clear()
    dialog.submit()
    assert dialog.error_text("Name") == "is required" and dialog.error_text("Subdomain")

    dialog.name_edit.setText("Frigotherm Oostende BV")
    dialog.subdomain_edit.setText("frigotherm-oostende")
    with qtbot.waitSignal(pane.changed):
        dialog.submit()
    assert dialog.result() == CustomerDialog.DialogCode.Accepted
    [entry] = desk.outbox.entries()
    assert entry.vendor == "testresults" and entry.operation == "create-customer"
    assert entry.payload["fields"]["Subdomain"] == "frigotherm-oostende"
    assert pane.model.rowCount() == 15
    assert pane.detail.title.text() == "Frigotherm Oostende BV"  # the new one is selected
    row = _row_of(pane, "Frigotherm Oostende BV")
    assert pane.model.index(row, CustomerTableModel.STATUS).data() == "Waiting to be sent"
    assert pane.model.index(row, CustomerTableModel.REMOTE_ID).data() == "not yet"
    assert "waiting to be sent" in pane.model.index(row, CustomerTableModel.NAME).data(TOOLTIP)
    assert pane.model.index(0, CustomerTableModel.NAME).data(TOOLTIP) is None
    assert pane.detail.note.isVisibleTo(pane) and "Waiting to be sent" in pane.detail.note.text()
    assert pane.detail.values["Id"].text() == "Not yet at testresults.io"
    assert pane.detail.groups.topLevelItemCount() == 2

    _sync(desk, qloop, pane)
    assert desk.outbox.entries() == []
    row = _row_of(pane, "Frigotherm Oostende BV")
    remote_id = pane.model.index(row, CustomerTableModel.REMOTE_ID).data()
    assert len(remote_id) == 36 and pane.model.index(row, CustomerTableModel.STATUS).data() == "Active"
    assert pane.detail.values["Id"].text() == remote_id and pane.detail.note.isHidden()
    assert pane.detail.values["Currency"].text() == "CHF"  # the vendor's defaults arrive with the sync


def test_editing_changes_the_name_at_once_and_a_sync_sends_it(pane: CustomersPane, desk: FieldDesk, qtbot: Any,
                                                              qloop: Any) -> None:
    _select(pane, "Kwelmar Verwarming BV")
    dialog = pane.edit_selected()
    assert isinstance(dialog, CustomerDialog)
    assert dialog.name_edit.text() == "Kwelmar Verwarming BV" and dialog.subdomain_edit.text() == "kwelmar"
    assert dialog.appliances_edit.text() == "Werkplaats Box:a4c1d20e9f13" and not dialog.archived_check.isChecked()
    dialog.name_edit.setText("Kwelmar Verwarming & Koeling BV")
    with qtbot.waitSignal(pane.changed):
        dialog.submit()
    assert "Kwelmar Verwarming & Koeling BV" in _column(pane, CustomerTableModel.NAME)
    assert "Kwelmar Verwarming BV" not in _column(pane, CustomerTableModel.NAME)
    assert pane.detail.title.text() == "Kwelmar Verwarming & Koeling BV"
    assert "A change waits to be sent" in pane.detail.note.text()
    [entry] = desk.outbox.entries()
    assert entry.operation == "update-customer" and entry.payload["changes"] == {
        "Name": "Kwelmar Verwarming & Koeling BV"}
    row = _row_of(pane, "Kwelmar Verwarming & Koeling BV")
    assert pane.model.index(row, CustomerTableModel.STATUS).data() == "Active"  # it is at testresults.io already
    assert "waiting to be sent" in pane.model.index(row, CustomerTableModel.NAME).data(TOOLTIP)

    _sync(desk, qloop, pane)
    assert desk.outbox.entries() == []
    customer = desk.customers.get(pane.selected_local_id() or "")
    assert customer is not None and customer["server"]["Name"] == "Kwelmar Verwarming & Koeling BV"
    assert pane.detail.note.isHidden()


def test_archive_and_restore_toggle_at_once(pane: CustomersPane, desk: FieldDesk, qloop: Any) -> None:
    _select(pane, "Thermavon Services SA")
    pane.detail.archive_button.click()
    row = _row_of(pane, "Thermavon Services SA")
    assert row >= 11 and pane.model.index(row, CustomerTableModel.STATUS).data() == "Archived"  # among the archived
    assert pane.detail.title.text() == "Thermavon Services SA" and pane.detail.archive_button.text() == "Restore"
    [entry] = desk.outbox.entries()
    assert entry.operation == "update-customer" and entry.payload["changes"] == {"Archived": True}
    _sync(desk, qloop, pane)
    archived = desk.customers.get(pane.selected_local_id() or "")
    assert archived is not None and archived["server"]["Archived"] is True  # testresults.io has it archived

    pane.detail.archive_button.click()
    assert pane.model.index(_row_of(pane, "Thermavon Services SA"), CustomerTableModel.STATUS).data() == "Active"
    assert pane.detail.archive_button.text() == "Archive"
    assert [e.payload["changes"] for e in desk.outbox.entries()] == [{"Archived": False}]

    pane.archived_check.setChecked(False)  # archiving a customer while archived ones are hidden: it leaves the list
    _select(pane, "Thermavon Services SA")
    pane.detail.archive_button.click()
    assert "Thermavon Services SA" not in _column(pane, CustomerTableModel.NAME)


def test_delete_asks_first_then_queues_and_a_sync_removes_it(pane: CustomersPane, desk: FieldDesk,
                                                             qloop: Any) -> None:
    _select(pane, "Heliquart Installaties BV")
    box = pane.delete_selected()
    assert box is not None and "“Heliquart Installaties BV”" in box.text() and "next sync" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert desk.outbox.entries() == []
    assert pane.model.index(_row_of(pane, "Heliquart Installaties BV"), CustomerTableModel.STATUS).data() == "Active"

    box = pane.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    [entry] = desk.outbox.entries()
    assert entry.operation == "delete-customer"
    row = _row_of(pane, "Heliquart Installaties BV")
    assert pane.model.index(row, CustomerTableModel.STATUS).data() == "Being deleted"
    assert "deletion" in pane.model.index(row, CustomerTableModel.NAME).data(TOOLTIP)
    assert "Being deleted" in pane.detail.note.text()
    detail = pane.detail
    assert not detail.edit_button.isEnabled() and not detail.archive_button.isEnabled()
    assert not detail.delete_button.isEnabled() and pane.delete_selected() is None

    _sync(desk, qloop, pane)
    assert "Heliquart Installaties BV" not in _column(pane, CustomerTableModel.NAME)
    assert pane.model.rowCount() == 13 and desk.outbox.entries() == []


def test_deleting_a_customer_not_yet_sent_just_drops_it(pane: CustomersPane, desk: FieldDesk) -> None:
    desk.customers.create({"Name": "Noordzee Koeltechniek BV", "Subdomain": "noordzee"})
    pane.reload()
    _select(pane, "Noordzee Koeltechniek BV")
    box = pane.delete_selected()
    assert box is not None and "has not reached testresults.io yet" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "Noordzee Koeltechniek BV" not in _column(pane, CustomerTableModel.NAME)
    assert desk.outbox.entries() == []


def test_a_rejected_change_says_why(pane: CustomersPane, desk: FieldDesk) -> None:
    customer = _select(pane, "Olvenhout Warmtetechniek BV")
    entry_id = desk.customers.update(customer["local_id"], {"Subdomain": "olvenhout-warmte"})
    assert entry_id is not None
    outbox_store.record_failure(desk.store, entry_id, "The subdomain is taken.", retry_in=None)
    pane.reload()
    note = pane.detail.note
    assert note.isVisibleTo(pane) and "refused" in note.text() and "The subdomain is taken." in note.text()
    row = _row_of(pane, "Olvenhout Warmtetechniek BV")
    assert pane.model.index(row, CustomerTableModel.STATUS).data() == "Rejected: see the Outbox"
    assert "The subdomain is taken." in pane.model.index(row, CustomerTableModel.NAME).data(TOOLTIP)


def test_a_problem_without_a_field_shows_above_the_buttons(desk: FieldDesk, qtbot: Any) -> None:
    dialog = CustomerDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show_problems([("(customer)", "is being deleted: it cannot change"), ("Name", "is required")])
    assert dialog.summary.text() == "(customer): is being deleted: it cannot change"
    assert dialog.error_text("Name") == "is required" and dialog.error_text("Subdomain") == ""


def test_an_empty_cache_says_to_sync(empty_desk: FieldDesk, qtbot: Any) -> None:
    pane = CustomersPane(empty_desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.show()
    assert pane.model.rowCount() == 0 and pane.count_label.text() == "0 of 0 customers"
    assert pane.detail_stack.currentWidget() is pane.empty_detail
    assert pane.empty_detail.text().startswith("No customers yet: sync to fetch them from testresults.io")


def test_the_window_shows_the_pane_and_counts_its_changes(desk: FieldDesk, qtbot: Any) -> None:
    window = MainWindow(desk, pane="customers")
    qtbot.addWidget(window)
    window.reload()
    item = window.nav.item(PANES.index("customers"))
    assert item.text() == "Customers" and not item.icon().isNull()
    pane = window.stack.currentWidget()
    assert isinstance(pane, CustomersPane) and pane.model.rowCount() == 14
    dialog = pane.open_create()
    assert isinstance(dialog, CustomerDialog)
    dialog.name_edit.setText("Polderwarmte BV")
    dialog.subdomain_edit.setText("polderwarmte")
    dialog.submit()
    assert "1 pending" in window.status_texts()
    assert window.nav.item(PANES.index("outbox")).text() == "Outbox (1)"
