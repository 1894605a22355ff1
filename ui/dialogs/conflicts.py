"""Fields changed both here and on the server since an edit: the user sees both values and chooses.

Until the user chooses, the local value stands (it is what the queued write sends).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_boundary
from ui.labels import proplus_label, proplus_value

if TYPE_CHECKING:
    from app.services.fielddesk import Conflict, FieldDesk

CLIENT_COLUMN, FIELD_COLUMN, LOCAL_COLUMN, SERVER_COLUMN = range(4)
# Nested blocks in a conflict path: the enumeration block they belong to, and their title.
_BLOCKS = {"brussels": "brussels", "flanders": "flanders", "wallonie": "wallonie", "condensors": "condensor",
           "verdampers": "verdamper", "compressors": "compressor"}


def _block_title(part: str) -> str:
    titles = {"brussels": QCoreApplication.translate("Conflicts", "Brussels"),
              "flanders": QCoreApplication.translate("Conflicts", "Flanders"),
              "wallonie": QCoreApplication.translate("Conflicts", "Wallonia"),
              "condensors": QCoreApplication.translate("Conflicts", "Condensers"),
              "verdampers": QCoreApplication.translate("Conflicts", "Evaporators"),
              "compressors": QCoreApplication.translate("Conflicts", "Compressors")}
    return titles.get(part, part)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("Conflicts", "(empty)")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_path(path: str, record: dict[str, Any]) -> tuple[str, str]:
    """("Field label", block) for a conflict path such as "heating_appliance[tp:fd-1].brussels.device_year",
    with the appliance named as the user knows it."""
    parts = path.split(".")
    prefix: list[str] = []
    block = "client"
    for part in parts[:-1]:
        if "[" in part:
            kind, key = part[:-1].split("[", 1)
            block = "heating" if kind == "heating_appliance" else "cooling"
            appliance = next((a for a in record.get(kind) or [] if _key(a) == key), None)
            prefix.append(str(appliance.get("name")) if appliance else QCoreApplication.translate(
                "Conflicts", "Appliance"))
        elif part in _BLOCKS:
            block = _BLOCKS[part]
            prefix.append(_block_title(part))
    label = proplus_label(block, parts[-1])
    return " › ".join([*prefix, label]), block


def _key(appliance: dict[str, Any]) -> str:
    from app.services.proplus import appliance_key  # the same identity the merge used

    return appliance_key(appliance)


class ConflictsDialog(QDialog):
    """Every open conflict, one row per field; "Keep mine" / "Use server's" resolve the selected rows."""

    resolved = Signal()

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Conflicting changes"))
        self.resize(900, 420)
        intro = QLabel(self.tr(
            "These fields were changed here and on the server since your edit. Until you choose, your value "
            "is kept and sent. Choosing the server's value replaces yours and stops it from being sent."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Field"), self.tr("Your value"), self.tr("Server's value")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.server_button = QPushButton(self.tr("Use server's"), self)
        self.keep_button.clicked.connect(lambda: self.resolve_selected("local"))
        self.server_button.clicked.connect(lambda: self.resolve_selected("server"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.server_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts: list[Conflict] = []
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.desk.conflicts.list()
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            client = self.desk.clients.get(conflict.record_key)
            record = client.fields | {"heating_appliance": [a.fields for a in client.appliances
                                                             if a.kind.value == "heating"],
                                      "cooling_appliance": [a.fields for a in client.appliances
                                                            if a.kind.value == "cooling"]} if client else {}
            field, block = describe_path(conflict.field_path, record)
            field_name = conflict.field_path.rsplit(".", 1)[-1]
            cells = [client.name if client else conflict.record_key, field,
                     proplus_value(block, field_name, conflict.local) or _shown(conflict.local),
                     proplus_value(block, field_name, conflict.server) or _shown(conflict.server)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, conflict.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.conflicts[row].id for row in rows]

    def resolve_selected(self, keep: str) -> None:
        with error_boundary(self, self.tr("Resolving the conflict")):
            for conflict_id in self.selected_ids():
                self.desk.conflicts.resolve(conflict_id, keep)
            self.reload()
            self.resolved.emit()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(chosen)
        self.server_button.setEnabled(chosen)
