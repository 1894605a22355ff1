"""Small settings kept with the cache (the sync interval, call counters), by key."""

from __future__ import annotations

from app.store.db import Store


def get(store: Store, key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put(store: Store, key: str, value: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                     (key, value))
