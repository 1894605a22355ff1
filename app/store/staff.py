"""Pro+ technicians and measuring devices in the cache (records as `app.vendors.proplus.staff` maps them).

A technician is its local id; its Pro+ id is a record link (entity "technician") and its external id (the
identity create-technician adds or updates by) a unique column. A device is its local id with its Pro+ id as a
record link (entity "device"); its assignments to technicians are rows of `device_assignments`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from app.store import links, outbox
from app.store.db import Store
from app.store.time import now_iso

VENDOR = "proplus"
TECHNICIAN, DEVICE = "technician", "device"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _queued(conn: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """Records with a write not yet acknowledged, and those of them with a write Pro+ rejected."""
    rejected = {r[0] for r in conn.execute("SELECT DISTINCT record_key FROM outbox WHERE vendor=? AND "
                                           "state='rejected'", (VENDOR,))}
    return outbox.pending_keys(conn, VENDOR), rejected


def new_local_id(entity: str) -> str:
    import uuid  # at the first new record, as in app.store.outbox

    return f"{entity}-{uuid.uuid4()}"


# -- technicians -----------------------------------------------------------------------------------


def write_technician(conn: sqlite3.Connection, local_id: str, record: dict[str, Any]) -> None:
    """Insert or update a technician (its `devices` are derived, not stored). Call inside a transaction."""
    data = {k: v for k, v in record.items() if k not in ("devices", "local_id", "pending", "rejected")}
    external = data.get("external_id") or None
    if external is not None:  # one record per external id: a stale copy under another local id gives way
        conn.execute("DELETE FROM technicians WHERE external_id = ? AND local_id != ?", (external, local_id))
    conn.execute(
        """INSERT INTO technicians (local_id, external_id, name, data, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(local_id) DO UPDATE SET external_id=excluded.external_id, name=excluded.name,
             data=excluded.data, updated_at=excluded.updated_at""",
        (local_id, external, data.get("name") or "", _dumps(data), now_iso()))
    if data.get("id") is not None:
        links.link(conn, VENDOR, TECHNICIAN, data["id"], local_id)


def find_technician(conn: sqlite3.Connection, *, proplus_id: int | None = None,
                    external_id: str | None = None) -> str | None:
    """The local id of the technician with this Pro+ id, else with this external id."""
    if proplus_id is not None:
        found = links.local_id(conn, VENDOR, TECHNICIAN, proplus_id)
        if found is not None:
            return found
    if external_id:
        row = conn.execute("SELECT local_id FROM technicians WHERE external_id = ?", (external_id,)).fetchone()
        if row is not None:
            return str(row[0])
    return None


def _linked_devices(conn: sqlite3.Connection, technician_id: int | None) -> list[dict[str, Any]]:
    if technician_id is None:
        return []
    rows = conn.execute(
        """SELECT d.data, a.associated_on FROM device_assignments a JOIN devices d ON d.local_id = a.device_local_id
           WHERE a.technician_id = ? AND a.removed_on IS NULL ORDER BY d.serial_number, d.local_id""",
        (technician_id,)).fetchall()
    devices = []
    for data, associated_on in rows:
        device = json.loads(data)
        devices.append({"id": device.get("id"), "group": device.get("group"), "type": device.get("type"),
                        "serial_number": device.get("serial_number"), "associated_on": associated_on})
    return devices


def _technician(conn: sqlite3.Connection, row: sqlite3.Row | tuple[Any, ...],
                queued: tuple[set[str], set[str]]) -> dict[str, Any]:
    local_id, data = row[0], json.loads(row[1])
    return {**data, "devices": _linked_devices(conn, data.get("id")), "local_id": local_id,
            "pending": local_id in queued[0], "rejected": local_id in queued[1]}


def list_technicians(store: Store) -> list[dict[str, Any]]:
    """Every cached technician by name, with the devices linked to it now and whether a write is queued."""
    conn = store.conn
    queued = _queued(conn)
    rows = conn.execute("SELECT local_id, data FROM technicians ORDER BY name COLLATE NOCASE, local_id").fetchall()
    return [_technician(conn, row, queued) for row in rows]


def get_technician(store: Store, local_id: str) -> dict[str, Any] | None:
    conn = store.conn
    row = conn.execute("SELECT local_id, data FROM technicians WHERE local_id = ?", (local_id,)).fetchone()
    return _technician(conn, row, _queued(conn)) if row else None


def technician_ids_to_refresh(conn: sqlite3.Connection) -> tuple[set[int], set[str]]:
    """Who a sync asks Pro+ about (it has no "list technicians"): the Pro+ ids devices are or were assigned to
    and those of cached technicians, and the external ids of cached technicians Pro+ has not numbered yet."""
    ids = {int(r[0]) for r in conn.execute("SELECT DISTINCT technician_id FROM device_assignments")}
    ids |= {int(r) for r in links.local_ids(conn, VENDOR, TECHNICIAN)}
    linked = set(links.local_ids(conn, VENDOR, TECHNICIAN).values())
    externals = {str(r[1]) for r in conn.execute("SELECT local_id, external_id FROM technicians "
                                                 "WHERE external_id IS NOT NULL") if r[0] not in linked}
    return ids, externals


# -- devices ---------------------------------------------------------------------------------------


def write_device(conn: sqlite3.Connection, local_id: str, record: dict[str, Any]) -> None:
    """Insert or update a device and replace its assignments. Call inside a transaction."""
    data = {k: v for k, v in record.items() if k not in ("technicians", "local_id", "pending", "rejected")}
    conn.execute(
        """INSERT INTO devices (local_id, serial_number, data, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(local_id) DO UPDATE SET serial_number=excluded.serial_number, data=excluded.data,
             updated_at=excluded.updated_at""",
        (local_id, data.get("serial_number") or "", _dumps(data), now_iso()))
    conn.execute("DELETE FROM device_assignments WHERE device_local_id = ?", (local_id,))
    conn.executemany(
        "INSERT INTO device_assignments (device_local_id, technician_id, associated_on, removed_on, position) "
        "VALUES (?, ?, ?, ?, ?)",
        [(local_id, int(a["technician_id"]), a.get("associated_on"), a.get("removed_on"), position)
         for position, a in enumerate(record.get("technicians") or [])])
    if data.get("id") is not None:
        links.link(conn, VENDOR, DEVICE, data["id"], local_id)


def find_device(conn: sqlite3.Connection, proplus_id: int) -> str | None:
    return links.local_id(conn, VENDOR, DEVICE, proplus_id)


def _assignments(conn: sqlite3.Connection, local_id: str) -> list[dict[str, Any]]:
    return [{"technician_id": r[0], "associated_on": r[1], "removed_on": r[2]} for r in conn.execute(
        "SELECT technician_id, associated_on, removed_on FROM device_assignments WHERE device_local_id = ? "
        "ORDER BY position", (local_id,))]


def _device(conn: sqlite3.Connection, local_id: str, data: str, queued: tuple[set[str], set[str]]) -> dict[str, Any]:
    return {**json.loads(data), "technicians": _assignments(conn, local_id), "local_id": local_id,
            "pending": local_id in queued[0], "rejected": local_id in queued[1]}


def list_devices(store: Store) -> list[dict[str, Any]]:
    """Every cached device (heating before cooling, then by type and serial number), with its assignments."""
    conn = store.conn
    queued = _queued(conn)
    rows = conn.execute("SELECT local_id, data FROM devices ORDER BY json_extract(data, '$.group') DESC, "
                        "json_extract(data, '$.type'), serial_number, local_id").fetchall()
    return [_device(conn, r[0], r[1], queued) for r in rows]


def get_device(store: Store, local_id: str) -> dict[str, Any] | None:
    conn = store.conn
    row = conn.execute("SELECT local_id, data FROM devices WHERE local_id = ?", (local_id,)).fetchone()
    return _device(conn, row[0], row[1], _queued(conn)) if row else None


def device_local_ids(conn: sqlite3.Connection) -> dict[str, str]:
    """Pro+ id -> local id of every device Pro+ has numbered."""
    return links.local_ids(conn, VENDOR, DEVICE)


def delete_devices(conn: sqlite3.Connection, local_ids: Iterable[str]) -> None:
    ids = list(local_ids)
    conn.executemany("DELETE FROM devices WHERE local_id = ?", [(i,) for i in ids])
    links.forget(conn, VENDOR, DEVICE, ids)
