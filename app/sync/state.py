"""What the status bar shows: the sync state as stored in the cache, readable without the sync engine."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from app.i18n import Text, read_text_saying
from app.store import outbox
from app.store.db import Store
from app.vendors.errors import VendorError


class SyncState(NamedTuple):
    """Immutable; the engine replaces it as a sync goes."""

    syncing: bool = False
    online: bool | None = None  # None: not known yet
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    last_success_at: str | None = None
    last_error: VendorError | str | None = None  # the exception (the window words it), or a text
    paused: Mapping[str, str] = MappingProxyType({})  # vendor -> why (e.g. authentication failed)
    #: vendor -> why, as a translatable text, when the reason is FieldDesk's own words
    paused_texts: Mapping[str, Text] = MappingProxyType({})


def read_state(store: Store) -> SyncState:
    """Counts, the last successful sync and paused vendors, as the cache holds them."""
    pending, rejected = outbox.counts(store)
    conn = store.conn
    conflicts = int(conn.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0])
    row = conn.execute("SELECT MAX(last_success_at) FROM sync_state").fetchone()
    rows = conn.execute("SELECT vendor, paused_reason, paused_template FROM sync_state "
                        "WHERE paused_reason IS NOT NULL").fetchall()
    texts = {vendor: text for vendor, reason, stored in rows if (text := read_text_saying(stored, reason)) is not None}
    return SyncState(pending=pending, rejected=rejected, conflicts=conflicts,
                     last_success_at=row[0] if row else None,
                     paused=MappingProxyType({vendor: reason for vendor, reason, _ in rows}),
                     paused_texts=MappingProxyType(texts))
