"""The Pro+ sync adapter: clients (with their appliances) pulled into the store, merging pending edits;
push-client writes sent and acknowledged; conflicts resolved per field.

Identity rule: a client is its third-party id (FieldDesk's own, for records it created), else its Pro+ id
(a record link); an appliance is matched by `same_appliance` (mapping.py), the one rule everything uses.
"""

from __future__ import annotations

import asyncio
import copy
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

import httpx

from app.domain.models import ApplianceKind, Client
from app.store import links, outbox
from app.store.budget import persistent_budget
from app.store.clients import (
    AS_STORED,
    ServerData,
    delete_clients,
    get_client,
    identity_maps,
    search_index_bulk,
    write_client,
    write_clients,
)
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.store.time import now_iso
from app.sync.contract import Operation, Page, Progress, Resource
from app.sync.merge import remove_path, set_path, three_way_merge
from app.vendors.proplus.client import VENDOR, ProPlusClient
from app.vendors.proplus.mapping import (
    APPLIANCE_LISTS,
    LIST_KEYS,
    PUSH_CLIENT,
    client_from_record,
    client_record,
    same_appliance,
)
from app.vendors.proplus.models import ProcessedIds
from app.vendors.proplus.sync import certificates as certificate_sync
from app.vendors.proplus.sync import staff as staff_sync
from app.vendors.proplus.sync import workorders as workorder_sync
from app.vendors.registry import VendorSpec

CLIENT = "client"  # the entity name in record links and conflicts

SAVE_BATCH = 500  # clients per transaction while saving a pull: short locks, steady progress


def build_adapter(spec: VendorSpec, values: Mapping[str, str], store: Store,
                  transport: httpx.AsyncBaseTransport | None, **options: Any) -> ProPlusSync:
    """The registry's factory: a Pro+ client for these configuration values, with its daily call budget."""
    budget = persistent_budget(store, spec.id, spec.daily_call_limit or 0)
    client = ProPlusClient(values["BASE_URL"], values["SECRET_KEY"], transport=transport, budget=budget,
                           concurrency=spec.concurrency, **options)
    return ProPlusSync(client, concurrency=spec.concurrency)


class ProPlusSync:
    vendor = VENDOR

    def __init__(self, client: ProPlusClient, *, concurrency: int = 4) -> None:
        self.client = client
        self.concurrency = concurrency
        self.resources = (Resource("clients", self._pull_clients), *workorder_sync.resources(client),
                          *staff_sync.staff_resources(client), *certificate_sync.resources(client))
        self.operations = {PUSH_CLIENT: Operation(PUSH_CLIENT, self.send, self.acknowledge),
                           **workorder_sync.operations(client), **staff_sync.staff_operations(client)}

    async def aclose(self) -> None:
        await self.client.aclose()

    async def probe(self) -> None:
        await self.client.http.probe()

    async def _pull_clients(self, store: Store, cursor: str | None, progress: Progress) -> Page:
        """Pro+ has no paging or "changed since": every sync reads all clients in one call."""
        return Page(await self.pull(store, progress), None)

    async def pull(self, store: Store, progress: Progress) -> int:
        loop = asyncio.get_running_loop()

        def save(records: list[dict[str, Any]]) -> int:  # runs in the client's worker thread
            count = len(records)

            def report(done: int) -> None:
                loop.call_soon_threadsafe(progress, VENDOR, "save", done, count)

            save_pulled_clients(store, records, report)
            return count

        return await self.client.pull_clients_into(save)

    async def send(self, entry: OutboxEntry) -> ProcessedIds:
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
                if appliance.kind is kind and same_appliance(appliance.fields, record):
                    appliance.proplus_id = proplus_id
                    appliance.fields["id"] = proplus_id
    if client.proplus_id is not None:
        copy = links.local_id(conn, VENDOR, CLIENT, client.proplus_id)
        if copy is not None and copy != client.local_id:
            _delete(conn, [copy])  # a pulled copy of the same Pro+ record
        links.link(conn, VENDOR, CLIENT, client.proplus_id, client.local_id)
    write_client(conn, client)


def _delete(conn: sqlite3.Connection, local_ids: list[str]) -> None:
    delete_clients(conn, local_ids)
    links.forget(conn, VENDOR, CLIENT, local_ids)


def save_pulled_clients(store: Store, records: list[dict[str, Any]], report: Any = None) -> None:
    """Write a full pull into the cache: the clients' records (`client_records`). Clients with pending or rejected
    writes are merged three-way (their edits survive); clients Pro+ no longer has are removed unless they carry
    unsent work."""
    with search_index_bulk(store, len(records)):
        _save_pulled(store, records, report)


