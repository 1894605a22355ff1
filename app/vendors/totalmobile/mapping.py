"""Between Connect's wire models and FieldDesk's planner entities (app.domain.planner)."""

from __future__ import annotations

from typing import Any

from app.domain.planner import NOT_AVAILABLE, PlanningWindow, Slot, SlotDay, SlotGrid, Visit
from app.vendors.totalmobile import enums as E
from app.vendors.totalmobile import models as m

#: Operations the outbox queues for Connect (one per kind of order write).
CREATE_ORDER, UPDATE_ORDER = "create-sales-order", "update-sales-order"
ADD_CODE, UPDATE_CODE, REMOVE_CODE = "add-code", "update-code", "remove-code"
ORDER_ENTITY = "sales_order"  # record links: Connect's internal order id (IdLookup) -> the cached order


def window(wire: m.PlanningWindow) -> PlanningWindow:
    return PlanningWindow(wire.Id, (wire.Name or f"#{wire.Id}").strip(), wire.start, wire.end)


def _status(value: object) -> str:
    if isinstance(value, E.AvailabilityStatus):
        return E.wire_name(value)
    return NOT_AVAILABLE  # missing, or a value newer than the document: not offered for booking


def grid(answer: m.AvailabilityResponse | m.AvailabilityByTradeResponse, order: str, fetched_at: str,
         known_windows: list[PlanningWindow] | None = None) -> SlotGrid:
    """The answer as a grid: the planning windows in the answer's order (else the cached ones), every day any window
    mentions, sorted; a cell the answer leaves out is NotAvailable."""
    windows = [window(w) for w in answer.PlanningWindows] or list(known_windows or [])
    listed = {w.id for w in windows}
    for row in answer.AvailabilityPlanningWindows:
        if row.PlanningWindowId not in listed:  # availability for a window the answer did not describe
            windows.append(PlanningWindow(row.PlanningWindowId, f"#{row.PlanningWindowId}", "", ""))
            listed.add(row.PlanningWindowId)
    cells: dict[str, dict[int, Slot]] = {}
    for row in answer.AvailabilityPlanningWindows:
        for day in row.AvailabilityDays:
            if day.Date is None:
                continue
            cells.setdefault(day.Date.isoformat(), {})[row.PlanningWindowId] = Slot(
                row.PlanningWindowId, _status(day.AvailabilityStatus), day.TravelTime)
    days = tuple(SlotDay(date, tuple(cells[date].get(w.id, Slot(w.id, NOT_AVAILABLE, None)) for w in windows))
                 for date in sorted(cells))
    return SlotGrid(order, fetched_at, tuple(windows), days)


def _name(value: object, fallback: str | None) -> str | None:
    if isinstance(value, E.VisitStatus | E.VisitResultType):
        return E.wire_name(value)
    if value is None:
        return fallback
    return fallback or str(value)


def visit(wire: m.Appointment, property_id: str | None = None) -> Visit:
    return Visit(
        visit_id=wire.VisitExternalId or "", order=wire.PrimaryOrderNumber or "",
        status=_name(wire.VisitStatus, wire.VisitStatusName),
        result_type=_name(wire.VisitResultType, wire.VisitResultTypeName),
        window_start=wire.PlanningWindowStart.isoformat(timespec="seconds") if wire.PlanningWindowStart else None,
        window_end=wire.PlanningWindowEnd.isoformat(timespec="seconds") if wire.PlanningWindowEnd else None,
        resource=wire.Resource, instructions=wire.VisitInstructions, property_id=property_id,
        extra=wire.model_dump(mode="json", exclude_none=True))


def order_row(wire: m.SalesOrder | dict[str, Any]) -> dict[str, Any]:
    """The columns the cache lists an order by."""
    order = wire if isinstance(wire, m.SalesOrder) else m.SalesOrder.model_validate(wire)
    customer = order.Customer
    contact = customer.PrimaryContact if customer else None
    address = customer.PrimaryAddress if customer else None
    name = (customer.Name if customer and customer.Name else
            " ".join(p for p in (contact.FirstName if contact else None, contact.LastName if contact else None) if p))
    status = order.OrderStatus
    return {"order_number": order.PrimaryOrderNumber, "contract": order.ContractExternalId,
            "property_id": customer.ExternalId if customer else None, "customer_name": name or None,
            "address": ", ".join(p for p in (address.Line1, address.City, address.PostCode) if p) if address else None,
            "priority": order.PriorityExternalId,
            "target_date": order.TargetDateUTC.isoformat() if order.TargetDateUTC else None,
            "job_description": order.JobDescription, "status": int(status) if status is not None else None,
            "cancel_reason": order.CancelReason}
