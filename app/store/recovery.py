"""Getting users' work out of a damaged cache: its queued writes read row by row, read-only, and the file moved
aside (never deleted) so that a new cache can start. Nothing here writes to the damaged file."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import sqlite3
from pathlib import Path
from typing import Any

from app.i18n import read_text
from app.store import drafts, outbox
from app.store.db import Store, StoreError

COLUMNS = ("id", "vendor", "operation", "record_key", "idempotency_key", "summary", "payload", "base", "state",
           "last_error", "created_at")


def _row(row: sqlite3.Row) -> dict[str, Any]:
    entry = {name: row[name] for name in COLUMNS}
    for name in ("payload", "base"):
        with contextlib.suppress(TypeError, ValueError):
            entry[name] = json.loads(entry[name]) if entry[name] else None
    # The summary's template and values (schema step 9), so an imported write is still shown in the user's language.
    template = read_text(row["summary_template"]) if "summary_template" in row.keys() else None  # noqa: SIM118
    if template is not None:
        entry["summary_template"] = template.as_json()
    return entry


def export_outbox(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The queued writes that can still be read from the cache at `path`, and how many could not.

    Read-only (`mode=ro`, no journal-mode change); rows are read one by one by id, so damage to some pages
    costs only the writes stored there."""
    if not path.is_file():
        raise StoreError(f"{path}: no such cache file")
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be opened at all ({exc})") from exc
    conn.row_factory = sqlite3.Row
    try:
        try:
            return [_row(r) for r in conn.execute("SELECT * FROM outbox ORDER BY id")], 0
        except sqlite3.DatabaseError:
            pass  # damaged somewhere: read what can be read, one row at a time
        highest = 0
        for query in ("SELECT MAX(id) FROM outbox", "SELECT seq FROM sqlite_sequence WHERE name='outbox'"):
            with contextlib.suppress(sqlite3.DatabaseError, TypeError):
                highest = max(highest, int(conn.execute(query).fetchone()[0] or 0))
        if not highest:
            raise StoreError(f"{path}: its queued writes cannot be read (the file is too damaged)")
        entries, lost = [], 0
        for entry_id in range(1, highest + 1):
            try:
                row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            except sqlite3.DatabaseError:
                lost += 1
                continue
            if row is not None:
                entries.append(_row(row))
        return entries, lost
    finally:
        conn.close()


def export_drafts(path: Path) -> list[drafts.Draft]:
    """The drafts of unsaved forms that can still be read from the cache at `path` (read-only; none when the file
    has no drafts table, or it cannot be read)."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error:
        return []
    try:
        found = []
        keys = conn.execute("SELECT kind, record_key FROM drafts").fetchall()
        for kind, key in keys:  # one by one: damage to some pages costs only the drafts stored there
            with contextlib.suppress(sqlite3.DatabaseError):
                draft = drafts.get(conn, kind, key)
                if draft is not None:
                    found.append(draft)
        return found
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()


def import_drafts(store: Store, found: list[drafts.Draft]) -> int:
    """Keep `found` drafts in `store`, a draft already there for the same form and record left as it is."""
    with store.transaction() as conn:
        fresh = [d for d in found if drafts.get(conn, d.kind, d.key) is None]
        for draft in fresh:
            drafts.put(conn, draft)
    return len(fresh)


def move_aside(path: Path) -> Path:
    """Rename the cache (and its -wal/-shm files) to `<name>.damaged-<time>`; a new cache starts at the next
    open. Returns the new name of the main file."""
    if not path.exists():
        raise StoreError(f"{path}: no cache to move aside")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    # A name already taken (a second move within the second) would be overwritten by the rename: number it instead.
    taken = itertools.count(2)
    while any(target.with_name(target.name + suffix).exists() for suffix in ("", "-wal", "-shm")):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{next(taken)}")
    try:
        for suffix in ("-wal", "-shm", ""):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        path.with_name(path.name + ".open").unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot move the cache {path} aside ({exc.strerror or exc})") from exc
    return target


def _summary(entry: dict[str, Any]) -> str | outbox.Summary:
    """The exported summary, as its template when the file carries one that still says the same in English."""
    found = entry.get("summary_template")
    template = read_text(json.dumps(found)) if isinstance(found, dict) else None
    english = str(entry["summary"])
    # A template that does not fit its values (edited by hand) is dropped: the English text still says it.
    with contextlib.suppress(KeyError, IndexError, ValueError, AttributeError, TypeError):
        if template is not None and template.english() == english:
            return template
    return english


def import_entries(store: Store, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Queue exported writes again, in their order; a write already queued (same idempotency key) is skipped.
    Returns (queued, skipped)."""
    queued = skipped = 0
    with store.transaction() as conn:
        known = {r[0] for r in conn.execute("SELECT idempotency_key FROM outbox")}
        for entry in entries:
            if entry["idempotency_key"] in known:
                skipped += 1
                continue
            outbox.enqueue(conn, vendor=entry["vendor"], operation=entry["operation"],
                           record_key=entry["record_key"], summary=_summary(entry), payload=entry["payload"],
                           base=entry.get("base"), idempotency_key=entry["idempotency_key"])
            known.add(entry["idempotency_key"])
            queued += 1
    return queued, skipped
