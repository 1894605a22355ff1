"""Sync by itself: on a schedule the user sets (default every 5 minutes), as soon as a vendor that was
unreachable answers again, and when a queued write's retry time comes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from app.config import ConfigError
from app.services.fielddesk import FieldDesk
from app.vendors.errors import VendorError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 300.0
PROBE_INTERVAL = 15.0  # while offline: how often to check whether the vendor is back
TICK = 1.0
MAX_BACKOFF = 300.0  # seconds between tries while something keeps failing


class AutoSync:
    def __init__(self, desk: FieldDesk, *, interval: float | None = None, probe_interval: float = PROBE_INTERVAL,
                 tick: float = TICK) -> None:
        self.desk = desk
        self.interval = interval if interval is not None else desk.sync_interval()
        self.probe_interval = probe_interval
        self.tick = tick
        self._task: asyncio.Task[None] | None = None
        self._last_sync = time.monotonic()
        self._last_probe = 0.0

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="fielddesk-autosync")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def set_interval(self, seconds: float) -> None:
        self.interval = seconds
        self.desk.set_sync_interval(seconds)

    async def _run(self) -> None:
        """Never dies. While a step keeps failing (e.g. no secret configured), the log gets one line per change
        of the problem, not one a second, and the scheduler backs off up to MAX_BACKOFF."""
        wait, last_problem = self.tick, None
        while True:
            await asyncio.sleep(wait)
            try:
                await self.step()
            except ConfigError as exc:
                problem = str(exc)
                if problem != last_problem:
                    log.warning("automatic sync is waiting: %s", problem)
            except Exception as exc:
                problem = f"{type(exc).__name__}: {exc}"
                if problem != last_problem:
                    log.exception("automatic sync failed")
            else:
                if last_problem is not None:
                    log.info("automatic sync works again")
                wait, last_problem = self.tick, None
                continue
            wait, last_problem = min(max(wait * 2, self.tick), MAX_BACKOFF), problem

    async def step(self) -> str | None:
        """One decision; returns what it did ("sync", "retry", "probe") for tests and logs."""
        engine = self.desk.engine
        if engine.state.syncing or not self.desk.vendors:
            return None
        now = time.monotonic()
        if engine.state.online is False:
            if now - self._last_probe < self.probe_interval:
                return None
            self._last_probe = now
            try:
                for adapter in engine.adapters.values():
                    await adapter.probe()
            except VendorError:
                return "probe"
            log.info("vendor reachable again; syncing")
            await self._sync(due_only=False)  # the wait was for the network, which is back: send all now
            return "sync"
        if self.interval > 0 and now - self._last_sync >= self.interval:
            await self._sync(due_only=True)
            return "sync"
        if self.desk.outbox.due_writes():
            await self.desk.sync(due_only=True)
            return "retry"
        return None

    async def _sync(self, *, due_only: bool) -> None:
        self._last_sync = time.monotonic()
        await self.desk.sync(due_only=due_only)
