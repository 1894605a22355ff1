"""Heat pumps (Podero): the cached pumps with their status and staleness, and registering one through the outbox.

Registering writes the pump's row and queues the register call in one transaction; the sync engine sends it
(looking for the pump at Podero first, so a replay never registers it twice) and the answer's Podero id,
statuses and authorisation links replace the row's.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store import heatpumps as store_hp
from app.store import outbox
from app.store.db import Store
from app.vendors.podero.models import (
    PRICE_ZONES,
    REGISTER,
    STATUSES,
    VENDOR,
    FieldError,
    RegisterValidationError,
    validate_register_body,
)

__all__ = ["PRICE_ZONES", "STATUSES", "FieldError", "HeatPumpService", "RegisterValidationError", "as_json"]

#: A pump that had not reported for this long before the last successful sync shows stale values.
STALE_AFTER = dt.timedelta(hours=1)
#: Consumption is counted per day: it is stale when older than this before the last sync.
CONSUMPTION_STALE_AFTER = dt.timedelta(hours=36)
TEMPERATURES = {"inlet": "inlet_temperature", "outlet": "outlet_temperature", "dhw": "dhw_temperature",
                "outdoor": "outdoor_temperature", "indoor_actual": "indoor_actual_temperature",
                "indoor_target": "indoor_target_temperature"}
CONSUMPTION = {"day": "consumption_last_day_kwh", "week": "consumption_last_week_kwh",
               "month": "consumption_last_month_kwh"}


def _time(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class HeatPumpService:
    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self.store = store
        self._changed = changed

    def all(self) -> builtins.list[dict[str, Any]]:
        """Every cached pump, errors and warnings first, each with `stale` and `consumption_stale`."""
        failed, success = store_hp.last_sync(self.store)
        return [self._with_staleness(row, failed, success) for row in store_hp.all_pumps(self.store)]

    def get(self, local_id: str) -> dict[str, Any] | None:
        row = store_hp.get(self.store, local_id)
        if row is None:
            return None
        failed, success = store_hp.last_sync(self.store)
        return self._with_staleness(row, failed, success)

    @staticmethod
    def _with_staleness(row: dict[str, Any], failed: bool, success: str | None) -> dict[str, Any]:
        """Values are stale when the last sync could not refresh them (it failed, or the pump still waits to be
        registered), or when the pump had stopped reporting well before the last successful sync."""
        synced = _time(success)
        not_refreshed = failed or row["fetched_at"] is None
        state, consumption = _time(row["state_updated_at"]), _time(row["consumption_updated_at"])
        row["stale"] = not_refreshed or (synced is not None and (state is None or state < synced - STALE_AFTER))
        row["consumption_stale"] = not_refreshed or (synced is not None and (
            consumption is None or consumption < synced - CONSUMPTION_STALE_AFTER))
        return row

    def register(self, body: object) -> tuple[str, int]:
        """Check a register body (RegisterValidationError naming each bad field), cache the pump and queue its
        registration. Returns (local id, outbox id)."""
        checked = validate_register_body(body)
        model = checked["device_model"]
        with self.store.transaction() as conn:
            local_id = store_hp.new_local_id()
            store_hp.write(conn, local_id, {"manufacturer": model["manufacturer"], "model": model["model"],
                                            "connection_status": "unknown", "monitoring_status": "unknown",
                                            "steering_status": "unknown", "severity": 2},
                           checked, fetched=False, origin="registered")
            summary = outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Register heat pump {manufacturer} {model}"),
                                     {"manufacturer": model["manufacturer"], "model": model["model"]})
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=REGISTER, record_key=local_id,
                                      summary=summary,
                                      payload=checked)
        self._changed()
        return local_id, entry_id


def as_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """`heatpumps status --json`: one pump."""
    wire = row["wire"]
    return {
        "id": row["podero_id"],
        "manufacturer": row["manufacturer"],
        "model": row["model"],
        "connection_status": row["connection_status"],
        "monitoring_status": row["monitoring_status"],
        "steering_status": row["steering_status"],
        "current_mode": wire.get("current_mode"),
        "operational_mode": wire.get("operational_mode"),
        "power_w": wire.get("current_power_consumption_w"),
        "temperatures": {key: wire.get(field) for key, field in TEMPERATURES.items()},
        "consumption_kwh": {key: wire.get(field) for key, field in CONSUMPTION.items()},
        "updated_at": row["state_updated_at"],
        "consumption_updated_at": row["consumption_updated_at"],
        "stale": row["stale"],
        "pending": row["pending"],
        "authorization_url": row["authorization_url"],
        "embeddable_url": row["embeddable_url"],
    }