def _save_pulled(store: Store, records: list[dict[str, Any]], report: Any) -> None:
    seen: set[str] = set()
    # Read once and kept current below: only this pull links clients meanwhile (read per batch, the maps cost
    # O(clients) a batch, O(clients²) a pull).
    by_id, by_tp = identity_maps(store.conn)
    # Into an empty cache there is nothing to compare with: a read per client saved for nothing (a client sent twice
    # in one answer is then written twice, which leaves what writing it once would).
    compare = store.conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is not None
    for start in range(0, max(len(records), 1), SAVE_BATCH):
        batch = records[start:start + SAVE_BATCH]
        # Not durable: a pulled record can be fetched again, and a merge lost to a power cut leaves the client as it
        # was, with the user's edits (committed durably with their outbox rows).
        with store.transaction(durable=False) as conn:
            pending = outbox.pending_keys(conn, VENDOR)  # per batch: the user may queue an edit meanwhile
            clients: list[tuple[Client, ServerData]] = []
            linked: list[tuple[int, str, None]] = []
            for record in batch:
                tp, pid = record.get("third_party_id"), record.get("id")
                local_id = (by_tp.get(tp) if tp else None) or (by_id.get(int(pid)) if pid is not None else None)
                if local_id is not None and local_id in pending:
                    write_clients(conn, clients, keep_server_data=False, only_if_changed=compare)
                    clients = []  # written first: the merge reads the cache as writing one by one would leave it
                    client = client_from_record(_merge_pending(conn, store, local_id, copy.deepcopy(record)), local_id)
                    clients.append((client, record))
                else:
                    client = client_from_record(record, local_id)
                    clients.append((client, AS_STORED))  # the vendor's version is the client as written
                if client.proplus_id is not None and by_id.get(client.proplus_id) != client.local_id:
                    linked.append((client.proplus_id, client.local_id, None))
                    by_id[client.proplus_id] = client.local_id
                if client.third_party_id:
                    by_tp[client.third_party_id] = client.local_id
                seen.add(client.local_id)
            write_clients(conn, clients, keep_server_data=False, only_if_changed=compare)
            links.link_many(conn, VENDOR, CLIENT, linked)
        if report is not None:
            report(min(start + SAVE_BATCH, len(records)))
    with store.transaction(durable=False) as conn:
        pending = outbox.pending_keys(conn, VENDOR)
        gone = [local for local in links.local_ids(conn, VENDOR, CLIENT).values()
                if local not in seen and local not in pending]
        _delete(conn, gone)


def _merge_pending(conn: sqlite3.Connection, store: Store, local_id: str, server: dict[str, Any]) -> dict[str, Any]:
    row = conn.execute("SELECT base FROM outbox WHERE vendor=? AND record_key=? ORDER BY id LIMIT 1",
                       (VENDOR, local_id)).fetchone()
    base = json.loads(row[0]) if row and row[0] else None
    local = get_client(store, local_id)
    if local is None:
        return server
    merged, conflicts = three_way_merge(base, client_record(local), server, LIST_KEYS)
    conn.execute("DELETE FROM conflicts WHERE vendor=? AND entity=? AND record_key=?", (VENDOR, CLIENT, local_id))
    conn.executemany(
        "INSERT INTO conflicts (vendor, entity, record_key, field_path, local_value, server_value, created_at) "
        "VALUES (?,?,?,?,?,?,?)",
        [(VENDOR, CLIENT, local_id, c.path, json.dumps(c.local), json.dumps(c.server), now_iso())
         for c in conflicts])
    return merged


class ClientConflicts:
    """The user chose the server's value of a client field: the cached client takes it, and no queued
    push-client sends that field any more."""

    def keep_server(self, store: Store, conn: sqlite3.Connection, record_key: str, path: str,
                    server_value: Any) -> None:
        client = get_client(store, record_key)
        if client is not None:
            record = client_record(client)
            set_path(record, path, server_value, LIST_KEYS)
            write_client(conn, client_from_record(record, record_key))
        for entry in outbox.entries(store, vendor=VENDOR):
            if entry.record_key == record_key:
                payload = entry.payload
                for body in payload.get("client", []):
                    remove_path(body, path, LIST_KEYS)
                outbox.replace_payload(conn, entry.id, payload)


def conflict_handlers() -> dict[str, ClientConflicts]:
    return {CLIENT: ClientConflicts()}
