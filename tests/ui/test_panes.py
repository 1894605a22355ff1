"""The clients, appliances and outbox panes over a sandbox cache, driven as a user drives them."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.models import Appliance, ApplianceKind, Client
from app.domain.regions import Region
from app.services.fielddesk import FieldDesk, OutboxEntry
from app.store import outbox as outbox_store
from ui.models.clients import ClientTableModel
from ui.models.outbox import OutboxTableModel
from ui.panes.appliances import AppliancesPane
from ui.panes.clients import ClientsPane
from ui.panes.outbox import OutboxPane


def crafted_client() -> Client:
    """A client with a Brussels boiler and a cooling installation, as the GUI's form would save it."""
    boiler = Appliance(local_id="fd-boiler", kind=ApplianceKind.HEATING, name="Ketel kelder",
                       region=Region.BRUSSELS, third_party_id="fd-boiler", fields={
                           "third_party_id": "fd-boiler", "name": "Ketel kelder", "region": "1",
                           "same_as_client": "1",
                           "brussels": {"brussels_reason_handling": "2", "burner_flow_rate": "2.5",
                                        "burner_flow_rate_unit": "1", "device_make": "Viessmann",
                                        "device_year": "2021", "appliance_fuel_type": "-1"}})
    cooler = Appliance(local_id="fd-cooler", kind=ApplianceKind.COOLING, name="Koelcel winkel",
                       region=Region.BRUSSELS, third_party_id="fd-cooler", fields={
                           "third_party_id": "fd-cooler", "name": "Koelcel winkel", "brand": "Daikin",
                           "inspection_frequency": 6, "commissioning_date": "2020-04-01",
                           "condensors": [{"brand": "Daikin", "kind": "1", "number_of_fans": 2}],
                           "verdampers": [{"brand": "Güntner"}, {"brand": "Küba"}],
                           "compressors": []})
    return Client(local_id="fd-client", name="Zorvek Testaert", region=Region.BRUSSELS, city="Ixelles",
                  postal_code="1050", third_party_id="fd-client", appliances=[boiler, cooler], fields={
                      "third_party_id": "fd-client", "name": "Zorvek Testaert", "region": "Bruxelles",
                      "address": "Rue du Test 1", "city": "Ixelles", "postal_code": "1050",
                      "phone": "+32 2 555 99 99", "email": "zorvek@example.be"})


def matches(row: Any, text: str) -> bool:
    """The documented filter: every word in the name, city, postal code, phone or e-mail."""
    hay = " ".join(str(v or "") for v in (row[1], row[2], row[3], row[4], row[5])).casefold()
    return all(word in hay for word in text.casefold().split())


# -- clients -------------------------------------------------------------------------------------------------


@pytest.fixture
def clients_pane(desk: FieldDesk, qtbot: Any) -> ClientsPane:
    pane = ClientsPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.resize(1100, 700)
    pane.show()
    return pane


