"""Per-vendor sync bookkeeping: last attempt and success, the pause reason, and each resource's cursor."""

from __future__ import annotations

from app.i18n import Text
from app.store.db import Store
from app.store.time import now_iso


def record(store: Store, vendor: str, *, success: bool, error: str | None = None,
           paused_reason: str | Text | None = None) -> None:
    """`paused_reason`: why the vendor is paused (None: it is not), as text or a translatable `Text`."""
    stamp = now_iso()
    english = paused_reason.english() if isinstance(paused_reason, Text) else paused_reason
    template = paused_reason.dumps() if isinstance(paused_reason, Text) else None
    with store.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO sync_state (vendor) VALUES (?)", (vendor,))
        conn.execute("UPDATE sync_state SET last_attempt_at=?, last_error=?, paused_reason=?, paused_template=? "
                     "WHERE vendor=?", (stamp, error, english, template, vendor))
        if success:
            conn.execute("UPDATE sync_state SET last_success_at=? WHERE vendor=?", (stamp, vendor))


def cursor(store: Store, vendor: str, resource: str) -> str | None:
    row = store.conn.execute("SELECT cursor FROM sync_cursors WHERE vendor=? AND resource=?",
                             (vendor, resource)).fetchone()
    return row[0] if row else None


def set_cursor(store: Store, vendor: str, resource: str, value: str | None) -> None:
    with store.transaction() as conn:
        conn.execute("""INSERT INTO sync_cursors (vendor, resource, cursor, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(vendor, resource) DO UPDATE SET cursor=excluded.cursor,
                        updated_at=excluded.updated_at""", (vendor, resource, value, now_iso()))


def resume(store: Store, vendor: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE sync_state SET paused_reason=NULL, paused_template=NULL WHERE vendor=?", (vendor,))
