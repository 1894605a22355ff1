"""The planner's entities: planning windows, a grid of appointment slots, visits. Vendor packages map to these."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: A slot's status, as the command line prints it (the vendor's AvailabilityStatus names).
NOT_AVAILABLE, AVAILABLE, PREFERRED = "NotAvailable", "Available", "Preferred"
SLOT_STATUSES = (NOT_AVAILABLE, AVAILABLE, PREFERRED)


@dataclass(frozen=True)
class PlanningWindow:
    id: int
    name: str
    start: str  # "08:00"
    end: str  # "16:59"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Slot:
    window_id: int
    status: str  # one of SLOT_STATUSES
    travel_time: int | None  # minutes

    @property
    def bookable(self) -> bool:
        return self.status != NOT_AVAILABLE

    def as_json(self) -> dict[str, Any]:
        return {"window_id": self.window_id, "status": self.status, "travel_time": self.travel_time}


@dataclass(frozen=True)
class SlotDay:
    date: str  # yyyy-mm-dd
    slots: tuple[Slot, ...]

    def as_json(self) -> dict[str, Any]:
        return {"date": self.date, "slots": [s.as_json() for s in self.slots]}


@dataclass(frozen=True)
class SlotQuery:
    """What a planner asked availability for."""

    order: str
    date: str | None = None  # any day of the first week; None: this week
    weeks: int = 1
    ignore_weekends: bool = False
    resource: str | None = None
    visit: str | None = None  # re-appointing this visit

    def key(self) -> str:
        return "|".join(str(v) for v in (self.order, self.date, self.weeks, int(self.ignore_weekends),
                                         self.resource or "", self.visit or ""))


@dataclass(frozen=True)
class SlotGrid:
    order: str
    fetched_at: str  # ISO-8601 UTC
    windows: tuple[PlanningWindow, ...]
    days: tuple[SlotDay, ...]
    stale: bool = False
    #: Why the grid is stale or booking is not possible, in words a user reads (None when live).
    reason: str | None = None

    def slot(self, date: str, window_id: int) -> Slot | None:
        for day in self.days:
            if day.date == date:
                return next((s for s in day.slots if s.window_id == window_id), None)
        return None

    def as_json(self) -> dict[str, Any]:
        return {"order": self.order, "fetched_at": self.fetched_at, "stale": self.stale,
                "windows": [w.as_json() for w in self.windows], "days": [d.as_json() for d in self.days]}


@dataclass(frozen=True)
class Visit:
    visit_id: str
    order: str
    status: str | None  # the vendor's VisitStatus name ("Booked", "PendingDeletion")
    result_type: str | None = None  # VisitResultType name, when the visit has a result
    window_start: str | None = None  # "yyyy-mm-ddTHH:MM:SS"
    window_end: str | None = None
    resource: str | None = None
    instructions: str | None = None
    property_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"visit_id": self.visit_id, "order": self.order, "status": self.status,
                "result_type": self.result_type, "window_start": self.window_start, "window_end": self.window_end,
                "resource": self.resource}
