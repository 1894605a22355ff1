"""FieldDesk's use cases behind one thin container. The GUI and the CLI both drive it; neither talks to a
vendor or the cache itself. Each area has its service: `desk.clients`, `desk.outbox`, `desk.conflicts`.

Opening a FieldDesk reads settings and opens the cache, nothing more: the sync engine (asyncio, the vendors'
HTTP clients) is built at its first use, which for the window is after its first frame. That is the service
layer's one import boundary (`engine`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import ConfigError, Settings, keyring_available, load_settings, store_keyring_secret
from app.paths import resolve_paths
from app.services.clients import ClientService
from app.services.conflicts import Conflict, ConflictService
from app.services.outbox import OutboxEntry, OutboxService
from app.store import meta
from app.store.db import Store
from app.sync.state import SyncState, read_state

if TYPE_CHECKING:
    import httpx

    from app.services.certificates import CertificateService
    from app.services.climate import ClimateService
    from app.services.customers import CustomerService
    from app.services.drafts import DraftService
    from app.services.heatpumps import HeatPumpService
    from app.services.planner import PlannerService
    from app.services.staff import StaffService
    from app.services.webhook import WebhookReceiver
    from app.services.workorders import WorkOrderService
    from app.sync.contract import Progress, VendorAdapter
    from app.sync.engine import SyncEngine, VendorReport

__all__ = ["Conflict", "FieldDesk", "OutboxEntry"]

DEFAULT_SYNC_INTERVAL = 300.0


class FieldDesk:
    def __init__(self, settings: Settings, store: Store, adapters: Callable[[], list[VendorAdapter]]) -> None:
        self.settings = settings
        self.store = store
        self._adapters = adapters
        self._state_listeners: list[Callable[[SyncState], None]] = []
        self._session_secrets: dict[str, dict[str, str]] = {}
        self.clients = ClientService(store, self._changed)
        self.outbox = OutboxService(store, self._changed)
        self.conflicts = ConflictService(store, self._changed)

    @functools.cached_property
    def drafts(self) -> DraftService:
        """Drafts of the forms being typed into (loaded at first use: the first frame shows no form)."""
        from app.services.drafts import DraftService

        return DraftService(self.store)

    @functools.cached_property
    def staff(self) -> StaffService:
        """Pro+ technicians and devices (loaded at first use: the window's first frame shows neither)."""
        from app.services.staff import StaffService

        return StaffService(self.store, self._changed, lambda: self.engine)

    @functools.cached_property
    def workorders(self) -> WorkOrderService:
        """Pro+ work orders (loaded at first use: the wire models bring pydantic)."""
        from app.services.workorders import WorkOrderService

        return WorkOrderService(self.store, self._changed, lambda: self._vendor_client("proplus"))

    @functools.cached_property
    def planner(self) -> PlannerService:
        """Totalmobile Connect's slots, bookings and sales orders (loaded at first use)."""
        from app.services.planner import PlannerService

        demo: list[str] = []
        if self.settings.profile == "sandbox":  # Connect has no "list orders": offer the demo's, so it works at once
            from app.vendors import registry

            demo = list(registry.sandbox_module(registry.spec("totalmobile")).DEMO_ORDERS)
        return PlannerService(self.store, self._changed, lambda: self._vendor_client("totalmobile"), demo)

    @functools.cached_property
    def heatpumps(self) -> HeatPumpService:
        """Podero heat pumps (loaded at first use)."""
        from app.services.heatpumps import HeatPumpService

        return HeatPumpService(self.store, self._changed)

    @functools.cached_property
    def climate(self) -> ClimateService:
        """myBeNext climate controllers, failures and history (loaded at first use)."""
        from app.services.climate import ClimateService

        return ClimateService(self.store, self._changed, lambda: self._vendor_client("benext"))

    @functools.cached_property
    def customers(self) -> CustomerService:
        """testresults.io customer accounts (loaded at first use)."""
        from app.services.customers import CustomerService

        return CustomerService(self.store, self._changed)

    @functools.cached_property
    def certificates(self) -> CertificateService:
        """Pro+ inspection certificates and their downloads (loaded at first use)."""
        from app.services.certificates import CertificateService

        return CertificateService(self.store, self._changed, lambda: self._vendor_client("proplus"),
                                  self.settings.paths.downloads / "certificates")

    def _vendor_client(self, vendor: str) -> Any:
        """The vendor's HTTP client of the sync engine, for a call a user waits on; None when not set up."""
        adapter = self.engine.adapters.get(vendor)
        return getattr(adapter, "client", None)

    def webhook_receiver(self) -> WebhookReceiver:
        """The receiver of Pro+'s work-order webhook (not started); ConfigError when no secret is set."""
        from app.services.webhook import WebhookReceiver

        secret = self.settings.vendor("proplus").get("WEBHOOK_SECRET")
        if secret is None and self.settings.profile == "sandbox":  # the demo's, so that it works at once
            from app.vendors import registry

            secret = registry.sandbox_module(registry.spec("proplus")).SANDBOX_CONFIG["WEBHOOK_SECRET"]
        return WebhookReceiver(self.workorders, secret)  # a call changes no queue or conflict counts

    @functools.cached_property
    def engine(self) -> SyncEngine:
        """The sync engine, built at its first use (see the module's docstring)."""
        from app.sync.engine import SyncEngine

        engine = SyncEngine(self.store, self._adapters)
        for listener in self._state_listeners:
            engine.subscribe(listener)
        return engine

    def watch_state(self, listener: Callable[[SyncState], None]) -> None:
        """Call `listener` with the sync state now and whenever it changes (from any thread)."""
        if "engine" in self.__dict__:
            self.engine.subscribe(listener)
        else:
            self._state_listeners.append(listener)
            listener(read_state(self.store))

    def status(self) -> SyncState:
        """What the status bar shows: the engine's state once it runs, else as the cache holds it."""
        return self.engine.state if "engine" in self.__dict__ else read_state(self.store)

    def refresh_status(self) -> None:
        """Tell the state's watchers that the cache changed (counts of queued writes and conflicts)."""
        if "engine" in self.__dict__:
            self.engine.refresh_state()
        else:
            state = read_state(self.store)
            for listener in self._state_listeners:
                listener(state)

    _changed = refresh_status

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

        desk = cls(settings, store, adapters)
        return desk

    async def aclose(self) -> None:
        if "engine" in self.__dict__:
            await self.engine.aclose()
        if "drafts" in self.__dict__:
            self.drafts.close()
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

    @staticmethod
    def can_remember_secrets() -> bool:
        """Whether secrets typed in the window can be kept in the OS keyring; else they last this session only."""
        return keyring_available()

    async def update_credentials(self, vendor: str, secrets: dict[str, str]) -> bool:
        """Credentials typed in the window after the vendor refused ours: saved in the OS keyring (never in
        config.toml or the cache), or, where there is no keyring, kept in memory for this session; the vendor's
        client is rebuilt with them and the paused vendor resumed. Returns True when the keyring keeps them."""
        remembered = True
        try:
            for key, value in secrets.items():
                store_keyring_secret(vendor, key, value)
        except ConfigError:
            remembered = False  # never throw away what was typed: it serves this session
            self._session_secrets[vendor] = {**self._session_secrets.get(vendor, {}), **secrets}
        self.settings = load_settings(self.settings.paths, self.settings.profile,
                                      session_secrets=self._session_secrets)
        from app.services.vendors import build_adapters

        await self.engine.replace_adapters(build_adapters(self.settings, self.store))
        self.engine.resume(vendor)
        return remembered

    # -- preferences kept with the cache -------------------------------------------------------------------
    def sync_interval(self) -> float:
        value = meta.get(self.store, "sync.interval")
        return float(value) if value is not None else DEFAULT_SYNC_INTERVAL

    def webhook_preferences(self) -> tuple[bool, str, int]:
        """(on, host, port) of the work-order webhook receiver; off by default."""
        on = meta.get(self.store, "webhook.enabled") == "1"
        host = meta.get(self.store, "webhook.host") or "127.0.0.1"
        port = int(meta.get(self.store, "webhook.port") or 8765)
        return on, host, port

    def set_webhook_preferences(self, on: bool, host: str, port: int) -> None:
        if not host.strip() or not 0 < port < 65536:
            raise ValueError("webhook receiver: give an address and a port from 1 to 65535")
        meta.put(self.store, "webhook.enabled", "1" if on else "0")
        meta.put(self.store, "webhook.host", host.strip())
        meta.put(self.store, "webhook.port", str(port))

    def set_sync_interval(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sync interval: must be 0 (off) or a positive number of seconds")
        meta.put(self.store, "sync.interval", str(seconds))
