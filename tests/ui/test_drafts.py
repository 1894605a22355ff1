"""Nothing typed into a record's form is lost when FieldDesk closes before it is saved (a crash, a logout, a power cut):
the form keeps a draft while it changes and as the window closes, the next window offers it back ("Unsaved" in the
status bar), and the form shows it again, with a note and a button to discard it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.fielddesk import FieldDesk
from app.store.db import StoreError
from tests.helpers import settle
from ui import drafts as ui_drafts
from ui.forms.client_form import ClientFormDialog
from ui.main_window import MainWindow
from ui.widgets import DRAFT_INTERVAL_MS, GuardedDialog


@pytest.fixture
def windows(desk: FieldDesk, qtbot: Any, qloop: Any) -> Iterator[Callable[[], MainWindow]]:
    """Windows on the same cache, one after the other, each as FieldDesk starts it: what it shows after a restart."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        for before in made:
            before.close()
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qloop.run_until_complete(window.finish_loading())
        made.append(window)
        return window

    yield make


def stored_drafts(desk: FieldDesk) -> list[tuple[str, str]]:
    """The drafts in the cache file, read by a connection of its own (as the next FieldDesk would read them)."""
    desk.drafts.flush()
    with sqlite3.connect(desk.store.path) as conn:
        return conn.execute("SELECT kind, record_key FROM drafts ORDER BY kind, record_key").fetchall()


def crash(dialog: QWidget) -> None:
    """The form goes without closing: FieldDesk was killed, or the computer lost power."""
    shiboken6.delete(dialog)
    QApplication.processEvents()


def client_form(window: MainWindow, local_id: str | None) -> ClientFormDialog:
    client = window.desk.clients.get(local_id) if local_id else None
    dialog = window.open_client_editor(client)
    assert isinstance(dialog, ClientFormDialog)
    return dialog


def first_client(desk: FieldDesk) -> str:
    return str(desk.clients.rows()[0][0])


def test_typing_keeps_a_draft_within_a_second_that_the_next_window_shows(
        desk: FieldDesk, windows: Callable[[], MainWindow], qtbot: Any) -> None:
    local_id = first_client(desk)
    dialog = client_form(windows(), local_id)
    name = dialog.client_page.cells["name"]
    saved_name = name.text()
    qtbot.keyClicks(name.editor, " (typed on site)")
    typed = name.text()
    assert typed != saved_name
    dialog.add_heating_appliance().cells["name"].editor.setText("Boiler in the attic")
    qtbot.waitUntil(lambda: stored_drafts(desk) == [("client", local_id)], timeout=3 * DRAFT_INTERVAL_MS)
    crash(dialog)

    again = client_form(windows(), local_id)
    assert again.client_page.cells["name"].text() == typed
    assert [p.name() for p in again.appliance_pages()][-1] == "Boiler in the attic"
    banner = again.findChild(ui_drafts.RestoredBanner)
    assert banner is not None and banner.isVisible() and "FieldDesk closed before it was saved" in banner.label.text()
    assert again.changed()  # Cancel asks before throwing the restored typing away


