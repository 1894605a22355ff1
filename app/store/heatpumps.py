"""Cached heat pumps (the `heat_pumps` table, Podero ids in record_links as entity "heat_pump"). Rows are dicts of
the table's columns plus `podero_id`, `pending` (a write for it is queued) and `wire` (the decoded `data`)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

from app.store import links
from app.store.db import Store
from app.store.time import now_iso

VENDOR = "podero"
ENTITY = "heat_pump"
COLUMNS = ("manufacturer", "model", "connection_status", "monitoring_status", "steering_status", "severity",
           "state_updated_at", "consumption_updated_at", "authorization_url", "embeddable_url")

_SELECT = f"""SELECT h.*, r.remote_id AS podero_id,
                     EXISTS (SELECT 1 FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = h.local_id)
                       AS pending,
                     (SELECT o.state FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = h.local_id
                      ORDER BY o.id DESC LIMIT 1) AS outbox_state,
                     (SELECT o.last_error FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = h.local_id
                      ORDER BY o.id DESC LIMIT 1) AS outbox_error
              FROM heat_pumps h
              LEFT JOIN record_links r ON r.vendor = '{VENDOR}' AND r.entity = '{ENTITY}' AND r.local_id = h.local_id"""


def _row(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    found["pending"] = bool(found["pending"])
    found["wire"] = json.loads(found.pop("data"))
    return found


def new_local_id() -> str:
    return f"hp-{uuid.uuid4()}"


def all_pumps(store: Store) -> list[dict[str, Any]]:
    """Errors first, then warnings, unknown, ok; by make and model within each."""
    return [_row(r) for r in store.conn.execute(f"{_SELECT} ORDER BY h.severity, h.manufacturer, h.model, "
                                                "h.local_id")]


def get(store: Store, local_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_SELECT} WHERE h.local_id = ?", (local_id,)).fetchone()
    return _row(row) if row else None


def find(store: Store, podero_id: str) -> dict[str, Any] | None:
    local = links.local_id(store.conn, VENDOR, ENTITY, podero_id)
    return get(store, local) if local else None


def write(conn: sqlite3.Connection, local_id: str, values: Mapping[str, Any], data: Any, *,
          fetched: bool, origin: str = "pulled") -> None:
    """Insert or replace a pump's columns (an existing row keeps its origin)."""
    stamp = now_iso()
    conn.execute(
        f"""INSERT INTO heat_pumps (local_id, origin, {', '.join(COLUMNS)}, data, fetched_at, updated_at)
            VALUES (?, ?, {', '.join('?' * len(COLUMNS))}, ?, ?, ?)
            ON CONFLICT(local_id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in COLUMNS)},
              data=excluded.data, fetched_at=coalesce(excluded.fetched_at, heat_pumps.fetched_at),
              updated_at=excluded.updated_at""",
        (local_id, origin, *(values.get(c) for c in COLUMNS), json.dumps(data, ensure_ascii=False),
         stamp if fetched else None, stamp))


def link(conn: sqlite3.Connection, local_id: str, podero_id: str) -> None:
    links.link(conn, VENDOR, ENTITY, podero_id, local_id)


def linked(conn: sqlite3.Connection) -> dict[str, str]:
    """Podero id -> local id."""
    return links.local_ids(conn, VENDOR, ENTITY)


def claimed_by_registrations(conn: sqlite3.Connection) -> set[str]:
    """Podero ids already given to heat pumps FieldDesk registered."""
    return {r[0] for r in conn.execute(
        f"SELECT r.remote_id FROM record_links r JOIN heat_pumps h ON h.local_id = r.local_id "
        f"WHERE r.vendor = '{VENDOR}' AND r.entity = '{ENTITY}' AND h.origin = 'registered'")}


def remove(conn: sqlite3.Connection, local_ids: list[str]) -> None:
    conn.executemany("DELETE FROM heat_pumps WHERE local_id = ?", [(i,) for i in local_ids])
    links.forget(conn, VENDOR, ENTITY, local_ids)


def last_sync(store: Store) -> tuple[bool, str | None]:
    """(whether the last Podero sync failed, when the last one succeeded)."""
    row = store.conn.execute("SELECT last_error, last_success_at FROM sync_state WHERE vendor = ?",
                             (VENDOR,)).fetchone()
    return (row[0] is not None, row[1]) if row else (False, None)
