"""The vendor registry: one declaration per vendor, read by configuration, credentials, labels, the service
wiring and the sandbox server. Adding a vendor is its own package plus one line in `VENDORS` below.

Declarations are plain data: a vendor's HTTP client, sync adapter and simulator are named by dotted path
and imported only when a sync or a sandbox server needs them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple


class VendorSpec(NamedTuple):
    id: str
    label: str  # what a user reads ("Pro+"); a brand name, not translated
    config_keys: tuple[str, ...]  # keys of its config.toml table and FIELDDESK_<VENDOR>_<KEY> variables
    secret_keys: tuple[str, ...]  # the ones that are secrets (environment, config or keyring; never logged)
    daily_call_limit: int | None = None  # the vendor's documented call budget, None when it states none
    concurrency: int = 4  # requests in flight at once to this vendor: replay, pulls and interactive calls
    #: "module:function" building the sync adapter: (spec, settings, store, transport, **options) -> adapter.
    #: None while the vendor is declared (its configuration is accepted) but not yet integrated.
    adapter: str | None = None
    #: The simulator's module: `sandbox_app(state_file, *, latency, secret, demo) -> ASGI app` and
    #: `SANDBOX_CONFIG`, the configuration values that reach it.
    sandbox: str | None = None
    #: "module:function" returning the vendor's conflict handlers by entity (see app.sync.contract).
    conflicts: str | None = None
    #: Secrets that are not the vendor's credentials (e.g. the webhook's URL secret): not asked for when the
    #: vendor refuses ours, not needed to sync.
    other_secrets: tuple[str, ...] = ()

    @property
    def credentials(self) -> tuple[str, ...]:
        """The secret keys that sign FieldDesk in to the vendor."""
        return tuple(k for k in self.secret_keys if k not in self.other_secrets)

    @property
    def integrated(self) -> bool:
        return self.adapter is not None

    def secret_env(self, key: str) -> str:
        return f"FIELDDESK_{self.id.upper()}_{key.upper()}"


def load(reference: str) -> Callable[..., Any]:
    """The object a "module:function" reference names (imported now)."""
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


VENDORS: dict[str, VendorSpec] = {spec.id: spec for spec in (
    VendorSpec("proplus", "Pro+", ("BASE_URL", "SECRET_KEY", "WEBHOOK_SECRET"), ("SECRET_KEY", "WEBHOOK_SECRET"),
               daily_call_limit=50_000, adapter="app.vendors.proplus.sync:build_adapter",
               sandbox="app.sandbox.proplus", conflicts="app.vendors.proplus.sync:conflict_handlers",
               other_secrets=("WEBHOOK_SECRET",)),
    VendorSpec("totalmobile", "Totalmobile", ("BASE_URL", "USERNAME", "PASSWORD"), ("PASSWORD",),
               adapter="app.vendors.totalmobile.sync:build_adapter", sandbox="app.sandbox.totalmobile",
               conflicts="app.vendors.totalmobile.sync:conflict_handlers"),
    VendorSpec("testresults", "testresults.io", ("BASE_URL", "TOKEN"), ("TOKEN",),
               adapter="app.vendors.testresults.sync:build_adapter", sandbox="app.sandbox.testresults",
               conflicts="app.vendors.testresults.sync:conflict_handlers"),
    # AUTH chooses myBeNext's method: basic, apikey, apikey-query, hmac, hmac-query or session (app.vendors.benext).
    VendorSpec("benext", "myBeNext", ("BASE_URL", "USERNAME", "PASSWORD", "APIKEY", "AUTH", "HMAC", "ACCOUNT_ID"),
               ("PASSWORD", "APIKEY", "HMAC"), adapter="app.vendors.benext.sync:build_adapter",
               sandbox="app.sandbox.benext"),
    VendorSpec("podero", "Podero", ("BASE_URL", "TOKEN", "ORG_ID", "USER_ID"), ("TOKEN",),
               adapter="app.vendors.podero.sync:build_adapter", sandbox="app.sandbox.podero"),
)}


def spec(vendor: str) -> VendorSpec:
    try:
        return VENDORS[vendor]
    except KeyError:
        raise KeyError(f"unknown vendor {vendor!r} (known: {', '.join(VENDORS)})") from None


def sandbox_module(spec: VendorSpec) -> Any:
    assert spec.sandbox is not None
    return importlib.import_module(spec.sandbox)


def label(vendor: str) -> str:
    found = VENDORS.get(vendor)
    return found.label if found else vendor
