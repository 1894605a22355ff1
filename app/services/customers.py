"""testresults.io customer accounts: the cached ones (active and archived), and creating, changing, archiving and
deleting one through the outbox.

Each change is saved in the cache and queued in one transaction; the sync engine sends it with the DataVersion it
was made on, and merges it into a newer version when someone changed the customer meanwhile
(`app.vendors.testresults.sync`).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.store import customers as store_cu
from app.store import outbox
from app.store.db import Store
from app.vendors.errors import FieldError
from app.vendors.testresults.models import (
    CREATE_CUSTOMER,
    DELETE_CUSTOMER,
    EDITABLE,
    UPDATE_CUSTOMER,
    VENDOR,
    CustomerValidationError,
    customer_row,
    editable_of,
    target_groups,
    validate_customer_fields,
)
from app.vendors.testresults.sync import update_summary

__all__ = ["EDITABLE", "CustomerService", "CustomerValidationError", "FieldError", "as_json", "target_groups"]


class CustomerService:
    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self.store = store
        self._changed = changed

    def all(self) -> builtins.list[dict[str, Any]]:
        """Every cached customer: active ones first, by name."""
        return store_cu.all_customers(self.store)

    def get(self, ref: str) -> dict[str, Any] | None:
        """A customer by local id or testresults.io Id."""
        return store_cu.find(self.store, ref)

    def _existing(self, ref: str) -> dict[str, Any]:
        found = self.get(ref)
        if found is None:
            raise LookupError(f"no customer {ref!r} in the cache (a local id or a testresults.io Id; "
                              "`fielddesk customers list` shows them)")
        return found

    def create(self, fields: object) -> tuple[str, int]:
        """Check a new customer's fields (CustomerValidationError names each bad one), cache it and queue its
        creation. Returns (local id, outbox id)."""
        checked = validate_customer_fields(fields, creating=True)
        shown = {"Name": checked["Name"], "Subdomain": checked["Subdomain"],
                 "Appliances": checked.get("Appliances"), "Archived": False}
        with self.store.transaction() as conn:
            local_id = store_cu.new_local_id()
            store_cu.write(conn, local_id, customer_row(shown), shown)
            entry_id = outbox.enqueue(
                conn, vendor=VENDOR, operation=CREATE_CUSTOMER, record_key=local_id,
                summary=outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "New customer {name}"), {"name": checked["Name"]}),
                payload={"fields": {key: shown[key] for key in ("Name", "Subdomain", "Appliances")}})
        self._changed()
        return local_id, entry_id

    def update(self, ref: str, changes: object) -> int | None:
        """Check a change (only the fields given), show it at once and queue it. Returns the outbox id, or None
        when nothing differs from what the customer already has."""
        checked = validate_customer_fields(changes, creating=False)
        row = self._existing(ref)
        if row["deleting"]:
            raise CustomerValidationError([FieldError.said("(customer)", QT_TRANSLATE_NOOP(
                "FieldCheck", "is being deleted: it cannot change"))])
        changed = {key: value for key, value in checked.items() if row["wire"].get(key) != value}
        if not changed:
            return None
        shown = {**row["wire"], **changed}
        with self.store.transaction() as conn:
            store_cu.write(conn, row["local_id"], customer_row(shown), shown, keep_server=True)
            entry_id = outbox.enqueue(conn, vendor=VENDOR, operation=UPDATE_CUSTOMER, record_key=row["local_id"],
                                      summary=update_summary(shown.get("Name") or ""), payload={"changes": changed},
                                      base=editable_of(row["server"]) if row["server"] else None)
        self._changed()
        return entry_id

    def archive(self, ref: str, archived: bool = True) -> int | None:
        """Archive a customer (or bring it back): a change of its `Archived` field."""
        return self.update(ref, {"Archived": archived})

    def delete(self, ref: str) -> int | None:
        """Delete a customer. One that never reached testresults.io (its creation not tried yet) is simply
        dropped with its queued writes (returns None); otherwise the deletion is queued (returns its outbox id)."""
        row = self._existing(ref)
        local_id = row["local_id"]
        with self.store.transaction() as conn:
            queued = conn.execute("SELECT id, attempts FROM outbox WHERE vendor = ? AND record_key = ?",
                                  (VENDOR, local_id)).fetchall()
            if row["remote_id"] is None and all(attempts == 0 for _id, attempts in queued):
                for entry_id, _attempts in queued:
                    outbox.discard(conn, entry_id)
                store_cu.remove(conn, [local_id])
                found = None
            elif row["deleting"]:
                found = None
            else:
                found = outbox.enqueue(
                    conn, vendor=VENDOR, operation=DELETE_CUSTOMER, record_key=local_id,
                    summary=outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Delete customer {name}"),
                                           {"name": row["name"]}), payload={})
        self._changed()
        return found


def as_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """`customers list --json`: one customer."""
    wire = row["wire"]
    return {"id": row["remote_id"], "local_id": row["local_id"], "name": row["name"], "subdomain": row["subdomain"],
            "account_number": wire.get("AccountNumber"), "address": wire.get("Address"),
            "cost_center": wire.get("CostCenter"), "currency": wire.get("Currency"), "tax": wire.get("Tax"),
            "due_days": wire.get("DueDays"), "appliances": wire.get("Appliances"), "archived": row["archived"],
            "data_version": row["data_version"], "pending": row["pending"], "deleting": row["deleting"]}
