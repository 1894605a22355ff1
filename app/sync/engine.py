"""The sync engine: replays the outbox, then pulls each vendor's resources into the store, and reports its state.

It knows no vendor: each adapter declares its resources and operations (app.sync.contract).

Replay order: writes go out in the order they were made per record; different records go in parallel up to
the vendor's concurrency. A retryable failure (offline, 5xx, 429) schedules the write again with backoff and
jitter; a conflict goes to the operation's conflict handler (refetch, merge and re-send, or ask the user); a
rejection stops that write and keeps it, with the vendor's words, for the user; an authentication failure
pauses the vendor without dropping anything.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from filelock import FileLock, Timeout

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.store import outbox, sync_state
from app.store.db import Store
from app.store.outbox import OutboxEntry
from app.sync.contract import ASK_USER, RESEND, Progress, VendorAdapter
from app.sync.state import SyncState, read_state
from app.vendors.errors import (
    AuthError,
    ConflictError,
    OfflineError,
    RateLimitedError,
    RejectedError,
    VendorError,
    internal_error,
)

__all__ = ["Progress", "SyncEngine", "SyncState", "VendorAdapter", "VendorReport", "retry_delay"]

log = logging.getLogger(__name__)

#: How often one write is re-sent after its conflict handler merged it, before the user is asked instead.
MAX_CONFLICT_RESENDS = 2
#: How long a sync waits for another process (the window, a `fielddesk sync`) to finish syncing the same cache.
OTHER_PROCESS_WAIT = 10.0


class BusyElsewhereError(VendorError):
    """Another FieldDesk process is syncing this cache; its replay keeps "in order, per record" true."""

    retryable = True


@dataclass
class VendorReport:
    """What one vendor's sync did; the engine fills it in as it goes."""

    vendor: str
    pulled: int = 0
    sent: int = 0
    rejected: int = 0
    deferred: int = 0
    error: VendorError | None = None  # stopped this vendor's sync (offline, auth, rate limit)
    write_error: VendorError | None = None  # a write failed and waits for a retry; the pull still ran

    @property
    def problem(self) -> VendorError | None:
        return self.error or self.write_error


def retry_delay(attempts: int, retry_after: float | None = None) -> float:
    """Seconds until a failed write is tried again: Retry-After when the vendor said, else exponential
    backoff (2 s doubling to 5 min) with jitter."""
    if retry_after is not None:
        return retry_after
    return min(2.0 * 2**attempts, 300.0) * (0.5 + random.random() / 2)


