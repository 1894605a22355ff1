"""The outbox: queued writes, oldest first (a handful of rows, held in memory)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QApplication, QStyle

from ui.labels import local_time, outbox_error, outbox_state_name, outbox_summary, vendor_name
from ui.models.base import DECORATION, TOOLTIP
from ui.models.memory import SEPARATOR, FilteredTableModel

if TYPE_CHECKING:
    from app.services.fielddesk import OutboxEntry


class OutboxTableModel(FilteredTableModel):
    """Queued writes (`OutboxService.entries()`), oldest first."""

    WHEN, VENDOR, WHAT, STATE, TRIES, LAST_ERROR = range(6)
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset({TRIES})
    ROLES: ClassVar[frozenset[int]] = FilteredTableModel.ROLES | {TOOLTIP, DECORATION}

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Vendor"), self.tr("What"), self.tr("State"), self.tr("Tries"),
                self.tr("Last error")]

    def local_id(self, row: Any) -> Any:
        entry: OutboxEntry = row
        return entry.id

    def haystack(self, row: Any) -> str:
        entry: OutboxEntry = row
        return SEPARATOR.join((vendor_name(entry.vendor), outbox_summary(entry), entry.state,
                               outbox_error(entry))).casefold()

    def cell(self, row: Any, column: int) -> Any:
        entry: OutboxEntry = row
        if column == self.WHEN:
            return local_time(entry.created_at)
        if column == self.VENDOR:
            return vendor_name(entry.vendor)
        if column == self.WHAT:
            return outbox_summary(entry)
        if column == self.STATE:
            return outbox_state_name(entry.state)
        if column == self.TRIES:
            return entry.attempts
        if column == self.LAST_ERROR:
            return outbox_error(entry).split("\n", 1)[0]
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        entry: OutboxEntry = row
        if column == self.WHEN:
            return (entry.created_at, entry.id)
        return super().sort_key(row, column)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        entry: OutboxEntry = row
        if role == TOOLTIP and column == self.LAST_ERROR and entry.last_error:
            return outbox_error(entry)
        if role == DECORATION and column == self.STATE:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if entry.state == "rejected"
                          else QStyle.StandardPixmap.SP_ArrowUp)
                return app.style().standardIcon(pixmap)
        return None
