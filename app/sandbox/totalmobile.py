"""In-process simulator of Totalmobile Connect's web services (`vendor-docs/totalmobile-connect-api.txt`).

It works on plain JSON dicts, as the real server does: FieldDesk's wire models are tested against what goes over the
wire. Fictional data: the five planning windows of the document's booking screen, sales orders for made-up
properties, customers, visits in every status, four made-up operatives. Availability is computed from each day's
operatives per planning window minus the visits booked there, so it shrinks as visits are booked; a booking on a
slot that is no longer free gets the vendor's 400. Tokens expire after `token_lifetime` seconds (short, and
changeable while serving: `app.state.connect.token_lifetime`).

Where the document is silent the simulator picks the least surprising answer and says so in a comment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp

from app.sandbox.common import Latency

__all__ = ["SANDBOX_CONFIG", "ConnectState", "create_connect_app", "sandbox_app"]

JSONDict = dict[str, Any]
SANDBOX_USERNAME = "planner@fielddesk-demo.clouddialogs.com"
SANDBOX_PASSWORD = "sandbox"
DEFAULT_TOKEN_LIFETIME = 600  # seconds; the real service's are longer, a short one exercises renewal

_STATE_FORMAT = "fielddesk-totalmobile-sandbox"
INVALID = "The request is invalid."
DENIED = "Authorization has been denied for this request."

#: The five planning windows of the document's booking screen (section 1.2).
PLANNING_WINDOWS: list[JSONDict] = [
    {"Id": 1, "Name": "ALL DAY", "StartHour": 8, "StartMinute": 0, "EndHour": 16, "EndMinute": 59},
    {"Id": 2, "Name": "MORNING", "StartHour": 8, "StartMinute": 0, "EndHour": 12, "EndMinute": 59},
    {"Id": 3, "Name": "AFTERNOON", "StartHour": 12, "StartMinute": 0, "EndHour": 16, "EndMinute": 59},
    {"Id": 4, "Name": "SCHOOL RUN", "StartHour": 9, "StartMinute": 30, "EndHour": 14, "EndMinute": 29},
    {"Id": 5, "Name": "OUT OF HOURS", "StartHour": 17, "StartMinute": 0, "EndHour": 23, "EndMinute": 59},
]
#: Made-up operatives (ResourceExternalId, name).
RESOURCES: list[tuple[str, str]] = [("OP-101", "Operative Quill"), ("OP-102", "Operative Brindle"),
                                    ("OP-103", "Operative Marlow"), ("OP-104", "Operative Tansy")]
VISIT_STATUS_NAMES = ["Planned", "Accepted", "Started", "Completed", "PendingDeletion", "Booked", "Shelved"]
RESULT_TYPE_NAMES = ["Completed", "NoAccess", "FollowOnRequired", "Abandon"]
#: The oldest Accept version each method takes (the document's "Version" column).
MIN_VERSIONS = {"PlanningWindow": 1, "Availability": 1, "AvailabilityByTrade": 3, "Booking": 1, "BookingSummary": 1,
                "SalesOrder": 1, "IdLookup": 3, "Code": 3, "Attribute": 3, "Customer": 4, "JobCode": 3,
                "RateBook": 3, "PurchaseInvoice": 3, "UserAccount": 2, "BookSubContractorOrder": 1}
BOOKING_HORIZON_DAYS = 70  # no slots offered further ahead
#: The demo's sales orders (Connect has no call that lists orders: the sandbox profile offers these by number).
DEMO_ORDERS = tuple(f"FD-{24001 + i}" for i in range(8))


class Invalid(Exception):
    """A 400 with the Error object: Message and ModelState."""

    def __init__(self, message: str = INVALID, model_state: Mapping[str, list[str]] | None = None,
                 status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.model_state = dict(model_state or {})
        self.status = status


def _field_error(prefix: str, field: str, text: str) -> Invalid:
    return Invalid(INVALID, {f"{prefix}.{field}": [text]})


def _date(value: object, prefix: str, field: str, *, required: bool = True) -> dt.date | None:
    if value in (None, ""):
        if required:
            raise _field_error(prefix, field, f"The {field} field is required.")
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise _field_error(prefix, field, f"The value '{value}' is not valid for {field}.") from None


def _bool(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _int(value: object, prefix: str, field: str, *, required: bool = True) -> int | None:
    if value in (None, ""):
        if required:
            raise _field_error(prefix, field, f"The {field} field is required.")
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise _field_error(prefix, field, f"The value '{value}' is not valid for {field}.") from None


def _required(body: Mapping[str, Any], prefix: str, *fields: str) -> None:
    missing = {f"{prefix}.{f}": [f"The {f} field is required."] for f in fields
               if body.get(f) in (None, "") or (isinstance(body.get(f), str) and not body[f].strip())}
    if missing:
        raise Invalid(INVALID, missing)


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:4], "big")


class ConnectState:
    """Everything the simulated Connect server knows. Reads and writes hold `lock` (a uvicorn thread serves while
    a test thread looks); with a `path`, it is loaded from there and written back after every accepted write."""

    def __init__(self, path: Path | None = None, *, demo: bool = True, today: dt.date | None = None,
                 username: str = SANDBOX_USERNAME, password: str = SANDBOX_PASSWORD,
                 token_lifetime: float = DEFAULT_TOKEN_LIFETIME) -> None:
        self.lock = threading.RLock()
        self.path = Path(path) if path is not None else None
        self.today = today
        self.username = username
        self.password = password
        self.token_lifetime = token_lifetime
        self.tokens: dict[str, float] = {}  # token -> time.monotonic() when it expires
        self.calls: Counter[str] = Counter()  # "POST token", "GET Availability", ...
        self.accept_versions: list[tuple[str, str]] = []  # (resource, Accept header) per api call
        self.orders: dict[str, JSONDict] = {}
        self.customers: dict[str, JSONDict] = {}
        self.visits: list[JSONDict] = []
        self.job_codes: dict[str, JSONDict] = {}
        self.rate_books: dict[tuple[str, str], JSONDict] = {}
        self.subcontracts: list[JSONDict] = []
        self.invoices: list[JSONDict] = []
        self.accounts: list[JSONDict] = []
        self.counters: dict[str, int] = {"order": 5000, "visit": 90000, "subcontract": 700}
        if self.path is not None and self.path.exists():
            self._load(self.path)
        elif demo:
            self._seed()
            self.save()

    # ------------------------------------------------------------------ time
    def current_day(self) -> dt.date:
        return self.today or dt.date.today()

    # ------------------------------------------------------------------ persistence
    def save(self) -> None:
        if self.path is None:
            return
        with self.lock:
            document = {"format": _STATE_FORMAT, "version": 1, "counters": self.counters, "orders": self.orders,
                        "customers": self.customers, "visits": self.visits, "job_codes": self.job_codes,
                        "rate_books": [dict(v) for v in self.rate_books.values()],
                        "subcontracts": self.subcontracts}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(document, handle, ensure_ascii=False)
                os.replace(tmp_name, self.path)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise

    def _load(self, path: Path) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read Totalmobile sandbox state {path}: {exc}") from exc
        if not isinstance(document, dict) or document.get("format") != _STATE_FORMAT:
            raise ValueError(f"{path} is not a Totalmobile sandbox state file")
        self.counters.update({k: int(v) for k, v in dict(document.get("counters") or {}).items()})
        self.orders = dict(document.get("orders") or {})
        self.customers = dict(document.get("customers") or {})
        self.visits = list(document.get("visits") or [])
        self.job_codes = dict(document.get("job_codes") or {})
        self.rate_books = {(r["CodeExternalId"], r["ContractExternalId"]): r for r in document.get("rate_books") or []}
        self.subcontracts = list(document.get("subcontracts") or [])

    def _next(self, kind: str) -> int:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return self.counters[kind]

    # ------------------------------------------------------------------ demo data (fictional)
    def _seed(self) -> None:
        streets = ["Larch Road", "Quarry Lane", "Kestrel Close", "Bramble Walk", "Heron Court", "Orchard Rise",
                   "Millpond Street", "Foxglove Way"]
        people = [("Ada", "Pennyworth"), ("Bram", "Whitlock"), ("Cleo", "Marchbank"), ("Dev", "Ashgrove"),
                  ("Elin", "Thornbury"), ("Finn", "Calloway"), ("Gwen", "Rookwood"), ("Hal", "Sedgemoor")]
        jobs = ["Boiler not firing, no hot water", "Radiator valve leaking in hallway", "Annual gas safety check",
                "Heat pump showing error E21", "Thermostat unresponsive", "Air-con unit dripping indoors",
                "Pressure drops overnight", "Noisy circulation pump"]
        for i in range(8):
            number = f"FD-{24001 + i}"
            first, last = people[i]
            property_id = f"PROP-{3101 + i}"
            customer = {
                "ExternalId": property_id, "OrganisationExternalId": "FIELDDESK-DEMO", "Name": f"{first} {last}",
                "PrimaryContact": {"ExternalId": f"CON-{3101 + i}", "FirstName": first, "LastName": last,
                                   "MobilePhone": f"07700 900{100 + i}",  # Ofcom's range for drama
                                   "EmailAddress": f"{first.lower()}@example.org"},
                "PrimaryAddress": {"ExternalId": f"ADR-{3101 + i}", "Line1": f"{12 + i} {streets[i]}",
                                   "City": "Exampleton", "PostCode": f"EX{1 + i % 4} {i + 1}ZZ"}}
            order = {"PrimaryOrderNumber": number, "Customer": customer, "ContractExternalId": "RESPONSIVE",
                     "TargetDateUTC": (self.current_day() + dt.timedelta(days=7 + i)).isoformat(),
                     "PriorityExternalId": "P3" if i % 3 else "P1", "JobDescription": jobs[i], "OrderStatus": 0,
                     "JobCodes": [{"CodeExternalId": f"HEAT{100 + i}", "Quantity": 1}], "OrderSource": 0}
            self._add_order(order)
        # Visits in every status, each on its order's property.
        day = self.current_day()
        plan = [("FD-24001", 5, None, 3, 2), ("FD-24002", 0, None, 4, 1), ("FD-24003", 1, None, 5, 3),
                ("FD-24004", 2, None, 0, 2), ("FD-24005", 3, 0, -3, 1), ("FD-24005", 3, 1, -10, 2),
                ("FD-24006", 4, None, 6, 3), ("FD-24007", 6, None, 8, 1), ("FD-24008", 3, 2, -6, 4)]
        for number, status, result, offset, window in plan:
            self._add_visit(number, day + dt.timedelta(days=offset), window, status=status, result=result)

    def _add_order(self, order: JSONDict) -> JSONDict:
        stored = dict(order)
        stored["_id"] = self._next("order")
        stored.setdefault("_codes", [dict(c, Quantity=c.get("Quantity", 1)) for c in order.get("JobCodes") or []
                                     if isinstance(c, dict) and c.get("CodeExternalId")])
        stored.setdefault("_attributes", [])
        self.orders[str(order["PrimaryOrderNumber"])] = stored
        customer = order.get("Customer") or {}
        if customer.get("ExternalId"):
            self.customers.setdefault(str(customer["ExternalId"]), dict(customer))
        return stored

    def _add_visit(self, number: str, day: dt.date, window_id: int, *, status: int = 5, result: int | None = None,
                   resource: str | None = None, instructions: str | None = None) -> JSONDict:
        order = self.orders[number]
        visit = {"VisitExternalId": f"V{self._next('visit')}", "PrimaryOrderNumber": number, "_date": day.isoformat(),
                 "_window": window_id, "_resource": resource or self._free_resource(day, window_id) or RESOURCES[0][0],
                 "VisitStatus": status, "VisitResultType": result, "VisitInstructions": instructions,
                 "OrderRaisedDate": self.current_day().isoformat(), "OperativeComments": None,
                 "_property": (order.get("Customer") or {}).get("ExternalId")}
        self.visits.append(visit)
        return visit

    # ------------------------------------------------------------------ availability
    def resources_on(self, day: dt.date, window_id: int) -> list[str]:
        """Operatives working that window that day (deterministic, fictional rota)."""
        weekend = day.weekday() >= 5
        chosen = []
        for resource, _name in RESOURCES:
            roll = _digest(resource, day.isoformat(), window_id) % 100
            if window_id == 5:  # out of hours: a skeleton crew
                works = roll < 25
            elif weekend:
                works = roll < 20
            else:
                works = roll < 50
            if works:
                chosen.append(resource)
        return chosen

    def _occupying(self, visit: JSONDict) -> bool:
        return int(visit.get("VisitStatus") or 0) not in (3, 4, 6)  # completed, pending deletion, shelved

    def _free_resource(self, day: dt.date, window_id: int, wanted: str | None = None,
                       ignore_visit: str | None = None) -> str | None:
        busy = {v["_resource"] for v in self.visits if v["_date"] == day.isoformat() and v["_window"] == window_id
                and self._occupying(v) and v["VisitExternalId"] != ignore_visit}
        for resource in self.resources_on(day, window_id):
            if resource not in busy and (wanted is None or resource == wanted):
                return resource
        return None

    def day_status(self, day: dt.date, window_id: int, *, ignore_weekends: bool, resource: str | None,
                   visit: str | None, postcode: str) -> tuple[int, int]:
        """(AvailabilityStatus, TravelTime) of one cell."""
        travel = 5 + _digest(postcode, day.isoformat(), window_id) % 50
        today = self.current_day()
        if day <= today or day > today + dt.timedelta(days=BOOKING_HORIZON_DAYS):
            return 0, travel
        if ignore_weekends and day.weekday() >= 5:
            return 0, travel
        free = [r for r in self.resources_on(day, window_id)
                if self._free_resource(day, window_id, r, visit) is not None]
        if resource:
            free = [r for r in free if r == resource]
        if not free:
            return 0, travel
        return (2 if len(free) >= 2 and travel <= 20 else 1), travel

    def availability(self, params: Mapping[str, Any]) -> JSONDict:
        number = str(params.get("PrimaryOrderNumber") or "").strip()
        if not number:
            raise _field_error("availability", "PrimaryOrderNumber", "The PrimaryOrderNumber field is required.")
        order = self.orders.get(number)
        if order is None:
            raise Invalid(f"The order {number} was not found.")
        if int(order.get("OrderStatus") or 0) == 11:
            raise Invalid(f"The order {number} is cancelled.")
        postcode = ((order.get("Customer") or {}).get("PrimaryAddress") or {}).get("PostCode") or ""
        return self._grid(params, postcode, echo={k: params[k] for k in params})

    def _grid(self, params: Mapping[str, Any], postcode: str, *, echo: JSONDict) -> JSONDict:
        day = _date(params.get("Date"), "availability", "Date", required=False) or self.current_day()
        weeks = _int(params.get("NumberOfWeeks"), "availability", "NumberOfWeeks", required=False) or 1
        if not 1 <= weeks <= 5:
            raise _field_error("availability", "NumberOfWeeks", "NumberOfWeeks must be between 1 and 5.")
        start = day - dt.timedelta(days=day.weekday())
        ignore = _bool(params.get("IgnoreWeekends"))
        resource = str(params.get("ResourceExternalId") or "").strip() or None
        visit = str(params.get("VisitExternalId") or "").strip() or None
        if resource and resource not in {r for r, _ in RESOURCES}:
            raise _field_error("availability", "ResourceExternalId", f"The resource {resource} was not found.")
        if visit and not any(v["VisitExternalId"] == visit for v in self.visits):
            raise _field_error("availability", "VisitExternalId", f"The visit {visit} was not found.")
        rows = []
        for window in PLANNING_WINDOWS:
            days = []
            for offset in range(7 * weeks):
                current = start + dt.timedelta(days=offset)
                status, travel = self.day_status(current, window["Id"], ignore_weekends=ignore, resource=resource,
                                                 visit=visit, postcode=postcode)
                days.append({"Date": f"{current.isoformat()}T00:00:00", "AvailabilityStatus": status,
                             "TravelTime": travel})
            rows.append({"PlanningWindowId": window["Id"], "AvailabilityDays": days})
        return {"Availability": echo, "PlanningWindows": PLANNING_WINDOWS, "AvailabilityPlanningWindows": rows}

    def availability_by_trade(self, body: Mapping[str, Any]) -> JSONDict:
        _required(body, "availabilityByTrade", "Postcode")
        return self._grid(body, str(body["Postcode"]), echo=dict(body))

    def book(self, body: Mapping[str, Any]) -> JSONDict:
        _required(body, "booking", "PrimaryOrderNumber", "Date", "PlanningWindowId")
        number = str(body["PrimaryOrderNumber"]).strip()
        day = _date(body.get("Date"), "booking", "Date")
        assert day is not None
        window_id = _int(body.get("PlanningWindowId"), "booking", "PlanningWindowId")
        window = next((w for w in PLANNING_WINDOWS if w["Id"] == window_id), None)
        if window is None:
            raise _field_error("booking", "PlanningWindowId", f"The planning window {window_id} does not exist.")
        order = self.orders.get(number)
        if order is None:
            raise Invalid(f"The order {number} was not found.")
        if int(order.get("OrderStatus") or 0) == 11:
            raise Invalid(f"The order {number} is cancelled.")
        visit_id = str(body.get("VisitExternalId") or "").strip() or None
        visit = next((v for v in self.visits if v["VisitExternalId"] == visit_id), None) if visit_id else None
        if visit_id and (visit is None or visit["PrimaryOrderNumber"] != number):
            raise _field_error("booking", "VisitExternalId", f"The visit {visit_id} is not a visit of order {number}.")
        postcode = ((order.get("Customer") or {}).get("PrimaryAddress") or {}).get("PostCode") or ""
        resource = str(body.get("ResourceExternalId") or "").strip() or None
        status, _travel = self.day_status(day, window["Id"], ignore_weekends=False, resource=resource,
                                          visit=visit_id, postcode=postcode)
        shelve = _bool(body.get("ShelveAppointment"))
        if status == 0 and not shelve:
            raise _field_error("booking", "PlanningWindowId", "The selected appointment slot is no longer available.")
        chosen = self._free_resource(day, window["Id"], resource, visit_id) or (resource or RESOURCES[0][0])
        if visit is None:
            visit = self._add_visit(number, day, window["Id"], status=6 if shelve else 5, resource=chosen,
                                    instructions=body.get("VisitInstructions"))
        else:  # re-appointing moves the visit
            visit.update({"_date": day.isoformat(), "_window": window["Id"], "_resource": chosen,
                          "VisitStatus": 6 if shelve else 5})
            if body.get("VisitInstructions"):
                visit["VisitInstructions"] = body["VisitInstructions"]
        answer = {k: v for k, v in body.items() if k not in ("PlanningWindowId",)}
        answer.update({"PrimaryOrderNumber": number, "Date": day.isoformat(), "PlanningWindow": window,
                       "Duration": body.get("Duration") or 60, "VisitExternalId": visit["VisitExternalId"]})
        return answer

    # ------------------------------------------------------------------ booking summary
    def appointment(self, visit: JSONDict) -> JSONDict:
        window = next(w for w in PLANNING_WINDOWS if w["Id"] == visit["_window"])
        status = int(visit.get("VisitStatus") or 0)
        result = visit.get("VisitResultType")
        return {"PrimaryOrderNumber": visit["PrimaryOrderNumber"], "OrderRaisedDate": visit.get("OrderRaisedDate"),
                "VisitExternalId": visit["VisitExternalId"], "VisitResultType": result,
                "VisitResultTypeName": RESULT_TYPE_NAMES[result] if result is not None else None,
                "VisitStatus": status, "VisitStatusName": VISIT_STATUS_NAMES[status],
                "Resource": dict(RESOURCES).get(visit["_resource"], visit["_resource"]),
                "VisitInstructions": visit.get("VisitInstructions"),
                "OperativeComments": visit.get("OperativeComments"),
                "PlanningWindowStart": f"{visit['_date']}T{window['StartHour']:02d}:{window['StartMinute']:02d}:00",
                "PlanningWindowEnd": f"{visit['_date']}T{window['EndHour']:02d}:{window['EndMinute']:02d}:00"}

    def booking_summary(self, params: Mapping[str, Any]) -> JSONDict:
        property_id = str(params.get("PropertyId") or "").strip()
        number = str(params.get("PrimaryOrderNumber") or "").strip()
        if not property_id and not number:
            raise Invalid(INVALID, {"bookingSummary.PropertyId": ["PropertyId or PrimaryOrderNumber is required."]})
        start = _stamp(params.get("WindowStart"), "WindowStart")
        end = _stamp(params.get("WindowEnd"), "WindowEnd")
        if number:
            order = self.orders.get(number)
            if order is None:
                raise Invalid(f"The order {number} was not found.")
            property_id = property_id or (order.get("Customer") or {}).get("ExternalId") or ""
        customer = self.customers.get(property_id)
        if customer is None:
            raise Invalid(f"The property {property_id} was not found.")
        appointments = []
        for visit in sorted(self.visits, key=lambda v: (v["_date"], v["_window"])):
            if visit["_property"] != property_id or (number and visit["PrimaryOrderNumber"] != number):
                continue
            shown = self.appointment(visit)
            if (start and shown["PlanningWindowEnd"] < start) or (end and shown["PlanningWindowStart"] > end):
                continue
            appointments.append(shown)
        return {"Customer": customer, "Appointments": appointments}

    # ------------------------------------------------------------------ sales orders
    def create_order(self, body: Mapping[str, Any]) -> JSONDict:
        _required(body, "salesOrder", "PrimaryOrderNumber", "Customer", "ContractExternalId", "TargetDateUTC",
                  "PriorityExternalId", "JobDescription")
        customer = body["Customer"]
        if not isinstance(customer, dict):
            raise _field_error("salesOrder", "Customer", "The Customer field must be an object.")
        _required(customer, "salesOrder.Customer", "ExternalId", "OrganisationExternalId")
        if not _bool(body.get("UseExistingCustomerDetails")):
            _required(customer, "salesOrder.Customer", "PrimaryContact", "PrimaryAddress")
        elif str(customer["ExternalId"]) not in self.customers:
            raise _field_error("salesOrder.Customer", "ExternalId", f"The customer {customer['ExternalId']} does not "
                                                                    "exist.")
        number = str(body["PrimaryOrderNumber"]).strip()
        if len(number) > 32:
            raise _field_error("salesOrder", "PrimaryOrderNumber", "The field PrimaryOrderNumber must be a string "
                                                                   "with a maximum length of 32.")
        if number in self.orders:
            raise Invalid(f"An order with primary order number {number} already exists.")
        _date(body.get("TargetDateUTC"), "salesOrder", "TargetDateUTC")
        order = dict(body, PrimaryOrderNumber=number, OrderStatus=int(body.get("OrderStatus") or 0))
        if _bool(body.get("UseExistingCustomerDetails")):
            order["Customer"] = dict(self.customers[str(customer["ExternalId"])])
        stored = self._add_order(order)
        return _public(stored)

    def update_order(self, body: Mapping[str, Any]) -> None:
        _required(body, "salesOrderUpdate", "PrimaryOrderNumber", "ContractExternalId")
        number = str(body["PrimaryOrderNumber"]).strip()
        order = self.orders.get(number)
        if order is None or order.get("ContractExternalId") != body["ContractExternalId"]:
            raise Invalid(f"The order {number} was not found for contract {body['ContractExternalId']}.")
        status = _int(body.get("OrderStatus"), "salesOrderUpdate", "OrderStatus", required=False)
        if status == 11 and not str(body.get("CancelReason") or "").strip():
            raise _field_error("salesOrderUpdate", "CancelReason", "A cancel reason is required to cancel an order.")
        if body.get("PriorityExternalId") and not body.get("TargetDateUTC"):
            raise _field_error("salesOrderUpdate", "TargetDateUTC", "TargetDateUTC is required when "
                                                                    "PriorityExternalId is set.")
        for key in ("JobDescription", "PriorityExternalId", "TargetDateUTC", "CancelReason", "CancelDescription"):
            if body.get(key) not in (None, ""):
                order[key] = body[key]
        if status is not None:
            order["OrderStatus"] = status
        if status == 11:  # cancelling: open visits are deleted, which frees their slots
            for visit in self.visits:
                if visit["PrimaryOrderNumber"] == number and int(visit["VisitStatus"]) in (0, 1, 5, 6):
                    visit["VisitStatus"] = 4

    def order_by_id(self, order_id: str) -> JSONDict:
        for order in self.orders.values():
            if str(order["_id"]) == str(order_id):
                return order
        raise Invalid(f"The order {order_id} was not found.")

    # ------------------------------------------------------------------ customers, codes, job codes
    def create_customer(self, body: Mapping[str, Any]) -> JSONDict:
        _required(body, "customer", "ExternalId", "Name", "CustomerAddress", "CustomerContact",
                  "OrganisationExternalId")
        if not isinstance(body["CustomerAddress"], dict) or not isinstance(body["CustomerContact"], dict):
            raise Invalid("CustomerAddress and CustomerContact must be objects.")
        _required(body["CustomerAddress"], "customer.CustomerAddress", "ExternalId", "Address1", "City", "PostCode")
        _required(body["CustomerContact"], "customer.CustomerContact", "ExternalId", "FirstName", "LastName")
        external = str(body["ExternalId"])
        if external in self.customers:
            raise Invalid(f"A customer with external id {external} already exists.")
        address, contact = body["CustomerAddress"], body["CustomerContact"]
        self.customers[external] = {
            "ExternalId": external, "OrganisationExternalId": body["OrganisationExternalId"], "Name": body["Name"],
            "PrimaryContact": {"ExternalId": contact["ExternalId"], "FirstName": contact["FirstName"],
                               "LastName": contact["LastName"], "MobilePhone": contact.get("MobilePhone")},
            "PrimaryAddress": {"ExternalId": address["ExternalId"], "Line1": address["Address1"],
                               "City": address["City"], "PostCode": address["PostCode"]},
            "_model": dict(body)}
        return dict(body)


def _stamp(value: object, field: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().replace(" ", "T", 1)
    if not re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$", text):
        raise _field_error("bookingSummary", field, f"The value '{value}' is not valid for {field}.")
    return text if "T" in text else text + "T00:00:00"


def _public(order: Mapping[str, Any]) -> JSONDict:
    return {k: v for k, v in order.items() if not k.startswith("_")}


# ---------------------------------------------------------------------- ASGI app


def _error(exc: Invalid) -> JSONResponse:
    body: JSONDict = {"Message": exc.message}
    if exc.model_state:
        body["ModelState"] = exc.model_state
    return JSONResponse(body, status_code=exc.status)


def _connect(request: Request) -> ConnectState:
    state: ConnectState = request.app.state.connect
    return state


async def _token(request: Request) -> Response:
    state = _connect(request)
    state.calls["POST token"] += 1
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
    # Parsed here: starlette's form parser needs python-multipart, which FieldDesk does not otherwise use.
    fields = urllib.parse.parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    form = {k: v[0] for k, v in fields.items()}
    if form.get("grant_type") != "password":
        return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
    if form.get("username") != state.username or form.get("password") != state.password:
        return JSONResponse({"error": "invalid_grant", "error_description": "The user name or password is incorrect."},
                            status_code=400)
    token = secrets.token_urlsafe(24)
    lifetime = float(state.token_lifetime)
    now = dt.datetime.now(dt.UTC)
    with state.lock:
        state.tokens[token] = time.monotonic() + lifetime
    fmt = "%a, %d %b %Y %H:%M:%S GMT"
    return JSONResponse({"access_token": token, "token_type": "bearer", "expires_in": int(lifetime),
                         "userName": state.username, ".issued": now.strftime(fmt),
                         ".expires": (now + dt.timedelta(seconds=lifetime)).strftime(fmt)})


def _version(accept: str) -> int:
    found = re.search(r"version\s*=\s*(\d+)", accept)
    return int(found[1]) if found else 1


async def _body(request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except ValueError:
        raise Invalid("The request body is not valid JSON.") from None


def _api(resource: str, handler: Any, *, write: bool = False) -> Any:
    """An authorised api/ endpoint: bearer token, Accept version, the Error object on failure; saves after a
    write."""
    async def endpoint(request: Request) -> Response:
        state = _connect(request)
        state.calls[f"{request.method} {resource}"] += 1
        accept = request.headers.get("accept", "")
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        with state.lock:
            state.accept_versions.append((f"{request.method} {resource}", accept))
            expires = state.tokens.get(token)
            if expires is None or expires <= time.monotonic():
                return JSONResponse({"Message": DENIED}, status_code=401)
        if _version(accept) < MIN_VERSIONS[resource]:
            return JSONResponse({"Message": f"The requested version of {resource} is not supported; ask for "
                                            f"version {MIN_VERSIONS[resource]} or later."}, status_code=400)
        try:
            body = await _body(request) if request.method in ("POST", "PUT", "PATCH") else None
            with state.lock:
                answer = handler(state, request, body)
                if write:
                    state.save()
        except Invalid as exc:
            return _error(exc)
        if isinstance(answer, Response):
            return answer
        return JSONResponse(answer)
    return endpoint


def _params(request: Request) -> dict[str, str]:
    return dict(request.query_params)


def _need_dict(body: Any) -> JSONDict:
    if not isinstance(body, dict):
        raise Invalid("The request body must be a JSON object.")
    return body


def _sales_order(state: ConnectState, request: Request, body: Any) -> Any:
    if request.method == "GET":
        params = _params(request)
        number = params.get("PrimaryOrderNumber", "").strip()
        order = state.orders.get(number)
        contract = params.get("ContractExternalId")
        if order is None or (contract and order.get("ContractExternalId") != contract):
            return Response("null", status_code=404, media_type="application/json")  # "will be NULL"
        return _public(order)
    if request.method == "POST":
        created = state.create_order(_need_dict(body))
        # Version 2 answers {}, version 3 the order (section SalesOrder POST).
        content = created if _version(request.headers.get("accept", "")) >= 3 else {}
        return JSONResponse(content, status_code=201)
    state.update_order(_need_dict(body))
    return {}


def _codes(state: ConnectState, request: Request, body: Any) -> Any:
    order = state.order_by_id(request.path_params["order_id"])
    code_id = request.path_params.get("code")
    location = request.path_params.get("location")
    codes: list[JSONDict] = order["_codes"]

    def matches(c: JSONDict) -> bool:
        return c["CodeExternalId"] == code_id and (location is None or c.get("LocationExternalId") == location)

    if request.method == "GET":
        if code_id is None:
            return codes
        found = next((c for c in codes if matches(c)), None)
        if found is None:
            raise Invalid(f"The code {code_id} is not on this order.")
        return found
    if request.method == "DELETE":
        if not any(matches(c) for c in codes):
            raise Invalid(f"The code {code_id} is not on this order.")
        order["_codes"] = [c for c in codes if not matches(c)]
        return {}
    code = _need_dict(body)
    _required(code, "code", "CodeExternalId", "Quantity")
    same = next((c for c in codes if c["CodeExternalId"] == code["CodeExternalId"]
                 and c.get("LocationExternalId") == code.get("LocationExternalId")), None)
    if request.method == "POST":
        if same is not None:
            raise Invalid(f"The code {code['CodeExternalId']} is already on this order.")
        codes.append({k: code.get(k) for k in ("CodeExternalId", "LocationExternalId", "Quantity")})
    else:
        if same is None:
            raise Invalid(f"The code {code['CodeExternalId']} is not on this order.")
        same["Quantity"] = code["Quantity"]
    return {}


def _attributes(state: ConnectState, request: Request, body: Any) -> Any:
    order = state.order_by_id(request.path_params["order_id"])
    if request.method == "GET":
        return {"OrderId": order["_id"], "Attribute": order["_attributes"]}
    items = body.get("Attributes") if isinstance(body, dict) else body
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise Invalid("Attributes must be a list of AttributeItem objects.")
    order["_attributes"] = [{"AttributeName": i.get("AttributeName"), "Value": i.get("Value")} for i in items]
    return {}


def _id_lookup(state: ConnectState, request: Request, body: Any) -> Any:
    params = _params(request)
    if params.get("Lookup", "OrderId") != "OrderId":
        raise _field_error("idLookup", "Lookup", f"The lookup {params.get('Lookup')} is not supported.")
    number = params.get("PrimaryOrderNumber", "").strip()
    order = state.orders.get(number)
    if order is None or order.get("ContractExternalId") != params.get("ContractExternalId"):
        raise Invalid(f"The order {number} was not found for contract {params.get('ContractExternalId')}.")
    return order["_id"]


def _job_code(state: ConnectState, request: Request, body: Any) -> Any:
    code_id = request.path_params.get("code")
    if request.method == "GET":
        found = state.job_codes.get(str(code_id))
        if found is None:
            raise Invalid(f"The job code {code_id} was not found.")
        return found
    code = _need_dict(body)
    _required(code, "jobCode", "CodeExternalId")
    if request.method == "POST":
        if code["CodeExternalId"] in state.job_codes:
            raise Invalid(f"The job code {code['CodeExternalId']} already exists.")
        state.job_codes[str(code["CodeExternalId"])] = dict(code)
        return Response(status_code=200)
    if str(code_id) not in state.job_codes:
        raise Invalid(f"The job code {code_id} was not found.")
    state.job_codes[str(code_id)].update(code)
    return state.job_codes[str(code_id)]


def _rate_book(state: ConnectState, request: Request, body: Any) -> Any:
    if request.method == "GET":
        params = _params(request)
        code, contract = params.get("CodeExternalId"), params.get("ContractExternalId")
        if not code:
            raise _field_error("rateBook", "CodeExternalId", "The CodeExternalId field is required.")
        if contract:
            found = state.rate_books.get((code, contract))
            if found is None:
                raise Invalid(f"No rate book for {code} on contract {contract}.")
            return found
        return [r for (c, _k), r in state.rate_books.items() if c == code]
    code, contract = request.path_params["code"], request.path_params["contract"]
    book = _need_dict(body)
    _required(book, "rateBook", "Price")
    state.rate_books[(code, contract)] = {"CodeExternalId": code, "ContractExternalId": contract,
                                          "ContractName": book.get("ContractName"), "Price": book["Price"]}
    return state.rate_books[(code, contract)]


def _subcontract(state: ConnectState, request: Request, body: Any) -> Any:
    given = _need_dict(body)
    _required(given, "bookSubContractorOrder", "PrimaryOrderNumber")
    if given["PrimaryOrderNumber"] not in state.orders:
        raise Invalid(f"The order {given['PrimaryOrderNumber']} was not found.")
    if request.method == "POST":
        _required(given, "bookSubContractorOrder", "SupplierExternalId")
        record = {"PrimaryOrderNumber": given["PrimaryOrderNumber"], "SupplierExternalId": given["SupplierExternalId"],
                  "SupplierName": f"Supplier {given['SupplierExternalId']}",
                  "SubcontractOrderId": state._next("subcontract")}
        state.subcontracts.append(record)
        return {k: record[k] for k in ("PrimaryOrderNumber", "SupplierExternalId", "SupplierName")}
    return dict(given)


def _customer(state: ConnectState, request: Request, body: Any) -> Any:
    return JSONResponse(state.create_customer(_need_dict(body)), status_code=201)


def _purchase_invoice(state: ConnectState, request: Request, body: Any) -> Any:
    invoice = _need_dict(body)
    _required(invoice, "purchaseInvoice", "SupplierExternalId", "PurchaseInvoiceCategory", "SupplierInvoiceReference",
              "InvoiceDateUTC", "PaymentTerms", "GoodsValue")
    state.invoices.append(dict(invoice))
    return JSONResponse(invoice, status_code=201)


def _user_account(state: ConnectState, request: Request, body: Any) -> Any:
    account = _need_dict(body)
    _required(account, "userAccount", "UserName")
    token = secrets.token_urlsafe(16)
    state.accounts.append(dict(account))
    return dict(account, Token=token, Url=f"https://connect.sandbox.invalid/{token}")


def _availability(state: ConnectState, request: Request, body: Any) -> Any:
    return state.availability(_params(request))


def _availability_by_trade(state: ConnectState, request: Request, body: Any) -> Any:
    return state.availability_by_trade(_need_dict(body))


def _booking(state: ConnectState, request: Request, body: Any) -> Any:
    return state.book(_need_dict(body))


def _booking_summary(state: ConnectState, request: Request, body: Any) -> Any:
    return state.booking_summary(_params(request))


def _planning_windows(state: ConnectState, request: Request, body: Any) -> Any:
    return PLANNING_WINDOWS


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {404: "No HTTP resource was found that matches the request URI.",
               405: "The requested resource does not support this http method."}.get(status, "An error has occurred.")
    return JSONResponse({"Message": message}, status_code=status)


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"Message": "An error has occurred."}, status_code=500)


def create_connect_app(state: ConnectState, *, latency: float = 0.0) -> Starlette:
    """Connect's web services over `state`, under /WS-API (the base URL runs up to and including it)."""
    code_methods = ["GET", "POST", "PUT"]
    api = [
        Route("/PlanningWindow", _api("PlanningWindow", _planning_windows), methods=["GET"]),
        Route("/Availability", _api("Availability", _availability), methods=["GET"]),
        Route("/AvailabilityByTrade", _api("AvailabilityByTrade", _availability_by_trade), methods=["POST"]),
        Route("/Booking", _api("Booking", _booking, write=True), methods=["POST"]),
        Route("/BookingSummary", _api("BookingSummary", _booking_summary), methods=["GET"]),
        Route("/SalesOrder", _api("SalesOrder", _sales_order, write=True), methods=["GET", "POST", "PATCH"]),
        Route("/SalesOrder/{order_id}/Code", _api("Code", _codes, write=True), methods=code_methods),
        Route("/SalesOrder/{order_id}/Code/{code}", _api("Code", _codes, write=True), methods=["GET", "DELETE"]),
        Route("/SalesOrder/{order_id}/Code/{code}/Location/{location}", _api("Code", _codes, write=True),
              methods=["GET", "DELETE"]),
        Route("/SalesOrder/{order_id}/Attribute", _api("Attribute", _attributes, write=True), methods=["GET", "POST"]),
        Route("/IdLookup", _api("IdLookup", _id_lookup), methods=["GET"]),
        Route("/Customer", _api("Customer", _customer, write=True), methods=["POST"]),
        Route("/JobCode", _api("JobCode", _job_code, write=True), methods=["POST"]),
        Route("/JobCode/{code}", _api("JobCode", _job_code, write=True), methods=["GET", "PUT"]),
        Route("/RateBook", _api("RateBook", _rate_book), methods=["GET"]),
        Route("/RateBook/{code}/{contract}", _api("RateBook", _rate_book, write=True), methods=["PUT"]),
        Route("/BookSubContractorOrder", _api("BookSubContractorOrder", _subcontract, write=True),
              methods=["POST", "PATCH"]),
        Route("/PurchaseInvoice", _api("PurchaseInvoice", _purchase_invoice, write=True), methods=["POST"]),
        Route("/UserAccount", _api("UserAccount", _user_account), methods=["POST"]),
    ]
    app = Starlette(
        routes=[Mount("/WS-API", routes=[Route("/token", _token, methods=["POST"]), Mount("/api", routes=api)])],
        middleware=[Middleware(Latency)],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.state.connect = state
    app.state.latency = latency
    return app


#: The configuration values that reach this simulator in the sandbox profile (the registry reads them).
SANDBOX_CONFIG = {"BASE_URL": "http://totalmobile.sandbox/WS-API", "USERNAME": SANDBOX_USERNAME,
                  "PASSWORD": SANDBOX_PASSWORD}


def sandbox_app(state_file: Path | None, *, latency: float = 0.0, secret: str | None = None,
                demo: int | None = None) -> ASGIApp:
    """The registry's entry point: the simulator with its state in `state_file` (loaded when it exists, else the
    fictional demo orders, customers and visits; `demo=0` starts empty). `secret` replaces the sandbox password."""
    state = ConnectState(state_file, demo=demo != 0, password=secret or SANDBOX_PASSWORD)
    return create_connect_app(state, latency=latency)
