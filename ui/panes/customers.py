"""Customers: the testresults.io customer accounts in the cache (active first, archived ones greyed), with the
selected one's documented fields in words and its target groups; create, change, archive or restore, and delete
one. Every change shows here at once and is sent with the next sync (offline first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import target_groups
from ui.models.customers import CustomerTableModel, status_key, status_words
from ui.panes.base import RecordPane
from ui.widgets import ask_to_delete, heading, muted, say_as_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: The detail's rows, in the order an office reads an account.
_DETAIL_FIELDS = ("status", "AccountNumber", "Address", "CostCenter", "Currency", "Tax", "Discounts",
                  "MinimumConsumptionInH", "DueDays", "TechnicalName", "Subdomain", "Id", "DataVersion")


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(value: object, decimals: int = 0) -> str:
    """A number in the user's locale with `decimals` places (a whole number without; a fraction with two at least);
    '' for anything else."""
    if not _is_number(value):
        return ""
    locale = QLocale()
    if decimals == 0 and float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", max(decimals, 2))


class CustomerDetail(QWidget):
    """The selected customer: every documented field in words, its target groups and what can be done to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # a vendor's message, a French apostrophe: shown as is
        labels = {"status": self.tr("Status"), "AccountNumber": self.tr("Account number"),
                  "Address": self.tr("Address"), "CostCenter": self.tr("Cost center"),
                  "Currency": self.tr("Currency"), "Tax": self.tr("Tax rate"), "Discounts": self.tr("Discounts"),
                  "MinimumConsumptionInH": self.tr("Minimum consumption"), "DueDays": self.tr("Payment due within"),
                  "TechnicalName": self.tr("Technical name"), "Subdomain": self.tr("Subdomain"),
                  "Id": self.tr("testresults.io Id"), "DataVersion": self.tr("Data version")}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A value that cannot wrap (the Id, a long technical name) goes under its label rather than off the edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in _DETAIL_FIELDS:
            value = QLabel(self)
            value.setObjectName(f"value-{field}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(muted(labels[field], self), value)
            self.values[field] = value
        self.groups_title = heading(self.tr("Target groups"), self)
        self.groups = QTreeWidget(self)
        self.groups.setObjectName("target-groups")
        self.groups.setColumnCount(2)
        self.groups.setHeaderLabels([self.tr("Label"), self.tr("Technical name")])
        self.groups.setRootIsDecorated(False)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_groups = muted(self.tr("None: the customer has no target groups."), self)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 4, 8, 4)
        inner.addWidget(self.title)
        inner.addWidget(self.note)
        inner.addLayout(form)
        inner.addSpacing(6)
        inner.addWidget(self.groups_title)
        inner.addWidget(self.groups)
        inner.addWidget(self.no_groups)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        # The buttons stay in view below the (scrolling) fields.
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the name, subdomain or target groups"))
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the customer at testresults.io (asks first)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 8, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_customer(self, row: dict[str, Any]) -> None:
        wire = row["wire"]
        self.title.setText(row["name"] or self.tr("(no name)"))
        dash = "–"
        tax = wire.get("Tax")
        hours, days = wire.get("MinimumConsumptionInH"), wire.get("DueDays")
        shown = {
            "status": status_words()[status_key(row)],
            "Address": "\n".join(line.strip() for line in (wire.get("Address") or "").split(";") if line.strip()),
            # Tax comes in hundredths of a percent: 770 is 7.70 %.
            "Tax": f"{_number(tax / 100, 2)} %" if _is_number(tax) else "",
            "MinimumConsumptionInH": self._hours(hours),
            "DueDays": self._days(days),
            "Id": row["remote_id"] or self.tr("Not yet at testresults.io"),
            "DataVersion": row["data_version"] or wire.get("DataVersion") or "",
        }
        for field, label in self.values.items():
            value = shown[field] if field in shown else wire.get(field)
            label.setText(dash if value in (None, "") else str(value))

        if row["deleting"]:
            note = self.tr("Being deleted: the deletion is sent to testresults.io with the next sync.")
        elif row["outbox_state"] == "rejected":
            note = self.tr("✗ testresults.io refused the last change: {error}. Open the Outbox to fix or discard it."
                           ).format(error=row["outbox_error"] or self.tr("no reason given"))
        elif row["pending"] and row["remote_id"] is None:
            note = self.tr("Waiting to be sent: the customer is created at testresults.io with the next sync "
                           "(see the Outbox).")
        elif row["pending"]:
            note = self.tr("A change waits to be sent to testresults.io with the next sync (see the Outbox).")
        else:
            note = ""
        self.note.setText(note)
        say_as_problem(self.note, row["outbox_state"] == "rejected")
        self.note.setVisible(bool(note))

        self.groups.clear()
        for group, name in target_groups(wire.get("Appliances")):
            QTreeWidgetItem(self.groups, [group, name])
        count = self.groups.topLevelItemCount()
        self.groups.setVisible(count > 0)
        self.no_groups.setVisible(count == 0)
        if count:
            self.groups.resizeColumnToContents(0)
            # As tall as its rows (a customer has a handful): no scroll bar inside the scrolling detail.
            rows = sum(self.groups.sizeHintForRow(i) for i in range(count))
            self.groups.setFixedHeight(rows + self.groups.header().sizeHint().height() + 2 * self.groups.frameWidth()
                                       + 2)

        self.edit_button.setEnabled(not row["deleting"])
        self.archive_button.setEnabled(not row["deleting"])
        self.archive_button.setText(self.tr("Restore") if row["archived"] else self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Make the customer active again") if row["archived"] else
                                       self.tr("Archive the customer: kept at testresults.io, out of daily use"))
        self.delete_button.setEnabled(not row["deleting"])

    def _hours(self, value: object) -> str:
        # One and many spelled out (not "%n hour(s)", which English shows as written): right in en, nl and fr.
        if not _is_number(value):
            return ""
        return self.tr("1 hour") if value == 1 else self.tr("{count} hours").format(count=_number(value))

    def _days(self, value: object) -> str:
        if not _is_number(value):
            return ""
        return self.tr("1 day") if value == 1 else self.tr("{count} days").format(count=_number(value))


