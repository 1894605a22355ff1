"""Settings: profile, and each vendor's live configuration.

`config.toml` in the home folder has one table per vendor id; `FIELDDESK_<VENDOR>_<KEY>` overrides any
value. Secrets may also live in the OS keyring (service "fielddesk", user "<vendor>.<key>"); they are
never written to config.toml, the cache database or a log.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple

from app.paths import Paths
from app.vendors.registry import VENDORS

log = logging.getLogger(__name__)

Profile = Literal["sandbox", "live"]
KEYRING_SERVICE = "fielddesk"
SECRET_KEYS = frozenset(key for spec in VENDORS.values() for key in spec.secret_keys)


class ConfigError(Exception):
    """config.toml or an environment value is unusable; the message names the file and key."""


class VendorConfig(NamedTuple):
    """One vendor's configuration values, by key (immutable)."""

    vendor: str
    values: Mapping[str, str] = MappingProxyType({})

    @property
    def base_url(self) -> str | None:
        return self.values.get("BASE_URL") or None

    @property
    def is_live(self) -> bool:
        return self.base_url is not None

    def get(self, key: str) -> str | None:
        return self.values.get(key.upper()) or None

    def __repr__(self) -> str:  # never show secrets, even in a traceback
        shown = {k: ("***" if k in SECRET_KEYS else v) for k, v in self.values.items()}
        return f"VendorConfig({self.vendor!r}, {shown})"


class Settings(NamedTuple):
    """The profile and the vendors' configuration (immutable)."""

    paths: Paths
    profile: Profile
    vendors: Mapping[str, VendorConfig]

    def vendor(self, vendor_id: str) -> VendorConfig:
        return self.vendors.get(vendor_id, VendorConfig(vendor_id))


def _read_toml(paths: Paths) -> dict[str, object]:
    path = paths.config_file
    if not path.exists():
        return {}
    import tomllib  # only when there is a config file: it takes a few ms to import (start-up time)

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def keyring_secret(vendor: str, key: str) -> str | None:
    """A secret from the OS keyring, or None when there is no keyring backend (CI, bare Linux)."""
    try:
        import keyring
        import keyring.errors

        return keyring.get_password(KEYRING_SERVICE, f"{vendor}.{key.upper()}")
    except Exception as exc:  # any backend failure means "not there"; say where secrets can go instead
        log.info("No usable keyring (%s); set FIELDDESK_%s_%s instead", type(exc).__name__,
                 vendor.upper(), key.upper())
        return None


def store_keyring_secret(vendor: str, key: str, value: str) -> None:
    """Save a secret typed in the GUI. Raises ConfigError saying where else it can go."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{vendor}.{key.upper()}", value)
        # Some backends (the "null" one on bare systems) accept a secret and keep nothing.
        if keyring.get_password(KEYRING_SERVICE, f"{vendor}.{key.upper()}") != value:
            raise RuntimeError("the keyring did not keep the secret")
    except Exception as exc:
        raise ConfigError(
            f"No keyring is available to store the {vendor} {key.lower()} ({type(exc).__name__}). "
            f"Set the environment variable FIELDDESK_{vendor.upper()}_{key.upper()} instead."
        ) from exc


def load_vendor_configs(paths: Paths, environ: Mapping[str, str] | None = None,
                        use_keyring: bool = True) -> dict[str, VendorConfig]:
    env = os.environ if environ is None else environ
    toml = _read_toml(paths)
    configs: dict[str, VendorConfig] = {}
    for vendor, spec in VENDORS.items():
        keys = spec.config_keys
        table = toml.get(vendor, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{paths.config_file}: [{vendor}] must be a table")
        values: dict[str, str] = {}
        for raw_key, raw_value in table.items():
            key = str(raw_key).upper()
            if not isinstance(raw_value, str | int):
                raise ConfigError(f"{paths.config_file}: {vendor}.{raw_key} must be a string")
            values[key] = str(raw_value)
        for key in keys:
            env_value = env.get(f"FIELDDESK_{vendor.upper()}_{key}")
            if env_value:
                values[key] = env_value
        if values.get("BASE_URL") and use_keyring:
            for key in keys:
                if key in spec.secret_keys and key not in values:
                    secret = keyring_secret(vendor, key)
                    if secret:
                        values[key] = secret
        configs[vendor] = VendorConfig(vendor, values)
    return configs


def load_settings(paths: Paths, profile: str | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    vendors = load_vendor_configs(paths, env)
    chosen = profile or env.get("FIELDDESK_PROFILE") or None
    if chosen is None:
        chosen = "live" if any(v.is_live for v in vendors.values()) else "sandbox"
    if chosen not in ("sandbox", "live"):
        raise ConfigError(f"profile: unknown profile {chosen!r} (expected 'sandbox' or 'live')")
    return Settings(paths=paths, profile=chosen, vendors=vendors)  # type: ignore[arg-type]
