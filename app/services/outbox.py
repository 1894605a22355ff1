"""The outbox as users see it: every queued write of every vendor, resubmitted or discarded by hand."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.store import outbox
from app.store.outbox import OutboxEntry

if TYPE_CHECKING:
    from app.store.db import Store

__all__ = ["OutboxEntry", "OutboxService"]


class OutboxService:
    def __init__(self, store: Store, changed: Callable[[], None]) -> None:
        self.store = store
        self._changed = changed

    def entries(self, vendor: str | None = None) -> list[OutboxEntry]:
        return outbox.entries(self.store, vendor=vendor)

    def get(self, entry_id: int) -> OutboxEntry | None:
        return outbox.get(self.store, entry_id)

    def for_record(self, record_key: str) -> list[OutboxEntry]:
        return outbox.entries(self.store, record_key=record_key)

    def resubmit(self, entry_id: int, payload: Any | None = None) -> OutboxEntry:
        """Put a rejected write back in the queue (with a corrected, already validated body). Returns it."""
        entry = self._existing(entry_id)
        with self.store.transaction() as conn:
            outbox.resubmit(conn, entry_id, payload)
        self._changed()
        return entry

    def discard(self, entry_id: int) -> None:
        self._existing(entry_id)
        with self.store.transaction() as conn:
            outbox.discard(conn, entry_id)
        self._changed()

    def due_writes(self, paused: list[str]) -> int:
        """Pending writes whose retry time has come, of vendors not `paused`."""
        return outbox.due_count(self.store, time.time(), paused)

    def _existing(self, entry_id: int) -> OutboxEntry:
        entry = outbox.get(self.store, entry_id)
        if entry is None:
            raise LookupError(f"outbox {entry_id}: no such queued write")
        return entry