class CustomersPane(RecordPane):
    #: A change was queued (created, changed, archived, deleted). The window's counts need no wiring: the FieldDesk
    #: tells its change listeners itself.
    changed = Signal()
    #: How many customers the cache holds (archived ones too, shown or not): tells "none yet" from "none shown";
    #: 0 until the first read.
    _cached = 0

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        model = CustomerTableModel()
        # What the detail shows anyway is hidden until the user shows it (right-click the titles): the list fits
        # 1280 px in every language.
        super().__init__(desk, model, (235, 105, 100, 65, 95, 105, 260), details_below=False,
                         hidden=(model.CURRENCY, model.GROUPS, model.REMOTE_ID), parent=parent)
        self.model: CustomerTableModel = model
        self.table.setObjectName("customers-table")
        # The status column fits the longest status of the user's language ("Waiting to be sent" and the like).
        header = self.table.horizontalHeader()
        status_width = max(self.fontMetrics().horizontalAdvance(w) for w in status_words().values()) + 16
        header.resizeSection(model.STATUS, max(header.sectionSize(model.STATUS), status_width))
        self._detail: CustomerDetail | None = None
        #: The "Show archived" box's state, read by fetch_rows (which may run in a worker thread).
        self._show_archived = True
        self.new_button = QPushButton(self.tr("New customer…"), self)
        self.new_button.setToolTip(self.tr("Create a customer account at testresults.io"))
        self.new_button.clicked.connect(lambda: self.open_create())
        self.archived_check = QCheckBox(self.tr("Show archived"), self)
        self.archived_check.setToolTip(self.tr("List archived customers too (greyed, after the active ones)"))
        self.archived_check.setChecked(True)
        self.archived_check.toggled.connect(self._show_archived_toggled)
        self.hint = muted(self.tr("Customer accounts at testresults.io. Changes show here at once and are sent with "
                                  "the next sync."), self)
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.archived_check)
        bar.addWidget(self.new_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, bar)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        model.modelReset.connect(self._update_empty_text)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 370])

    @property
    def detail(self) -> CustomerDetail:
        if self._detail is None:
            self._detail = CustomerDetail(self)
            self._detail.edit_button.clicked.connect(lambda: self.edit_selected())
            self._detail.archive_button.clicked.connect(self.toggle_archived)
            self._detail.delete_button.clicked.connect(lambda: self.delete_selected())
            self.detail_stack.addWidget(self._detail)
        return self._detail

    def placeholder_text(self) -> str:
        return self.tr("Filter by name, subdomain, account number, address, technical name or Id")

    def empty_text(self) -> str:
        return self.tr("No customer selected.")

    def count_text(self, shown: str, total: str) -> str:
        return self.tr("{shown} of {total} customers").format(shown=shown, total=total)

    def fetch_rows(self, limit: int | None) -> list[Any]:
        rows = self.desk.customers.all()
        self._cached = len(rows)
        if not self._show_archived:
            rows = [r for r in rows if not r["archived"]]
        return rows if limit is None else rows[:limit]

    def show_detail(self, local_id: str | None) -> bool:
        row = self.desk.customers.get(local_id) if local_id else None
        if row is None:
            return False
        self.detail.show_customer(row)
        self.detail_stack.setCurrentWidget(self.detail)
        return True

    def _show_archived_toggled(self, checked: bool) -> None:
        self._show_archived = checked
        self.reload()

    def _update_empty_text(self) -> None:
        """What the detail says when no customer is shown: none cached yet, none matching, or none selected."""
        if self._cached == 0:
            text = self.tr("No customers yet: sync to fetch them from testresults.io, or create one with “New "
                           "customer…”.")
        elif self.model.visible_count() == 0 and self.model.filter_text:
            text = self.tr("No customer matches “{filter}”.").format(filter=self.filter_edit.text().strip())
        elif self.model.visible_count() == 0:
            text = self.tr("Every customer is archived: tick “Show archived” to see them.")
        else:
            text = self.empty_text()
        self.empty_detail.setText(text)

    def selected_customer(self) -> dict[str, Any] | None:
        local_id = self.selected_local_id()
        return self.desk.customers.get(local_id) if local_id else None

    # -- actions --------------------------------------------------------------------------------------------
    def open_create(self) -> QWidget:
        return self._open_dialog(None)

    def open_draft(self, kind: str, key: str) -> QWidget | None:
        if not key:
            return self.open_create()
        row = self.desk.customers.get(key)
        return self._open_dialog(row) if row is not None and not row["deleting"] else None

    def edit_selected(self) -> QWidget | None:
        row = self.selected_customer()
        if row is None or row["deleting"]:
            return None
        return self._open_dialog(row)

    def _open_dialog(self, row: dict[str, Any] | None) -> QWidget:
        from ui.dialogs.customer import CustomerDialog

        dialog = CustomerDialog(self.desk, self, row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.created or (row["local_id"] if row else None)))
        dialog.open()
        return dialog

    def _saved(self, local_id: str | None) -> None:
        self.reload()
        if local_id:
            self.select_record(local_id)
        self.changed.emit()

    def toggle_archived(self) -> None:
        row = self.selected_customer()
        if row is None or row["deleting"]:
            return
        self.desk.customers.archive(row["local_id"], not row["archived"])
        self._saved(row["local_id"])

    def delete_selected(self) -> QMessageBox | None:
        row = self.selected_customer()
        if row is None or row["deleting"]:
            return None
        if row["remote_id"] is None:
            text = self.tr("Delete customer “{name}”? It has not reached testresults.io yet: its creation is "
                           "cancelled.").format(name=row["name"])
        else:
            text = self.tr("Delete customer “{name}” at testresults.io? The deletion is sent with the next sync and "
                           "cannot be undone there.").format(name=row["name"])
        return ask_to_delete(self, self.tr("Delete customer"), text, lambda: self._delete(row["local_id"]))

    def _delete(self, local_id: str) -> None:
        self.desk.customers.delete(local_id)
        self.reload()
        self.changed.emit()
