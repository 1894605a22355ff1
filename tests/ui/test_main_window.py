"""The main window: panes, the Sync action, the status bar and the client editor hook."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from app.domain.models import Client
from app.services.fielddesk import FieldDesk
from app.store import outbox as outbox_store
from app.sync.engine import SyncState
from tests.helpers import open_desk, sandbox_state
from ui import main_window
from ui.main_window import MainWindow


def wait_until(loop: Any, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the qasync loop until `predicate()` holds (the window's async slots make progress meanwhile)."""

    async def poll() -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            await asyncio.sleep(0.01)

    loop.run_until_complete(poll())


def settle(loop: Any, window: MainWindow) -> None:
    """Let every task the window started finish."""
    wait_until(loop, lambda: not window.pending_tasks())


@pytest.fixture
def make_window(qtbot: Any) -> Callable[[FieldDesk], MainWindow]:
    def make(desk: FieldDesk) -> MainWindow:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        return window

    return make


@pytest.mark.allow_log("ui.main_window", match="no pane 'no-such-pane'")
def test_only_working_panes_are_offered(desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Clients", "Appliances"] and titles[-1] == "Outbox"
    assert {"Work orders", "Technicians"} <= set(titles)
    assert window.current_pane() == "clients"
    assert window.clients_pane.model.total_count() == len(desk.clients.rows())
    window.show_pane("appliances")
    assert window.stack.currentWidget() is window.appliances_pane
    assert window.appliances_pane.model.rowCount() == len(desk.clients.appliance_rows())  # read when first shown
    window.show_pane("no-such-pane")  # falls back to clients
    assert window.current_pane() == "clients"


def test_sync_action_has_f5_and_an_icon(desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    assert QKeySequence("F5") in window.sync_action.shortcuts()
    assert not window.sync_action.icon().isNull()
    assert window.sync_action in window.toolbar.actions()


def test_sync_action_fills_an_empty_sandbox_cache(empty_desk: FieldDesk, qloop: Any,
                                                  make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(empty_desk)
    assert not window.has_data() and window.needs_first_sync()
    assert "Never synced" in window.status_texts()
    seen: list[str] = []
    empty_desk.engine.subscribe(lambda state: seen.append(window.state_label.text()) if state.syncing else None)

    window.sync_action.trigger()
    wait_until(qloop, lambda: window.has_data() and not window.pending_tasks())

    assert "Syncing…" in seen
    assert window.clients_pane.model.total_count() == len(empty_desk.clients.rows()) > 0
    texts = window.status_texts()
    assert "Online" in texts and "0 pending" in texts and "0 rejected" in texts
    assert any(t.startswith("Last synced: ") for t in texts)
    assert not window.progress_bar.isVisible()
    message = window.statusBar().currentMessage()
    pulled = len(empty_desk.clients.rows())
    assert message.startswith("Synced: ") and message.endswith(" records received, 0 changes sent.")
    assert int(message.split()[1]) > pulled  # every vendor's records, not only the clients
    # Each vendor's figures when hovering the message.
    tip = window.statusBar().toolTip().splitlines()
    assert [line.split(":")[0] for line in tip] == ["Pro+", "Totalmobile", "testresults.io", "myBeNext", "Podero"]
    assert sum(int(line.split()[1]) for line in tip) == int(message.split()[1])
    window.show_pane("appliances")
    settle(qloop, window)
    assert window.appliances_pane.model.rowCount() == len(empty_desk.clients.appliance_rows()) > 0


def test_status_bar_counts_pending_and_rejected_writes(desk: FieldDesk,
                                                       make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    assert "0 pending" in window.status_texts()
    client = desk.clients.get(desk.clients.rows()[0][0])
    assert client is not None
    client.fields["phone"] = "+32 2 555 77 77"
    entry = desk.clients.save(client)
    assert "1 pending" in window.status_texts()
    outbox_store.record_failure(desk.store, entry, "msg.The phone must be a number.", retry_in=None)
    desk.engine.refresh_state()
    texts = window.status_texts()
    assert "0 pending" in texts and "1 rejected" in window.rejected_label.text()
    assert window.nav.item(main_window.PANES.index("outbox")).text() == "Outbox (1)"
    window.rejected_label.linkActivated.emit("outbox")
    assert window.current_pane() == "outbox"


def test_status_bar_shows_each_sync_state(desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    window.sync_state_changed.emit(SyncState(syncing=True, online=True, pending=2))
    assert window.state_label.text() == "Syncing…" and "2 pending" in window.status_texts()
    window.sync_state_changed.emit(SyncState(online=False, pending=2, last_error="proplus: no connection"))
    assert window.state_label.text() == "Offline"
    assert "no connection" in window.state_label.toolTip()
    window.sync_state_changed.emit(SyncState(online=True, last_success_at="2024-05-01T08:00:00+00:00"))
    texts = window.status_texts()
    assert "Online" in texts and any(t.startswith("Last synced: ") and "2024" in t for t in texts)


@pytest.fixture
def offline_desk(home: Path, qloop: Any) -> Iterator[tuple[FieldDesk, Any]]:
    desk, transport = open_desk(home, sandbox_state())
    yield desk, transport
    qloop.run_until_complete(desk.aclose())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_sync_while_offline_keeps_the_changes_and_says_offline(offline_desk: tuple[FieldDesk, Any], qloop: Any,
                                                               make_window: Callable[[FieldDesk], MainWindow]) -> None:
    desk, transport = offline_desk
    assert qloop.run_until_complete(desk.sync())[0].error is None
    window = make_window(desk)
    window.reload()
    client = desk.clients.get(desk.clients.rows()[0][0])
    assert client is not None
    client.fields["city"] = "Elsene"
    desk.clients.save(client)
    transport.online = False

    assert qloop.run_until_complete(window.run_sync()) is False

    assert window.state_label.text() == "Offline"
    assert "1 pending" in window.status_texts()
    assert "Sync did not finish: Pro+: cannot connect." in window.statusBar().currentMessage()
    assert "Last error: Pro+: cannot connect" in window.state_label.toolTip()
    assert window.sync_action.isEnabled()
    assert not window.findChildren(QMessageBox)  # being offline is normal in the field: no pop-up


@pytest.mark.allow_log("ui.errors", level="ERROR", match="boom in the engine")
def test_an_unexpected_sync_failure_is_shown_and_the_window_keeps_working(
        desk: FieldDesk, qloop: Any, monkeypatch: pytest.MonkeyPatch,
        make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom in the engine")

    monkeypatch.setattr(desk, "sync", broken)
    assert qloop.run_until_complete(window.run_sync()) is False
    boxes = window.findChildren(QMessageBox)
    assert boxes and "boom in the engine" in boxes[-1].text()
    assert window.sync_action.isEnabled() and not window.progress_bar.isVisible()
    assert window.clients_pane.model.total_count() == len(desk.clients.rows())


class FakeClientForm(QDialog):
    """Stands in for ui.forms.client_form.ClientFormDialog: renames the client it was given."""

    def __init__(self, client: Client | None, parent: QWidget | None = None, *, fixing: int | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.draft_forgotten = False

    def forget_draft(self) -> None:
        self.draft_forgotten = True

    def result_client(self) -> Client:
        assert self.client is not None
        renamed = copy.deepcopy(self.client)
        renamed.name = renamed.fields["name"] = "Aaron Renamed"
        return renamed


def test_edit_client_saves_through_the_desk_and_reloads(desk: FieldDesk, monkeypatch: pytest.MonkeyPatch,
                                                        make_window: Callable[[FieldDesk], MainWindow]) -> None:
    from ui.forms import client_form

    monkeypatch.setattr(client_form, "ClientFormDialog", FakeClientForm)
    window = make_window(desk)
    local_id = desk.clients.rows()[5][0]
    window.clients_pane.select_client(local_id)
    assert window.edit_client_action.isEnabled()

    window.edit_client_action.trigger()
    dialogs = window.findChildren(FakeClientForm)
    assert len(dialogs) == 1 and dialogs[0].client is not None and dialogs[0].client.local_id == local_id
    dialogs[0].accept()

    client = desk.clients.get(local_id)
    assert client is not None and client.name == "Aaron Renamed"
    assert "1 pending" in window.status_texts()
    assert window.clients_pane.selected_local_id() == local_id
    assert window.clients_pane.model.index(0, 0).data() == "Aaron Renamed"  # sorted by name: now first
    assert "Aaron Renamed" in window.statusBar().currentMessage()
    assert dialogs[0].draft_forgotten  # saved: what was typed needs no draft any more


def test_new_client_opens_the_real_form(desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    assert window.new_client_action.isEnabled()
    dialog = window.open_client_editor(None)
    assert type(dialog).__name__ == "ClientFormDialog"
    dialog.reject()


def test_closing_the_window_says_so(desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow],
                                   qtbot: Any) -> None:
    window = make_window(desk)
    window.show()
    with qtbot.waitSignal(window.closed):
        window.close()


def test_conflicts_show_in_the_status_bar_and_open_the_dialog(desk: FieldDesk,
                                                             make_window: Callable[[FieldDesk], MainWindow]) -> None:
    from tests.ui.test_dialogs import _conflict_on_email
    from ui.dialogs.conflicts import ConflictsDialog

    window = make_window(desk)
    assert not window.conflicts_label.isVisibleTo(window)
    _conflict_on_email(desk)
    assert "1 conflict(s)" in window.status_texts()[-2]
    dialog = window.open_conflicts()
    assert isinstance(dialog, ConflictsDialog) and dialog.table.rowCount() == 1
    dialog.keep_button.click()
    assert not window.conflicts_label.isVisibleTo(window)
    dialog.close()


def test_sync_settings_change_the_kept_interval(desk: FieldDesk,
                                                make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    dialog = window.open_sync_settings()
    dialog.minutes.setValue(12)  # type: ignore[attr-defined]
    dialog.accept()
    assert desk.sync_interval() == 720


def test_a_rejected_change_is_fixed_in_the_form_and_queued_again(
        desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    client = desk.clients.list()[0]
    client.city = client.fields["city"] = "Elsene"
    entry_id = desk.clients.save(client)
    outbox_store.record_failure(desk.store, entry_id, "msg.The city field is invalid.", retry_in=None)
    window.show_pane("outbox")
    pane = window.outbox_pane
    pane.reload()
    assert pane.fix_button.isEnabled()
    pane.fix_button.click()
    dialog = next(w for w in window.findChildren(QDialog) if w.isVisible())
    said = dialog.findChild(QLabel, "rejection")
    assert said is not None and said.isVisible(), "what Pro+ said is what the user corrects"
    assert said.text().startswith("Pro+ rejected this change: ") and "The city field is invalid." in said.text()
    dialog.client_page.cells["city"].set_text("Ixelles")  # type: ignore[attr-defined]
    dialog.keep_draft()  # type: ignore[attr-defined]
    key = f"{entry_id}:{client.local_id}"
    assert desk.drafts.find("client-fix", key) is not None and desk.drafts.find("client", client.local_id) is None
    dialog.accept()
    assert desk.drafts.find("client-fix", key) is None  # the correction is saved: no draft left
    [entry] = desk.outbox.entries()
    assert (entry.id, entry.state) == (entry_id, "pending")
    assert entry.payload["client"][0]["city"] == "Ixelles"
    assert desk.clients.get(client.local_id).city == "Ixelles"  # type: ignore[union-attr]


def test_the_window_says_which_profile_it_runs_in(desk: FieldDesk,
                                                  make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    assert window.status_texts()[0] == "Sandbox: demo data"
    assert "Sandbox" in window.windowTitle()
    assert "nothing you do here reaches a real vendor" in window.profile_label.toolTip()
    window.statusBar().showMessage("Synced: 3 clients")  # a passing message does not hide it
    assert window.profile_label.isVisibleTo(window)


def test_the_toolbar_shows_the_actions_of_the_pane_shown(desk: FieldDesk,
                                                         make_window: Callable[[FieldDesk], MainWindow]) -> None:
    window = make_window(desk)
    window.show_pane("clients")
    assert window.new_client_action.isVisible() and window.edit_client_action.isVisible()
    window.show_pane("technicians")  # "New client" would be a puzzle here
    assert not window.new_client_action.isVisible() and not window.edit_client_action.isVisible()
    assert window.sync_action.isVisible() and window.settings_action.isVisible()
    window.show_pane("clients")
    assert window.new_client_action.isVisible()


def test_a_write_that_failed_while_the_pull_ran_is_named_in_the_status_bar(
        desk: FieldDesk, make_window: Callable[[FieldDesk], MainWindow]) -> None:
    """A report whose only problem is a write waiting for a retry says that problem (it said "None")."""
    from app.services.sync import Text, VendorError, VendorReport

    window = make_window(desk)
    window._report([VendorReport("proplus", pulled=3, write_error=VendorError("proplus", Text("cannot connect")))])
    message = window.statusBar().currentMessage()
    assert "Pro+: cannot connect" in message and "None" not in message


def test_a_problem_that_stopped_every_vendor_is_said_once(
        desk: FieldDesk, qloop: Any, make_window: Callable[[FieldDesk], MainWindow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process syncing the cache stops each vendor's sync: the status bar says so once, not per vendor."""
    from filelock import FileLock

    from app.sync import engine

    monkeypatch.setattr(engine, "OTHER_PROCESS_WAIT", 0.1)
    window = make_window(desk)
    other = FileLock(f"{desk.store.path}.sync.lock", thread_local=False)  # as another FieldDesk process holds it
    other.acquire()
    try:
        reports = qloop.run_until_complete(desk.sync(["proplus", "podero"]))
    finally:
        other.release()
    window._report(reports)
    message = window.statusBar().currentMessage()
    assert message.count("another FieldDesk window or command is syncing this cache") == 1, message
    assert "FieldDesk: another FieldDesk window" in message


def test_ctrl_and_a_digit_shows_that_pane(desk: FieldDesk, qtbot: Any) -> None:
    """Ctrl+1 ... Ctrl+9 go to the panes in the navigation's order; each navigation entry says its keys. (The
    offscreen platform activates no window, so the shortcut's action is triggered, as for Ctrl+F.)"""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    by_keys = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    for number, name in [(3, "workorders"), (9, "outbox"), (1, "clients"), (6, "slots")]:
        by_keys[f"Ctrl+{number}"].trigger()
        assert window.current_pane() == name
    assert window.nav.item(2).toolTip().endswith("(Ctrl+3)")
    assert {"Ctrl+F", "Ctrl+Q"} <= set(by_keys), "the digits take no key another action has"
