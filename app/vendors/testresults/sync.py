"""The testresults.io sync adapter: customer accounts pulled at each sync (active and archived); new customers,
changes and deletions sent from the outbox.

- **Create** is a POST, which testresults.io cannot recognise when repeated. A create whose answer was lost
  (a timeout, a kill right after the send) leaves the customer created there with no link here, so every send
  first looks for an active customer with the queued name and subdomain that no local record is linked to, and
  adopts it; only when there is none is it POSTed. A pull leaves such a customer for the create to adopt.
- **Update** is a PUT of the editable fields with the `DataVersion` the change was made on. When someone changed
  the customer since (409), the customer is fetched again and the user's change is merged into it three-way: the
  fields only the other side changed keep its values, and the write is sent again on the fresh version. A field
  both changed to different values keeps the user's value (the newest knowledge here) and is listed as a conflict
  with both values; choosing the vendor's value later sends that one back (`CustomerConflicts`).
- **Delete** is a DELETE; a customer already gone counts as deleted.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

import httpx

from app.store import customers as store_cu
from app.store import links, outbox
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.store.time import now_iso
from app.sync.contract import RESEND, Operation, Page, Progress, Resource
from app.vendors.errors import ConflictError, RejectedError
from app.vendors.http import BULK
from app.vendors.registry import VendorSpec
from app.vendors.testresults.client import TestresultsClient
from app.vendors.testresults.models import (
    CREATE_CUSTOMER,
    CUSTOMER,
    DELETE_CUSTOMER,
    UPDATE_CUSTOMER,
    VENDOR,
    WireCustomer,
    customer_row,
    editable_of,
)


def build_adapter(spec: VendorSpec, values: Mapping[str, str], store: Store,
                  transport: httpx.AsyncBaseTransport | None, **options: Any) -> TestresultsSync:
    client = TestresultsClient(values["BASE_URL"], values.get("TOKEN") or "", transport=transport,
                               concurrency=spec.concurrency, **options)
    return TestresultsSync(client, store, concurrency=spec.concurrency)


class TestresultsSync:
    __test__ = False  # not a pytest class, whatever its name
    vendor = VENDOR

    def __init__(self, client: TestresultsClient, store: Store, *, concurrency: int = 4) -> None:
        self.client = client
        self.store = store
        self.concurrency = concurrency
        self.resources = (Resource("customers", self._pull),)
        self.operations = {
            CREATE_CUSTOMER: Operation(CREATE_CUSTOMER, self.send_create, acknowledge_saved),
            UPDATE_CUSTOMER: Operation(UPDATE_CUSTOMER, self.send_update, acknowledge_saved, self.on_conflict),
            DELETE_CUSTOMER: Operation(DELETE_CUSTOMER, self.send_delete, acknowledge_deleted),
        }

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        await self.client.probe()

    async def _pull(self, store: Store, cursor: str | None, progress: Progress) -> Page:
        active = await self.client.active(priority=BULK)
        archived = await self.client.archived(priority=BULK)
        # By Id: a customer in both lists (one archived between the two calls) is kept once, as listed last.
        customers = list({c.Id: c for c in [*active, *archived]}.values())
        progress(VENDOR, "customers", len(customers), len(customers))
        await asyncio.to_thread(save_pulled, store, customers)
        return Page(len(customers), None)

    async def send_create(self, entry: OutboxEntry) -> WireCustomer:
        fields: dict[str, Any] = entry.payload["fields"]
        claimed = await asyncio.to_thread(lambda: set(store_cu.linked(self.store.conn)))
        for customer in await self.client.active(priority=BULK):
            if customer.Id not in claimed and _same_customer(customer, fields):
                return customer  # created by an earlier send whose answer was lost
        return await self.client.create(fields)

    async def send_update(self, entry: OutboxEntry) -> WireCustomer:
        remote, version, server = await asyncio.to_thread(_vendor_version, self.store, entry.record_key)
        if remote is None:
            raise RejectedError(VENDOR, "this customer is not at testresults.io (its creation was discarded)")
        return await self.client.update(remote, {**editable_of(server), **entry.payload["changes"]}, version)

    async def send_delete(self, entry: OutboxEntry) -> None:
        remote, _version, _server = await asyncio.to_thread(_vendor_version, self.store, entry.record_key)
        if remote is not None:  # never created there: nothing to delete
            await self.client.delete(remote)

    async def on_conflict(self, store: Store, entry: OutboxEntry, error: ConflictError) -> str:
        """Someone changed the customer since the user's change was made: merge it into the current version and
        send it again (see the module's docstring)."""
        remote, _version, _server = await asyncio.to_thread(_vendor_version, store, entry.record_key)
        if remote is None:
            raise error
        fresh = await self.client.get(remote, priority=BULK)
        await asyncio.to_thread(merge_into_fresh, store, entry, fresh)
        return RESEND


def _same_customer(customer: WireCustomer, fields: Mapping[str, Any]) -> bool:
    return customer.Name == fields.get("Name") and customer.Subdomain == fields.get("Subdomain")


def _vendor_version(store: Store, local_id: str) -> tuple[str | None, str | None, dict[str, Any]]:
    """The customer's testresults.io Id, the DataVersion and the record it last sent (empty when none)."""
    row = store_cu.get(store, local_id)
    if row is None:
        return None, None, {}
    return row["remote_id"], row["data_version"], row["server"] or {}


def _queued_changes(conn: sqlite3.Connection, local_id: str, *, after: int = 0) -> list[dict[str, Any]]:
    """The changes of the updates queued for a customer after outbox entry `after`, in order."""
    rows = conn.execute("SELECT payload FROM outbox WHERE vendor = ? AND record_key = ? AND operation = ? AND id > ? "
                        "ORDER BY id", (VENDOR, local_id, UPDATE_CUSTOMER, after)).fetchall()
    return [json.loads(payload).get("changes") or {} for (payload,) in rows]


def save_vendor_version(conn: sqlite3.Connection, local_id: str, wire: WireCustomer, *, after: int = 0) -> None:
    """The vendor's version of a customer is now `wire`: keep it, link it, and show it with the changes still
    queued after entry `after` applied."""
    server = wire.model_dump(mode="json")
    shown = dict(server)
    for changes in _queued_changes(conn, local_id, after=after):
        shown.update(changes)
    store_cu.write(conn, local_id, customer_row(shown), shown, server)
    links.link(conn, VENDOR, CUSTOMER, wire.Id, local_id, wire.DataVersion)


async def acknowledge_saved(store: Store, entry: OutboxEntry, answer: object) -> None:
    assert isinstance(answer, WireCustomer)
    wire = answer

    def acknowledge() -> None:
        with store.transaction() as conn:
            save_vendor_version(conn, entry.record_key, wire, after=entry.id)
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)


