"""The simulated Pro+ server's work orders (§11 push-wo, §12 get-wo, §13 delete-wo) and the webhook calls (§21)
it sends when one changes. Plain JSON dicts, as the real server keeps them; the HTTP handlers are in
`app.sandbox.proplus`.

Where the document is silent: push-wo refuses an external id it already has (the real server's behaviour is not
documented; refusing is what makes a double create visible in tests), statuses are 1 (planned), 2 (in progress),
3 (done, certificate available) and 4 (cancelled), and a work order's certificate ids appear when it is done.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from app.sandbox.proplus_http import NotFound, Rejected

JSONDict = dict[str, Any]

_REQUIRED = ("external_id", "external_name", "execution_date", "heating_appliance_id", "certification_type",
             "certification_language", "contracting_company")
_LANGUAGES = ("nl", "fr", "de")
PLANNED, IN_PROGRESS, DONE, CANCELLED = 1, 2, 3, 4


class WorkOrderRejected(Rejected):
    """push-wo or delete-wo refused (the message is Pro+'s "msg." text)."""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


class WorkOrderBook:
    """Work orders of one simulated Pro+ account. `appliance_owner(kind, id)` answers the client id of an
    appliance (None when there is none), from the clients the server knows. Callers hold the state's lock."""

    def __init__(self, appliance_owner: Callable[[str, int], int | None], next_id: Callable[[str], int]) -> None:
        self._owner = appliance_owner
        self._next_id = next_id
        self.orders: list[JSONDict] = []

    def load(self, orders: Iterable[JSONDict]) -> None:
        self.orders = [dict(o) for o in orders]

    def push(self, body: object, now: str) -> JSONDict:
        if not isinstance(body, Mapping):
            raise WorkOrderRejected("msg.The request body must be a JSON object.")
        missing = [k for k in _REQUIRED if _text(body.get(k)) == ""]
        if missing:
            raise WorkOrderRejected(f"msg.The {missing[0].replace('_', ' ')} field is required.")
        if _text(body["certification_language"]).lower() not in _LANGUAGES:
            raise WorkOrderRejected("msg.The selected certification language is invalid.")
        try:
            heating = int(_text(body["heating_appliance_id"]))
            cooling = int(_text(body.get("cooling_appliance_id")) or 0)
            technician = int(_text(body.get("technician_id")) or 0) or None
            company = int(_text(body["contracting_company"]))
        except ValueError:
            raise WorkOrderRejected("msg.The appliance, technician and company ids must be numbers.") from None
        if any(_text(o["external_id"]) == _text(body["external_id"]) for o in self.orders):
            raise WorkOrderRejected("msg.The external id has already been taken.")
        kind, appliance = ("cooling", cooling) if heating == 0 else ("heating", heating)
        client_id = self._owner(kind, appliance) if appliance else None
        if client_id is None:
            raise WorkOrderRejected(f"msg.The selected {kind} appliance id is invalid.")
        wo_id = self._next_id("work_order")
        order = {
            "id": wo_id, "wo_number": f"WO{wo_id:05d}", "external_id": _text(body["external_id"]),
            "external_name": _text(body["external_name"]), "client_id": client_id,
            "heating_appliance_id": heating or None, "cooling_appliance_id": cooling or None,
            "appliance_group": 2 if heating == 0 else 1, "assigned_to": technician, "technician_id": technician,
            "status": PLANNED, "certification_date": None, "certification_type": _text(body["certification_type"]),
            "certification_language": _text(body["certification_language"]).lower(),
            "certification_region": "2", "contracting_company": company,
            "execution_date": _text(body["execution_date"]), "start_time": _text(body.get("start_time")) or None,
            "comments": body.get("comments") or body.get("Comments"), "certificate_id": None, "json_id": None,
            "vat_id": None, "created_at": now, "updated_at": now, "customer_id": 1,
        }
        self.orders.append(order)
        return dict(order)

    def find(self, lookup: Mapping[str, Any]) -> JSONDict:
        criteria = {k: _text(lookup.get(k)) for k in ("id", "external_id", "external_name")
                    if _text(lookup.get(k))}
        if not criteria:
            raise WorkOrderRejected("msg.The id field is required when none of external id / external name "
                                    "are present.")
        for order in self.orders:
            if all(_text(order.get(k)) == v for k, v in criteria.items()):
                return order
        raise NotFound("msg.Work order not found.")

    def delete(self, lookup: Mapping[str, Any]) -> JSONDict:
        order = self.find(lookup)
        self.orders.remove(order)
        return order

    def advance(self, order: JSONDict, now: str, rng: random.Random | None = None) -> JSONDict:
        """The work order moves on one status (what a technician's day does); done ones get certificate ids.
        Returns the webhook call Pro+ would send for it."""
        rng = rng or random.Random(order["id"])
        if order["status"] in (PLANNED, IN_PROGRESS):
            order["status"] += 1
        if order["status"] == DONE and order.get("certificate_id") is None:
            base = 90000 + int(order["id"]) * 10
            order["certificate_id"], order["json_id"], order["vat_id"] = str(base + 1), str(base + 2), str(base + 3)
            order["certification_date"] = now[:10]
        order["updated_at"] = now
        return webhook_call(order)


def webhook_call(order: Mapping[str, Any]) -> JSONDict:
    """The body of the work-order webhook for `order`, with the field names §21.1.4 prints."""
    return {"Id": order["id"], "wo_number": order["wo_number"], "external_id": order["external_id"],
            "execution_date": order["execution_date"], "certificate_id": order.get("certificate_id"),
            "json_id": order.get("json_id"), "Status": order["status"], "vat_id": order.get("vat_id"),
            "technician_id": order.get("technician_id")}


def demo_work_orders(book: WorkOrderBook, heating: list[int], cooling: list[int], now: str,
                     count: int = 12) -> None:
    """Fictional work orders on the demo appliances, in every state (a seeded mix)."""
    rng = random.Random(11)
    today = date.fromisoformat(now[:10])
    appliances = [("heating", a) for a in heating[:count]] + [("cooling", a) for a in cooling[:count // 3]]
    rng.shuffle(appliances)
    for number, (kind, appliance) in enumerate(appliances[:count], start=1):
        day = today + timedelta(days=rng.randrange(-20, 25))
        order = book.push({
            "external_id": str(7000 + number), "external_name": f"{'Onderhoud' if number % 2 else 'Entretien'} "
                                                                f"{kind} #{number}",
            "execution_date": day.isoformat(), "heating_appliance_id": appliance if kind == "heating" else 0,
            "cooling_appliance_id": appliance if kind == "cooling" else None,
            "certification_type": rng.choice(("new", "periodic", "periodic", "maintenance")),
            "certification_language": rng.choice(("nl", "fr", "nl", "de")), "contracting_company": 0,
            "start_time": f"{rng.randrange(7, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}",
            "technician_id": rng.randrange(1, 6), "comments": rng.choice((None, "Sleutel bij de buren",
                                                                          "Sonner deux fois", None)),
        }, now)
        stored = next(o for o in book.orders if o["id"] == order["id"])
        if day < today:
            for _ in range(rng.choice((1, 2, 2))):
                book.advance(stored, now, rng)
        elif number % 7 == 0:
            stored["status"] = CANCELLED


async def deliver_webhooks(url: str, calls: Iterable[Mapping[str, Any]], *, concurrency: int = 8,
                           timeout: float = 10.0) -> list[int]:
    """POST each webhook call to a running receiver, `concurrency` at a time; the HTTP status of each."""
    bodies = list(calls)
    statuses = [0] * len(bodies)
    slots = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=timeout) as client:
        async def one(index: int, body: Mapping[str, Any]) -> None:
            async with slots:
                statuses[index] = (await client.post(url, json=dict(body))).status_code
        await asyncio.gather(*(one(i, b) for i, b in enumerate(bodies)))
    return statuses


def now_text() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")
