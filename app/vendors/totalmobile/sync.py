"""The Totalmobile Connect sync adapter: planning windows and the cached orders (with their visits) refreshed at
each sync; order writes (create, update or cancel, job codes) sent from the outbox.

A sales order's identity is its PrimaryOrderNumber. A create whose first answer was lost is looked up by that number
before it is sent again, so a replay never creates it twice. The Code methods take Connect's internal order id: it
is looked up once (IdLookup) and kept as a record link.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx

from app.store import links, outbox
from app.store import planner as store
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import Operation, Page, Progress, Resource
from app.vendors.errors import RejectedError
from app.vendors.http import BULK
from app.vendors.registry import VendorSpec
from app.vendors.totalmobile import mapping
from app.vendors.totalmobile import models as m
from app.vendors.totalmobile.client import VENDOR, TotalmobileClient

#: Cached orders refreshed per sync (the most recently changed first); each costs two calls.
REFRESH_LIMIT = 50


def build_adapter(spec: VendorSpec, values: Mapping[str, str], cache: Store,
                  transport: httpx.AsyncBaseTransport | None, **options: Any) -> TotalmobileSync:
    client = TotalmobileClient(values["BASE_URL"], values.get("USERNAME") or "", values.get("PASSWORD") or "",
                               transport=transport, concurrency=spec.concurrency, **options)
    return TotalmobileSync(client, cache, concurrency=spec.concurrency)


class TotalmobileSync:
    vendor = VENDOR

    def __init__(self, client: TotalmobileClient, cache: Store | None = None, *, concurrency: int = 4) -> None:
        self.client = client
        self.concurrency = concurrency
        self.resources = (Resource("planning_windows", self._pull_windows), Resource("orders", self._pull_orders))
        self.operations = {
            mapping.CREATE_ORDER: Operation(mapping.CREATE_ORDER, self._send_create, self._ack_order),
            mapping.UPDATE_ORDER: Operation(mapping.UPDATE_ORDER, self._send_update, self._ack_order),
            mapping.ADD_CODE: Operation(mapping.ADD_CODE, self._send_code, self._ack),
            mapping.UPDATE_CODE: Operation(mapping.UPDATE_CODE, self._send_code, self._ack),
            mapping.REMOVE_CODE: Operation(mapping.REMOVE_CODE, self._send_code, self._ack),
        }
        self._cache = cache

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        await self.client.http.probe("")

    # -- pulls ------------------------------------------------------------------------------------------------------
    async def _pull_windows(self, cache: Store, cursor: str | None, progress: Progress) -> Page:
        self._cache = cache
        wires = await self.client.planning_windows(priority=BULK)
        # A window listed twice (one Id) is kept once, as its last copy says.
        found = list({window.id: window for window in map(mapping.window, wires)}.values())

        def save() -> None:
            with cache.transaction() as conn:
                store.save_windows(conn, found)
        await asyncio.to_thread(save)
        return Page(len(found), None)

    async def _pull_orders(self, cache: Store, cursor: str | None, progress: Progress) -> Page:
        """The cached orders Connect knows (fetched before, nothing queued), with their visits."""
        rows = [r for r in await asyncio.to_thread(store.orders, cache)
                if r["fetched_at"] is not None and not r["pending"]][:REFRESH_LIMIT]
        saved = 0
        for index, row in enumerate(rows):
            number = row["order_number"]
            wire = await self.client.get_sales_order(number, row["contract"], priority=BULK)
            summary = await self.client.booking_summary(order_number=number, priority=BULK) if wire else None

            def save(wire: m.SalesOrder | None = wire, summary: m.BookingSummaryResponse | None = summary,
                     row: dict[str, Any] = row) -> None:
                with cache.transaction() as conn:
                    if row["local_id"] in outbox.pending_keys(conn, VENDOR):
                        return  # a write queued meanwhile decides; the next sync reads it again
                    if wire is None:
                        store.remove_order(conn, row["local_id"])
                        return
                    store.save_order(conn, mapping.order_row(wire), wire.model_dump(mode="json", exclude_none=True),
                                     fetched=True)
                    if summary is not None:
                        property_id = summary.Customer.ExternalId if summary.Customer else None
                        store.save_visits(conn, [mapping.visit(a, property_id) for a in summary.Appointments],
                                          order=row["order_number"])
            await asyncio.to_thread(save)
            saved += 1
            progress(VENDOR, "orders", index + 1, len(rows))
        return Page(saved, None)

    # -- writes -----------------------------------------------------------------------------------------------------
    async def _send_create(self, entry: OutboxEntry) -> m.SalesOrder | None:
        body: dict[str, Any] = entry.payload
        number = str(body["PrimaryOrderNumber"])
        # A lost answer (a timeout, a kill after the send) leaves the order at Connect: never create it twice.
        existing = await self.client.get_sales_order(number, body.get("ContractExternalId"), priority=BULK)
        if existing is not None:
            return existing
        created = await self.client.create_sales_order(body)
        return created or await self.client.get_sales_order(number, body.get("ContractExternalId"), priority=BULK)

    async def _send_update(self, entry: OutboxEntry) -> m.SalesOrder | None:
        await self.client.update_sales_order(entry.payload)
        return await self.client.get_sales_order(str(entry.payload["PrimaryOrderNumber"]),
                                                 entry.payload.get("ContractExternalId"), priority=BULK)

    async def _order_id(self, number: str, contract: str) -> int:
        if self._cache is not None:
            local = await asyncio.to_thread(store.find_order, self._cache.conn, number)
            if local is not None:
                remote = await asyncio.to_thread(_linked_id, self._cache, local)
                if remote is not None:
                    return remote
        found = await self.client.order_id(number, contract)
        if self._cache is not None:
            def remember() -> None:
                assert self._cache is not None
                with self._cache.transaction() as conn:
                    local = store.find_order(conn, number)
                    if local is not None:
                        links.link(conn, VENDOR, mapping.ORDER_ENTITY, found, local)
            await asyncio.to_thread(remember)
        return found

    async def _send_code(self, entry: OutboxEntry) -> None:
        body: dict[str, Any] = entry.payload
        order_id = await self._order_id(str(body["PrimaryOrderNumber"]), str(body["ContractExternalId"]))
        code = dict(body["Code"])
        if entry.operation == mapping.ADD_CODE:
            try:
                await self.client.add_code(order_id, code)
            except RejectedError:
                # A replay after a lost answer: the code is there already with this quantity, so the write is done.
                there = await self.client.codes(order_id)
                if not any(c.CodeExternalId == code.get("CodeExternalId")
                           and (c.LocationExternalId or None) == (code.get("LocationExternalId") or None)
                           for c in there):
                    raise
        elif entry.operation == mapping.UPDATE_CODE:
            await self.client.update_code(order_id, code)
        else:
            try:
                await self.client.remove_code(order_id, str(code["CodeExternalId"]), code.get("LocationExternalId"))
            except RejectedError:
                there = await self.client.codes(order_id)
                if any(c.CodeExternalId == code.get("CodeExternalId") for c in there):
                    raise  # still there: the refusal stands

    async def _ack_order(self, cache: Store, entry: OutboxEntry, answer: object) -> None:
        self._cache = cache

        def acknowledge() -> None:
            with cache.transaction() as conn:
                if isinstance(answer, m.SalesOrder):
                    store.save_order(conn, mapping.order_row(answer), answer.model_dump(mode="json", exclude_none=True),
                                     fetched=True)
                else:
                    conn.execute("UPDATE tm_orders SET fetched_at = coalesce(fetched_at, updated_at) "
                                 "WHERE local_id = ?", (entry.record_key,))
                outbox.acknowledge(conn, entry.id)
        await asyncio.to_thread(acknowledge)

    async def _ack(self, cache: Store, entry: OutboxEntry, answer: object) -> None:
        self._cache = cache

        def acknowledge() -> None:
            with cache.transaction() as conn:
                outbox.acknowledge(conn, entry.id)
        await asyncio.to_thread(acknowledge)


def _linked_id(cache: Store, local: str) -> int | None:
    row = cache.conn.execute("SELECT remote_id FROM record_links WHERE vendor = ? AND entity = ? AND local_id = ?",
                             (VENDOR, mapping.ORDER_ENTITY, local)).fetchone()
    return int(row[0]) if row else None


def conflict_handlers() -> dict[str, Any]:
    """None to resolve: Connect keeps no record versions FieldDesk could merge against (an order update is a PATCH
    of the fields given, the order number its identity), so Totalmobile writes never end up in the conflicts list."""
    return {}