async def acknowledge_deleted(store: Store, entry: OutboxEntry, answer: object) -> None:
    def acknowledge() -> None:
        with store.transaction() as conn:
            store_cu.remove(conn, [entry.record_key])
            conn.execute("DELETE FROM conflicts WHERE vendor = ? AND entity = ? AND record_key = ?",
                         (VENDOR, CUSTOMER, entry.record_key))
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)


def merge_into_fresh(store: Store, entry: OutboxEntry, fresh: WireCustomer) -> None:
    """Three-way: `entry.base` (what the change was made on), the change, and `fresh`. The write's base becomes
    `fresh` (the version it is sent on now); a field both sides changed differently is listed as a conflict."""
    current = fresh.model_dump(mode="json")
    base: dict[str, Any] = entry.base or {}
    changes: dict[str, Any] = entry.payload["changes"]
    conflicting = [key for key, mine in changes.items()
                   if current.get(key) != base.get(key) and current.get(key) != mine]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO conflicts (vendor, entity, record_key, field_path, local_value, server_value, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(VENDOR, CUSTOMER, entry.record_key, key, json.dumps(changes[key]), json.dumps(current.get(key)),
              now_iso()) for key in conflicting])
        outbox.replace_base(conn, entry.id, editable_of(current))
        save_vendor_version(conn, entry.record_key, fresh, after=entry.id - 1)


def save_pulled(store: Store, customers: list[WireCustomer]) -> None:
    """Every listed customer, upserted by its Id. A customer with a queued write is left as it is (the write's
    conflict handling reads the vendor's version when it matters); one the vendor no longer lists goes, unless a
    write for it is queued; an unlinked one a queued create names is left for that create to adopt."""
    with store.transaction(durable=False) as conn:
        known = store_cu.linked(conn)
        pending = outbox.pending_keys(conn, VENDOR)
        creating = [json.loads(p).get("fields") or {} for (p,) in conn.execute(
            "SELECT payload FROM outbox WHERE vendor = ? AND operation = ?", (VENDOR, CREATE_CUSTOMER))]
        seen: set[str] = set()
        for wire in customers:
            local = known.get(wire.Id)
            if local is None and any(_same_customer(wire, fields) for fields in creating):
                continue
            local = local or store_cu.new_local_id()
            seen.add(local)
            if local not in pending:
                save_vendor_version(conn, local, wire)
        store_cu.remove(conn, [local for local in known.values() if local not in seen and local not in pending])


class CustomerConflicts:
    """The user chose testresults.io's value of a customer field: the cached customer takes it; a queued update
    no longer sends that field, and when the user's value was already sent, the vendor's is sent back."""

    def keep_server(self, store: Store, conn: sqlite3.Connection, record_key: str, path: str,
                    server_value: Any) -> None:
        row = store_cu.get_in(conn, record_key)
        if row is None:
            return
        shown = {**row["wire"], path: server_value}
        store_cu.write(conn, record_key, customer_row(shown), shown, keep_server=True)
        carried = False
        for entry_id, payload in conn.execute("SELECT id, payload FROM outbox WHERE vendor = ? AND record_key = ? "
                                              "AND operation = ?", (VENDOR, record_key, UPDATE_CUSTOMER)).fetchall():
            body = json.loads(payload)
            if path in body.get("changes", {}):
                carried = True
                del body["changes"][path]
                if body["changes"]:
                    outbox.replace_payload(conn, entry_id, body)
                else:
                    outbox.discard(conn, entry_id)
        server = row["server"] or {}
        if not carried and server.get(path) != server_value:  # the user's value went out: send the vendor's back
            outbox.enqueue(conn, vendor=VENDOR, operation=UPDATE_CUSTOMER, record_key=record_key,
                           summary=update_summary(shown.get("Name") or ""), payload={"changes": {path: server_value}},
                           base=editable_of(server))


def update_summary(name: str) -> outbox.Summary:
    from app.i18n import QT_TRANSLATE_NOOP

    return outbox.Summary(QT_TRANSLATE_NOOP("Outbox", "Change customer {name}"), {"name": name})


def conflict_handlers() -> dict[str, CustomerConflicts]:
    return {CUSTOMER: CustomerConflicts()}
