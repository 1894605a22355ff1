"""Syncing Pro+ technicians and measuring devices: what `ProPlusSync` (sync.py) pulls and sends for them.

- Resources: the device list (§14) is read whole at every sync. Pro+ has no "list technicians": a sync asks
  get-technician (§16) about every technician the devices are or were assigned to and every technician the cache
  holds (by Pro+ id, or by external id while Pro+ has not numbered it).
- Operations: create-technician (add or update by id, else external id: a replay is an update, never a second
  technician), create-device and link-unlink-device.

create-device has no external id and its documented answer is a client record, not the device. So before it is
sent the device list is read: a device with the same group, type and serial number is the one a lost answer
already registered (or someone registered in the portal), and is taken instead of adding it twice. After it is
sent, the list is read again for the device's id. A link or unlink that Pro+ refuses is checked against the list
too: when the device is already in the state asked for (an earlier try got through), the write is done.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from typing import Any

from app.store import links, outbox
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.store.staff import (
    DEVICE,
    delete_devices,
    device_local_ids,
    find_device,
    find_technician,
    get_device,
    list_devices,
    new_local_id,
    technician_ids_to_refresh,
    write_device,
    write_technician,
)
from app.sync.contract import Operation, Page, Progress, Resource
from app.vendors.errors import RejectedError, ServerError
from app.vendors.http import BULK
from app.vendors.proplus.client import VENDOR, ProPlusClient
from app.vendors.proplus.staff import (
    CREATE_DEVICE,
    CREATE_TECHNICIAN,
    LINK_DEVICE,
    WireTechnician,
    device_record,
    same_device,
    same_instrument,
    technician_record,
)

log = logging.getLogger(__name__)


def staff_resources(client: ProPlusClient) -> tuple[Resource, ...]:
    """Devices first: the technicians to refresh are read from their assignments."""
    async def devices(store: Store, cursor: str | None, progress: Progress) -> Page:
        records = [device_record(w) for w in await client.get_devices()]
        await asyncio.to_thread(save_devices, store, records)
        return Page(len(records), None)

    async def technicians(store: Store, cursor: str | None, progress: Progress) -> Page:
        ids, externals = await asyncio.to_thread(lambda: technician_ids_to_refresh(store.conn))
        asks: list[dict[str, Any]] = [{"id": i} for i in sorted(ids)] + [{"external_id": e} for e in sorted(externals)]
        found = await asyncio.gather(*(_lookup(client, **ask) for ask in asks))
        records = [technician_record(w) for w in found if w is not None]
        await asyncio.to_thread(save_technicians, store, records)
        return Page(len(records), None)

    return Resource("devices", devices), Resource("technicians", technicians)


async def _lookup(client: ProPlusClient, **ask: Any) -> WireTechnician | None:
    try:
        return await client.get_technician(priority=BULK, **ask)
    except RejectedError as exc:  # e.g. removed in the portal: keep what the cache has
        log.info("Pro+ get-technician %s: %s", ask, exc.message)
        return None


def save_devices(store: Store, records: list[dict[str, Any]]) -> None:
    """A full device list into the cache. Devices with queued writes keep their local state; devices Pro+ no
    longer lists are removed unless a write for them waits."""
    with store.transaction() as conn:
        pending = outbox.pending_keys(conn, VENDOR)
        known = device_local_ids(conn)
        unnumbered = [d for d in list_devices(store) if d.get("id") is None]
        seen: set[str] = set()
        for record in records:
            local = known.get(str(record["id"])) if record.get("id") is not None else None
            if local is None:  # registered here, its answer lost: the same instrument
                local = next((d["local_id"] for d in unnumbered if d["local_id"] not in seen and same_instrument(
                    record, d)), None) or new_local_id("device")
            seen.add(local)
            if local in pending:
                if record.get("id") is not None:
                    links.link(conn, VENDOR, DEVICE, record["id"], local)
                continue
            write_device(conn, local, record)
        gone = conn.execute("SELECT local_id FROM devices").fetchall()
        delete_devices(conn, [r[0] for r in gone if r[0] not in seen and r[0] not in pending])


def save_technicians(store: Store, records: list[dict[str, Any]]) -> None:
    """Technicians read from Pro+ into the cache; one with a queued write keeps its local state."""
    with store.transaction() as conn:
        pending = outbox.pending_keys(conn, VENDOR)
        for record in records:
            save_technician(conn, record, pending)


def save_technician(conn: Any, record: dict[str, Any], pending: set[str]) -> str:
    local = find_technician(conn, proplus_id=record.get("id"), external_id=record.get("external_id"))
    local = local or new_local_id("technician")
    if local not in pending:
        write_technician(conn, local, record)
    return local


async def fetch_technician(client: ProPlusClient, store: Store, *, id: int | None = None,
                           external_id: str | None = None) -> str:
    """get-technician now (a user asked), saved in the cache; returns its local id."""
    record = technician_record(await client.get_technician(id=id, external_id=external_id))

    def save() -> str:
        with store.transaction() as conn:
            return save_technician(conn, record, outbox.pending_keys(conn, VENDOR))
    return await asyncio.to_thread(save)


def _later_writes(conn: Any, entry: OutboxEntry) -> bool:
    row = conn.execute("SELECT 1 FROM outbox WHERE vendor=? AND record_key=? AND id != ? LIMIT 1",
                       (VENDOR, entry.record_key, entry.id)).fetchone()
    return row is not None


def staff_operations(client: ProPlusClient) -> dict[str, Operation]:
    #: Pro+ ids of devices registered by this replay, by local id: a link queued behind its create-device was
    #: read before the create's answer rewrote it in the outbox.
    registered: dict[str, int] = {}

    async def send_technician(entry: OutboxEntry) -> WireTechnician:
        return await client.create_technician(entry.payload)

    async def acknowledge_technician(store: Store, entry: OutboxEntry, answer: object) -> None:
        assert isinstance(answer, WireTechnician)
        record = technician_record(answer)

        def done() -> None:
            with store.transaction() as conn:
                other = find_technician(conn, proplus_id=record.get("id"))
                if other is not None and other != entry.record_key:  # a pulled copy of the same technician
                    conn.execute("DELETE FROM technicians WHERE local_id = ?", (other,))
                if _later_writes(conn, entry):  # a later edit is queued: keep it, take only the id
                    row = conn.execute("SELECT data FROM technicians WHERE local_id = ?",
                                       (entry.record_key,)).fetchone()
                    record.update({k: v for k, v in json.loads(row[0]).items() if k != "id"} if row else {})
                write_technician(conn, entry.record_key, record)
                outbox.acknowledge(conn, entry.id)
        await asyncio.to_thread(done)

    async def find_listed(body: Mapping[str, Any]) -> dict[str, Any] | None:
        return next((r for r in (device_record(w) for w in await client.get_devices()) if same_device(r, body)), None)

    async def send_device(entry: OutboxEntry) -> dict[str, Any]:
        found = await find_listed(entry.payload)
        if found is None:
            await client.create_device(entry.payload)
            found = await find_listed(entry.payload)
        if found is None or found.get("id") is None:
            raise ServerError(VENDOR, "Pro+ accepted the device but does not list it yet; FieldDesk looks again "
                                      "at the next sync")
        return found

    async def acknowledge_device(store: Store, entry: OutboxEntry, answer: object) -> None:
        assert isinstance(answer, dict)
        record: dict[str, Any] = answer

        def done() -> None:
            with store.transaction() as conn:
                other = find_device(conn, record["id"])
                if other is not None and other != entry.record_key:
                    delete_devices(conn, [other])
                local = get_device(store, entry.record_key)
                if local is not None and _later_writes(conn, entry):
                    # Queued links keep their optimistic assignments; they now know the device's Pro+ id.
                    local["id"] = record["id"]
                    write_device(conn, entry.record_key, local)
                    for later in outbox.entries(store, vendor=VENDOR):
                        if later.record_key == entry.record_key and later.operation == LINK_DEVICE:
                            outbox.replace_payload(conn, later.id, {**later.payload, "device_id": record["id"]})
                else:
                    write_device(conn, entry.record_key, record)
                outbox.acknowledge(conn, entry.id)
            registered[entry.record_key] = int(record["id"])
        await asyncio.to_thread(done)

    async def send_link(entry: OutboxEntry) -> dict[str, Any] | None:
        body = entry.payload
        device_id = body.get("device_id") or registered.get(entry.record_key)
        technician_id, action = int(body["technician_id"]), body["action"]
        if device_id is None:
            raise RejectedError(VENDOR, "the device is not registered with Pro+ yet")
        device_id = int(device_id)
        call = client.link_device if action == "link" else client.unlink_device
        try:
            await call(device_id, technician_id)
        except RejectedError:
            listed = await _listed_device(device_id)
            if listed is None or _is_linked(listed, technician_id) != (action == "link"):
                raise
            return listed  # an earlier try got through
        return await _listed_device(device_id)

    async def _listed_device(device_id: int) -> dict[str, Any] | None:
        return next((r for r in (device_record(w) for w in await client.get_devices()) if r["id"] == device_id), None)

    async def acknowledge_link(store: Store, entry: OutboxEntry, answer: object) -> None:
        def done() -> None:
            with store.transaction() as conn:
                if isinstance(answer, dict) and not _later_writes(conn, entry):
                    write_device(conn, entry.record_key, answer)
                outbox.acknowledge(conn, entry.id)
        await asyncio.to_thread(done)

    return {
        CREATE_TECHNICIAN: Operation(CREATE_TECHNICIAN, send_technician, acknowledge_technician),
        CREATE_DEVICE: Operation(CREATE_DEVICE, send_device, acknowledge_device),
        LINK_DEVICE: Operation(LINK_DEVICE, send_link, acknowledge_link),
    }


def _is_linked(record: Mapping[str, Any], technician_id: int) -> bool:
    return any(a.get("technician_id") == technician_id and not a.get("removed_on")
               for a in record.get("technicians") or [])