def test_filter_narrows_the_rows_and_the_count(clients_pane: ClientsPane, desk: FieldDesk, qtbot: Any) -> None:
    rows = desk.clients.rows()
    assert clients_pane.count_label.text() == f"{len(rows)} of {len(rows)} clients"
    city = rows[len(rows) // 2][2]
    qtbot.keyClicks(clients_pane.filter_edit, city.lower())
    expected = [r for r in rows if matches(r, city)]
    assert 0 < len(expected) < len(rows)
    model = clients_pane.model
    assert model.rowCount() == len(expected)
    assert {model.index(i, 0).data() for i in range(model.rowCount())} == {r[1] for r in expected}
    assert clients_pane.count_label.text() == f"{len(expected)} of {len(rows)} clients"
    clients_pane.filter_edit.clear()
    assert model.rowCount() == len(rows)


def test_typing_moves_nothing_in_the_filter_row(clients_pane: ClientsPane, desk: FieldDesk, qtbot: Any) -> None:
    """The count label is sized for any count out of the total: a keystroke that changes the count (to one
    being counted, to a shorter number) neither resizes the filter box nor cuts the count's text."""
    qtbot.waitExposed(clients_pane)
    label, edit = clients_pane.count_label, clients_pane.filter_edit
    before = (label.geometry(), edit.geometry())
    total = len(desk.clients.rows())
    for text in ("a", "an", "no such client anywhere", "", clients_pane.model.index(0, 0).data()):
        edit.setText(text)
        qtbot.wait(1)  # any layout the change asked for is done
        assert (label.geometry(), edit.geometry()) == before, text
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width(), text
        assert label.text().endswith(f" of {total} clients")
    font = clients_pane.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    clients_pane.setFont(font)  # measured again in the new font
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_filter_with_no_match_says_so_and_clears_the_detail(clients_pane: ClientsPane, qtbot: Any) -> None:
    qtbot.keyClicks(clients_pane.filter_edit, "no such client anywhere")
    assert clients_pane.model.rowCount() == 0
    assert clients_pane.count_label.text().startswith("0 of ")
    assert clients_pane.detail_stack.currentWidget() is clients_pane.empty_detail
    assert clients_pane.empty_detail.text() == "No client matches “no such client anywhere”."
    clients_pane.filter_edit.clear()
    assert clients_pane.empty_detail.text() == "Select a client to see the address and appliances."


@pytest.mark.parametrize("pane_class", ["clients", "appliances", "workorders", "heatpumps", "certificates"])
def test_a_pane_with_nothing_cached_says_how_to_get_records(empty_desk: FieldDesk, qtbot: Any, qloop: Any,
                                                            pane_class: str) -> None:
    from ui.panes.registry import pane_spec

    spec = pane_spec(pane_class)
    assert spec is not None
    pane = spec.load()(empty_desk, None)
    qtbot.addWidget(pane)
    pane.show()
    qloop.run_until_complete(pane.reload_async())
    records = getattr(pane, "pumps", pane)  # the heat pumps pane: its Podero tab
    assert records.model.total_count() == 0
    assert records.detail_stack.currentWidget() is records.empty_detail
    text = records.empty_detail.text()
    assert text.startswith("No ") and "yet" in text, text


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_PageDown])
def test_from_the_filter_the_keyboard_goes_on_to_the_list(clients_pane: ClientsPane, qtbot: Any, key: Qt.Key) -> None:
    clients_pane.filter_edit.setFocus()
    qtbot.keyClicks(clients_pane.filter_edit, "gent")
    clients_pane.table.clearSelection()
    qtbot.keyClick(clients_pane.filter_edit, key)
    assert clients_pane.focusWidget() is clients_pane.table
    assert clients_pane.table.selectionModel().selectedRows()[0].row() == 0, "the first match, ready for Enter"
    assert clients_pane.filter_edit.text() == "gent"


def test_escape_clears_the_filter_and_a_list_of_no_rows_keeps_the_keys(clients_pane: ClientsPane, qtbot: Any) -> None:
    clients_pane.filter_edit.setFocus()
    qtbot.keyClicks(clients_pane.filter_edit, "zzzz-no-such-client")
    assert clients_pane.model.rowCount() == 0
    qtbot.keyClick(clients_pane.filter_edit, Qt.Key.Key_Down)
    assert clients_pane.focusWidget() is clients_pane.filter_edit
    qtbot.keyClick(clients_pane.filter_edit, Qt.Key.Key_Escape)
    assert clients_pane.filter_edit.text() == ""
    assert clients_pane.model.rowCount() == clients_pane.model.total_count() > 0


