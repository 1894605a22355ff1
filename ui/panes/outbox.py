"""Outbox: every change waiting to be sent, and every change a vendor rejected, with its words.

Nothing leaves this list unless the vendor accepts it or the user discards it after a confirmation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_boundary
from ui.labels import local_time, outbox_error, outbox_state_name, outbox_summary, vendor_name
from ui.models.outbox import OutboxTableModel
from ui.widgets import RecordTable, muted

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk, OutboxEntry


class OutboxPane(QWidget):
    #: Emitted after a discard or resubmit changed the queue (the window refreshes counts and panes).
    changed = Signal()
    #: The user wants to correct a rejected change: (outbox id, local id of the client).
    fix_requested = Signal(int, str)

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = OutboxTableModel(self)
        intro = QLabel(self.tr("Changes you made that are waiting to be sent, and changes a vendor rejected. "
                               "Nothing here is lost: a change leaves this list only when the vendor accepts "
                               "it or you discard it."), self)
        intro.setWordWrap(True)
        self.count_label = muted("", self)
        self.table = RecordTable(self.model, (140, 110, 340, 150, 60, 220), self)  # fits a 1280-wide window
        self.table.setObjectName("outbox-table")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.resubmit_button = QPushButton(self.tr("Resubmit"), self)
        self.resubmit_button.setToolTip(self.tr("Queue the rejected change again; it is sent with the next sync"))
        self.resubmit_button.clicked.connect(self.resubmit_selected)
        self.fix_button = QPushButton(self.tr("Fix…"), self)
        self.fix_button.setToolTip(self.tr("Open the rejected change in the form, correct it and send it again"))
        self.fix_button.clicked.connect(self.fix_selected)
        self.discard_button = QPushButton(self.tr("Discard…"), self)
        self.discard_button.setToolTip(self.tr("Drop this change for good; it is never sent"))
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.resubmit_button)
        buttons.addWidget(self.discard_button)

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a change to see the vendor's full answer."))
        self.detail.setAccessibleName(self.tr("The vendor's full answer"))

        #: True when the cache changed since the list was read.
        self.dirty = True
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------------------
    async def reload_async(self) -> None:
        self.reload()  # a handful of rows: no worker needed

    def arrangement(self) -> dict[str, QWidget]:
        """Kept between sessions (ui.window_state): the table's column widths and sort, the splitter's sizes."""
        return {"table": self.table, "splitter": self.splitter}

    def reload(self) -> None:
        self.dirty = False
        selected = self.table.selected_id()
        self.model.set_rows(self.desk.outbox.entries())
        if selected is None or not self.table.select_id(selected):
            rejected = next((r for r in range(self.model.rowCount()) if self.model.row_data(r).state == "rejected"),
                            0 if self.model.rowCount() else -1)
            if rejected >= 0:
                self.table.select_row(rejected)
        pending = sum(1 for r in range(self.model.rowCount()) if self.model.row_data(r).state == "pending")
        rejected_count = self.model.rowCount() - pending
        self.count_label.setText(self.tr("{pending} waiting, {rejected} rejected").format(
            pending=pending, rejected=rejected_count) if self.model.rowCount() else self.tr("Nothing to send."))
        self.table.setAccessibleName(self.tr("Outbox: {count}").format(count=self.count_label.text()))
        self._show_detail()
        self._update_buttons()

    def selected_entry(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry: OutboxEntry = self.model.row_data(rows[0].row())
        return entry

    # -- actions -----------------------------------------------------------------------------------------
    def confirm_discard(self, entry: OutboxEntry) -> bool:
        """Ask before a change is dropped for good. Tests replace this method."""
        answer = QMessageBox.question(
            self, self.tr("Discard change"),
            self.tr("Discard this change?\n\n{summary}\n\nIt will never be sent to {vendor}, and it cannot be "
                    "undone.").format(summary=outbox_summary(entry), vendor=vendor_name(entry.vendor)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def discard_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or not self.confirm_discard(entry):
            return False
        with error_boundary(self, self.tr("Discarding the change")):
            self.desk.outbox.discard(entry.id)
            self.reload()
            self.changed.emit()
            return True
        return False

    def resubmit_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or entry.state != "rejected":
            return False
        with error_boundary(self, self.tr("Resubmitting the change")):
            self.desk.outbox.resubmit(entry.id)
            self.reload()
            self.changed.emit()
            return True
        return False

    def fix_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or not self.desk.clients.can_fix(entry):
            return False
        self.fix_requested.emit(entry.id, entry.record_key)
        return True

    # -- selection ----------------------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.clear()
            return
        lines = [outbox_summary(entry),
                 self.tr("State: {state}").format(state=outbox_state_name(entry.state)),
                 self.tr("Queued: {when}").format(when=local_time(entry.created_at)),
                 self.tr("Tries: {tries}").format(tries=entry.attempts)]
        if entry.last_error:
            # A rejection is the vendor's own words; anything else (no connection, a timeout) never reached it.
            heading = (self.tr("{vendor} answered:") if entry.state == "rejected"
                       else self.tr("The last try to reach {vendor}:"))
            lines += ["", heading.format(vendor=vendor_name(entry.vendor)), outbox_error(entry)]
        self.detail.setPlainText("\n".join(lines))

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.discard_button.setEnabled(entry is not None)
        self.resubmit_button.setEnabled(entry is not None and entry.state == "rejected")
        fixable = entry is not None and self.desk.clients.can_fix(entry)
        self.fix_button.setEnabled(fixable)
        if fixable or entry is None or entry.state != "rejected":
            self.fix_button.setToolTip(self.tr("Open the rejected change in the form, correct it and send it again"))
        else:  # no form corrects this kind of change
            self.fix_button.setToolTip(self.tr(
                "Only a client's change opens in a form. Correct this one on the command line ('fielddesk outbox "
                "resubmit {id} --file FIXED.json'), or discard it and make the change again.").format(id=entry.id))
