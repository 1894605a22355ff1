"""Pro+ work orders: the cached ones, creating and deleting them through the outbox, fetching one from Pro+, and
applying the work-order webhook's calls.

Creating a work order writes its row and queues push-wo in one transaction; the sync engine sends it (looking it
up by external id first, so a replay never creates it twice). Deleting marks the row and queues delete-wo.
"""

from __future__ import annotations

import builtins
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store import outbox
from app.store import workorders as store_wo
from app.store.db import Store
from app.vendors.errors import OfflineError, VendorError, unreadable_answer
from app.vendors.proplus.validate import FieldError, PushValidationError
from app.vendors.proplus.workorders import (
    CERTIFICATION_LANGUAGES,
    CERTIFICATION_TYPES,
    DELETE_WO,
    FIELDS,
    PUSH_WO,
    WireWorkOrder,
    parse_webhook_call,
    queued_row,
    validate_work_order,
    work_order_row,
)

__all__ = ["CERTIFICATION_LANGUAGES", "CERTIFICATION_TYPES", "FIELDS", "PushValidationError", "VendorError",
           "WorkOrderService"]

log = logging.getLogger(__name__)
VENDOR = "proplus"
LOOKUP_KEYS = ("id", "external_id", "external_name")
#: The columns shown (and matched by a search), in `workorders list` order.
SEARCHED = ("external_id", "external_name", "wo_number", "execution_date", "certification_type", "status",
            "comments")


class WorkOrderService:
    def __init__(self, store: Store, changed: Callable[[], None], client: Callable[[], Any]) -> None:
        """`client()`: the Pro+ client of the running sync engine (None when Pro+ is not set up)."""
        self.store = store
        self._changed = changed
        self._client = client

    # -- reading -------------------------------------------------------------------------------------------
    def all(self) -> builtins.list[dict[str, Any]]:
        """Every cached work order (dicts of the table's columns, `pending` and `deleting`), latest first."""
        return store_wo.all_work_orders(self.store)

    def iter(self, search: str | None = None) -> Iterator[dict[str, Any]]:
        words = (search or "").casefold().split()
        for row in self.all():
            haystack = " ".join("" if row[k] is None else str(row[k]) for k in SEARCHED).casefold()
            if all(word in haystack for word in words):
                yield row

    def get(self, local_id: str) -> dict[str, Any] | None:
        return store_wo.get(self.store, local_id)

    def find(self, **lookup: Any) -> dict[str, Any] | None:
        """The cached work order with this Pro+ `id`, `external_id` or `external_name`."""
        local_id = store_wo.find(self.store.conn, proplus_id=lookup.get("id"),
                                 external_id=_text(lookup.get("external_id")),
                                 external_name=_text(lookup.get("external_name")))
        return self.get(local_id) if local_id else None

    def next_external_id(self) -> int:
        """A free external id to propose in the form: one past the largest numeric one cached."""
        return store_wo.max_numeric_external_id(self.store) + 1

    # -- writing -------------------------------------------------------------------------------------------
    def create(self, body: Mapping[str, Any]) -> tuple[str, int]:
        """Check a push-wo body (PushValidationError naming each bad field), cache the work order and queue its
        creation. Returns (local id, outbox id)."""
        checked = validate_work_order(body)
        with self.store.transaction() as conn:
            if store_wo.find(conn, external_id=str(checked["external_id"])) is not None:
                raise PushValidationError([FieldError.said("external_id", QT_TRANSLATE_NOOP(
                    "FieldCheck", "{external_id} is already used by another work order"),
                    external_id=checked["external_id"])])
            local_id = store_wo.new_local_id()
            store_wo.insert(conn, local_id, queued_row(checked), checked)
            summary = outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "New work order {external_id} ({name})"),
                                     {"external_id": checked["external_id"], "name": checked["external_name"]})
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=PUSH_WO, record_key=local_id,
                                      summary=summary, payload=checked)
        self._changed()
        return local_id, entry_id

    def delete(self, local_id: str) -> int | None:
        """Queue the deletion of a cached work order; None when there is no such work order. One still waiting
        to be created is deleted after its creation (the outbox keeps a record's writes in order)."""
        with self.store.transaction() as conn:
            row = store_wo.identity(conn, local_id)
            if row is None:
                return None
            payload: dict[str, Any] = {"external_id": row["external_id"]}
            if row["proplus_id"] is not None:
                payload = {"id": row["proplus_id"], **payload}
            store_wo.set_deleting(conn, local_id)
            summary = outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Delete work order {external_id} ({name})"),
                                     {"external_id": row["external_id"], "name": row["external_name"]})
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=DELETE_WO, record_key=local_id,
                                      summary=summary, payload=payload)
        self._changed()
        return entry_id

    # -- Pro+ ------------------------------------------------------------------------------------------------
    async def fetch(self, **lookup: Any) -> tuple[dict[str, Any] | None, str]:
        """One work order from Pro+ (by `id`, `external_id` or `external_name`), cached; when Pro+ cannot be
        reached, the cached one. Returns (work order or None, "pro+" | "cache"). Other vendor errors raise."""
        given = {k: v for k, v in lookup.items() if k in LOOKUP_KEYS and v not in (None, "")}
        if not given:
            raise ValueError(f"give one of {', '.join(LOOKUP_KEYS)}")
        client = self._client()
        if client is None:
            return self.find(**given), "cache"
        try:
            wire: WireWorkOrder | None = await client.get_work_order(**given)
        except OfflineError:
            return self.find(**given), "cache"
        if wire is None:
            return None, "pro+"
        if not wire.external_id:  # the cache files a work order by it (and a push sends it)
            raise unreadable_answer(VENDOR, "data.external_id: missing")
        with self.store.transaction() as conn:
            local_id = store_wo.save_fetched(conn, work_order_row(wire), wire.model_dump(mode="json"))
        self._changed()
        return self.get(local_id), "pro+"

    @staticmethod
    def parse_webhook(payload: object) -> dict[str, Any]:
        """One call of Pro+'s work-order webhook, checked (ValueError saying what is wrong)."""
        call = parse_webhook_call(payload)
        values = call.model_dump()
        values["id"] = call.id
        return values

    def apply_webhook_calls(self, calls: builtins.list[dict[str, Any]]
                            ) -> builtins.list[tuple[str | None, bool] | sqlite3.Error]:
        """Checked webhook calls (`parse_webhook`), in the order they came, in one transaction: each cached work
        order takes its status and certificate ids. Per call: (local id, certificate just became available), or
        the error that kept that one call out (the others are saved all the same)."""
        results: builtins.list[tuple[str | None, bool] | sqlite3.Error] = []
        with self.store.transaction() as conn:
            for call in calls:
                conn.execute("SAVEPOINT webhook_call")
                try:
                    results.append(store_wo.apply_webhook(conn, call))
                except sqlite3.Error as exc:
                    conn.execute("ROLLBACK TO webhook_call")
                    results.append(exc)
                conn.execute("RELEASE webhook_call")
        return results

    def apply_webhook(self, payload: object) -> tuple[str | None, bool]:
        """One webhook call (ValueError when it is malformed), applied at once."""
        result = self.apply_webhook_calls([self.parse_webhook(payload)])[0]
        if isinstance(result, sqlite3.Error):
            raise result
        return result

    def appliance_choices(self) -> builtins.list[dict[str, Any]]:
        """Appliances a work order can be for (those Pro+ knows, with an id), with their client, for the form."""
        return store_wo.appliance_choices(self.store)


def _text(value: object) -> str | None:
    return None if value is None else str(value)

