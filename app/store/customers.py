"""Cached testresults.io customer accounts (the `customers` table; Id and DataVersion in record_links as entity
"customer"). Rows are dicts of the table's columns plus `remote_id`, `data_version`, `pending` (a write for it is
queued), `deleting` (its deletion is), `outbox_state`, `outbox_error`, `wire` (the decoded `data`) and `server`
(the decoded `server_data`)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from app.store import links
from app.store.db import Store
from app.store.time import now_iso

VENDOR = "testresults"
ENTITY = "customer"

_SELECT = f"""SELECT c.*, r.remote_id AS remote_id, r.remote_version AS data_version,
                     EXISTS (SELECT 1 FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = c.local_id)
                       AS pending,
                     EXISTS (SELECT 1 FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = c.local_id
                             AND o.operation = 'delete-customer') AS deleting,
                     (SELECT o.state FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = c.local_id
                      ORDER BY o.state = 'rejected' DESC, o.id DESC LIMIT 1) AS outbox_state,
                     (SELECT o.last_error FROM outbox o WHERE o.vendor = '{VENDOR}' AND o.record_key = c.local_id
                      ORDER BY o.state = 'rejected' DESC, o.id DESC LIMIT 1) AS outbox_error
              FROM customers c
              LEFT JOIN record_links r ON r.vendor = '{VENDOR}' AND r.entity = '{ENTITY}' AND r.local_id = c.local_id"""


def _row(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    found["pending"] = bool(found["pending"])
    found["deleting"] = bool(found["deleting"])
    found["archived"] = bool(found["archived"])
    found["wire"] = json.loads(found.pop("data"))
    server = found.pop("server_data")
    found["server"] = json.loads(server) if server else None
    return found


def new_local_id() -> str:
    return f"cu-{uuid.uuid4()}"


def all_customers(store: Store) -> list[dict[str, Any]]:
    """Active ones first, then archived; by name within each."""
    return [_row(r) for r in store.conn.execute(f"{_SELECT} ORDER BY c.archived, c.name COLLATE NOCASE, c.local_id")]


def get(store: Store, local_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_SELECT} WHERE c.local_id = ?", (local_id,)).fetchone()
    return _row(row) if row else None


def get_in(conn: sqlite3.Connection, local_id: str) -> dict[str, Any] | None:
    """`get` inside a transaction (its connection)."""
    previous = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute(f"{_SELECT} WHERE c.local_id = ?", (local_id,)).fetchone()
    finally:
        conn.row_factory = previous
    return _row(row) if row else None


def find(store: Store, ref: str) -> dict[str, Any] | None:
    """A customer by local id or testresults.io Id."""
    found = get(store, ref)
    if found is None:
        local = links.local_id(store.conn, VENDOR, ENTITY, ref)
        found = get(store, local) if local else None
    return found


def write(conn: sqlite3.Connection, local_id: str, values: Mapping[str, Any], data: Any, server: Any = None, *,
          keep_server: bool = False) -> None:
    """Insert or replace the customer's row. `keep_server`: leave its server version as it is."""
    server_text = json.dumps(server, ensure_ascii=False) if server is not None else None
    conn.execute(
        """INSERT INTO customers (local_id, name, subdomain, account_number, currency, archived, data, server_data,
                                  updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (local_id) DO UPDATE SET name = excluded.name, subdomain = excluded.subdomain,
               account_number = excluded.account_number, currency = excluded.currency, archived = excluded.archived,
               data = excluded.data, updated_at = excluded.updated_at,
               server_data = CASE WHEN ? THEN customers.server_data ELSE excluded.server_data END""",
        (local_id, values.get("name") or "", values.get("subdomain") or "", values.get("account_number") or "",
         values.get("currency") or "", int(bool(values.get("archived"))), json.dumps(data, ensure_ascii=False),
         server_text, now_iso(), int(keep_server)))


def remove(conn: sqlite3.Connection, local_ids: Iterable[str]) -> None:
    gone = list(local_ids)
    conn.executemany("DELETE FROM customers WHERE local_id = ?", [(i,) for i in gone])
    links.forget(conn, VENDOR, ENTITY, gone)


def linked(conn: sqlite3.Connection) -> dict[str, str]:
    """testresults.io Id -> local id."""
    return links.local_ids(conn, VENDOR, ENTITY)
