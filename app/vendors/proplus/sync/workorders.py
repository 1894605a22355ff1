"""Pro+ work orders on the sync contract: the open ones refreshed with get-wo at each sync (Pro+ has no "list work
orders" call), push-wo and delete-wo sent from the outbox.

A work order's identity is its external id. A push-wo whose first answer was lost (a timeout, a kill after the
send) is looked up with get-wo before it is sent again, so a replay never creates it twice.
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.store import outbox
from app.store import workorders as store_wo
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import Operation, Page, Progress, Resource
from app.vendors.http import BULK
from app.vendors.proplus.client import VENDOR, ProPlusClient
from app.vendors.proplus.workorders import DELETE_WO, PUSH_WO, WireWorkOrder, work_order_row

#: Open work orders refreshed at once (each is one get-wo call; the client's lane bounds the concurrency).
REFRESH_BATCH = 50


def resources(client: ProPlusClient) -> tuple[Resource, ...]:
    async def pull(store: Store, cursor: str | None, progress: Progress) -> Page:
        return Page(await refresh_open(client, store, progress), None)
    return (Resource("work_orders", pull),)


def operations(client: ProPlusClient) -> dict[str, Operation]:
    return {PUSH_WO: Operation(PUSH_WO, lambda entry: send_push(client, entry), acknowledge_push),
            DELETE_WO: Operation(DELETE_WO, lambda entry: send_delete(client, entry), acknowledge_delete)}


async def refresh_open(client: ProPlusClient, store: Store, progress: Progress) -> int:
    """get-wo for every open work order; returns how many were saved."""
    open_ones = await asyncio.to_thread(store_wo.open_ones, store)
    saved = 0
    for start in range(0, len(open_ones), REFRESH_BATCH):
        batch = open_ones[start:start + REFRESH_BATCH]
        found = await asyncio.gather(*(client.get_work_order(id=row["proplus_id"], priority=BULK) for row in batch))

        def save(batch: list[dict[str, Any]] = batch, found: list[WireWorkOrder | None] = found) -> int:
            count = 0
            with store.transaction() as conn:
                pending = outbox.pending_keys(conn, VENDOR)
                for row, wire in zip(batch, found, strict=True):
                    if row["local_id"] in pending:
                        continue  # a queued write for it decides; the next sync reads it again
                    if wire is None:
                        store_wo.remove(conn, [row["local_id"]])  # deleted in Pro+ (its portal)
                    else:
                        store_wo.save_fetched(conn, work_order_row(wire), wire.model_dump(mode="json"))
                    count += 1
            return count

        saved += await asyncio.to_thread(save)
        progress(VENDOR, "work orders", start + len(batch), len(open_ones))
    return saved


async def send_push(client: ProPlusClient, entry: OutboxEntry) -> WireWorkOrder:
    body: dict[str, Any] = entry.payload
    # The lookup costs one call per create; a create is a person's work, and a duplicate work order sends a
    # technician twice. (A kill right after the send leaves no trace in the outbox, so every send looks first.)
    existing = await client.get_work_order(external_id=str(body["external_id"]), priority=BULK)
    if existing is not None:
        return existing
    return await client.push_work_order(body, idempotency_key=entry.idempotency_key)


async def acknowledge_push(store: Store, entry: OutboxEntry, answer: object) -> None:
    assert isinstance(answer, WireWorkOrder)
    wire = answer

    def acknowledge() -> None:
        with store.transaction() as conn:
            values = work_order_row(wire)
            values["external_id"] = str(entry.payload["external_id"])
            if store_wo.update(conn, entry.record_key, {k: v for k, v in values.items() if v is not None},
                               wire.model_dump(mode="json")):
                store_wo.link(conn, wire.id, entry.record_key)
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)


async def send_delete(client: ProPlusClient, entry: OutboxEntry) -> bool:
    # The payload names the work order by its external id (enough for delete-wo, §13.1.4), and by its Pro+ id
    # when that was known as the delete was queued.
    return await client.delete_work_order(**dict(entry.payload))


async def acknowledge_delete(store: Store, entry: OutboxEntry, answer: object) -> None:
    def acknowledge() -> None:
        with store.transaction() as conn:
            store_wo.remove(conn, [entry.record_key])
            outbox.acknowledge(conn, entry.id)
    await asyncio.to_thread(acknowledge)
