"""Which vendors each profile talks to, built from the vendor registry: the in-process sandbox simulators,
or the live APIs from the settings."""

from __future__ import annotations

from typing import Any

import httpx

from app.config import ConfigError, Settings
from app.store.db import Store
from app.sync.contract import VendorAdapter
from app.vendors import registry


def sandbox_transport(settings: Settings, spec: registry.VendorSpec, latency: float = 0.0
                      ) -> httpx.AsyncBaseTransport:
    """The vendor's simulator in this process, its state under the home folder."""
    app = registry.sandbox_module(spec).sandbox_app(settings.paths.sandbox_dir / f"{spec.id}.json", latency=latency)
    return httpx.ASGITransport(app=app)


def build_adapters(settings: Settings, store: Store,
                   transports: dict[str, httpx.AsyncBaseTransport] | None = None,
                   **client_options: Any) -> list[VendorAdapter]:
    """One sync adapter per integrated vendor of this profile. `transports` replaces a vendor's network."""
    transports = transports or {}
    adapters: list[VendorAdapter] = []
    for spec in registry.VENDORS.values():
        transport: httpx.AsyncBaseTransport | None
        if not spec.integrated:
            continue
        config = settings.vendor(spec.id)
        if settings.profile == "sandbox":
            if spec.sandbox is None:
                continue
            values = dict(registry.sandbox_module(spec).SANDBOX_CONFIG)
            transport = transports.get(spec.id) or sandbox_transport(settings, spec)
        elif config.is_live:
            values = dict(config.values)
            if spec.credentials and not any(values.get(k) for k in spec.credentials):
                wanted = " or ".join(spec.secret_env(k) for k in spec.credentials)
                raise ConfigError(f"{spec.id}: no {'/'.join(k.lower() for k in spec.credentials)} set. Set {wanted}, "
                                  f"or put it in the [{spec.id}] table of {settings.paths.config_file}.")
            transport = transports.get(spec.id)
        else:
            continue
        assert spec.adapter is not None
        adapters.append(registry.load(spec.adapter)(spec, values, store, transport, **client_options))
    return adapters
