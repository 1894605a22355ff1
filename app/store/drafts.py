"""Drafts: what a user typed into a form and has not saved yet, one per form and record."""

from __future__ import annotations

import json
import sqlite3
from typing import Any, NamedTuple

from app.store.time import now_iso


class Draft(NamedTuple):
    kind: str  # which form ("client", "technician" ...)
    key: str  # the record's local id; '' for a new record
    title: str  # what the form was, as its window said it
    state: dict[str, Any]  # the form's own description of what it held
    saved_at: str  # ISO time, UTC


def new_draft(kind: str, key: str, title: str, state: dict[str, Any]) -> Draft:
    return Draft(kind, key, title, state, now_iso())


def put(conn: sqlite3.Connection, draft: Draft) -> None:
    """ASCII JSON: text typed with a lone surrogate (which SQLite cannot store as UTF-8) is kept as its escape."""
    conn.execute("INSERT INTO drafts (kind, record_key, title, state, saved_at) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT(kind, record_key) DO UPDATE SET title=excluded.title, state=excluded.state, "
                 "saved_at=excluded.saved_at",
                 (draft.kind, draft.key, draft.title, json.dumps(draft.state), draft.saved_at))


def delete(conn: sqlite3.Connection, kind: str, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE kind = ? AND record_key = ?", (kind, key))


def get(conn: sqlite3.Connection, kind: str, key: str) -> Draft | None:
    row = conn.execute("SELECT kind, record_key, title, state, saved_at FROM drafts WHERE kind = ? AND record_key = ?",
                       (kind, key)).fetchone()
    return _draft(row) if row is not None else None


def all_drafts(conn: sqlite3.Connection) -> list[Draft]:
    rows = conn.execute("SELECT kind, record_key, title, state, saved_at FROM drafts ORDER BY saved_at DESC")
    return [draft for row in rows if (draft := _draft(row)) is not None]


def _draft(row: sqlite3.Row) -> Draft | None:
    """A row whose state is not a JSON object (a damaged cache, another build's) is no draft FieldDesk can restore."""
    try:
        state = json.loads(row[3])
    except ValueError:
        return None
    if not isinstance(state, dict):
        return None
    return Draft(row[0], row[1], row[2], state, row[4])
