"""The slots grid (planning windows × days) and the booking summary, as Qt item models over the planner's entities."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from app.services.planner import Slot, SlotGrid, Visit

Index = QModelIndex | QPersistentModelIndex
#: (date, window id, status) of a cell.
SlotRole = Qt.ItemDataRole.UserRole + 1

#: Status -> (symbol, background): the symbol says it without colour.
_LOOK = {"Preferred": ("★", QColor("#9fd8a4")), "Available": ("✔", QColor("#dcf2dc")),
         "NotAvailable": ("✕", QColor("#ececec"))}
_STALE = QColor("#f3ead0")


def status_text(status: str) -> str:
    return {"Preferred": QCoreApplication.translate("Slots", "Preferred"),
            "Available": QCoreApplication.translate("Slots", "Available"),
            "NotAvailable": QCoreApplication.translate("Slots", "Not available")}.get(status, status)


class SlotGridModel(QAbstractTableModel):
    """Rows: planning windows ("MORNING 08:00–12:59"); columns: days; a cell: its status (symbol and word) and the
    travel time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: SlotGrid | None = None

    def set_grid(self, grid: SlotGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.windows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def day(self, column: int) -> dt.date:
        assert self.grid is not None
        return dt.date.fromisoformat(self.grid.days[column].date)

    def slot(self, index: Index) -> Slot | None:
        if self.grid is None or not index.isValid():
            return None
        window = self.grid.windows[index.row()]
        return next((s for s in self.grid.days[index.column()].slots if s.window_id == window.id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.grid.days):
            day = self.day(section)
            if role == Qt.ItemDataRole.DisplayRole:
                from PySide6.QtCore import QDate, QLocale

                return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
            if role == Qt.ItemDataRole.ToolTipRole:
                return day.isoformat()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid.windows):
            window = self.grid.windows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{window.name}\n{window.start}–{window.end}" if window.start else window.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = self.slot(index)
        if slot is None or self.grid is None:
            return None
        symbol, colour = _LOOK.get(slot.status, ("?", QColor("#ececec")))
        if role == Qt.ItemDataRole.DisplayRole:
            if not slot.bookable:
                return f"{symbol} {status_text(slot.status)}"
            travel = (QCoreApplication.translate("Slots", "{minutes} min travel").format(minutes=slot.travel_time)
                      if slot.travel_time is not None else "")
            return f"{symbol} {status_text(slot.status)}\n{travel}".rstrip()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_STALE if self.grid.stale and slot.bookable else colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1d1d1d") if slot.bookable else QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            window = self.grid.windows[index.row()]
            return QCoreApplication.translate("Slots", "{window} on {date}: {status}").format(
                window=window.name, date=self.grid.days[index.column()].date, status=status_text(slot.status))
        if role == SlotRole:
            return (self.grid.days[index.column()].date, slot.window_id, slot.status)
        return None


class BookingsModel(QAbstractTableModel):
    """The booking summary: one row per visit."""

    VISIT, WHEN, STATUS, RESULT, RESOURCE, INSTRUCTIONS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.visits: list[Visit] = []

    def set_visits(self, visits: list[Visit]) -> None:
        self.beginResetModel()
        self.visits = list(visits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Visit"), self.tr("When"), self.tr("Status"), self.tr("Result"), self.tr("Resource"),
                    self.tr("Instructions")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        visit = self.visits[index.row()]
        column = index.column()
        if column == self.VISIT:
            return visit.visit_id
        if column == self.WHEN:
            start, end = visit.window_start or "", visit.window_end or ""
            return f"{start[:10]} {start[11:16]}–{end[11:16]}" if start else ""
        if column == self.STATUS:
            return visit_status_text(visit.status)
        if column == self.RESULT:
            return visit_status_text(visit.result_type) if visit.result_type else ""
        if column == self.RESOURCE:
            return visit.resource or ""
        return visit.instructions or ""


def visit_status_text(status: str | None) -> str:
    names = {"Planned": QCoreApplication.translate("Slots", "Planned"),
             "Accepted": QCoreApplication.translate("Slots", "Accepted"),
             "Started": QCoreApplication.translate("Slots", "Started"),
             "Completed": QCoreApplication.translate("Slots", "Completed"),
             "PendingDeletion": QCoreApplication.translate("Slots", "Pending deletion"),
             "Booked": QCoreApplication.translate("Slots", "Booked"),
             "Shelved": QCoreApplication.translate("Slots", "Shelved"),
             "NoAccess": QCoreApplication.translate("Slots", "No access"),
             "FollowOnRequired": QCoreApplication.translate("Slots", "Follow-on required"),
             "Abandon": QCoreApplication.translate("Slots", "Abandoned")}
    return names.get(status or "", status or "")
