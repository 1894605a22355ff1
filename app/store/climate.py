"""Cached myBeNext climate data: controllers, properties, latest failures, and sensor history.

History is one row per point in `history_points` (WITHOUT ROWID, keyed by series and Unix time) and the ranges
fetched completely in `history_coverage`; `missing()` answers which parts of a range still need fetching.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.store.db import Store
from app.store.time import now_iso

VENDOR = "benext"
CONTROLLER_COLUMNS = ("name", "datatype", "temperature", "setpoint", "mode", "scheduletype", "heatdemand",
                      "valvestatus", "synchronised", "controllable")


def record_key(product: int) -> str:
    """The outbox record of a controller's set point writes."""
    return f"climatecontroller-{product}"


_SELECT = f"""SELECT c.*,
                     EXISTS (SELECT 1 FROM outbox o WHERE o.vendor = '{VENDOR}'
                             AND o.record_key = 'climatecontroller-' || c.product) AS pending,
                     (SELECT o.state FROM outbox o WHERE o.vendor = '{VENDOR}'
                             AND o.record_key = 'climatecontroller-' || c.product ORDER BY o.id DESC LIMIT 1)
                       AS outbox_state,
                     (SELECT o.last_error FROM outbox o WHERE o.vendor = '{VENDOR}'
                             AND o.record_key = 'climatecontroller-' || c.product ORDER BY o.id DESC LIMIT 1)
                       AS outbox_error
              FROM climate_controllers c"""


def _controller(row: sqlite3.Row) -> dict[str, Any]:
    found = dict(row)
    for key in ("pending", "awaiting_device"):
        found[key] = bool(found[key])
    for key in ("heatdemand", "synchronised", "controllable"):
        found[key] = None if found[key] is None else bool(found[key])
    found.pop("data", None)
    return found


def controllers(store: Store) -> list[dict[str, Any]]:
    return [_controller(r) for r in store.conn.execute(f"{_SELECT} ORDER BY c.name, c.product")]


def controller(store: Store, product: int) -> dict[str, Any] | None:
    row = store.conn.execute(f"{_SELECT} WHERE c.product = ?", (product,)).fetchone()
    return _controller(row) if row else None


def save_controllers(conn: sqlite3.Connection, rows: Sequence[Mapping[str, Any]], pending: set[str]) -> None:
    """A pull's controllers. One with a queued set point keeps the user's value; one waiting for its device stops
    waiting when the device reports `synchronised: true`."""
    stamp = now_iso()
    seen = []
    for values in rows:
        product = values["product"]
        seen.append(product)
        old = conn.execute("SELECT setpoint, scheduletype, awaiting_device FROM climate_controllers "
                           "WHERE product = ?", (product,)).fetchone()
        values = dict(values)
        awaiting = bool(old[2]) if old else False
        if record_key(product) in pending and old is not None:
            values["setpoint"], values["scheduletype"] = old[0], old[1]
        elif awaiting and values.get("synchronised"):
            awaiting = False
        conn.execute(
            f"""INSERT INTO climate_controllers (product, {', '.join(CONTROLLER_COLUMNS)}, awaiting_device, data,
                                                 fetched_at)
                VALUES (?, {', '.join('?' * len(CONTROLLER_COLUMNS))}, ?, ?, ?)
                ON CONFLICT(product) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in CONTROLLER_COLUMNS)},
                  awaiting_device=excluded.awaiting_device, data=excluded.data, fetched_at=excluded.fetched_at""",
            (product, *(values.get(c) for c in CONTROLLER_COLUMNS), int(awaiting),
             json.dumps(values.get("data", {}), ensure_ascii=False), stamp))
    marks = ",".join("?" * len(seen))
    keep = [record_key(p) for p in seen]
    for (product,) in conn.execute(f"SELECT product FROM climate_controllers WHERE product NOT IN ({marks})",
                                   seen).fetchall():
        if record_key(product) not in pending and record_key(product) not in keep:
            conn.execute("DELETE FROM climate_controllers WHERE product = ?", (product,))


def set_setpoint(conn: sqlite3.Connection, product: int, setpoint: float, scheduletype: int) -> None:
    """The optimistic change of a queued set point."""
    conn.execute("UPDATE climate_controllers SET setpoint = ?, scheduletype = ? WHERE product = ?",
                 (setpoint, scheduletype, product))


def sent_setpoint(conn: sqlite3.Connection, product: int) -> None:
    """myBeNext accepted a set point: the controller waits for its device to confirm it."""
    conn.execute("UPDATE climate_controllers SET awaiting_device = 1, synchronised = 0 WHERE product = ?",
                 (product,))


