"""Measuring devices: every cached Pro+ device (`StaffService.devices()`), with who holds it now."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication

from ui.models.base import TOOLTIP
from ui.models.memory import SEPARATOR, FilteredTableModel, fold


def group_name(group: object) -> str:
    if group == "heating":
        return QCoreApplication.translate("Labels", "Heating")
    if group == "cooling":
        return QCoreApplication.translate("Labels", "Cooling")
    return "" if group is None else str(group)


def device_status_name(status: object) -> str:
    """get-devices' `status`: 1 (or true) in use; the document names no other value."""
    if status in (1, True):
        return QCoreApplication.translate("Staff", "In use")
    if status in (0, False):
        return QCoreApplication.translate("Staff", "Out of use")
    return "" if status is None else str(status)


class DeviceTableModel(FilteredTableModel):
    """Device records (dicts, heating first as the service delivers them); each row carries `holders`, the
    names of the technicians who have it now (set by the pane, which knows the technicians)."""

    GROUP, TYPE, SERIAL, PURCHASED, MADE, STATUS, HOLDERS, PROPLUS_ID = range(8)
    #: Heating before cooling ("heating" > "cooling"), then by type and serial number.
    SERVICE_ORDER: ClassVar[tuple[int, bool]] = (GROUP, True)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({PROPLUS_ID})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP}

    def headers(self) -> list[str]:
        return [self.tr("Group"), self.tr("Type"), self.tr("Serial number"), self.tr("Purchased"),
                self.tr("Manufactured"), self.tr("Status"), self.tr("Technician"), self.tr("Pro+ id")]

    def prepare(self) -> None:
        self._groups = {g: group_name(g) for g in ("heating", "cooling")}
        self._status = {1: device_status_name(1), 0: device_status_name(0)}
        self._queued = self.tr("waiting to be sent")
        self._nobody = self.tr("not assigned")

    def local_id(self, row: Any) -> Any:
        return row["local_id"]

    def haystack(self, row: Any) -> str:
        return SEPARATOR.join(fold(v) for v in (row.get("group"), row.get("type"), row.get("serial_number"),
                                                row.get("id"), ", ".join(row.get("holders") or [])))

    def cell(self, row: Any, column: int) -> Any:
        if column == self.GROUP:
            return getattr(self, "_groups", {}).get(row.get("group"), row.get("group") or "")
        if column == self.TYPE:
            return row.get("type") or ""
        if column == self.SERIAL:
            return row.get("serial_number") or ""
        if column == self.PURCHASED:
            return row.get("purchase_date") or ""
        if column == self.MADE:
            return row.get("mfg_date") or ""
        if column == self.STATUS:
            status = row.get("status")
            return getattr(self, "_status", {}).get(int(status) if isinstance(status, bool) else status, "")
        if column == self.HOLDERS:
            return ", ".join(row.get("holders") or []) or getattr(self, "_nobody", "")
        if column == self.PROPLUS_ID:
            return row["id"] if row.get("id") is not None else getattr(self, "_queued", "")
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == TOOLTIP and row.get("pending"):
            return self.tr("A change to this device is waiting to be sent to Pro+")
        return None
