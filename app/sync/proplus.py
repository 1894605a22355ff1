"""How Pro+ clients and appliances sync: pull into the store (merging pending edits), push queued writes."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from typing import Any

from app.domain.models import ApplianceKind
from app.store import outbox
from app.store.clients import delete_clients, get_client, identity_maps, now_iso, write_client
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.engine import Progress
from app.sync.merge import three_way_merge
from app.vendors.errors import OfflineError, VendorError
from app.vendors.proplus.client import VENDOR, ProPlusClient
from app.vendors.proplus.mapping import APPLIANCE_LISTS, PUSH_CLIENT, client_from_record, client_record
from app.vendors.proplus.models import ProcessedIds, WireClient

SAVE_BATCH = 500  # clients per transaction while saving a pull: short locks, steady progress


class ProPlusSync:
    vendor = VENDOR
    concurrency = 4

    def __init__(self, client: ProPlusClient) -> None:
        self.client = client

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        try:
            await self.client.http.request("HEAD", "/", idempotent=False, deadline=10)
        except OfflineError:
            raise
        except VendorError:
            return  # any HTTP answer means the server is there

    async def pull(self, store: Store, progress: Progress) -> int:
        loop = asyncio.get_running_loop()

        def save(wires: list[WireClient]) -> int:  # runs in the client's worker thread
            count = len(wires)

            def report(done: int) -> None:
                loop.call_soon_threadsafe(progress, VENDOR, "save", done, count)

            save_pulled_clients(store, wires, report)
            return count

        return await self.client.pull_clients_into(save)

    async def send(self, entry: OutboxEntry) -> ProcessedIds:
        if entry.operation != PUSH_CLIENT:
            raise ValueError(f"unknown Pro+ operation {entry.operation!r}")
        return await self.client.push_client(entry.payload, idempotency_key=entry.idempotency_key)

    async def acknowledge(self, store: Store, entry: OutboxEntry, answer: object) -> None:
        assert isinstance(answer, ProcessedIds)
        processed = answer

        def acknowledge() -> None:
            with store.transaction() as conn:
                _store_processed_ids(conn, store, entry, processed.client_id, processed.heating_appliance_ids,
                                     processed.cooling_appliance_ids)
                outbox.acknowledge(conn, entry.id)

        # A durable commit waits for the disk; other writes (and the UI) go on meanwhile.
        await asyncio.to_thread(acknowledge)


def _store_processed_ids(conn: sqlite3.Connection, store: Store, entry: OutboxEntry, client_id: int | None,
                         heating_ids: list[int], cooling_ids: list[int]) -> None:
    """Give the local client and its appliances the Pro+ ids the vendor answered with."""
    client = get_client(store, entry.record_key)
    if client is None:
        return
    body = entry.payload.get("client", entry.payload)
    sent = body[0] if isinstance(body, list) and body else body
    if client_id is not None:
        client.proplus_id = client_id
        client.fields["id"] = client_id
    ids = {ApplianceKind.HEATING: heating_ids, ApplianceKind.COOLING: cooling_ids}
    for kind, key in APPLIANCE_LISTS.items():
        # processed ids come in the order the appliances were sent
        for record, proplus_id in zip(sent.get(key) or [], ids[kind], strict=False):
            for appliance in client.appliances:
                same = (appliance.kind is kind and (
                    (record.get("third_party_id") and record.get("third_party_id") == appliance.third_party_id)
                    or (record.get("id") not in (None, "") and str(record.get("id")) == str(appliance.proplus_id))
                    or (not record.get("third_party_id") and record.get("name") == appliance.name)))
                if same:
                    appliance.proplus_id = proplus_id
                    appliance.fields["id"] = proplus_id
    conflicting = conn.execute("SELECT local_id FROM clients WHERE proplus_id = ? AND local_id != ?",
                               (client.proplus_id, client.local_id)).fetchall()
    delete_clients(conn, [r[0] for r in conflicting])  # a pulled copy of the same Pro+ record
    write_client(conn, client)


def save_pulled_clients(store: Store, wires: list[WireClient], report: Any = None) -> None:
    """Write a full pull into the cache. Clients with pending or rejected writes are merged three-way
    (their edits survive); clients Pro+ no longer has are removed unless they carry unsent work."""
    seen: set[str] = set()
    for start in range(0, max(len(wires), 1), SAVE_BATCH):
        batch = wires[start:start + SAVE_BATCH]
        with store.transaction() as conn:
            by_id, by_tp = identity_maps(conn)
            pending = outbox.pending_keys(conn, VENDOR)
            for wire in batch:
                record = wire.model_dump(mode="json", by_alias=True)
                tp, pid = record.get("third_party_id"), record.get("id")
                local_id = (by_tp.get(tp) if tp else None) or (by_id.get(int(pid)) if pid is not None else None)
                if local_id is not None and local_id in pending:
                    record = _merge_pending(conn, store, local_id, record)
                    client = client_from_record(record, local_id)
                    server = wire.model_dump(mode="json", by_alias=True)
                else:
                    client = client_from_record(record, local_id)
                    server = record
                write_client(conn, client, server_data=server, keep_server_data=False)
                seen.add(client.local_id)
        if report is not None:
            report(min(start + SAVE_BATCH, len(wires)))
    with store.transaction() as conn:
        pending = outbox.pending_keys(conn, VENDOR)
        gone = [r[0] for r in conn.execute("SELECT local_id FROM clients WHERE proplus_id IS NOT NULL")
                if r[0] not in seen and r[0] not in pending]
        delete_clients(conn, gone)


def _merge_pending(conn: sqlite3.Connection, store: Store, local_id: str, server: dict[str, Any]) -> dict[str, Any]:
    row = conn.execute("SELECT base FROM outbox WHERE vendor=? AND record_key=? ORDER BY id LIMIT 1",
                       (VENDOR, local_id)).fetchone()
    base = json.loads(row[0]) if row and row[0] else None
    local = get_client(store, local_id)
    if local is None:
        return server
    merged, conflicts = three_way_merge(base, client_record(local), server)
    conn.execute("DELETE FROM conflicts WHERE record_key = ?", (local_id,))
    conn.executemany(
        "INSERT INTO conflicts (record_key, field_path, local_value, server_value, created_at) VALUES (?,?,?,?,?)",
        [(local_id, c.path, json.dumps(c.local), json.dumps(c.server), now_iso()) for c in conflicts])
    return merged