def test_clicking_a_header_sorts_by_that_column(clients_pane: ClientsPane, qtbot: Any) -> None:
    header = clients_pane.table.horizontalHeader()
    model = clients_pane.model
    column = ClientTableModel.CITY
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    cities = [model.index(r, column).data() for r in range(model.rowCount())]
    assert cities == sorted(cities, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    cities = [model.index(r, column).data() for r in range(model.rowCount())]
    assert cities == sorted(cities, key=str.casefold, reverse=True)
    assert header.sortIndicatorSection() == column


def test_selecting_a_client_shows_its_address_and_appliances(clients_pane: ClientsPane, desk: FieldDesk,
                                                            qtbot: Any) -> None:
    row = max(desk.clients.rows(), key=lambda r: r[7])  # the client with the most appliances
    client = desk.clients.get(row[0])
    assert client is not None and len(client.appliances) >= 2
    clients_pane.filter_edit.setText(client.name)
    target = clients_pane.model.row_of(client.local_id)
    rect = clients_pane.table.visualRect(clients_pane.model.index(target, 1))
    qtbot.mouseClick(clients_pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = clients_pane.detail
    assert clients_pane.detail_stack.currentWidget() is detail
    assert detail.title.text() == client.name
    assert client.postal_code in detail.address.text() and client.city in detail.address.text()
    shown = [detail.appliances_model.index(r, 2).data() for r in range(detail.appliances_model.rowCount())]
    assert sorted(shown) == sorted(a.name for a in client.appliances)
    assert detail.appliances_title.text() == f"Appliances ({len(client.appliances)})"


def test_filter_keeps_the_selected_client_while_it_still_matches(clients_pane: ClientsPane, qtbot: Any) -> None:
    model = clients_pane.model
    clients_pane.table.select_row(model.rowCount() - 1)
    chosen = clients_pane.selected_local_id()
    name = model.index(model.rowCount() - 1, 0).data()
    qtbot.keyClicks(clients_pane.filter_edit, name[:3])
    assert clients_pane.selected_local_id() == chosen
    assert clients_pane.detail.title.text() == name


# -- appliances --------------------------------------------------------------------------------------------------


@pytest.fixture
def appliances_pane(desk: FieldDesk, qtbot: Any) -> AppliancesPane:
    desk.clients.save(crafted_client())
    pane = AppliancesPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.resize(1100, 700)
    pane.show()
    return pane


def test_heating_detail_groups_general_then_the_region_block(appliances_pane: AppliancesPane) -> None:
    assert appliances_pane.select_appliance("fd-boiler")
    detail = appliances_pane.detail
    assert detail.title.text() == "Ketel kelder"
    assert detail.group_titles() == ["General", "Brussels"]
    fields = detail.field_texts()
    assert ("Name", "Ketel kelder") in fields["General"]
    assert ("Same address as client", "Yes") in fields["General"]
    assert ("Reason for the visit", "Installation") in fields["Brussels"]
    assert ("Burner flow rate unit", "kg/h") in fields["Brussels"]
    assert ("Appliance make", "Viessmann") in fields["Brussels"]
    assert ("Fuel", "—") in fields["Brussels"]  # "-1": documented but not set
    detail.show_empty.setChecked(False)
    assert ("Fuel", "—") not in detail.field_texts()["Brussels"]
    assert ("Reason for the visit", "Installation") in detail.field_texts()["Brussels"]


def test_cooling_detail_shows_the_cooling_block_and_its_parts(appliances_pane: AppliancesPane) -> None:
    assert appliances_pane.select_appliance("fd-cooler")
    detail = appliances_pane.detail
    assert detail.group_titles() == ["General", "Cooling", "Condensers (1)", "Evaporators (verdampers) (2)",
                                     "Compressors (0)"]
    fields = detail.field_texts()
    assert ("Inspection frequency", "every 6 months") in fields["Cooling"]
    assert ("Brand", "Daikin") in fields["Cooling"]
    assert ("Kind", "Water") in fields["Condensers (1)"]
    assert ("Brand", "Küba") in fields["Evaporators (verdampers) (2)"]
    assert fields["Compressors (0)"] == [("None recorded", "")]


def test_demo_appliances_are_listed_with_client_kind_and_region(appliances_pane: AppliancesPane,
                                                               desk: FieldDesk, qtbot: Any) -> None:
    model = appliances_pane.model
    assert model.rowCount() == len(desk.clients.appliance_rows())
    kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
    regions = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert kinds == {"Heating", "Cooling"}
    assert regions == {"Brussels", "Flanders", "Wallonia"}
    qtbot.keyClicks(appliances_pane.filter_edit, "cooling")
    assert 0 < model.rowCount() < len(desk.clients.appliance_rows())
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Cooling"}


def test_the_client_link_asks_for_the_client(appliances_pane: AppliancesPane, qtbot: Any) -> None:
    appliances_pane.select_appliance("fd-cooler")
    assert "Zorvek Testaert" in appliances_pane.detail.subtitle.text()
    with qtbot.waitSignal(appliances_pane.show_client_requested) as signal:
        appliances_pane.detail.subtitle.linkActivated.emit("client")
    assert signal.args == ["fd-client"]


# -- outbox --------------------------------------------------------------------------------------------------------


@pytest.fixture
def queued(desk: FieldDesk) -> tuple[int, int]:
    """Two queued writes: one waiting, one rejected by Pro+ with its message."""
    waiting = desk.clients.save(crafted_client())
    client = desk.clients.get(desk.clients.rows()[0][0])
    assert client is not None
    client.fields["email"] = "not-an-address"
    rejected = desk.clients.save(client)
    outbox_store.record_failure(desk.store, rejected, "msg.The email must be a valid email address.", retry_in=None)
    desk.engine.refresh_state()
    return waiting, rejected


@pytest.fixture
def outbox_pane(desk: FieldDesk, queued: tuple[int, int], qtbot: Any) -> OutboxPane:
    pane = OutboxPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.show()
    return pane


def states(pane: OutboxPane) -> list[str]:
    return [pane.model.index(r, OutboxTableModel.STATE).data() for r in range(pane.model.rowCount())]


def test_outbox_lists_waiting_and_rejected_writes_with_the_vendor_words(outbox_pane: OutboxPane) -> None:
    assert states(outbox_pane) == ["Waiting to be sent", "Rejected"]
    selected = outbox_pane.selected_entry()
    assert selected is not None and selected.state == "rejected"
    assert "Pro+ answered:\nmsg.The email must be a valid email address." in outbox_pane.detail.toPlainText()
    assert outbox_pane.model.index(1, OutboxTableModel.LAST_ERROR).data() == ("msg.The email must be a valid "
                                                                              "email address.")
    assert outbox_pane.model.index(1, OutboxTableModel.VENDOR).data() == "Pro+"
    assert outbox_pane.resubmit_button.isEnabled()


def test_discard_after_confirming_removes_the_row(outbox_pane: OutboxPane, desk: FieldDesk,
                                                  queued: tuple[int, int], monkeypatch: pytest.MonkeyPatch,
                                                  qtbot: Any) -> None:
    asked: list[str] = []

    def confirm(entry: OutboxEntry) -> bool:
        asked.append(entry.summary)
        return True

    monkeypatch.setattr(outbox_pane, "confirm_discard", confirm)
    with qtbot.waitSignal(outbox_pane.changed):
        qtbot.mouseClick(outbox_pane.discard_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert [e.id for e in desk.outbox.entries()] == [queued[0]]
    assert states(outbox_pane) == ["Waiting to be sent"]


def test_cancelling_the_confirmation_keeps_the_write(outbox_pane: OutboxPane, desk: FieldDesk,
                                                     monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    monkeypatch.setattr(outbox_pane, "confirm_discard", lambda entry: False)
    qtbot.mouseClick(outbox_pane.discard_button, Qt.MouseButton.LeftButton)
    assert len(desk.outbox.entries()) == 2
    assert states(outbox_pane) == ["Waiting to be sent", "Rejected"]


def test_resubmit_puts_a_rejected_write_back_in_the_queue(outbox_pane: OutboxPane, desk: FieldDesk,
                                                          qtbot: Any) -> None:
    qtbot.mouseClick(outbox_pane.resubmit_button, Qt.MouseButton.LeftButton)
    assert [e.state for e in desk.outbox.entries()] == ["pending", "pending"]
    assert states(outbox_pane) == ["Waiting to be sent", "Waiting to be sent"]
    assert not outbox_pane.resubmit_button.isEnabled()


def test_a_client_with_a_rejected_change_says_so(desk: FieldDesk, queued: tuple[int, int], qtbot: Any) -> None:
    pane = ClientsPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    rejected = next(e for e in desk.outbox.entries() if e.state == "rejected")
    assert pane.select_client(rejected.record_key)
    assert not pane.detail.status.isHidden()
    assert "rejected" in pane.detail.status.text() and "valid email" in pane.detail.status.text()
    assert pane.select_client("fd-client")
    assert pane.detail.status.text() == "Changes to this client are waiting to be sent."
    assert "Not yet in Pro+" in pane.detail.address.text()


def test_a_reload_cancelled_at_closing_ends_after_its_read(desk: FieldDesk, qtbot: Any, qloop: Any) -> None:
    """Closing the window cancels a pane's reload while its worker still reads the cache: the task ends only once
    the read has, so the cache (closed right after) is never closed under the read."""
    import asyncio
    import threading

    from ui.panes.registry import pane_spec

    spec = pane_spec("customers")
    assert spec is not None
    pane = spec.load()(desk, None)
    qtbot.addWidget(pane)
    reading, release, finished = threading.Event(), threading.Event(), threading.Event()
    fetch_rows = pane.fetch_rows

    def slow_fetch(limit: int | None) -> list[Any]:
        reading.set()
        release.wait(5)
        try:
            return fetch_rows(limit)
        finally:
            finished.set()

    pane.fetch_rows = slow_fetch  # type: ignore[method-assign]

    async def close_while_reading() -> bool:
        task = asyncio.ensure_future(pane.reload_async())
        while not reading.is_set():
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.sleep(0.05)
        ended_early = task.done()
        release.set()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return ended_early

    assert qloop.run_until_complete(close_while_reading()) is False
    assert finished.is_set()


def test_fix_opens_only_what_a_form_corrects_and_says_so_otherwise(desk: FieldDesk, queued: tuple[int, int],
                                                                  qtbot: Any) -> None:
    """Fix… opens the client form; a rejected change of another kind (a testresults.io customer here) has no form that
    corrects it, so the button is off and says what to do instead of doing nothing when clicked."""
    [customer] = [c for c in desk.customers.all() if not c["archived"]][:1]
    entry_id = desk.customers.update(customer["local_id"], {"Name": "Renamed BV"})
    assert entry_id is not None
    outbox_store.record_failure(desk.store, entry_id, "The name is taken.", retry_in=None)
    pane = OutboxPane(desk)
    qtbot.addWidget(pane)
    pane.reload()
    pane.show()
    rows = {pane.model.row_data(r).id: r for r in range(pane.model.rowCount())}
    pane.table.select_row(rows[queued[1]])  # the client's rejected change
    assert pane.fix_button.isEnabled()
    pane.table.select_row(rows[entry_id])
    assert not pane.fix_button.isEnabled() and not pane.fix_selected()
    assert f"fielddesk outbox resubmit {entry_id} --file" in pane.fix_button.toolTip()
    assert pane.resubmit_button.isEnabled() and pane.discard_button.isEnabled()
