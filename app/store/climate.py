"""Cached myBeNext climate data: controllers, properties, latest failures, and sensor history.

History is one row per point in `history_points` (WITHOUT ROWID, keyed by series and Unix time) and the ranges
fetched completely in `history_coverage`; `missing()` answers which parts of a range still need fetching.
"""

from __future__ import annotations

import json
import math
import sqlite3
import sys
from array import array
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
    # Controllers myBeNext no longer lists go, unless a set point for them is still queued.
    marks = ",".join("?" * len(seen))
    for (product,) in conn.execute(f"SELECT product FROM climate_controllers WHERE product NOT IN ({marks})",
                                   seen).fetchall():
        if record_key(product) not in pending:
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
    """A pull's properties (one listed twice is kept as its last copy says)."""
    conn.execute("DELETE FROM climate_properties")
    conn.executemany(
        "INSERT OR REPLACE INTO climate_properties (property, product, datatype, name, product_name, value, updated) "
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


DAY = 86400


def _times(times: bytes, count: int) -> bytes:
    """A chunk's times as little-endian uint32s. Evenly spaced times (the usual 15-minute entries) are stored as
    just their first time and step (8 bytes for the day instead of 4 a point)."""
    if count >= 3 and len(times) == 8:
        first, step = array("I"), None
        first.frombytes(times)
        if sys.byteorder != "little":
            first.byteswap()
        start, step = first[0], first[1]
        expanded = array("I", range(start, start + step * count, step))
        if sys.byteorder != "little":
            expanded.byteswap()
        return expanded.tobytes()
    return times


def _decode(times: bytes, vals: bytes) -> tuple[array[int], array[float]]:
    t, v = array("I"), array("d")
    v.frombytes(vals)
    t.frombytes(_times(times, len(v)))
    if sys.byteorder != "little":
        t.byteswap()
        v.byteswap()
    return t, v


def _encode(points: Sequence[tuple[int, float | None]]) -> tuple[bytes, bytes]:
    t = array("I", (p[0] for p in points))
    v = array("d", (math.nan if p[1] is None else p[1] for p in points))
    if len(t) >= 3 and t[1] > t[0] and all(t[i + 1] - t[i] == t[1] - t[0] for i in range(len(t) - 1)):
        t = array("I", (t[0], t[1] - t[0]))
    if sys.byteorder != "little":
        t.byteswap()
        v.byteswap()
    return t.tobytes(), v.tobytes()


def save_points(conn: sqlite3.Connection, kind: str, prop: int, points: Sequence[tuple[int, float | None]],
                covered: Sequence[tuple[int, int]]) -> None:
    """Points of fetched ranges, and the ranges as covered (merged with touching or overlapping ones). Points the
    cache held inside a covered range are replaced by the fetched ones."""
    series = series_id(conn, kind, prop, create=True)
    assert series is not None
    fresh: dict[int, dict[int, float | None]] = {}
    for t, v in points:
        if 0 <= t < 2**32:
            fresh.setdefault(t // DAY, {})[t] = v
    days = set(fresh)
    for low, high in covered:
        days.update(range(low // DAY, (high - 1) // DAY + 1))
    for day in sorted(days):
        row = conn.execute("SELECT times, vals FROM history_chunks WHERE series = ? AND day = ?",
                           (series, day)).fetchone()
        merged: dict[int, float | None] = {}
        if row is not None:
            old_t, old_v = _decode(row[0], row[1])
            for t, v in zip(old_t, old_v, strict=True):
                if not any(low <= t < high for low, high in covered):
                    merged[t] = None if math.isnan(v) else v
        merged.update(fresh.get(day, {}))
        if merged:
            times, vals = _encode(sorted(merged.items()))
            conn.execute("INSERT OR REPLACE INTO history_chunks (series, day, times, vals) VALUES (?, ?, ?, ?)",
                         (series, day, times, vals))
        elif row is not None:
            conn.execute("DELETE FROM history_chunks WHERE series = ? AND day = ?", (series, day))
    spans = [*coverage(conn, series), *[(low, high) for low, high in covered if high > low]]
    spans.sort()
    merged_spans: list[tuple[int, int]] = []
    for low, high in spans:
        if merged_spans and low <= merged_spans[-1][1]:
            merged_spans[-1] = (merged_spans[-1][0], max(merged_spans[-1][1], high))
        else:
            merged_spans.append((low, high))
    conn.execute("DELETE FROM history_coverage WHERE series = ?", (series,))
    conn.executemany("INSERT INTO history_coverage (series, begin_t, end_t) VALUES (?, ?, ?)",
                     [(series, low, high) for low, high in merged_spans])


def packed(store: Store, kind: str, prop: int, begin: int, end: int) -> tuple[bytes, bytes]:
    """[begin, end) as two little-endian arrays: times (uint32 Unix seconds) and values (float64, NaN for none),
    in time order. Made for charts: a year of 15-minute points is 365 rows and two joins of bytes."""
    series = series_id(store.conn, kind, prop, create=False)
    if series is None or end <= begin:
        return b"", b""
    rows = store.conn.execute(
        "SELECT day, times, vals FROM history_chunks WHERE series = ? AND day >= ? AND day <= ? ORDER BY day",
        (series, begin // DAY, (end - 1) // DAY)).fetchall()
    if not rows:
        return b"", b""
    times = [_times(r[1], len(r[2]) // 8) for r in rows]
    vals = [r[2] for r in rows]
    for index in (0, len(rows) - 1):  # only the first and last day can reach outside the range
        t, v = _decode(times[index], vals[index])
        keep = [i for i, moment in enumerate(t) if begin <= moment < end]
        if len(keep) != len(t):
            kept_times, vals[index] = _encode([(t[i], None if math.isnan(v[i]) else v[i]) for i in keep])
            times[index] = _times(kept_times, len(vals[index]) // 8)
        if len(rows) == 1:
            break
    return b"".join(times), b"".join(vals)


def points(store: Store, kind: str, prop: int, begin: int, end: int) -> list[tuple[int, float | None]]:
    times, vals = packed(store, kind, prop, begin, end)
    t, v = _decode(times, vals)
    return [(int(moment), None if math.isnan(value) else value) for moment, value in zip(t, v, strict=True)]


def size(store: Store) -> int:
    """Bytes the history takes in the cache file (its table and index pages)."""
    try:
        row = store.conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name IN ('history_chunks', "
                                 "'sqlite_autoindex_history_chunks_1')").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0] or 0)
