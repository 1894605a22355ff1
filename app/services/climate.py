"""myBeNext climate data: controllers with their set point changes through the outbox, failures, and sensor
history for charts.

History comes from the cache first: a range fetched before opens offline. A refresh asks myBeNext only for the
parts of the range not yet fetched completely (`history_coverage`), in 30-day pieces (the client splits them).
The last hour before a fetch is not marked as fetched: late readings may still arrive for it.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.store import climate as store_climate
from app.store import outbox
from app.store.db import Store
from app.vendors.benext.models import (
    FAILURE_STATUSES,
    FAILURE_TYPES,
    MODES,
    SCHEDULE_TYPES,
    SET_SETPOINT,
    SETPOINT_RANGE,
    UNKNOWN,
    VALVE_STATUSES,
    VENDOR,
    WHOLE_STEP_DATATYPES,
    failure_type_words,
)
from app.vendors.errors import OfflineError, VendorError

__all__ = ["ClimateService", "History", "SetpointError", "VendorError", "aggregate", "documented_words"]


def documented_words() -> tuple[str, ...]:
    """The words the rows below carry for myBeNext's documented codes (modes, schedule types, valve and failure
    statuses, failure types), in English and marked for translation (context "myBeNext"): a window shows them
    translated."""
    return (*MODES.values(), *SCHEDULE_TYPES.values(), *VALVE_STATUSES.values(), *FAILURE_STATUSES.values(),
            *FAILURE_TYPES.values())

HISTORY, ENERGY = "historyentries", "energyentries"
TEMPERATURE_DATATYPES = frozenset({12, 102})
SETPOINT_DATATYPES = frozenset({3, 67, 83})
ENERGY_DATATYPES = {39: "kWh", 50: "kWh", 63: "kWh", 51: "m³", 52: "m³", 47: "GJ", 103: "GJ"}
UNSETTLED = 3600  # seconds before a fetch that are not marked as fetched


class SetpointError(ValueError):
    """A set point that cannot be queued (unknown controller, outside the documented range)."""


class History(NamedTuple):
    points: list[tuple[int, float | None]]  # (Unix seconds, value) in time order
    complete: bool  # every part of the range was fetched (now or before)
    fetched: int  # requests' worth of gaps fetched now (0: all from the cache)
    error: VendorError | None = None  # why a missing part could not be fetched


class ClimateService:
    def __init__(self, store: Store, changed: Callable[[], None], client: Callable[[], Any]) -> None:
        """`client()`: the myBeNext client of the running sync engine (None when myBeNext is not set up)."""
        self.store = store
        self._changed = changed
        self._client = client

    # -- controllers --------------------------------------------------------------------------------------------
    def controllers(self) -> builtins.list[dict[str, Any]]:
        return [self._described(r) for r in store_climate.controllers(self.store)]

    def controller(self, product: int) -> dict[str, Any] | None:
        row = store_climate.controller(self.store, product)
        return self._described(row) if row else None

    @staticmethod
    def _described(row: dict[str, Any]) -> dict[str, Any]:
        row["mode_text"] = MODES.get(row["mode"], UNKNOWN) if row["mode"] is not None else ""
        row["scheduletype_text"] = SCHEDULE_TYPES.get(row["scheduletype"], "") if row["scheduletype"] is not None \
            else ""
        row["valvestatus_text"] = VALVE_STATUSES.get(row["valvestatus"], "") if row["valvestatus"] is not None \
            else ""
        if row["outbox_state"] == "rejected":
            row["state"] = "rejected"
        elif row["pending"]:
            row["state"] = "waiting to be sent"
        elif row["awaiting_device"]:
            row["state"] = "waiting for the device"
        else:
            row["state"] = "synchronised" if row["synchronised"] else "not synchronised"
        return row

    def check_setpoint(self, product: int, value: float) -> dict[str, Any]:
        """The controller, when `value` is a set point it takes (SetpointError saying why not)."""
        row = self.controller(product)
        if row is None:
            raise SetpointError(f"no climate controller with product id {product} in the cache (sync first, or "
                                "see 'fielddesk climate list')")
        low, high = SETPOINT_RANGE
        if not low <= value <= high:
            raise SetpointError(f"set point {value:g} °C is outside {low:g} to {high:g} °C")
        if row["datatype"] in WHOLE_STEP_DATATYPES and not float(value).is_integer():
            raise SetpointError(f"{row['name']} takes whole degrees only (e.g. {round(value):d})")
        if row["controllable"] is False:
            raise SetpointError(f"{row['name']} cannot be controlled remotely")
        return row

    def set_setpoint(self, product: int, value: float, *, permanent: bool = False) -> int:
        """Queue PUT setpoint/scheduletype (a temporary or permanent schedule override) and show it at once.
        Returns the outbox id. Nothing is queued when the value is refused (SetpointError)."""
        row = self.check_setpoint(product, value)
        scheduletype = 2 if permanent else 1
        with self.store.transaction() as conn:
            store_climate.set_setpoint(conn, product, float(value), scheduletype)
            entry_id = outbox.enqueue(
                conn, vendor=VENDOR, operation=SET_SETPOINT, record_key=store_climate.record_key(product),
                summary=outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Set point {value} °C on {name}"),
                                       {"value": f"{value:g}", "name": row["name"]}),
                payload={"product": product, "setpoint": float(value), "scheduletype": scheduletype})
        self._changed()
        return entry_id

    # -- failures ---------------------------------------------------------------------------------------------------
    def failures(self) -> builtins.list[dict[str, Any]]:
        """The latest failure per product, newest first, with the type and status as words."""
        rows = store_climate.failures(self.store)
        for row in rows:
            row["type_text"] = failure_type_words(row["failuretype"])
            row["status_text"] = FAILURE_STATUSES.get(row["status"] or "", row["status"] or "")
            row["product_name"] = row.pop("controller_name") or row["product_name"] or ""
        return rows

    # -- properties and history -------------------------------------------------------------------------------------
    def properties(self, product: int | None = None) -> builtins.list[dict[str, Any]]:
        return store_climate.properties(self.store, product)

    def chart_properties(self, product: int) -> tuple[int | None, int | None]:
        """(temperature property, set point property) of a controller's product."""
        temperature = setpoint = None
        for prop in self.properties(product):
            if prop["datatype"] in TEMPERATURE_DATATYPES and temperature is None:
                temperature = prop["property"]
            elif prop["datatype"] in SETPOINT_DATATYPES and setpoint is None:
                setpoint = prop["property"]
        return temperature, setpoint

    def energy_properties(self) -> builtins.list[dict[str, Any]]:
        """Properties with energy entries (§4.3), each with its `unit`."""
        return [{**p, "unit": ENERGY_DATATYPES[p["datatype"]]} for p in self.properties()
                if p["datatype"] in ENERGY_DATATYPES]

    def property_row(self, prop: int) -> dict[str, Any] | None:
        return store_climate.property_row(self.store, prop)

    def cached(self, prop: int, begin: int, end: int, kind: str = HISTORY) -> History:
        """What the cache holds of [begin, end) (Unix seconds), without asking myBeNext."""
        gaps = store_climate.missing(self.store, kind, prop, begin, end)
        return History(store_climate.points(self.store, kind, prop, begin, end), not gaps, 0)

    def packed(self, prop: int, begin: int, end: int, kind: str = HISTORY) -> tuple[bytes, bytes]:
        """What the cache holds of [begin, end) as little-endian arrays (times uint32, values float64 with NaN
        for none): a chart reads a year of points without making a Python object per point."""
        return store_climate.packed(self.store, kind, prop, begin, end)

    async def history(self, prop: int, begin: dt.datetime, end: dt.datetime, *, kind: str = HISTORY,
                      refresh: bool = True) -> History:
        """A property's points in [begin, end): the missing parts fetched (when `refresh` and myBeNext is set up),
        then everything read from the cache. Offline, what the cache has (`complete` False, `error` set)."""
        import asyncio

        from app.services.threads import in_worker

        low, high = int(begin.timestamp()), int(end.timestamp())
        if high <= low:
            raise ValueError("the end of a range must be after its beginning")
        gaps = store_climate.missing(self.store, kind, prop, low, high)
        client = self._client() if refresh and gaps else None
        error: VendorError | None = None
        fetched = 0
        if client is not None:
            settled = int(dt.datetime.now(dt.UTC).timestamp()) - UNSETTLED

            async def keep(b: int, e: int, found: dict[int, float | None]) -> None:
                """Each 30-day piece is saved as it arrives: an interrupted fetch keeps the pieces it got."""
                covered = [(b, min(e, settled))] if min(e, settled) > b else []

                def save() -> None:
                    with self.store.transaction() as conn:
                        store_climate.save_points(conn, kind, prop, sorted(found.items()), covered)
                await asyncio.to_thread(save)

            found = await asyncio.gather(*(client.entries(
                kind, prop, dt.datetime.fromtimestamp(b, dt.UTC), dt.datetime.fromtimestamp(e, dt.UTC),
                on_piece=keep) for b, e in gaps), return_exceptions=True)
            for result in found:
                if isinstance(result, BaseException) and not isinstance(result, VendorError):
                    raise result
            error = next((r for r in found if isinstance(r, VendorError)), None)
            if error is None:
                fetched = len(gaps)
                if gaps == [(low, high)]:  # nothing was cached: the fetched points are the range
                    return History([p for chunk in found if isinstance(chunk, list) for p in chunk], True, fetched)
        elif refresh and gaps and self._client() is None:
            error = OfflineError(VENDOR, Text(QT_TRANSLATE_NOOP("VendorError", "myBeNext is not set up")))
        cached = await in_worker(lambda: self.cached(prop, low, high, kind))
        complete = cached.complete or (error is None and fetched > 0)
        return History(cached.points, complete, fetched, error)

    async def energy(self, prop: int, begin: dt.datetime, end: dt.datetime, by: str,
                     zone: dt.tzinfo | None = None, *, refresh: bool = True) -> tuple[list[tuple[int, float]],
                                                                                       History]:
        """15-minute energy entries of [begin, end) summed per day, week (from Monday) or month in `zone`
        (the computer's time zone when None). Returns (buckets, the history they came from)."""
        found = await self.history(prop, begin, end, kind=ENERGY, refresh=refresh)
        return aggregate(found.points, by, zone), found