class SyncEngine:
    def __init__(self, store: Store, adapters: Iterable[VendorAdapter] | Callable[[], Iterable[VendorAdapter]]
                 ) -> None:
        """`adapters` may be a factory, called at the first sync (the HTTP stack loads then, in a worker)."""
        self.store = store
        self._factory = adapters if callable(adapters) else None
        self._adapters: dict[str, VendorAdapter] | None = (
            None if callable(adapters) else {a.vendor: a for a in adapters})
        self._listeners: list[Callable[[SyncState], None]] = []
        self._lock = asyncio.Lock()  # one sync at a time in this process
        # ... and in every process: two replayers of one outbox would deliver writes twice and out of order.
        self._process_lock = FileLock(f"{store.path}.sync.lock", thread_local=False)
        self.state = SyncState()
        self.refresh_state()

    @property
    def adapters(self) -> dict[str, VendorAdapter]:
        if self._adapters is None:
            assert self._factory is not None
            self._adapters = {a.vendor: a for a in self._factory()}
        return self._adapters

    # -- state -------------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[SyncState], None]) -> None:
        self._listeners.append(listener)
        listener(self.state)

    def _set_state(self, **changes: object) -> None:
        self.state = self.state._replace(**changes)  # type: ignore[arg-type]
        for listener in list(self._listeners):
            listener(self.state)

    def refresh_state(self) -> None:
        """Re-read counts and the last successful sync from the store (after any write)."""
        stored = read_state(self.store)
        self._set_state(pending=stored.pending, rejected=stored.rejected, conflicts=stored.conflicts,
                        last_success_at=stored.last_success_at, paused=stored.paused,
                        paused_texts=stored.paused_texts)

    def _record(self, vendor: str, *, success: bool, error: str | None = None,
                paused_reason: str | Text | None = None) -> None:
        sync_state.record(self.store, vendor, success=success, error=error, paused_reason=paused_reason)

    async def replace_adapters(self, adapters: Iterable[VendorAdapter]) -> None:
        """New vendor clients (e.g. after the credentials changed); waits for a running sync to finish."""
        async with self._lock:
            for adapter in (self._adapters or {}).values():
                await adapter.aclose()
            self._adapters = {a.vendor: a for a in adapters}

    def resume(self, vendor: str) -> None:
        """Credentials changed: try this vendor again."""
        sync_state.resume(self.store, vendor)
        self.refresh_state()

    # -- work ----------------------------------------------------------------------------------------
    async def sync(self, vendors: Iterable[str] | None = None, *, progress: Progress | None = None,
                   pull: bool = True, due_only: bool = False) -> list[VendorReport]:
        """Replay each vendor's outbox, then pull. One sync at a time; vendors run concurrently."""
        if self._adapters is None:
            await asyncio.to_thread(lambda: self.adapters)  # first sync: import the HTTP stack off the loop
        chosen = list(vendors) if vendors else list(self.adapters)
        unknown = [v for v in chosen if v not in self.adapters]
        if unknown:
            raise ValueError(f"unknown vendor: {', '.join(unknown)}")
        report_progress = progress or (lambda *_: None)
        async with self._lock:
            try:
                await asyncio.to_thread(self._process_lock.acquire, timeout=OTHER_PROCESS_WAIT)
            except Timeout:
                busy = BusyElsewhereError("FieldDesk", Text(QT_TRANSLATE_NOOP(
                    "VendorError", "another FieldDesk window or command is syncing this cache; your changes stay "
                    "queued and are sent by it or by the next sync")))
                log.info("sync skipped: %s", busy.message)
                return [VendorReport(v, write_error=busy) for v in chosen]
            self._set_state(syncing=True)
            try:
                reports = await asyncio.gather(*(self._sync_vendor(self.adapters[v], report_progress, pull,
                                                                   due_only) for v in chosen))
            finally:
                self._process_lock.release()
                self.refresh_state()
                self._set_state(syncing=False)
        errors = [r.problem for r in reports if r.problem is not None]
        offline = any(isinstance(r.error, OfflineError) for r in reports)
        self._set_state(online=not offline, last_error=errors[0] if errors else None)
        return list(reports)

    async def _sync_vendor(self, adapter: VendorAdapter, progress: Progress, pull: bool,
                           due_only: bool) -> VendorReport:
        report = VendorReport(adapter.vendor)
        try:
            await self._replay(adapter, report, progress, due_only)
            if pull and report.error is None:
                await self._pull(adapter, report, progress)
        except VendorError as exc:
            report.error = exc
        except Exception as exc:  # FieldDesk's own failure (a bug, a full disk): this vendor fails, the others go on
            log.exception("sync %s failed inside FieldDesk", adapter.vendor)
            report.error = internal_error(adapter.vendor, exc)
        # Durable writes wait for the disk: never on the event loop (it also drives the UI).
        if report.error is None:
            await asyncio.to_thread(self._record, adapter.vendor, success=True)
        elif isinstance(report.error, AuthError):
            await asyncio.to_thread(self._record, adapter.vendor, success=False, error=str(report.error),
                                    paused_reason=report.error.text or report.error.message)
        else:
            await asyncio.to_thread(self._record, adapter.vendor, success=False, error=str(report.error))
        if report.error is not None:
            log.warning("sync %s: %s", adapter.vendor, report.error)
        return report

    async def _pull(self, adapter: VendorAdapter, report: VendorReport, progress: Progress) -> None:
        """Each resource page by page from its stored cursor; the cursor is saved after every page."""
        for resource in adapter.resources:
            progress(adapter.vendor, "pull", 0, 0)
            cursor = sync_state.cursor(self.store, adapter.vendor, resource.name)
            while True:
                page = await resource.pull(self.store, cursor, progress)
                report.pulled += page.saved
                await asyncio.to_thread(sync_state.set_cursor, self.store, adapter.vendor, resource.name,
                                        page.cursor)
                if not page.more:
                    break
                cursor = page.cursor

    async def replay(self, vendor: str, *, due_only: bool = False) -> VendorReport:
        """Send what is queued for one vendor, without pulling."""
        return (await self.sync([vendor], pull=False, due_only=due_only))[0]

    async def _replay(self, adapter: VendorAdapter, report: VendorReport, progress: Progress,
                      due_only: bool) -> None:
        queued = outbox.entries(self.store, vendor=adapter.vendor)
        # Per record, in order. A record whose earlier write was rejected waits: its later writes
        # were made on top of it and must not overtake it.
        by_record: dict[str, list[OutboxEntry]] = {}
        blocked: set[str] = set()
        for entry in queued:
            if entry.state == "rejected":
                blocked.add(entry.record_key)
            elif entry.record_key not in blocked:
                by_record.setdefault(entry.record_key, []).append(entry)
        now = time.time()
        if due_only:
            by_record = {k: v for k, v in by_record.items() if v[0].next_attempt_at <= now}
        total = sum(len(v) for v in by_record.values())
        if not total:
            return
        progress(adapter.vendor, "send", 0, total)
        stop = asyncio.Event()
        slots = asyncio.Semaphore(max(adapter.concurrency, 1))

        async def run_record(chain: list[OutboxEntry]) -> None:
            for entry in chain:
                if stop.is_set():
                    report.deferred += 1
                    continue
                if not await self._send(adapter, entry, report, stop, slots):
                    report.deferred += len(chain) - chain.index(entry) - 1
                    return
                progress(adapter.vendor, "send", report.sent + report.rejected, total)

        await asyncio.gather(*(run_record(chain) for chain in by_record.values()))

    async def _send(self, adapter: VendorAdapter, entry: OutboxEntry, report: VendorReport,
                    stop: asyncio.Event, slots: asyncio.Semaphore) -> bool:
        """One write; True when the record's next write may follow. Only the network call holds one of the
        vendor's concurrency slots: the durable acknowledgement lets the next write start meanwhile."""
        operation = adapter.operations.get(entry.operation)
        if operation is None:
            await self._fail(entry, RejectedError(adapter.vendor, f"this FieldDesk cannot send "
                                                  f"{entry.operation!r} writes"), report)
            return False
        resends = 0
        while True:
            try:
                async with slots:
                    if stop.is_set():
                        report.deferred += 1
                        return False
                    answer = await operation.send(entry)
                await operation.acknowledge(self.store, entry, answer)
            except ConflictError as exc:
                decision = ASK_USER
                if operation.on_conflict is not None and resends < MAX_CONFLICT_RESENDS:
                    decision = await operation.on_conflict(self.store, entry, exc)
                fresh = outbox.get(self.store, entry.id) if decision == RESEND else None
                if fresh is not None:
                    entry, resends = fresh, resends + 1
                    continue
                await self._fail(entry, exc, report)
                return False
            except AuthError as exc:
                await asyncio.to_thread(outbox.record_failure, self.store, entry.id, exc.text or exc.message,
                                        retry_in=retry_delay(entry.attempts))
                report.error = report.error or exc
                stop.set()
                return False
            except VendorError as exc:
                if not exc.retryable:
                    await self._fail(entry, exc, report)
                    return False
                retry_after = getattr(exc, "retry_after", None)
                await asyncio.to_thread(outbox.record_failure, self.store, entry.id, exc.text or exc.message,
                                        retry_in=retry_delay(entry.attempts, retry_after))
                report.deferred += 1
                report.write_error = report.write_error or exc
                if isinstance(exc, OfflineError | RateLimitedError):
                    # Offline or told to slow down: do not hammer the vendor with the rest now.
                    report.error = report.error or exc
                    stop.set()
                return False
            report.sent += 1
            return True

    async def _fail(self, entry: OutboxEntry, exc: VendorError, report: VendorReport) -> None:
        """The vendor refused this write for good: it waits, with the vendor's words, for the user."""
        await asyncio.to_thread(outbox.record_failure, self.store, entry.id, exc.text or exc.message, retry_in=None)
        report.rejected += 1

    async def aclose(self) -> None:
        for adapter in (self._adapters or {}).values():
            await adapter.aclose()