def test_closing_the_window_keeps_what_was_typed_since_the_last_second(
        desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    local_id = first_client(desk)
    window = windows()
    dialog = client_form(window, local_id)
    dialog.client_page.cells["city"].editor.setText("Typed just before closing")
    window.close()  # a logout closes the window as its close button does
    crash(dialog)
    assert stored_drafts(desk) == [("client", local_id)]
    assert client_form(windows(), local_id).client_page.cells["city"].text() == "Typed just before closing"


def test_a_restored_draft_takes_what_a_sync_changed_since_in_fields_not_typed(
        desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    """The office changed the client while FieldDesk was down: only what the user typed comes back over it, so saving
    never sends the old values of other fields back to Pro+."""
    from app.store.clients import get_client
    from app.vendors.proplus.mapping import client_record
    from app.vendors.proplus.sync import save_pulled_clients

    local_id = next(str(row[0]) for row in desk.clients.rows() if (c := desk.clients.get(str(row[0]))) and
                    len(c.appliances) >= 2)
    window = windows()
    dialog = client_form(window, local_id)
    dialog.client_page.cells["phone"].editor.setText("+32 9 555 44 33")
    first, second = dialog.appliance_pages()[:2]
    first.cells["name"].editor.setText("Boiler, renamed on site")
    renamed, other = first.local_id, second.name()
    window.close()
    crash(dialog)

    pulled = []  # a sync brings the office's changes: the e-mail, and the appliance renamed on site removed
    for row in desk.clients.rows():
        client = get_client(desk.store, str(row[0]))
        assert client is not None
        record = client_record(client)
        if client.local_id == local_id:
            record["email"] = "office@example.be"
            assert record["heating_appliance"][0]["id"] == client.appliances[0].proplus_id
            assert client.appliances[0].local_id == renamed
            record["heating_appliance"].pop(0)
        pulled.append(record)
    save_pulled_clients(desk.store, pulled)

    again = client_form(windows(), local_id)
    cells = again.client_page.cells
    assert cells["phone"].text() == "+32 9 555 44 33" and cells["email"].text() == "office@example.be"
    names = [page.name() for page in again.appliance_pages()]
    assert "Boiler, renamed on site" in names and other in names  # typed, as a new appliance now
    again.save_button.click()
    body = desk.outbox.entries()[-1].payload["client"][0]
    assert body["phone"] == "+32 9 555 44 33" and "email" not in body


def test_discarding_the_restored_draft_shows_the_record_as_saved(desk: FieldDesk,
                                                                 windows: Callable[[], MainWindow]) -> None:
    local_id = first_client(desk)
    window = windows()
    dialog = client_form(window, local_id)
    saved = dialog.draft_state()
    dialog.client_page.cells["email"].editor.setText("not an address")
    for page in dialog.appliance_pages():
        dialog.remove_appliance(page, confirm=False)
    window.close()
    crash(dialog)

    again = client_form(windows(), local_id)
    assert again.appliance_pages() == [] and again.client_page.cells["email"].text() == "not an address"
    assert "email" in again.problems  # the restored text is checked as typed text is
    banner = again.findChild(ui_drafts.RestoredBanner)
    assert banner is not None
    banner.discard_button.click()
    assert again.draft_state() == saved and not banner.isVisible() and not again.changed()
    assert stored_drafts(desk) == []


def test_saving_forgets_the_draft(desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    local_id = first_client(desk)
    dialog = client_form(windows(), local_id)
    dialog.client_page.cells["phone"].editor.setText("+32 9 555 12 34")
    dialog.keep_draft()
    assert stored_drafts(desk) == [("client", local_id)]
    dialog.save_button.click()
    client = desk.clients.get(local_id)
    assert client is not None and client.phone == "+32 9 555 12 34"
    assert stored_drafts(desk) == []


@pytest.mark.allow_log("ui.errors", level="ERROR", match="the disk is full")
def test_a_save_that_fails_keeps_the_draft_and_offers_it_again(
        desk: FieldDesk, windows: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch) -> None:
    local_id = first_client(desk)
    window = windows()
    dialog = client_form(window, local_id)
    dialog.client_page.cells["phone"].editor.setText("+32 9 555 98 76")

    def full_disk(_client: object) -> None:
        raise StoreError("the disk is full")

    monkeypatch.setattr(desk.clients, "save", full_disk)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert stored_drafts(desk) == [("client", local_id)]
    assert window.drafts_label.isVisibleTo(window) and "Edit client" in window.drafts_label.text()
    monkeypatch.undo()
    again = window.open_drafts()
    assert isinstance(again, ClientFormDialog) and again.client_page.cells["phone"].text() == "+32 9 555 98 76"
    assert not window.drafts_label.isVisibleTo(window)  # its form is open


def test_cancel_and_discard_forgets_the_draft(desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    dialog = client_form(windows(), None)
    dialog.client_page.cells["name"].editor.setText("Half a new client")
    dialog.keep_draft()
    assert stored_drafts(desk) == [("client", "")]
    dialog.reject()
    [box] = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    [discard] = [b for b in box.buttons() if b.text() == "Discard"]
    discard.click()
    assert stored_drafts(desk) == []


def test_an_untouched_form_keeps_no_draft(desk: FieldDesk, windows: Callable[[], MainWindow], qtbot: Any) -> None:
    window = windows()
    dialog = client_form(window, first_client(desk))
    qtbot.wait(int(DRAFT_INTERVAL_MS * 1.5))
    window.close()
    crash(dialog)
    assert stored_drafts(desk) == []
    typed_then_undone = client_form(windows(), first_client(desk))
    city = typed_then_undone.client_page.cells["city"]
    before = city.text()
    city.editor.setText("Elsewhere")
    typed_then_undone.keep_draft()
    city.editor.setText(before)
    typed_then_undone.keep_draft()
    assert stored_drafts(desk) == []


# -- every record form ------------------------------------------------------------------------------------------------
#: (pane, draft kind): the new-record forms each pane opens.
FORMS = [("workorders", "workorder"), ("technicians", "technician"), ("technicians", "device"),
         ("customers", "customer"), ("heatpumps", "heatpump")]


def type_into_every_editor(dialog: QWidget) -> None:
    """Change each editor as a user would: new text, another choice, a later date, another number, the other tick."""
    for number, (name, widget) in enumerate(ui_drafts.editors(dialog).items()):
        if isinstance(widget, QLineEdit):
            widget.setText(f"typed {name} {number}")
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(f"typed {name}\nsecond line")
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setEditText(f"typed {number}")
            else:
                widget.setCurrentIndex(widget.count() - 1 if widget.currentIndex() == 0 else 0)
        elif isinstance(widget, QDateEdit):
            widget.setDate(widget.date().addDays(3))
        elif isinstance(widget, QSpinBox):
            widget.setValue(widget.value() + 7)
        elif isinstance(widget, QAbstractButton):
            widget.toggle()


@pytest.mark.parametrize(("pane", "kind"), FORMS, ids=[kind for _, kind in FORMS])
def test_every_record_form_comes_back_as_it_was_typed(desk: FieldDesk, windows: Callable[[], MainWindow], qloop: Any,
                                                      pane: str, kind: str) -> None:
    window = windows()
    window.show_pane(pane)
    settle(qloop)
    dialog = window._panes[pane].open_draft(kind, "")  # type: ignore[union-attr]
    assert isinstance(dialog, GuardedDialog) and dialog.draft_kind == kind
    typed_dates = QDate.currentDate()
    type_into_every_editor(dialog)
    if kind == "technician":
        dialog.add_number("wallonia", "B", "W-778")  # type: ignore[attr-defined]
    typed = dialog.draft_state()
    assert typed != dialog._shown_draft
    window.close()
    crash(dialog)
    assert stored_drafts(desk) == [(kind, "")]

    again = windows()
    assert again.drafts_label.isVisibleTo(again) and again.drafts_label.text().count("Unsaved:") == 1
    assert "Forms left unsaved when FieldDesk closed are kept" in again.statusBar().currentMessage()
    restored = again.open_drafts()
    assert isinstance(restored, GuardedDialog) and type(restored) is type(dialog)
    assert restored.draft_state() == typed, f"typed on {typed_dates.toString()}"
    assert restored.findChild(ui_drafts.RestoredBanner) is not None
    settle(qloop)


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard",
                           "This plugin does not support propagateSizeHints")  # a menu pops up, offscreen
def test_several_unsaved_forms_are_offered_in_a_menu(desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    desk.drafts.keep("customer", "", "New customer",
                     {"opened": {"name_edit": ""}, "typed": {"name_edit": "Frigo Noord"}})
    desk.drafts.keep("workorder", "", "New work order", {"opened": {}, "typed": {"external_name": "Ketel"}})
    window = windows()
    assert window.drafts_label.text().endswith("Unsaved forms: 2</a>")
    menu = window.open_drafts()
    titles = [action.text() for action in menu.actions()]  # type: ignore[union-attr]
    assert [t.split(" (")[0] for t in titles] == ["New work order", "New customer"] or \
        sorted(t.split(" (")[0] for t in titles) == ["New customer", "New work order"]
    menu.actions()[titles.index(next(t for t in titles if t.startswith("New customer")))].trigger()  # type: ignore
    [dialog] = [d for d in window.findChildren(GuardedDialog) if d.isVisible()]
    assert dialog.draft_kind == "customer" and dialog.name_edit.text() == "Frigo Noord"  # type: ignore[attr-defined]
    assert window.drafts_label.text().endswith("Unsaved: New work order</a>")


def test_a_draft_whose_record_is_gone_can_be_discarded(desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    desk.drafts.keep("client", "deleted-in-pro-plus", "Edit client: Gone BV", {"opened": {}, "typed": {}})
    desk.drafts.keep("planner", "", "A form of a newer FieldDesk", {})
    window = windows()
    for draft in list(window._waiting_drafts):
        box = window.open_draft(draft)
        assert isinstance(box, QMessageBox) and draft.title in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
    assert stored_drafts(desk) == [] and window.drafts_label.isHidden()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=60), address=st.text(max_size=60))
def test_any_typed_text_comes_back_unchanged(desk: FieldDesk, windows: Callable[[], MainWindow], name: str,
                                             address: str) -> None:
    """Hostile text (control characters, lone surrogates, right-to-left marks) survives the draft as typed: Qt's own
    line edit decides what it holds, and the draft gives back exactly that."""
    dialog = client_form(windows(), None)
    dialog.client_page.cells["name"].editor.setText(name)
    dialog.client_page.cells["address"].editor.setText(address)
    shown = (dialog.client_page.cells["name"].text(), dialog.client_page.cells["address"].text())
    dialog.keep_draft()
    crash(dialog)
    again = client_form(windows(), None)
    assert (again.client_page.cells["name"].text(), again.client_page.cells["address"].text()) == shown
    desk.drafts.forget("client", "")
    crash(again)


def test_a_forms_own_fields_are_rebased_one_by_one(qtbot: Any) -> None:
    form = GuardedDialog()
    qtbot.addWidget(form)
    opened, typed, now = {"name": "A", "city": "Gent"}, {"name": "A", "city": "Genk"}, {"name": "B", "city": "Gent"}
    assert form.rebase(opened, typed, now) == {"name": "B", "city": "Genk"}


_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                       lambda inner: st.dictionaries(st.sampled_from("abc"), inner, max_size=3), max_leaves=8)
_records = st.dictionaries(st.sampled_from(["name", "city", "flanders", "region"]), _values, max_size=4)


@settings(max_examples=200, deadline=None)
@given(opened=_records, typed=_records, current=_records)
def test_changes_land_on_the_record_as_it_is_now(opened: dict[str, Any], typed: dict[str, Any],
                                                 current: dict[str, Any]) -> None:
    from ui.forms.client_form import _changes_onto

    assert _changes_onto(opened, opened, typed) == typed  # nothing changed since: exactly what was typed
    assert _changes_onto(current, opened, opened) == current  # nothing typed: the record as it is now
    merged = _changes_onto(current, opened, typed)
    for key in typed:
        if opened.get(key) != typed[key] and not (isinstance(opened.get(key), dict) and isinstance(typed[key], dict)):
            assert merged[key] == typed[key]  # what was typed wins


def _rejected_change(desk: FieldDesk) -> tuple[int, str]:
    """A client change Pro+ rejected: (its outbox id, the client's local id)."""
    from app.store import outbox as outbox_store

    client = desk.clients.list()[0]
    client.city = client.fields["city"] = "Elsene"
    entry_id = desk.clients.save(client)
    outbox_store.record_failure(desk.store, entry_id, "msg.The city field is invalid.", retry_in=None)
    return entry_id, client.local_id


def _correct(window: MainWindow, entry_id: int, local_id: str, city: str) -> ClientFormDialog:
    dialog = window.open_fix_editor(entry_id, local_id)
    assert isinstance(dialog, ClientFormDialog) and dialog.fixing == entry_id
    dialog.client_page.cells["city"].set_text(city)
    dialog.keep_draft()
    return dialog


def test_a_correction_typed_before_a_crash_comes_back_as_the_correction(
        desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    """Not as a plain edit of the client: saved, it corrects the rejected change (which keeps its place in the queue)
    instead of queueing another change behind it."""
    entry_id, local_id = _rejected_change(desk)
    crash(_correct(windows(), entry_id, local_id, "Ixelles"))
    assert stored_drafts(desk) == [("client-fix", f"{entry_id}:{local_id}")]
    again = windows()
    assert "Unsaved: Correct the rejected change:" in again.drafts_label.text()
    restored = again.open_drafts()
    assert isinstance(restored, ClientFormDialog) and restored.fixing == entry_id
    assert restored.client_page.cells["city"].text() == "Ixelles"
    restored.accept()
    [entry] = desk.outbox.entries()
    assert (entry.id, entry.state, entry.payload["client"][0]["city"]) == (entry_id, "pending", "Ixelles")
    assert stored_drafts(desk) == []


def test_a_correction_whose_change_was_discarded_meanwhile_comes_back_as_an_edit(
        desk: FieldDesk, windows: Callable[[], MainWindow]) -> None:
    entry_id, local_id = _rejected_change(desk)
    crash(_correct(windows(), entry_id, local_id, "Ixelles"))
    desk.outbox.discard(entry_id)  # from the command line, or another window
    again = windows()
    restored = again.open_drafts()
    assert isinstance(restored, ClientFormDialog) and restored.fixing is None
    assert restored.client_page.cells["city"].text() == "Ixelles"
    assert stored_drafts(desk) == [("client", local_id)]
    restored.accept()
    [entry] = desk.outbox.entries()
    assert entry.id != entry_id and entry.payload["client"][0]["city"] == "Ixelles"
    assert stored_drafts(desk) == []
