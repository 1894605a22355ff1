"""The outbox: every write a user makes, queued until the vendor accepts or rejects it.

A row is written in the same transaction as the optimistic change in the cache and deleted only after
the vendor acknowledged it. Rejected rows stay, with the vendor's message, until the user resubmits
or discards them.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any, NamedTuple

from app.i18n import Text, read_text, read_text_saying
from app.store.db import Store
from app.store.time import now_iso

#: What a queued write does, as a translatable text (marked with `QT_TRANSLATE_NOOP("Outbox", ...)`).
Summary = Text


class OutboxEntry(NamedTuple):
    """A queued write as stored (immutable)."""

    id: int
    vendor: str
    operation: str
    record_key: str
    idempotency_key: str
    summary: str
    payload: Any
    base: Any
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: float
    created_at: str
    updated_at: str
    #: The summary as a template and its values, when the write was queued with one (None: `summary` only).
    summary_template: Summary | None = None
    #: Why the last try failed as a template and its values, when FieldDesk said it (None: `last_error` only).
    last_error_template: Text | None = None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "vendor": self.vendor, "operation": self.operation,
                "record_key": self.record_key, "idempotency_key": self.idempotency_key,
                "summary": self.summary, "state": self.state, "attempts": self.attempts,
                "last_error": self.last_error, "created_at": self.created_at, "updated_at": self.updated_at,
                "payload": self.payload}


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"], vendor=row["vendor"], operation=row["operation"], record_key=row["record_key"],
        idempotency_key=row["idempotency_key"], summary=row["summary"], payload=json.loads(row["payload"]),
        base=json.loads(row["base"]) if row["base"] else None, state=row["state"],
        attempts=row["attempts"], last_error=row["last_error"], next_attempt_at=row["next_attempt_at"],
        created_at=row["created_at"], updated_at=row["updated_at"],
        # An outbox read from a cache older than schema step 9 or 13 (`outbox export --from`) has no such column.
        summary_template=read_text(row["summary_template"]) if "summary_template" in row.keys() else None,  # noqa: SIM118
        last_error_template=read_text_saying(row["last_error_template"], row["last_error"])
        if "last_error_template" in row.keys() else None)  # noqa: SIM118


def _summary_columns(summary: str | Summary) -> tuple[str, str | None]:
    """The English text and the stored template of a summary."""
    if isinstance(summary, Text):
        return summary.english(), summary.dumps()
    return summary, None


def enqueue(conn: sqlite3.Connection, *, vendor: str, operation: str, record_key: str, summary: str | Summary,
            payload: Any, base: Any = None, idempotency_key: str | None = None) -> int:
    """Queue a write. Call inside the transaction that makes the optimistic change."""
    import uuid  # at the first write: uuid loads `platform`, which opening the window does not need

    stamp = now_iso()
    english, template = _summary_columns(summary)
    cursor = conn.execute(
        """INSERT INTO outbox (vendor, operation, record_key, idempotency_key, summary, summary_template, payload,
                               base, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (vendor, operation, record_key, idempotency_key or str(uuid.uuid4()), english, template,
         json.dumps(payload, ensure_ascii=False), json.dumps(base, ensure_ascii=False) if base else None,
         stamp, stamp))
    return int(cursor.lastrowid or 0)


def entries(store: Store, *, vendor: str | None = None, state: str | None = None,
            record_key: str | None = None) -> list[OutboxEntry]:
    clauses, args = [], []
    for column, value in (("vendor", vendor), ("state", state), ("record_key", record_key)):
        if value:
            clauses.append(f"{column} = ?")
            args.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return [_entry(r) for r in store.conn.execute(f"SELECT * FROM outbox{where} ORDER BY id", args)]


def get(store: Store, entry_id: int) -> OutboxEntry | None:
    row = store.conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
    return _entry(row) if row else None


def pending_keys(conn: sqlite3.Connection, vendor: str) -> set[str]:
    """Records with a write not yet acknowledged (pending or rejected)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT record_key FROM outbox WHERE vendor = ?", (vendor,))}


def counts(store: Store) -> tuple[int, int]:
    """(pending, rejected)."""
    pending = rejected = 0
    for state, n in store.conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
        if state == "pending":
            pending = n
        elif state == "rejected":
            rejected = n
    return pending, rejected


def acknowledge(conn: sqlite3.Connection, entry_id: int) -> None:
    """The vendor accepted the write: only now is it removed."""
    conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))


def record_failure(store: Store, entry_id: int, error: str | Text, *, retry_in: float | None) -> None:
    """A retryable failure schedules another try; `retry_in=None` marks the write rejected. `error` is a `Text` when
    FieldDesk said it (the window shows it in the user's language), a string when the vendor did."""
    english, template = (error.english(), error.dumps()) if isinstance(error, Text) else (error, None)
    with store.transaction() as conn:
        if retry_in is None:
            conn.execute("""UPDATE outbox SET state='rejected', attempts=attempts+1, last_error=?,
                            last_error_template=?, updated_at=? WHERE id=?""", (english, template, now_iso(), entry_id))
        else:
            conn.execute("""UPDATE outbox SET attempts=attempts+1, last_error=?, last_error_template=?,
                            next_attempt_at=?, updated_at=? WHERE id=?""",
                         (english, template, time.time() + retry_in, now_iso(), entry_id))


def resubmit(conn: sqlite3.Connection, entry_id: int, payload: Any | None = None,
             summary: str | Summary | None = None) -> None:
    """Put a rejected write back in the queue, optionally with a corrected payload."""
    sets = ["state='pending'", "next_attempt_at=0", "updated_at=?"]
    args: list[Any] = [now_iso()]
    if payload is not None:
        sets.append("payload=?")
        args.append(json.dumps(payload, ensure_ascii=False))
    if summary is not None:
        sets.append("summary=?, summary_template=?")
        args.extend(_summary_columns(summary))
    conn.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE id=?", (*args, entry_id))


def discard(conn: sqlite3.Connection, entry_id: int) -> None:
    conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))


def replace_payload(conn: sqlite3.Connection, entry_id: int, payload: Any) -> None:
    """A queued write's body changed (a conflict resolved, a merge after a stale version)."""
    conn.execute("UPDATE outbox SET payload=?, updated_at=? WHERE id=?",
                 (json.dumps(payload, ensure_ascii=False), now_iso(), entry_id))


def replace_base(conn: sqlite3.Connection, entry_id: int, base: Any) -> None:
    """A queued write is now made on another version of its record (merged into the vendor's newer one)."""
    conn.execute("UPDATE outbox SET base=?, updated_at=? WHERE id=?",
                 (json.dumps(base, ensure_ascii=False), now_iso(), entry_id))


def due_count(store: Store, now: float, paused: list[str]) -> int:
    """Pending writes whose retry time has come, of vendors not paused."""
    marks = ",".join("?" * len(paused))
    extra = f" AND vendor NOT IN ({marks})" if paused else ""
    row = store.conn.execute(f"SELECT COUNT(*) FROM outbox WHERE state='pending' AND next_attempt_at <= ?{extra}",
                             (now, *paused)).fetchone()
    return int(row[0])
