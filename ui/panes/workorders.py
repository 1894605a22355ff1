"""Work orders: every Pro+ work order FieldDesk created, fetched or heard of through the webhook, with the
selected one's details. Pro+ has no call that lists work orders: a sync refreshes the open ones, the webhook
brings changes as they happen, and "Fetch from Pro+" adds one by its number."""

from __future__ import annotations

import asyncio
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.workorders import VendorError
from ui.errors import error_boundary, show_message
from ui.labels import kind_name, problem_text
from ui.models.workorders import WorkOrderTableModel
from ui.panes.base import RecordPane
from ui.widgets import ask_to_delete, heading, muted

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: The detail's rows: (field, label source text) in the order a planner reads them.
_DETAIL_FIELDS = ("wo_number", "external_id", "execution_date", "start_time", "client", "appliance",
                  "appliance_group", "certification_type", "certification_language", "contracting_company",
                  "technician_id", "status", "certificate", "comments", "proplus_id")


class WorkOrderDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        labels = {"wo_number": self.tr("Number"), "external_id": self.tr("External id"),
                  "execution_date": self.tr("Execution date"), "start_time": self.tr("Start time"),
                  "client": self.tr("Client"), "appliance": self.tr("Appliance"),
                  "appliance_group": self.tr("Heating or cooling"), "certification_type": self.tr("Certification"),
                  "certification_language": self.tr("Certificate language"),
                  "contracting_company": self.tr("Contracting company"), "technician_id": self.tr("Technician"),
                  "status": self.tr("Status"), "certificate": self.tr("Certificate"),
                  "comments": self.tr("Comments"), "proplus_id": self.tr("Pro+ id")}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for field in _DETAIL_FIELDS:
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[field], value)
            self.values[field] = value
        self.refresh_button = QPushButton(self.tr("Refresh from Pro+"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_work_order(self, row: dict[str, Any]) -> None:
        self.title.setText(row["external_name"] or self.tr("(no name)"))
        shown = {
            "client": row["client_name"] or _text(row["client_id"]),
            "appliance": row["appliance_name"] or _text(row["heating_appliance_id"] or row["cooling_appliance_id"]),
            "appliance_group": {1: kind_name("heating"), 2: kind_name("cooling")}.get(row["appliance_group"], ""),
            "contracting_company": _text(row["contracting_company"]) if row["contracting_company"] else
            self.tr("None"),
            "certificate": self.tr("Available (PDF {pdf}, JSON {json}, VAT {vat})").format(
                pdf=row["certificate_id"], json=row["json_id"] or "–", vat=row["vat_id"] or "–")
            if row["certificate_id"] else self.tr("Not yet"),
            "proplus_id": _text(row["proplus_id"]) or self.tr("Not yet in Pro+"),
            "technician_id": row["technician_name"] or _text(row["technician_id"]),
        }
        for field, label in self.values.items():
            label.setText(shown[field] if field in shown else _text(row.get(field)))
        if row["deleting"]:
            note = self.tr("Being deleted: the deletion is sent with the next sync.")
        elif row["pending"] and row["proplus_id"] is None:
            note = self.tr("Waiting to be sent to Pro+ (see the outbox).")
        elif row["certificate_id"]:
            note = self.tr("✔ The certificate of this work order is available.")
        else:
            note = ""
        self.note.setText(html.escape(note))
        self.note.setVisible(bool(note))
        self.refresh_button.setEnabled(row["proplus_id"] is not None or not row["pending"])
        self.delete_button.setEnabled(not row["deleting"])


def _text(value: object) -> str:
    return "" if value is None else str(value)


class WorkOrdersPane(RecordPane):
    #: The queue changed (a work order was created or deleted): the window updates its counts.
    changed = Signal()
    #: The user asked for the webhook receiver's settings.
    webhook_requested = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = WorkOrderTableModel()
        # What the detail beside the list shows is hidden until the user shows it (right-click the titles): the
        # list fits 1280 px.
        super().__init__(desk, model, (80, 80, 200, 90, 55, 170, 150, 110, 95, 75, 80, 120, 95, 200),
                         details_below=False, parent=parent,
                         hidden=(model.EXTERNAL_ID, model.APPLIANCE, model.KIND, model.TYPE, model.LANGUAGE,
                                 model.TECHNICIAN, model.COMMENTS))
        self.model: WorkOrderTableModel = model
        self.table.setObjectName("workorders-table")
        self._detail: WorkOrderDetail | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.new_button = QPushButton(self.tr("New work order…"), self)
        self.new_button.setToolTip(self.tr("Create a Pro+ work order for an appliance"))
        self.new_button.clicked.connect(lambda: self.open_create())
        self.fetch_button = QPushButton(self.tr("Fetch from Pro+…"), self)
        self.fetch_button.setToolTip(self.tr("Add a work order made elsewhere (e.g. in the Pro+ portal) by its "
                                             "external id"))
        self.fetch_button.clicked.connect(self._ask_fetch)
        self.webhook_button = QPushButton(self.tr("Webhook…"), self)
        self.webhook_button.setToolTip(self.tr("Let Pro+ tell FieldDesk when a work order changes"))
        self.webhook_button.clicked.connect(self.webhook_requested)
        hint = self.tr("Pro+ has no list of work orders: here are those created or fetched in FieldDesk, kept "
                       "current by every sync and by the webhook.")
        if desk.settings.profile == "sandbox":
            hint += " " + self.tr("In the sandbox, the demo Pro+ holds work orders with external ids 7001 to 7012: "
                                  "try “Fetch from Pro+…”.")
        self.hint = muted(hint, self)
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.fetch_button)
        bar.addWidget(self.webhook_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, bar)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 380])

    @property
    def detail(self) -> WorkOrderDetail:
        if self._detail is None:
            self._detail = WorkOrderDetail(self)
            self._detail.refresh_button.clicked.connect(self._refresh_selected)
            self._detail.delete_button.clicked.connect(self.delete_selected)
            self.detail_stack.addWidget(self._detail)
        return self._detail

    def placeholder_text(self) -> str:
        return self.tr("Filter by number, name, date, client, appliance, type, status or comment")

    def empty_text(self) -> str:
        return self.tr("No work order selected.")

    def nothing_yet_text(self) -> str:
        return self.tr("No work orders yet. Create one from an appliance with “New work order…”, or add one made "
                       "elsewhere with “Fetch from Pro+…”.")

    def no_match_text(self, filter_text: str) -> str:
        return self.tr("No work order matches “{filter}”.").format(filter=filter_text)

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} work orders").format(shown=shown, total=total)

    def fetch_rows(self, limit: int | None) -> list[Any]:
        rows = self.desk.workorders.all()
        return rows if limit is None else rows[:limit]

    def show_detail(self, local_id: str | None) -> bool:
        row = self.desk.workorders.get(local_id) if local_id else None
        if row is None:
            return False
        self.detail.show_work_order(row)
        self.detail_stack.setCurrentWidget(self.detail)
        return True

    # -- actions --------------------------------------------------------------------------------------------
    def open_create(self, appliance: str | None = None) -> QWidget:
        from ui.dialogs.workorder import WorkOrderDialog

        dialog = WorkOrderDialog(self.desk, self, appliance=appliance)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open()
        return dialog

    def open_draft(self, kind: str, key: str) -> QWidget | None:
        return self.open_create()

    def _created(self, local_id: str | None) -> None:
        self.reload()
        if local_id:
            self.select_record(local_id)
        self.changed.emit()

    def _ask_fetch(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Fetch a work order from Pro+"))
        dialog.setLabelText(self.tr("External id of the work order (your system's number):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._in_background(self.fetch(external_id=text.strip())))
        dialog.open()

    def _in_background(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)  # a strong reference until it is done
        task.add_done_callback(self._tasks.discard)

    async def fetch(self, **lookup: Any) -> None:
        if not any(lookup.values()):
            return

        row, source = None, ""
        with error_boundary(self, self.tr("Fetching the work order")):
            try:
                row, source = await self.desk.workorders.fetch(**lookup)
            except VendorError as exc:
                show_message(self, self.tr("Work order"), self.tr("Pro+ could not answer: {error}").format(
                    error=problem_text(exc)))
                return
        if not source:
            return
        if row is None:
            show_message(self, self.tr("Work order"), self.tr("Pro+ has no such work order.") if source == "pro+"
                         else self.tr("Pro+ cannot be reached, and the cache has no such work order."))
            return
        self.reload()
        self.select_record(row["local_id"])
        if source == "cache":
            show_message(self, self.tr("Work order"), self.tr("Pro+ cannot be reached: showing the cached work "
                                                              "order."))

    def _refresh_selected(self) -> None:
        row = self.desk.workorders.get(self.selected_local_id() or "")
        if row is not None:
            lookup = {"id": row["proplus_id"]} if row["proplus_id"] is not None else {
                "external_id": row["external_id"]}
            self._in_background(self.fetch(**lookup))

    def delete_selected(self) -> QMessageBox | None:
        row = self.desk.workorders.get(self.selected_local_id() or "")
        if row is None:
            return None
        return ask_to_delete(self, self.tr("Delete work order"),
                             self.tr("Delete work order {number} “{name}” in Pro+? The deletion is sent with the next "
                                     "sync and cannot be undone there.").format(
                                 number=row["wo_number"] or row["external_id"], name=row["external_name"]),
                             lambda: self._delete(row["local_id"]))

    def _delete(self, local_id: str) -> None:
        self.desk.workorders.delete(local_id)
        self.reload()
        self.changed.emit()