def aggregate(points: builtins.list[tuple[int, float | None]], by: str, zone: dt.tzinfo | None = None
              ) -> builtins.list[tuple[int, float]]:
    """Sum values into local days, weeks (Monday) or months: [(bucket start as Unix seconds, total)]. Points in
    time order cost a comparison each: the calendar is consulted only when a point crosses into the next bucket."""
    if by not in ("day", "week", "month"):
        raise ValueError("aggregate by day, week or month")

    def local_midnight(day: dt.date) -> int:
        midnight = dt.datetime(day.year, day.month, day.day)
        return int((midnight.replace(tzinfo=zone) if zone else midnight.astimezone()).timestamp())

    def bucket(t: int) -> tuple[int, int]:
        local = dt.datetime.fromtimestamp(t, zone) if zone else dt.datetime.fromtimestamp(t).astimezone()
        day = local.date()
        if by == "week":
            day -= dt.timedelta(days=day.weekday())
            following = day + dt.timedelta(days=7)
        elif by == "month":
            day = day.replace(day=1)
            following = (day + dt.timedelta(days=32)).replace(day=1)
        else:
            following = day + dt.timedelta(days=1)
        return local_midnight(day), local_midnight(following)

    totals: dict[int, float] = {}
    start, end = 0, -1
    for t, v in points:
        if v is None:
            continue
        if not start <= t < end:
            start, end = bucket(t)
        totals[start] = totals.get(start, 0.0) + v
    return sorted(totals.items())
