"""The main window: navigation, panes, the Sync action and the sync status bar.

The window reads only the cache (through FieldDesk); the network is touched by `desk.sync()` alone,
awaited on the qasync loop so the UI never blocks.
"""

from __future__ import annotations

import html
import logging
import sys
import weakref
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.services.clients import VENDOR as CLIENTS_VENDOR
from ui.aio import aio
from ui.errors import error_boundary
from ui.labels import local_time, outbox_error, said, sync_phase_name, vendor_name, vendor_problem
from ui.panes import registry
from ui.resources import icon
from ui.webhook import WebhookControl
from ui.widgets import GuardedDialog, ask_to_delete, error_color, follow_scheme

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from app.services.autosync import AutoSync
    from app.services.drafts import Draft, DraftService
    from app.services.entities import Client
    from app.services.fielddesk import FieldDesk
    from app.services.sync import SyncState, VendorReport
    from ui.panes.appliances import AppliancesPane
    from ui.panes.clients import ClientsPane
    from ui.panes.outbox import OutboxPane
    from ui.panes.technicians import TechniciansPane
    from ui.panes.workorders import WorkOrdersPane
    from ui.window_state import WindowState

    Pane = ClientsPane | AppliancesPane | WorkOrdersPane | TechniciansPane | OutboxPane

log = logging.getLogger(__name__)

#: The panes' names, in the navigation's order (see ui.panes.registry).
PANES = tuple(spec.name for spec in registry.PANES)
def _state_listener(window: MainWindow) -> Callable[[SyncState], None]:
    """The engine calls its listeners for as long as the desk lives; the window may be gone by then."""
    ref = weakref.ref(window)

    def listener(state: SyncState) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target.sync_state_changed.emit(state)  # queued to the UI thread when called from a worker

    return listener


def _set_shortcut(action: QAction, keys: str) -> None:
    action.setShortcut(QKeySequence(keys))


