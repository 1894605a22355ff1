"""FieldDesk's use cases behind one thin container. The GUI and the CLI both drive it; neither talks to a
vendor or the cache itself. Each area has its service: `desk.clients`, `desk.outbox`, `desk.conflicts`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import Settings, load_settings, store_keyring_secret
from app.paths import resolve_paths
from app.services.clients import ClientService
from app.services.conflicts import Conflict, ConflictService
from app.services.outbox import OutboxEntry, OutboxService
from app.store import meta
from app.store.db import Store
from app.sync.engine import Progress, SyncEngine, VendorAdapter, VendorReport

if TYPE_CHECKING:
    import httpx

__all__ = ["Conflict", "FieldDesk", "OutboxEntry"]

DEFAULT_SYNC_INTERVAL = 300.0


class FieldDesk:
    def __init__(self, settings: Settings, store: Store, engine: SyncEngine) -> None:
        self.settings = settings
        self.store = store
        self.engine = engine
        self.clients = ClientService(store, engine)
        self.outbox = OutboxService(store, engine)
        self.conflicts = ConflictService(store, engine)
        self._transports: dict[str, httpx.AsyncBaseTransport] | None = None
        self._client_options: dict[str, Any] = {}

    @classmethod
    def open(cls, home: str | Path | None = None, profile: str | None = None, *,
             transports: dict[str, httpx.AsyncBaseTransport] | None = None, **client_options: Any) -> FieldDesk:
        """`transports` replaces the network for a vendor (tests, benchmarks); live settings still apply."""
        paths = resolve_paths(home).ensure()
        settings = load_settings(paths, profile)
        store = Store(paths.database)
        desk: FieldDesk | None = None

        def adapters() -> list[VendorAdapter]:
            from app.services.vendors import build_adapters

            assert desk is not None
            return build_adapters(desk.settings, store, transports, **client_options)

        desk = cls(settings, store, SyncEngine(store, adapters))
        return desk

    async def prepare(self) -> None:
        """Build the vendor clients in a worker thread, so the first sync does not pay for it on the UI thread."""
        await asyncio.to_thread(lambda: self.engine.adapters)

    async def aclose(self) -> None:
        await self.engine.aclose()
        self.store.close()

    # -- syncing -------------------------------------------------------------------------------------------
    async def sync(self, vendors: list[str] | None = None, progress: Progress | None = None,
                   *, due_only: bool = False) -> list[VendorReport]:
        return await self.engine.sync(vendors, progress=progress, due_only=due_only)

    async def replay(self, vendor: str) -> VendorReport:
        """Send what is queued for one vendor now, without pulling."""
        return await self.engine.replay(vendor)

    @property
    def vendors(self) -> list[str]:
        """The vendors this profile syncs with."""
        return list(self.engine.adapters)

    async def update_credentials(self, vendor: str, secrets: dict[str, str]) -> None:
        """Credentials typed in the GUI after the vendor refused ours: saved in the OS keyring (never in
        config.toml or the cache), the vendor's client rebuilt with them, and the paused vendor resumed.
        Raises ConfigError (saying which environment variable to use instead) when there is no keyring."""
        for key, value in secrets.items():
            store_keyring_secret(vendor, key, value)
        self.settings = load_settings(self.settings.paths, self.settings.profile)
        from app.services.vendors import build_adapters

        await self.engine.replace_adapters(build_adapters(self.settings, self.store))
        self.engine.resume(vendor)

    # -- preferences kept with the cache -------------------------------------------------------------------
    def sync_interval(self) -> float:
        value = meta.get(self.store, "sync.interval")
        return float(value) if value is not None else DEFAULT_SYNC_INTERVAL

    def set_sync_interval(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sync interval: must be 0 (off) or a positive number of seconds")
        meta.put(self.store, "sync.interval", str(seconds))
