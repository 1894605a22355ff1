"""Technicians: every cached Pro+ technician (`StaffService.technicians()`, a few dozen rows in memory)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication

from ui.models.base import TOOLTIP
from ui.models.memory import SEPARATOR, FilteredTableModel, fold


def working_mode_name(mode: object) -> str:
    """§15.2.1 wo_status in words: 1 work-order mode, 2 standard mode."""
    if mode == 1:
        return QCoreApplication.translate("Staff", "Work-order mode")
    if mode == 2:
        return QCoreApplication.translate("Staff", "Standard mode")
    return ""


def yes_no(value: object) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Staff", "Yes") if value else QCoreApplication.translate("Staff", "No")


class TechnicianTableModel(FilteredTableModel):
    """Technician records (dicts), by name as the service delivers them."""

    NAME, EXTERNAL_ID, PROPLUS_ID, MOBILE, EMAIL, ACTIVE, MODE, DEVICES = range(8)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({PROPLUS_ID, DEVICES})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP}

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("External id"), self.tr("Pro+ id"), self.tr("Mobile"), self.tr("E-mail"),
                self.tr("Active"), self.tr("Working mode"), self.tr("Devices")]

    def prepare(self) -> None:
        # Translated once on the UI thread; cell() may run in a worker.
        self._modes = {1: working_mode_name(1), 2: working_mode_name(2)}
        self._yes, self._no, self._queued = yes_no(True), yes_no(False), self.tr("waiting to be sent")

    def local_id(self, row: Any) -> Any:
        return row["local_id"]

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(fold(row.get(k)) for k in ("name", "external_id", "mobile", "email", "id"))

    def cell(self, row: Any, column: int) -> Any:
        if column == self.NAME:
            return row["name"]
        if column == self.EXTERNAL_ID:
            return row.get("external_id") or ""
        if column == self.PROPLUS_ID:
            return row["id"] if row.get("id") is not None else getattr(self, "_queued", "")
        if column == self.MOBILE:
            return row["mobile"]
        if column == self.EMAIL:
            return row["email"]
        if column == self.ACTIVE:
            active = row.get("active")
            return "" if active is None else (getattr(self, "_yes", "") if active else getattr(self, "_no", ""))
        if column == self.MODE:
            return getattr(self, "_modes", {}).get(row.get("working_mode"), "")
        if column == self.DEVICES:
            return len(row.get("devices") or [])
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == TOOLTIP and row.get("pending"):
            return self.tr("A change to this technician is waiting to be sent to Pro+")
        return None
