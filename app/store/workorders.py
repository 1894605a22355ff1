"""Cached work orders (the `work_orders` table): what FieldDesk created or fetched, kept current by syncs and the
work-order webhook. Rows are plain dicts of the table's columns (and `pending`: a write for it is queued)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from app.store import links
from app.store.db import Store
from app.store.time import now_iso

VENDOR = "proplus"
ENTITY = "work_order"  # in record links

#: Columns a vendor's work order fills; the others are FieldDesk's own.
COLUMNS = ("proplus_id", "external_id", "external_name", "wo_number", "execution_date", "start_time", "client_id",
           "heating_appliance_id", "cooling_appliance_id", "appliance_group", "certification_type",
           "certification_language", "contracting_company", "technician_id", "status", "comments",
           "certificate_id", "json_id", "vat_id")
#: What the webhook may change (§21.1.4), besides identifying the work order.
WEBHOOK_COLUMNS = ("wo_number", "execution_date", "certificate_id", "json_id", "status", "vat_id", "technician_id")

_SELECT = f"""SELECT w.local_id, {', '.join('w.' + c for c in COLUMNS)}, w.deleting, w.updated_at,
                     EXISTS (SELECT 1 FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = w.local_id)
                       AS pending,
                     (SELECT c.name FROM clients c WHERE c.proplus_id = w.client_id LIMIT 1) AS client_name,
                     (SELECT a.name FROM appliances a
                      WHERE a.proplus_id = coalesce(w.heating_appliance_id, w.cooling_appliance_id)
                        AND a.kind = CASE WHEN w.heating_appliance_id IS NULL THEN 'cooling' ELSE 'heating' END
                      LIMIT 1) AS appliance_name,
                     (SELECT t.name FROM record_links r JOIN technicians t ON t.local_id = r.local_id
                      WHERE r.vendor = '{VENDOR}' AND r.entity = 'technician'
                        AND r.remote_id = CAST(w.technician_id AS TEXT)) AS technician_name
              FROM work_orders w"""


def _row(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    found["deleting"] = bool(found["deleting"])
    found["pending"] = bool(found["pending"])
    return found


def new_local_id() -> str:
    return f"wo-{uuid.uuid4()}"


def all_work_orders(store: Store) -> list[dict[str, Any]]:
    """Every cached work order, the latest execution date first."""
    return [_row(r) for r in store.conn.execute(
        f"{_SELECT} ORDER BY w.execution_date DESC, w.start_time DESC, w.external_id")]


def get(store: Store, local_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_SELECT} WHERE w.local_id = ?", (local_id,)).fetchone()
    return _row(row) if row else None


def find(conn: sqlite3.Connection, *, proplus_id: int | None = None, external_id: str | None = None,
         external_name: str | None = None, wo_number: str | None = None) -> str | None:
    """The local id of the work order with any of these identities (Pro+ id first)."""
    for column, value in (("proplus_id", proplus_id), ("external_id", external_id),
                          ("external_name", external_name), ("wo_number", wo_number)):
        if value is not None and value != "":
            row = conn.execute(f"SELECT local_id FROM work_orders WHERE {column} = ? ORDER BY local_id LIMIT 1",
                               (value,)).fetchone()
            if row:
                return str(row[0])
    return None


def insert(conn: sqlite3.Connection, local_id: str, values: Mapping[str, Any], data: Any) -> None:
    columns = ["local_id", *COLUMNS, "data", "updated_at"]
    row = {**values, "external_name": values.get("external_name") or ""}  # a webhook call names none
    conn.execute(f"INSERT INTO work_orders ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                 (local_id, *(row.get(c) for c in COLUMNS), json.dumps(data, ensure_ascii=False), now_iso()))


def update(conn: sqlite3.Connection, local_id: str, values: Mapping[str, Any], data: Any | None = None) -> bool:
    """Set the given columns (only those in COLUMNS); True when the row exists."""
    changes = {k: v for k, v in values.items() if k in COLUMNS}
    sets = [f"{k} = ?" for k in changes] + ["updated_at = ?"]
    args: list[Any] = [*changes.values(), now_iso()]
    if data is not None:
        sets.append("data = ?")
        args.append(json.dumps(data, ensure_ascii=False))
    cursor = conn.execute(f"UPDATE work_orders SET {', '.join(sets)} WHERE local_id = ?", (*args, local_id))
    return cursor.rowcount > 0


def save_fetched(conn: sqlite3.Connection, values: Mapping[str, Any], data: Any) -> str:
    """A work order Pro+ sent (get-wo, push-wo's answer): the cached one with its Pro+ id or external id is
    updated, else it is added. Returns its local id."""
    local_id = find(conn, proplus_id=values.get("proplus_id"), external_id=values.get("external_id"))
    if local_id is None:
        local_id = new_local_id()
        insert(conn, local_id, values, data)
    else:
        # What Pro+ leaves out (a null certificate id before the webhook said otherwise) does not erase ours.
        update(conn, local_id, {k: v for k, v in values.items() if v is not None}, data)
    link(conn, values.get("proplus_id"), local_id)
    return local_id


def link(conn: sqlite3.Connection, proplus_id: object, local_id: str) -> None:
    if proplus_id is not None:
        links.link(conn, VENDOR, ENTITY, str(proplus_id), local_id)


def set_deleting(conn: sqlite3.Connection, local_id: str) -> None:
    conn.execute("UPDATE work_orders SET deleting = 1, updated_at = ? WHERE local_id = ?", (now_iso(), local_id))


def remove(conn: sqlite3.Connection, local_ids: Iterable[str]) -> None:
    ids = list(local_ids)
    conn.executemany("DELETE FROM work_orders WHERE local_id = ?", [(i,) for i in ids])
    links.forget(conn, VENDOR, ENTITY, ids)


def open_ones(store: Store) -> list[dict[str, Any]]:
    """Work orders Pro+ knows whose certificate has not come yet, or that only a webhook call told of (no client
    yet): the ones a sync refreshes."""
    return [_row(r) for r in store.conn.execute(
        f"{_SELECT} WHERE w.proplus_id IS NOT NULL AND (w.certificate_id IS NULL OR w.client_id IS NULL) "
        "AND w.deleting = 0 "
        "ORDER BY w.execution_date")]


def apply_webhook(conn: sqlite3.Connection, call: Mapping[str, Any]) -> tuple[str | None, bool]:
    """One webhook call: the cached work order it names takes its status and certificate ids. Returns its local
    id (None when FieldDesk does not know it: it is then added, as Pro+ created it) and whether its certificate
    became available with this call."""
    local_id = find(conn, proplus_id=call.get("id"), external_id=call.get("external_id"),
                    wo_number=call.get("wo_number"))
    changes = {k: call[k] for k in WEBHOOK_COLUMNS if call.get(k) is not None}
    if local_id is None:
        if not call.get("external_id"):
            return None, False
        local_id = new_local_id()
        insert(conn, local_id, {**changes, "proplus_id": call.get("id"), "external_id": call["external_id"]},
               dict(call))
        link(conn, call.get("id"), local_id)
        return local_id, bool(changes.get("certificate_id"))
    before = conn.execute("SELECT certificate_id FROM work_orders WHERE local_id = ?", (local_id,)).fetchone()
    if call.get("id") is not None:
        changes["proplus_id"] = call["id"]
    update(conn, local_id, changes)
    link(conn, call.get("id"), local_id)
    return local_id, bool(changes.get("certificate_id")) and not (before and before[0])


def identity(conn: sqlite3.Connection, local_id: str) -> sqlite3.Row | None:
    """(proplus_id, external_id, external_name) of a cached work order."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT proplus_id, external_id, external_name FROM work_orders WHERE local_id = ?", (local_id,)).fetchone()
    return row


def max_numeric_external_id(store: Store) -> int:
    row = store.conn.execute(
        "SELECT MAX(CAST(external_id AS INTEGER)) FROM work_orders WHERE external_id GLOB '[0-9]*'").fetchone()
    return int(row[0] or 0)


def appliance_choices(store: Store) -> list[dict[str, Any]]:
    """Appliances Pro+ knows (they have its id), with their client: what a work order can be for."""
    rows = store.conn.execute(
        """SELECT a.local_id, a.kind, a.proplus_id, a.name, c.name AS client, c.proplus_id AS client_id, c.city
           FROM appliances a JOIN clients c ON c.local_id = a.client_local_id
           WHERE a.proplus_id IS NOT NULL ORDER BY c.name COLLATE NOCASE, a.kind, a.position""").fetchall()
    return [dict(r) for r in rows]