def _report_crash(task: asyncio.Task[Any]) -> None:
    """What qasync's asyncSlot does with a slot's failure: hand it to `sys.excepthook` (the crash handler)."""
    if not task.cancelled() and (exc := task.exception()) is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class MainWindow(QMainWindow):
    #: The engine's SyncState, re-emitted on the UI thread.
    sync_state_changed = Signal(object)
    #: The window was closed; `run_gui` then closes the FieldDesk and ends the loop.
    closed = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None, *, pane: str = "clients",
                 window_state: WindowState | None = None) -> None:
        """`pane`: the pane shown first. `window_state`: where the window's size, place and arrangement are kept
        between sessions (restored here, saved when it closes); None keeps nothing (a screenshot, a test)."""
        super().__init__(parent)
        self.desk = desk
        self.window_state = window_state
        self._tasks: set[asyncio.Task[Any]] = set()
        self._syncing = False
        self._state: SyncState | None = None
        self._credentials_open = False
        self._waiting_drafts: list[Draft] = []
        #: The automatic sync, set by ui.app once the loop runs; the settings dialog changes its interval.
        self.autosync: AutoSync | None = None
        self.setWindowTitle(self.tr("FieldDesk — {profile}").format(profile=self.profile_text()))
        self.setWindowIcon(icon("fielddesk"))
        self.setMinimumSize(QSize(900, 560))
        self.resize(1280, 800)
        if window_state is not None:
            window_state.restore_window(self)

        #: The panes built so far; each is built when first needed (see `_pane`).
        self._panes: dict[str, Pane] = {}
        #: The work-order webhook receiver (started by ui.session when the user turned it on).
        self.webhook = WebhookControl(desk, self)
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self.sync_state_changed.connect(self._apply_state)

        self.show_pane(pane)
        self.stack.currentChanged.connect(self._pane_shown)
        desk.watch_state(_state_listener(self))
        self._update_actions()

    # -- building ----------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.sync_action = QAction(icon("sync"), self.tr("Sync"), self)
        _set_shortcut(self.sync_action, "F5")
        self.sync_action.setToolTip(self.tr("Send your changes and download the latest data (F5)"))
        self.sync_action.triggered.connect(self._on_sync_triggered)

        self.new_client_action = QAction(icon("new-client"), self.tr("New client"), self)
        _set_shortcut(self.new_client_action, "Ctrl+N")
        self.new_client_action.triggered.connect(lambda: self.open_client_editor(None))
        self.edit_client_action = QAction(icon("edit"), self.tr("Edit client"), self)
        _set_shortcut(self.edit_client_action, "Ctrl+E")
        self.edit_client_action.triggered.connect(self._edit_selected_client)

        self.quit_action = QAction(self.tr("Quit"), self)
        _set_shortcut(self.quit_action, "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)

        self.find_action = QAction(self.tr("Find"), self)
        _set_shortcut(self.find_action, "Ctrl+F")
        self.find_action.triggered.connect(self.focus_filter)
        self.addAction(self.find_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.sync_action)
        #: Each pane's own toolbar actions (after a separator), shown while that pane is (see _nav_row_changed).
        self._pane_actions: dict[str, list[QAction]] = {}
        for spec in registry.PANES:
            if spec.actions:
                self._pane_actions[spec.name] = [toolbar.addSeparator(),
                                                 *(getattr(self, f"{name}_action") for name in spec.actions)]
                toolbar.addActions(self._pane_actions[spec.name][1:])
        self.settings_action = QAction(icon("settings"), self.tr("Sync settings…"), self)
        self.settings_action.triggered.connect(self.open_sync_settings)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(170)
        self.nav.setAccessibleName(self.tr("Panes"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        titles = {spec.name: spec.translated_title() for spec in registry.PANES}
        for number, spec in enumerate(registry.PANES, start=1):
            item = QListWidgetItem(icon(spec.icon), titles[spec.name], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setSizeHint(QSize(150, 36))
            if number <= 9:  # Ctrl+1 ... Ctrl+9: the panes in the navigation's order
                keys = QKeySequence(f"Ctrl+{number}")
                item.setToolTip(f"{titles[spec.name]} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
                go = QAction(self)
                go.setShortcut(keys)
                go.triggered.connect(lambda _checked=False, name=spec.name: self.show_pane(name))
                self.addAction(go)
        self._nav_titles = titles
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # A long message (a sync of four vendors, in Dutch) is cut off beside the permanent labels: hovering shows it.
        bar.messageChanged.connect(lambda text: bar.setToolTip(text))
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setFixedWidth(160)
        self.progress_bar.setTextVisible(False)
        self.state_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.rejected_label = QLabel(self)
        self.rejected_label.linkActivated.connect(lambda _link: self.show_pane("outbox"))
        self.conflicts_label = QLabel(self)
        self.conflicts_label.linkActivated.connect(lambda _link: self.open_conflicts())
        self.drafts_label = QLabel(self)
        self.drafts_label.linkActivated.connect(lambda _link: self.open_drafts())
        self.drafts_label.hide()  # until the window has painted and read the drafts (`refresh_drafts`)
        self.last_sync_label = QLabel(self)
        # Which profile runs, always in view: a write must never go to the demo sandbox (or a live vendor) unnoticed.
        self.profile_label = QLabel(self.profile_text(), self)
        self.profile_label.setObjectName("profile-label")
        self.profile_label.setContentsMargins(8, 0, 8, 0)
        self.profile_label.setToolTip(self.profile_tooltip())
        bar.addPermanentWidget(self.profile_label)  # permanent: a status message must not hide it
        for widget in (self.progress_label, self.progress_bar):
            widget.hide()
            bar.addPermanentWidget(widget)
        for label in (self.state_label, self.drafts_label, self.pending_label, self.rejected_label,
                      self.conflicts_label, self.last_sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def profile_text(self) -> str:
        settings = self.desk.settings
        if settings.profile == "sandbox":
            return self.tr("Sandbox: demo data")
        names = ", ".join(vendor_name(v) for v in settings.live_vendors())
        return self.tr("Live: {vendors}").format(vendors=names or self.tr("no vendor configured"))

    def profile_tooltip(self) -> str:
        if self.desk.settings.profile == "sandbox":
            return self.tr("Built-in simulators with fictional data: nothing you do here reaches a real vendor. "
                           "Configure a vendor (README, “Live configuration”) to work live.")
        return self.tr("Your changes are sent to the vendors named here.")

    # -- panes ------------------------------------------------------------------------------------------
    def show_pane(self, name: str) -> None:
        if name not in PANES:
            log.warning("no pane %r; showing clients", name)
            name = "clients"
        self.nav.setCurrentRow(PANES.index(name))

    def focus_filter(self) -> QLineEdit | None:
        """Ctrl+F: into the filter box of what the current pane shows (of its current tab), its text selected."""
        pane = self.stack.currentWidget()
        found = next((e for e in pane.findChildren(QLineEdit, "filter") if e.isVisibleTo(pane)), None) if pane else None
        if found is not None:
            found.setFocus(Qt.FocusReason.ShortcutFocusReason)
            found.selectAll()
        return found

    def current_pane(self) -> str:
        return PANES[max(self.nav.currentRow(), 0)]

    @property
    def clients_pane(self) -> ClientsPane:
        return cast("ClientsPane", self._pane("clients"))

    @property
    def appliances_pane(self) -> AppliancesPane:
        return cast("AppliancesPane", self._pane("appliances"))

    @property
    def outbox_pane(self) -> OutboxPane:
        return cast("OutboxPane", self._pane("outbox"))

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PANES):
            for name, actions in self._pane_actions.items():
                for action in actions:
                    action.setVisible(name == PANES[row])
            self.stack.setCurrentWidget(self._pane(PANES[row]))

    def _pane(self, name: str) -> Pane:
        """The pane, built (from its declaration in ui.panes.registry) the first time it is needed."""
        pane = self._panes.get(name)
        if pane is not None:
            return pane
        spec = registry.pane_spec(name)
        if spec is None:
            raise ValueError(f"no pane {name!r}")
        built: Pane = spec.load()(self.desk, self)
        self._panes[name] = built
        wire = getattr(self, f"_wire_{name}", None)
        if wire is not None:
            wire(built)
        self.stack.addWidget(built)
        if self.window_state is not None:
            self.window_state.restore_pane(name, built)
        return built

    def _wire_clients(self, pane: ClientsPane) -> None:
        pane.client_selected.connect(self._update_actions)
        pane.appliance_activated.connect(self.show_appliance)
        pane.edit_requested.connect(self._edit_client_by_id)

    def _wire_appliances(self, pane: AppliancesPane) -> None:
        pane.show_client_requested.connect(self.show_client)
        pane.work_order_requested.connect(self.open_work_order_form)

    def _wire_workorders(self, pane: WorkOrdersPane) -> None:
        pane.changed.connect(self._queue_changed)
        pane.webhook_requested.connect(self.open_webhook_settings)
        self.webhook.work_orders_changed.connect(self._work_orders_changed)
        self.webhook.call_arrived.connect(self._webhook_call)

    def _wire_technicians(self, pane: TechniciansPane) -> None:
        pane.changed.connect(self._queue_changed)  # a technician or device change was queued

    def _work_orders_changed(self) -> None:
        pane = self._panes.get("workorders")
        if pane is not None:
            pane.dirty = True
            if self.current_pane() == "workorders":
                self._in_background(self._refresh(pane), fallback=pane.reload)

    def _webhook_call(self, local_id: object, certificate: bool) -> None:
        if certificate and isinstance(local_id, str):
            row = self.desk.workorders.get(local_id)
            name = row["external_name"] if row else local_id
            self.statusBar().showMessage(self.tr("The certificate of work order “{name}” is available").format(
                name=name), 15000)

    def open_webhook_settings(self) -> QDialog:
        from ui.dialogs.webhook import WebhookDialog

        dialog = WebhookDialog(self.webhook, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_work_order_form(self, appliance: str | None = None) -> QWidget:
        self.show_pane("workorders")
        return cast("WorkOrdersPane", self._pane("workorders")).open_create(appliance)

    def _wire_outbox(self, pane: OutboxPane) -> None:
        pane.changed.connect(self._queue_changed)
        pane.fix_requested.connect(self.open_fix_editor)
        pane.reload()  # a handful of rows: read at once

    def show_client(self, local_id: str) -> None:
        self.show_pane("clients")
        self.clients_pane.select_client(local_id)

    def show_appliance(self, local_id: str) -> None:
        self.show_pane("appliances")
        self.appliances_pane.select_appliance(local_id)

    def reload(self) -> None:
        """Read every pane again from the cache, on this thread (small caches, tests)."""
        for pane in self._panes.values():
            pane.reload()
        self._update_actions()

    async def reload_async(self) -> None:
        """After a sync or a change: the visible pane reads the cache again in a worker; the others are
        marked to do so when they are next shown."""
        for pane in self._panes.values():
            pane.dirty = True
        await self._refresh(self._panes[self.current_pane()])
        if self.current_pane() != "clients":
            await self._refresh(self.clients_pane)  # edit actions and client links rely on it
        self._update_actions()

    async def finish_loading(self) -> None:
        """Read the pane shown, if it has not read yet (an in-memory pane reads in a worker thread), and say
        what forms were left unsaved."""
        self.refresh_drafts()
        self.desk.drafts.watch(self.refresh_drafts)
        if self._waiting_drafts:
            self.statusBar().showMessage(self.tr(
                "Forms left unsaved when FieldDesk closed are kept: open “Unsaved” below to finish them."), 20000)
        pane = self._panes[self.current_pane()]
        if pane.dirty:
            await self._refresh(pane)

    async def _refresh(self, pane: Pane) -> None:
        await pane.reload_async()
        self._update_actions()

    def _pane_shown(self, _index: int) -> None:
        pane = self._panes[self.current_pane()]
        if pane.dirty:
            self._in_background(self._refresh(pane), fallback=pane.reload)

    def _in_background(self, coroutine: Coroutine[Any, Any, Any], fallback: Callable[[], object]) -> None:
        """Run a coroutine on the loop, keeping its task; without a running loop (a test driving the window
        directly), call `fallback` instead."""

        try:
            aio().get_running_loop()
        except RuntimeError:
            coroutine.close()
            fallback()
            return
        task = aio().ensure_future(self._guarded(coroutine))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _guarded(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        with error_boundary(self, self.tr("Reading the cache")):
            await coroutine

    def has_data(self) -> bool:
        return self.clients_pane.model.total_count() > 0

    def needs_first_sync(self) -> bool:
        """A new sandbox user sees demo data at once: the empty cache is filled by a first sync."""
        return self.desk.settings.profile == "sandbox" and not self.has_data() and bool(self.desk.vendors)

    # -- sync ----------------------------------------------------------------------------------------------
    def _on_sync_triggered(self) -> None:
        self.start_sync().add_done_callback(_report_crash)

    def start_sync(self) -> asyncio.Task[bool]:
        """Start a sync in the background; the task is kept until it ends (qasync issue #98)."""

        task = aio().ensure_future(self.run_sync())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def run_sync(self) -> bool:
        """Sync every vendor now. Returns False when a sync was already running or it failed."""
        if self._syncing:
            return False

        current = aio().current_task()
        if current is not None:
            self._tasks.add(current)  # strong reference until the sync and the reload are done
        try:
            return await self._sync_and_reload()
        finally:
            if current is not None:
                self._tasks.discard(current)

    async def _sync_and_reload(self) -> bool:
        self._syncing = True
        self.sync_action.setEnabled(False)
        self._show_progress("", "", 0, 0)
        ok = False
        try:
            with error_boundary(self, self.tr("Sync")):
                reports = await self.desk.sync(progress=self._on_progress)
                self._report(reports)
                ok = all(r.problem is None for r in reports)
                status = self.desk.status()
                for vendor, reason in status.paused.items():
                    self.ask_credentials(vendor, said(status.paused_texts.get(vendor), reason))
        finally:
            self._syncing = False
            if shiboken6.isValid(self):
                self.sync_action.setEnabled(True)
                self.progress_bar.hide()
                self.progress_label.hide()
        if shiboken6.isValid(self):
            with error_boundary(self, self.tr("Reading the cache")):
                await self.reload_async()
        return ok

    def _on_progress(self, vendor: str, phase: str, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self._show_progress(vendor, phase, done, total)

    def _show_progress(self, vendor: str, phase: str, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)  # busy
        self.progress_label.setText(f"{vendor_name(vendor)}: {sync_phase_name(phase)}" if vendor else "")
        self.progress_label.setVisible(bool(vendor))
        self.progress_bar.show()

    def _report(self, reports: list[VendorReport]) -> None:
        failed = [r for r in reports if r.problem is not None]
        rejected = sum(r.rejected for r in reports)
        if failed:
            # Each problem once: one that stopped every vendor (another process syncing) is said once, not per vendor.
            message = "; ".join(dict.fromkeys(vendor_problem(r.problem) for r in failed if r.problem is not None))
            self.statusBar().showMessage(
                self.tr("Sync did not finish: {error}. Your changes are kept and sent on the next sync.").format(
                    error=message), 15000)
        elif rejected:
            self.statusBar().showMessage(self.tr("%n change(s) rejected: see the Outbox.", "", rejected), 15000)
        else:
            # One short line that fits beside the permanent labels in every language (naming four vendors in it
            # ran off the status bar in Dutch); each vendor's figures when hovering it.
            bar = self.statusBar()
            bar.showMessage(self.tr("Synced: {pulled} records received, {sent} changes sent.").format(
                pulled=sum(r.pulled for r in reports), sent=sum(r.sent for r in reports)), 8000)
            bar.setToolTip("\n".join(self.tr("{vendor}: {pulled} records received, {sent} changes sent.").format(
                vendor=vendor_name(r.vendor), pulled=r.pulled, sent=r.sent) for r in reports))

    # -- status ------------------------------------------------------------------------------------------
    def _apply_state(self, state: SyncState) -> None:
        ended = self._state is not None and self._state.syncing and not state.syncing
        self._state = state
        if not self._syncing:  # a sync started elsewhere (automatic sync): show it, and its result
            if state.syncing and not self.progress_bar.isVisible():
                self._show_progress("", "", 0, 0)
            elif ended:
                self.progress_bar.hide()
                self.progress_label.hide()
                self._in_background(self.reload_async(), fallback=self.reload)
        if state.syncing:
            self.state_label.setText(self.tr("Syncing…"))
        elif state.online is False:
            self.state_label.setText(self.tr("Offline"))
        elif state.online:
            self.state_label.setText(self.tr("Online"))
        else:
            self.state_label.setText("")  # not known until the first sync of this session
        self.state_label.setVisible(bool(self.state_label.text()))
        problems = [self.tr("{vendor} is paused: {reason}").format(
                        vendor=vendor_name(v), reason=said(state.paused_texts.get(v), why))
                    for v, why in state.paused.items()]
        if state.last_error:
            problems.append(self.tr("Last error: {error}").format(error=vendor_problem(state.last_error)))
        self.state_label.setToolTip("\n".join(problems))
        self.pending_label.setText(self.tr("%n pending", "", state.pending))
        self.pending_label.setToolTip(self.tr("Changes waiting to be sent"))
        rejected = self.tr("%n rejected", "", state.rejected)
        if state.rejected:
            self.rejected_label.setText(f'<a href="outbox" style="color:{error_color()}">{rejected}</a>')
            self.rejected_label.setToolTip(self.tr("Changes a vendor refused: open the Outbox to fix or discard"))
        else:
            self.rejected_label.setText(rejected)
            self.rejected_label.setToolTip("")
        conflicts = self.tr("%n conflict(s)", "", state.conflicts)
        self.conflicts_label.setText(f'<a href="conflicts" style="color:{error_color()}">{conflicts}</a>')
        self.conflicts_label.setToolTip(self.tr("Fields changed here and on the server: choose which value stays"))
        self.conflicts_label.setVisible(state.conflicts > 0)
        self.last_sync_label.setText(
            self.tr("Last synced: {time}").format(time=local_time(state.last_success_at))
            if state.last_success_at else self.tr("Never synced"))
        queued = state.pending + state.rejected
        outbox_item = self.nav.item(PANES.index("outbox"))
        outbox_item.setText(f"{self._nav_titles['outbox']} ({queued})" if queued else self._nav_titles["outbox"])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's colour scheme changed the application's
            follow_scheme(self)

    def follow_scheme(self) -> None:
        """The status bar's links are red: said again in the scheme's red (`ui.widgets.follow_scheme`)."""
        if self._state is not None:
            self._apply_state(self._state)

    def status_texts(self) -> list[str]:
        """What the status bar shows, left to right (for tests and screenshots)."""
        labels = (self.profile_label, self.progress_label, self.state_label, self.drafts_label, self.pending_label,
                  self.rejected_label, self.conflicts_label, self.last_sync_label)
        return [label.text() for label in labels if label.isVisibleTo(self)]

    def _queue_changed(self) -> None:
        self.desk.refresh_status()
        self.clients_pane.reload()

    # -- clients --------------------------------------------------------------------------------------------
    def _update_actions(self, *_args: object) -> None:
        self.edit_client_action.setEnabled(self.clients_pane.selected_local_id() is not None)

    def _edit_selected_client(self) -> None:
        client = self.clients_pane.selected_client()
        if client is not None:
            self.open_client_editor(client)

    def _edit_client_by_id(self, local_id: str) -> None:
        client = self.desk.clients.get(local_id)
        if client is not None:
            self.open_client_editor(client)

    def open_client_editor(self, client: Client | None, accepted: Callable[[Any], None] | None = None, *,
                           fixing: int | None = None) -> QDialog:
        """Open the client form (new client when `client` is None); saving queues the push (`fixing`: corrects
        that rejected change, by `accepted`). The form is imported when first opened: it pulls in the vendor's
        field models, which the first frame does not need."""
        from ui.forms import client_form

        dialog: QDialog = client_form.ClientFormDialog(client, self, fixing=fixing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        on_accept = accepted or self._client_form_accepted
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.open()
        return dialog

    def _client_form_accepted(self, dialog: Any) -> None:
        saved = False
        with error_boundary(self, self.tr("Saving the client")):
            client: Client = dialog.result_client()
            self.desk.clients.save(client)
            saved = True
            dialog.forget_draft()
            self.reload()
            self.show_client(client.local_id)
            self.statusBar().showMessage(
                self.tr("Saved {name}. It is sent to {vendor} with the next sync.").format(
                    name=client.name, vendor=vendor_name(CLIENTS_VENDOR)), 10000)
        if not saved:  # what was typed is the form's draft: "Unsaved" in the status bar opens it again
            self.refresh_drafts()

    # -- drafts: forms left unsaved when FieldDesk closed ----------------------------------------------------------
    def refresh_drafts(self) -> None:
        """Show "N unsaved forms" when drafts are waiting whose form is not open."""
        open_forms = {(d.draft_kind, d.draft_key()) for d in self.findChildren(GuardedDialog) if d.isVisible()}
        self._waiting_drafts = [d for d in self.desk.drafts.all() if (d.kind, d.key) not in open_forms]
        count = len(self._waiting_drafts)
        text = (self.tr("Unsaved: {title}").format(title=self._waiting_drafts[0].title) if count == 1 else
                self.tr("Unsaved forms: {count}").format(count=count))
        self.drafts_label.setText(f'<a href="drafts">{html.escape(text)}</a>')
        self.drafts_label.setToolTip("\n".join(
            [self.tr("Typed but not saved when FieldDesk closed; open to finish or discard:"),
             *(f"{d.title} ({local_time(d.saved_at)})" for d in self._waiting_drafts)]))
        self.drafts_label.setVisible(bool(count))

    def open_drafts(self) -> QWidget | None:
        """Open the unsaved form, or offer a menu of them when there are several."""
        waiting = self._waiting_drafts
        if len(waiting) == 1:
            return self.open_draft(waiting[0])
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for draft in waiting:
            menu.addAction(f"{draft.title} ({local_time(draft.saved_at)})").triggered.connect(
                lambda _checked=False, draft=draft: self.open_draft(draft))
        menu.popup(QCursor.pos())
        return menu

    def open_draft(self, draft: Draft) -> QWidget | None:
        """Open the form a draft was typed into, for its record: the form shows the draft."""
        from ui.forms.client_form import FIX_DRAFT

        dialog: QWidget | None
        if draft.kind == "client":
            client = self.desk.clients.get(draft.key) if draft.key else None
            dialog = self.open_client_editor(client) if client is not None or not draft.key else None
        elif draft.kind == FIX_DRAFT:
            dialog = self._open_fix_draft(draft)
        else:
            spec = next((p for p in registry.PANES if draft.kind in p.drafts), None)
            dialog = None
            if spec is not None:
                self.show_pane(spec.name)
                dialog = cast(registry.OpensDrafts, self._panes[spec.name]).open_draft(draft.kind, draft.key)
        if dialog is None:
            return self._draft_gone(draft)
        self.refresh_drafts()
        return dialog

    def _open_fix_draft(self, draft: Draft) -> QDialog | None:
        """The correction of a rejected change; when that change was sent again or discarded meanwhile, what was
        typed becomes an edit of the client (unless the client has an unsaved edit of its own)."""
        from ui.forms.client_form import FIX_DRAFT, parse_fix_draft_key

        parsed = parse_fix_draft_key(draft.key)
        if parsed is None:
            return None
        entry_id, local_id = parsed
        entry = self.desk.outbox.get(entry_id)
        if entry is not None and entry.state == "rejected" and entry.record_key == local_id:
            return self.open_fix_editor(entry_id, local_id)
        client = self.desk.clients.get(local_id)
        if client is None or self.desk.drafts.find("client", local_id) is not None:
            return None
        self.desk.drafts.keep("client", local_id, draft.title, draft.state)
        self.desk.drafts.forget(FIX_DRAFT, draft.key)
        return self.open_client_editor(client)

    def _draft_gone(self, draft: Draft) -> QWidget:
        """Its record is no longer in the cache (deleted here or at the vendor), or another build made it."""
        return ask_to_delete(
            self, self.tr("Unsaved form"),
            self.tr("“{title}” was typed for a record FieldDesk no longer has, so it cannot be opened. Discard what "
                    "was typed?").format(title=draft.title),
            lambda: self.desk.drafts.forget(draft.kind, draft.key))

    # -- conflicts, credentials, settings, fixing a rejected change --------------------------------------------
    # The dialogs are imported when first opened: the first frame shows none of them (nor builds their enums).
    def open_conflicts(self) -> QDialog:
        from ui.dialogs.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._queue_changed)
        dialog.open()
        return dialog

    def ask_credentials(self, vendor: str, reason: str) -> QDialog | None:
        """The vendor refused our credentials: ask for new ones (live profile; the sandbox has none to ask)."""
        if self.desk.settings.profile != "live" or self._credentials_open:
            return None
        from ui.dialogs.credentials import CredentialsDialog

        dialog = CredentialsDialog(vendor, reason, self, keyring=self.desk.can_remember_secrets())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._credentials_open = True
        dialog.finished.connect(lambda _result: setattr(self, "_credentials_open", False))
        dialog.accepted.connect(lambda: self._in_background(self._use_credentials(vendor, dialog.secrets()),
                                                            fallback=lambda: None))
        dialog.open()
        return dialog

    async def _use_credentials(self, vendor: str, secrets: dict[str, str]) -> None:
        with error_boundary(self, self.tr("Saving the credentials")):
            if not await self.desk.update_credentials(vendor, secrets):
                self.statusBar().showMessage(self.tr(
                    "No keyring on this computer: the {vendor} credentials are kept until you quit.").format(
                    vendor=vendor_name(vendor)), 15000)
            await self.run_sync()

    def open_sync_settings(self) -> QDialog:
        from ui.dialogs.settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.desk.sync_interval(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_sync_interval(dialog.interval_seconds()))
        dialog.open()
        return dialog

    def _apply_sync_interval(self, seconds: float) -> None:
        with error_boundary(self, self.tr("Saving the sync settings")):
            self.desk.set_sync_interval(seconds)
            if self.autosync is not None:
                self.autosync.interval = seconds

    def open_fix_editor(self, entry_id: int, local_id: str) -> QDialog | None:
        """Open a rejected change's client in the form; saving corrects that same queued change."""
        client = self.desk.clients.get(local_id)
        if client is None:
            return None
        dialog = self.open_client_editor(client, accepted=lambda d: self._fix_accepted(entry_id, d), fixing=entry_id)
        entry = self.desk.outbox.get(entry_id)
        if entry is not None and entry.last_error:  # what the vendor said is what the user corrects
            dialog.show_rejection(  # type: ignore[attr-defined]
                self.tr("{vendor} rejected this change: {message} Correct it and save: it is sent again in its "
                        "place.").format(vendor=vendor_name(entry.vendor), message=outbox_error(entry)))
        return dialog

    def _fix_accepted(self, entry_id: int, dialog: Any) -> None:
        saved = False
        with error_boundary(self, self.tr("Saving the correction")):
            client: Client = dialog.result_client()
            self.desk.clients.fix_rejected(entry_id, client)
            saved = True
            dialog.forget_draft()
            self._queue_changed()
            self.outbox_pane.reload()
            self.statusBar().showMessage(
                self.tr("Corrected {name}. It is sent again with the next sync.").format(name=client.name), 10000)
        if not saved:  # the correction is the form's draft: "Unsaved" in the status bar opens it again
            self.refresh_drafts()

    # -- closing ----------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_drafts()
        if "drafts" in vars(self.desk):  # read since the window painted: it tells this window no more
            self.desk.drafts.unwatch(self.refresh_drafts)
        if self.window_state is not None:
            self.window_state.save(self, self.current_pane(), dict(self._panes))
        for task in list(self._tasks):
            task.cancel()
        super().closeEvent(event)
        self.closed.emit()

    @property
    def form_drafts(self) -> DraftService:
        """Where the record forms opened in this window keep their drafts (ui.widgets.GuardedDialog)."""
        return self.desk.drafts

    def keep_drafts(self) -> None:
        """Keep what the open record forms hold (the window is closing, or the session ending): it is offered back
        when each is next opened."""
        for dialog in self.findChildren(GuardedDialog):
            dialog.keep_draft()

    def pending_tasks(self) -> list[asyncio.Task[Any]]:
        return [t for t in self._tasks if not t.done()]

