"""testresults.io customer accounts: every cached customer (`CustomerService.all()`, a few hundred rows in memory),
active ones first, archived ones greyed."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app.services.customers import target_groups
from ui.models.base import TOOLTIP
from ui.models.memory import SEPARATOR, FilteredTableModel, fold

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


def status_key(row: dict[str, Any]) -> str:
    """Which status a customer row is in: deleting, waiting (created here, not yet at testresults.io), rejected
    (its last queued write was refused), archived or active."""
    if row.get("deleting"):
        return "deleting"
    if row.get("outbox_state") == "rejected":
        return "rejected"
    if row.get("pending") and row.get("remote_id") is None:
        return "waiting"
    return "archived" if row.get("archived") else "active"


def status_words() -> dict[str, str]:
    """Each status in the user's language (context "Customers")."""
    translate = QCoreApplication.translate
    return {"active": translate("Customers", "Active"), "archived": translate("Customers", "Archived"),
            "waiting": translate("Customers", "Waiting to be sent"),
            "deleting": translate("Customers", "Being deleted"),
            "rejected": translate("Customers", "Rejected: see the Outbox")}


class CustomerTableModel(FilteredTableModel):
    """Customer rows (dicts), as the service delivers them: active ones first, then archived, by name."""

    NAME, SUBDOMAIN, ACCOUNT, CURRENCY, GROUPS, STATUS, REMOTE_ID = range(7)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({GROUPS})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, FOREGROUND}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prepare()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Subdomain"), self.tr("Account number"), self.tr("Currency"),
                self.tr("Target groups"), self.tr("Status"), self.tr("testresults.io Id")]

    def prepare(self) -> None:
        # Translated once on the UI thread; cell() may run in a worker.
        self._status = status_words()
        self._not_yet = self.tr("not yet")
        self._grey = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    def local_id(self, row: Any) -> Any:
        return row["local_id"]

    def haystack(self, row: Any) -> str:
        wire = row.get("wire") or {}
        values = (row.get("name"), row.get("subdomain"), row.get("account_number"), wire.get("Address"),
                  wire.get("TechnicalName"), row.get("remote_id"))
        return SEPARATOR.join(fold(v) for v in values)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.NAME:  # as the service delivers them: the archived ones after the others
            return bool(row.get("archived")), fold(row["name"])
        return super().sort_key(row, column)

    def cell(self, row: Any, column: int) -> Any:
        if column == self.NAME:
            return row["name"]
        if column == self.SUBDOMAIN:
            return row["subdomain"]
        if column == self.ACCOUNT:
            return row["account_number"]
        if column == self.CURRENCY:
            return row["currency"]
        if column == self.GROUPS:
            return len(target_groups((row.get("wire") or {}).get("Appliances")))
        if column == self.STATUS:
            return self._status[status_key(row)]
        if column == self.REMOTE_ID:
            return row["remote_id"] or self._not_yet
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == FOREGROUND:
            # Archived (or leaving) customers stay listed but step back.
            return self._grey if row.get("archived") or row.get("deleting") else None
        if role == TOOLTIP:
            if row.get("deleting"):
                return self.tr("The deletion of this customer is sent to testresults.io with the next sync")
            if row.get("outbox_state") == "rejected":
                return self.tr("testresults.io refused a change to this customer: {error}").format(
                    error=row.get("outbox_error") or "")
            if row.get("pending"):
                return self.tr("A change to this customer is waiting to be sent to testresults.io")
        return None
