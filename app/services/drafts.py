"""Drafts of forms not saved yet: while a user types into a record's form, the window keeps what the form holds here,
so a crash, a logout or a power cut loses none of it; the form offers it back when it is next opened.

Drafts are written by one worker thread of their own, in the order they were kept: the window never waits for the
disk, nor for a sync that holds the cache's write lock. Until a draft is written, `find` and `all` answer from
memory, so a form reopened at once sees what was just kept (or forgotten).
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from app.store import drafts
from app.store.db import Store
from app.store.drafts import Draft

__all__ = ["Draft", "DraftService"]

log = logging.getLogger(__name__)

_Key = tuple[str, str]


class DraftService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        #: Kept or forgotten (None) and not yet written, by (kind, key).
        self._waiting: dict[_Key, Draft | None] = {}
        self._writer: ThreadPoolExecutor | None = None
        self._last: Future[None] | None = None
        self._listeners: list[Callable[[], None]] = []

    def watch(self, listener: Callable[[], None]) -> None:
        """Call `listener()` after each draft kept or forgotten, on the thread that did it (the window's)."""
        self._listeners.append(listener)

    def unwatch(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def keep(self, kind: str, key: str, title: str, state: dict[str, Any]) -> None:
        """Keep what a form holds (a JSON object) as the draft of that form and record, replacing the one before."""
        self._queue((kind, key), drafts.new_draft(kind, key, title, copy.deepcopy(state)))

    def forget(self, kind: str, key: str) -> None:
        """The form was saved, or its changes discarded: its draft goes."""
        self._queue((kind, key), None)

    def find(self, kind: str, key: str) -> Draft | None:
        with self._lock:
            if (kind, key) in self._waiting:
                return self._waiting[(kind, key)]
        return drafts.get(self.store.conn, kind, key)

    def all(self) -> list[Draft]:
        """Every draft, the newest first."""
        with self._lock:
            waiting = dict(self._waiting)
        found = {(d.kind, d.key): d for d in drafts.all_drafts(self.store.conn)}
        found.update(waiting)
        return sorted((d for d in found.values() if d is not None), key=lambda d: d.saved_at, reverse=True)

    def flush(self) -> None:
        """Wait until every draft kept so far is written."""
        with self._lock:
            last = self._last
        if last is not None:
            last.result()

    def close(self) -> None:
        """Write what is waiting and stop the writer (before the cache closes)."""
        with self._lock:
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=True)

    def _queue(self, key: _Key, draft: Draft | None) -> None:
        with self._lock:
            self._waiting[key] = draft
            if self._writer is None:
                self._writer = ThreadPoolExecutor(1, thread_name_prefix="drafts")
            self._last = self._writer.submit(self._write)
        for listener in list(self._listeners):
            listener()

    def _write(self) -> None:
        with self._lock:
            batch = dict(self._waiting)
        if not batch:
            return
        try:
            with self.store.transaction() as conn:  # durable: this is what the user typed
                for (kind, key), draft in batch.items():
                    if draft is None:
                        drafts.delete(conn, kind, key)
                    else:
                        drafts.put(conn, draft)
        except Exception as exc:  # a full disk, a damaged cache: the drafts stay in memory, tried again next time
            log.warning("could not keep %d form draft(s) in the cache: %s", len(batch), exc)
            return
        with self._lock:
            for key, draft in batch.items():
                if self._waiting.get(key, ...) is draft:  # not kept again meanwhile
                    del self._waiting[key]
