"""Which vendor each profile talks to: the in-process sandbox, or the live API from the settings."""

from __future__ import annotations

from typing import Any

import httpx

from app.config import ConfigError, Settings
from app.store.db import Store
from app.sync.engine import VendorAdapter
from app.sync.proplus import ProPlusSync
from app.vendors.http import CallBudget
from app.vendors.proplus.client import DAILY_CALL_LIMIT, ProPlusClient

SANDBOX_BASE_URL = "http://{vendor}.sandbox"


BUDGET_SAVE_EVERY = 25  # calls; a crash forgets at most this many, and no call waits for the disk


def persistent_budget(store: Store, vendor: str, limit: int) -> CallBudget:
    """A daily call counter that survives restarts (kept in the cache's meta table).

    Saved every few calls, not every call: each save is a durable commit, and waiting for the disk on every
    request would stall the event loop that also drives the UI.
    """
    key = f"budget.{vendor}"
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    day, used = (row[0].split(":", 1) if row else (None, "0"))

    def save(day: str, used: int) -> None:
        if used % BUDGET_SAVE_EVERY == 0:
            store.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                               "value = excluded.value", (key, f"{day}:{used + BUDGET_SAVE_EVERY}"))

    # Saving `used + BUDGET_SAVE_EVERY` errs on the safe side: after a crash the count is never too low.
    return CallBudget(vendor, limit, day=day, used=int(used), on_change=save)


def sandbox_proplus_transport(settings: Settings, latency: float = 0.0) -> httpx.AsyncBaseTransport:
    from app.sandbox.demo_data import demo_clients
    from app.sandbox.proplus import ProPlusState, create_proplus_app

    path = settings.paths.sandbox_dir / "proplus.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    state = ProPlusState(path) if path.exists() else ProPlusState(path, clients=demo_clients())
    return httpx.ASGITransport(app=create_proplus_app(state, latency=latency))


def build_adapters(settings: Settings, store: Store,
                   transports: dict[str, httpx.AsyncBaseTransport] | None = None,
                   **client_options: Any) -> list[VendorAdapter]:
    """One sync adapter per vendor FieldDesk talks to in this profile.

    `transports` replaces the network for a vendor (tests, benchmarks); live settings still apply.
    """
    from app.sandbox.proplus import SANDBOX_SECRET_KEY

    adapters: list[VendorAdapter] = []
    transports = transports or {}
    proplus = settings.vendor("proplus")
    budget = persistent_budget(store, "proplus", DAILY_CALL_LIMIT)
    if settings.profile == "sandbox":
        transport = transports.get("proplus") or sandbox_proplus_transport(settings)
        client = ProPlusClient(SANDBOX_BASE_URL.format(vendor="proplus"), SANDBOX_SECRET_KEY,
                               transport=transport, budget=budget, **client_options)
        adapters.append(ProPlusSync(client))
    elif proplus.is_live:
        secret = proplus.get("SECRET_KEY")
        if not secret:
            raise ConfigError("proplus: no secret key. Set FIELDDESK_PROPLUS_SECRET_KEY, put SECRET_KEY in "
                              "the [proplus] table of config.toml, or save it in the keyring from the GUI.")
        client = ProPlusClient(proplus.base_url or "", secret, transport=transports.get("proplus"),
                               budget=budget, **client_options)
        adapters.append(ProPlusSync(client))
    return adapters
