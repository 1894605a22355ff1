"""The planner's cache (Totalmobile Connect): planning windows, the last availability per query with its fetch time,
sales orders, visits. Rows come back as plain dicts; grids and visits as app.domain.planner entities."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.planner import NOT_AVAILABLE, PlanningWindow, Slot, SlotDay, SlotGrid, SlotQuery, Visit
from app.store.db import Store
from app.store.time import now_iso

ORDER_COLUMNS = ("order_number", "contract", "property_id", "customer_name", "address", "priority", "target_date",
                 "job_description", "status", "cancel_reason")
_ORDER_SELECT = f"""SELECT o.local_id, {', '.join('o.' + c for c in ORDER_COLUMNS)}, o.fetched_at, o.updated_at,
                           o.data,
                           EXISTS (SELECT 1 FROM outbox x WHERE x.vendor = 'totalmobile' AND x.record_key = o.local_id)
                             AS pending,
                           (SELECT x.last_error FROM outbox x WHERE x.vendor = 'totalmobile'
                              AND x.record_key = o.local_id AND x.state = 'rejected' ORDER BY x.id LIMIT 1)
                             AS rejected
                    FROM tm_orders o"""


# -- planning windows -----------------------------------------------------------------------------------------------
def save_windows(conn: sqlite3.Connection, windows: Iterable[PlanningWindow]) -> None:
    stamp = now_iso()
    conn.execute("DELETE FROM tm_planning_windows")
    conn.executemany('INSERT INTO tm_planning_windows (id, name, start, "end", position, updated_at) '
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     [(w.id, w.name, w.start, w.end, i, stamp) for i, w in enumerate(windows)])


def windows(store: Store) -> list[PlanningWindow]:
    return [PlanningWindow(r[0], r[1], r[2], r[3]) for r in store.conn.execute(
        'SELECT id, name, start, "end" FROM tm_planning_windows ORDER BY position, id')]


# -- availability ---------------------------------------------------------------------------------------------------
def save_grid(conn: sqlite3.Connection, query: SlotQuery, grid: SlotGrid) -> None:
    conn.execute("INSERT OR REPLACE INTO tm_availability (query, order_number, grid, fetched_at) VALUES (?, ?, ?, ?)",
                 (query.key(), query.order, json.dumps(grid.as_json()), grid.fetched_at))


def _grid(text: str, fetched_at: str) -> SlotGrid:
    data = json.loads(text)
    windows = tuple(PlanningWindow(int(w["id"]), str(w["name"]), str(w["start"]), str(w["end"]))
                    for w in data["windows"])
    days = tuple(SlotDay(str(d["date"]), tuple(Slot(int(s["window_id"]), str(s["status"]), s.get("travel_time"))
                                               for s in d["slots"])) for d in data["days"])
    return SlotGrid(str(data["order"]), fetched_at, windows, days)


def cached_grid(store: Store, query: SlotQuery) -> SlotGrid | None:
    """The last answer to this very query, else None."""
    row = store.conn.execute("SELECT grid, fetched_at FROM tm_availability WHERE query = ?",
                             (query.key(),)).fetchone()
    return _grid(row[0], row[1]) if row else None


def latest_grid(store: Store, order: str) -> SlotGrid | None:
    """The most recent answer for this order, whatever was asked."""
    row = store.conn.execute("SELECT grid, fetched_at FROM tm_availability WHERE order_number = ? "
                             "ORDER BY fetched_at DESC LIMIT 1", (order,)).fetchone()
    return _grid(row[0], row[1]) if row else None


def mark_taken(conn: sqlite3.Connection, order: str, date: str, window_id: int) -> None:
    """A slot the vendor refused: NotAvailable in every cached grid of the order (until the next answer)."""
    for query, text in conn.execute("SELECT query, grid FROM tm_availability WHERE order_number = ?",
                                    (order,)).fetchall():
        data = json.loads(text)
        changed = False
        for day in data["days"]:
            if day["date"] == date:
                for slot in day["slots"]:
                    if slot["window_id"] == window_id and slot["status"] != NOT_AVAILABLE:
                        slot["status"] = NOT_AVAILABLE
                        changed = True
        if changed:
            conn.execute("UPDATE tm_availability SET grid = ? WHERE query = ?", (json.dumps(data), query))


# -- orders ---------------------------------------------------------------------------------------------------------
def new_local_id() -> str:
    return f"tmo-{uuid.uuid4()}"


def _order(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    found["pending"] = bool(found["pending"])
    found["data"] = json.loads(found["data"])
    return found


def order(store: Store, order_number: str) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_ORDER_SELECT} WHERE o.order_number = ?", (order_number,)).fetchone()
    return _order(row) if row else None


def order_by_local_id(store: Store, local_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_ORDER_SELECT} WHERE o.local_id = ?", (local_id,)).fetchone()
    return _order(row) if row else None


def orders(store: Store) -> list[dict[str, Any]]:
    """Every cached order, the latest target date first."""
    return [_order(r) for r in store.conn.execute(
        f"{_ORDER_SELECT} ORDER BY o.target_date DESC, o.order_number")]


def find_order(conn: sqlite3.Connection, order_number: str) -> str | None:
    row = conn.execute("SELECT local_id FROM tm_orders WHERE order_number = ?", (order_number,)).fetchone()
    return str(row[0]) if row else None


def save_order(conn: sqlite3.Connection, values: Mapping[str, Any], data: Any, *, fetched: bool,
               local_id: str | None = None) -> str:
    """Add or update the order with this number; returns its local id."""
    number = str(values["order_number"])
    found = find_order(conn, number)
    stamp = now_iso()
    columns = {c: values.get(c) for c in ORDER_COLUMNS}
    if found is None:
        found = local_id or new_local_id()
        names = ["local_id", *ORDER_COLUMNS, "data", "fetched_at", "updated_at"]
        conn.execute(f"INSERT INTO tm_orders ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                     (found, *columns.values(), json.dumps(data, ensure_ascii=False), stamp if fetched else None,
                      stamp))
    else:
        sets = ", ".join(f"{c} = coalesce(?, {c})" for c in ORDER_COLUMNS)
        conn.execute(f"UPDATE tm_orders SET {sets}, data = ?, fetched_at = coalesce(?, fetched_at), updated_at = ? "
                     "WHERE local_id = ?", (*columns.values(), json.dumps(data, ensure_ascii=False),
                                            stamp if fetched else None, stamp, found))
    return found


def set_order_status(conn: sqlite3.Connection, local_id: str, status: int | None, cancel_reason: str | None) -> None:
    conn.execute("UPDATE tm_orders SET status = ?, cancel_reason = coalesce(?, cancel_reason), updated_at = ? "
                 "WHERE local_id = ?", (status, cancel_reason, now_iso(), local_id))


def remove_order(conn: sqlite3.Connection, local_id: str) -> None:
    conn.execute("DELETE FROM tm_orders WHERE local_id = ?", (local_id,))


# -- visits ---------------------------------------------------------------------------------------------------------
def save_visits(conn: sqlite3.Connection, visits: Iterable[Visit], *, order: str | None = None,
                property_id: str | None = None) -> None:
    """The booking summary for an order or a property: its visits replace the cached ones of that scope."""
    if order:
        conn.execute("DELETE FROM tm_visits WHERE order_number = ?", (order,))
    if property_id:
        conn.execute("DELETE FROM tm_visits WHERE property_id = ?", (property_id,))
    upsert_visits(conn, visits)


def upsert_visits(conn: sqlite3.Connection, visits: Iterable[Visit]) -> None:
    stamp = now_iso()
    conn.executemany(
        "INSERT OR REPLACE INTO tm_visits (visit_id, order_number, property_id, status, result_type, window_start, "
        "window_end, resource, instructions, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(v.visit_id, v.order, v.property_id, v.status, v.result_type, v.window_start, v.window_end, v.resource,
          v.instructions, json.dumps(v.extra, ensure_ascii=False), stamp) for v in visits])


def visits(store: Store, *, order: str | None = None, property_id: str | None = None) -> list[Visit]:
    clauses, args = [], []
    if order:
        clauses.append("order_number = ?")
        args.append(order)
    if property_id:
        clauses.append("property_id = ?")
        args.append(property_id)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return [Visit(r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[2], json.loads(r[9])) for r in store.conn.execute(
        "SELECT visit_id, order_number, property_id, status, result_type, window_start, window_end, resource, "
        f"instructions, data FROM tm_visits{where} ORDER BY window_start, visit_id", args)]
