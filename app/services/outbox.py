"""The outbox as users see it: every queued write of every vendor, resubmitted or discarded by hand."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from app.store import outbox
from app.store.outbox import OutboxEntry

if TYPE_CHECKING:
    from app.store.db import Store
    from app.sync.engine import SyncEngine

__all__ = ["OutboxEntry", "OutboxService"]


class OutboxService:
    def __init__(self, store: Store, engine: SyncEngine) -> None:
        self.store = store
        self.engine = engine

    def entries(self, vendor: str | None = None) -> list[OutboxEntry]:
        return outbox.entries(self.store, vendor=vendor)

    def get(self, entry_id: int) -> OutboxEntry | None:
        return outbox.get(self.store, entry_id)

    def for_record(self, record_key: str) -> list[OutboxEntry]:
        return [e for e in outbox.entries(self.store) if e.record_key == record_key]

    def resubmit(self, entry_id: int, payload: Any | None = None) -> OutboxEntry:
        """Put a rejected write back in the queue (with a corrected, already validated body). Returns it."""
        entry = self._existing(entry_id)
        with self.store.transaction() as conn:
            outbox.resubmit(conn, entry_id, payload)
        self.engine.refresh_state()
        return entry

    def discard(self, entry_id: int) -> None:
        self._existing(entry_id)
        with self.store.transaction() as conn:
            outbox.discard(conn, entry_id)
        self.engine.refresh_state()

    def due_writes(self) -> int:
        """Pending writes whose retry time has come (vendors not paused)."""
        return outbox.due_count(self.store, time.time(), list(self.engine.state.paused))

    def _existing(self, entry_id: int) -> OutboxEntry:
        entry = outbox.get(self.store, entry_id)
        if entry is None:
            raise LookupError(f"outbox {entry_id}: no such queued write")
        return entry