def save_availability(conn: sqlite3.Connection, latest: Mapping[int, tuple[str, str | None]]) -> None:
    for product, (status, at) in latest.items():
        conn.execute("UPDATE climate_controllers SET availability = ?, availability_at = ? WHERE product = ?",
                     (status, at, product))


def save_properties(conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    conn.execute("DELETE FROM climate_properties")
    conn.executemany(
        "INSERT INTO climate_properties (property, product, datatype, name, product_name, value, updated) "
        "VALUES (:property, :product, :datatype, :name, :product_name, :value, :updated)", list(rows))


def properties(store: Store, product: int | None = None) -> list[dict[str, Any]]:
    where, args = ("WHERE product = ?", (product,)) if product is not None else ("", ())
    return [dict(r) for r in store.conn.execute(
        f"SELECT * FROM climate_properties {where} ORDER BY product_name, product, property", args)]


def property_row(store: Store, prop: int) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM climate_properties WHERE property = ?", (prop,)).fetchone()
    return dict(row) if row else None


def save_failures(conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    conn.execute("DELETE FROM climate_failures")
    conn.executemany("INSERT OR REPLACE INTO climate_failures (failure, failuretype, resource, status, timestamp, "
                     "data) VALUES (:failure, :failuretype, :resource, :status, :timestamp, :data)", list(rows))


def failures(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(
        """SELECT f.failure, f.failuretype, f.resource, f.status, f.timestamp,
                  coalesce(nullif(json_extract(f.data, '$.product_name'), ''),
                           (SELECT p.product_name FROM climate_properties p WHERE p.product = f.resource LIMIT 1))
                    AS product_name,
                  (SELECT c.name FROM climate_controllers c WHERE c.product = f.resource) AS controller_name
           FROM climate_failures f ORDER BY f.timestamp DESC, f.failure DESC""")]


# --- history --------------------------------------------------------------------------------------------------

def series_id(conn: sqlite3.Connection, kind: str, prop: int, *, create: bool) -> int | None:
    row = conn.execute("SELECT id FROM history_series WHERE vendor = ? AND kind = ? AND property = ?",
                       (VENDOR, kind, prop)).fetchone()
    if row:
        return int(row[0])
    if not create:
        return None
    cursor = conn.execute("INSERT INTO history_series (vendor, kind, property) VALUES (?, ?, ?)", (VENDOR, kind, prop))
    return int(cursor.lastrowid or 0)


def coverage(conn: sqlite3.Connection, series: int) -> list[tuple[int, int]]:
    return [(int(b), int(e)) for b, e in conn.execute(
        "SELECT begin_t, end_t FROM history_coverage WHERE series = ? ORDER BY begin_t", (series,))]


def missing(store: Store, kind: str, prop: int, begin: int, end: int) -> list[tuple[int, int]]:
    """The parts of [begin, end) not yet fetched completely, in order."""
    series = series_id(store.conn, kind, prop, create=False)
    gaps: list[tuple[int, int]] = []
    cursor = begin
    for low, high in coverage(store.conn, series) if series is not None else []:
        if high <= cursor:
            continue
        if low >= end:
            break
        if low > cursor:
            gaps.append((cursor, min(low, end)))
        cursor = max(cursor, high)
        if cursor >= end:
            break
    if cursor < end:
        gaps.append((cursor, end))
    return gaps


def save_points(conn: sqlite3.Connection, kind: str, prop: int, points: Sequence[tuple[int, float | None]],
                covered: Sequence[tuple[int, int]]) -> None:
    """Points of fetched ranges, and the ranges as covered (merged with touching or overlapping ones)."""
    series = series_id(conn, kind, prop, create=True)
    assert series is not None
    for low, high in covered:
        conn.execute("DELETE FROM history_points WHERE series = ? AND t >= ? AND t < ?", (series, low, high))
    conn.executemany("INSERT OR REPLACE INTO history_points (series, t, v) VALUES (?, ?, ?)",
                     [(series, t, v) for t, v in points])
    spans = [*coverage(conn, series), *[(low, high) for low, high in covered if high > low]]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    conn.execute("DELETE FROM history_coverage WHERE series = ?", (series,))
    conn.executemany("INSERT INTO history_coverage (series, begin_t, end_t) VALUES (?, ?, ?)",
                     [(series, low, high) for low, high in merged])


def points(store: Store, kind: str, prop: int, begin: int, end: int) -> list[tuple[int, float | None]]:
    series = series_id(store.conn, kind, prop, create=False)
    if series is None:
        return []
    return [(int(t), v) for t, v in store.conn.execute(
        "SELECT t, v FROM history_points WHERE series = ? AND t >= ? AND t < ? ORDER BY t", (series, begin, end))]
