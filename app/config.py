"""Settings: profile, and each vendor's live configuration.

`config.toml` in the home folder has one table per vendor id; `FIELDDESK_<VENDOR>_<KEY>` overrides any
value. Secrets may also live in the OS keyring (service "fielddesk", user "<vendor>.<key>"); they are
never written to config.toml, the cache database or a log.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import urllib.parse
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

    def live_vendors(self) -> list[str]:
        """The vendors with a base URL, in the registry's order."""
        return [v for v in VENDORS if self.vendor(v).is_live]

    def describe(self) -> str:
        """Which profile runs and what it talks to, for the first line a command prints (never a secret)."""
        if self.profile == "sandbox":
            return "sandbox (built-in simulators with fictional demo data; nothing reaches a real vendor)"
        live = [f"{VENDORS[v].label} at {self.vendor(v).base_url}" for v in self.live_vendors()]
        return f"live ({'; '.join(live) or 'no vendor configured'})"


def _read_toml(paths: Paths) -> dict[str, object]:
    path = paths.config_file
    if not path.exists():
        return {}
    import tomllib  # only with a config file: the sandbox and most starts have none

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not a text file in UTF-8 (byte {exc.start}); is it the right file?") from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: nested too deeply to be a FieldDesk configuration") from exc
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise ConfigError(f"{path}: a value cannot be read ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from exc


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


def keyring_available() -> bool:
    """Whether this computer has a keyring that keeps secrets (not the null or fail backends of bare systems)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0) and type(backend).__module__.split(".")[-1] not in ("null", "fail")


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


def _nearest(word: str, choices: list[str]) -> str:
    import difflib  # only for a mistyped name

    by_lower = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.5)
    return f"; did you mean {by_lower[close[0]]!r}?" if close else f" (known: {', '.join(choices)})"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(value: str, where: str) -> str:
    """A base URL FieldDesk may send credentials to: https://, or http:// to this computer only."""
    problem = None
    try:
        parts = urllib.parse.urlsplit(value)
        port = parts.port  # raises ValueError for a port out of range
    except ValueError as exc:
        parts, port, problem = None, None, f"is not a valid URL ({exc})"
    if problem is None and parts is not None:
        if any(ch.isspace() or ord(ch) < 32 for ch in value):
            problem = "contains spaces or line breaks"
        elif parts.scheme not in ("https", "http") or not parts.hostname:
            problem = "must be an https:// URL with a host name"
        elif parts.scheme == "http" and not _is_loopback(parts.hostname):
            problem = ("must be an https:// URL: plain http:// would send the credentials unencrypted "
                       "(allowed only to this computer, e.g. http://127.0.0.1:8000)")
        elif port == 0:
            problem = "has port 0"
    if problem:
        raise ConfigError(f"{where}: {value!r} {problem}")
    return value.rstrip("/")


def check_secret(value: str, where: str) -> str:
    """A secret that can travel in an HTTP header; the message never shows it."""
    if not value.isascii() or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ConfigError(f"{where}: contains characters an HTTP header cannot carry (non-ASCII letters, "
                          "line breaks or control characters); check what was pasted")
    return value


_URL_SECRET = re.compile(r"^[A-Za-z0-9._~-]{16,200}$")


def check_url_secret(value: str, where: str) -> str:
    """A secret that travels in a URL path (the Pro+ webhook's): long enough not to be guessed, and made of
    characters a URL carries as they are. The message never shows it."""
    if not _URL_SECRET.match(value):
        raise ConfigError(f"{where}: must be 16 to 200 letters, digits or . _ ~ - (it becomes part of the URL "
                          "Pro+ calls); e.g. generate one with: python -c \"import secrets; "
                          "print(secrets.token_urlsafe(24))\"")
    return value


def _check(vendor: str, key: str, value: str, where: str) -> str:
    if key == "BASE_URL":
        return check_base_url(value, where)
    if key == "WEBHOOK_SECRET":
        return check_url_secret(value, where)
    if key in VENDORS[vendor].secret_keys:
        return check_secret(value, where)
    if any(ord(ch) < 32 for ch in value):
        raise ConfigError(f"{where}: {value!r} contains line breaks or control characters")
    return value


def load_vendor_configs(paths: Paths, environ: Mapping[str, str] | None = None,
                        use_keyring: bool = True) -> dict[str, VendorConfig]:
    """Every vendor's values from config.toml and the environment, checked as they are read: an unknown table,
    key or environment variable, a URL that is not https, or an unusable secret raises ConfigError naming it."""
    env = os.environ if environ is None else environ
    toml = _read_toml(paths)
    file = paths.config_file
    for table, content in toml.items():
        if table == "profile":  # DESIGN.md: chosen per run, never in the file
            raise ConfigError(f"{file}: the profile is not a setting of this file: choose it with --profile or "
                              "FIELDDESK_PROFILE (without either, a configured vendor means live)")
        if table not in VENDORS and not isinstance(content, dict):
            raise ConfigError(f"{file}: {table} is outside any table: settings go in their vendor's table "
                              f"({', '.join(f'[{v}]' for v in VENDORS)})")
        if table not in VENDORS:
            raise ConfigError(f"{file}: unknown table [{table}]{_nearest(table, list(VENDORS))}")
        if not isinstance(content, dict):
            raise ConfigError(f"{file}: [{table}] must be a table of settings")
    for name in env:
        prefix, _, key = name.removeprefix("FIELDDESK_").partition("_")
        named = VENDORS.get(prefix.lower()) if name.startswith("FIELDDESK_") else None
        if named is not None and key not in named.config_keys:
            known = [named.secret_env(k) for k in named.config_keys]
            raise ConfigError(f"environment: unknown variable {name}{_nearest(name, known)}")
    configs: dict[str, VendorConfig] = {}
    for vendor, spec in VENDORS.items():
        keys = spec.config_keys
        content = toml.get(vendor, {})
        assert isinstance(content, dict)  # checked above
        values: dict[str, str] = {}
        for raw_key, raw_value in content.items():
            key = str(raw_key).upper()
            where = f"{file}: {vendor}.{raw_key}"
            if key not in keys:
                raise ConfigError(f"{file}: [{vendor}] unknown key {raw_key!r}"
                                  f"{_nearest(str(raw_key), [k.lower() for k in keys])}")
            if isinstance(raw_value, bool) or not isinstance(raw_value, str | int):
                raise ConfigError(f"{where} must be a string")
            values[key] = _check(vendor, key, str(raw_value), where)
        for key in keys:
            name = spec.secret_env(key)
            env_value = env.get(name)
            if env_value:
                values[key] = _check(vendor, key, env_value, f"environment: {name}")
        if values.get("BASE_URL") and use_keyring:
            for key in keys:
                if key in spec.secret_keys and key not in values:
                    secret = keyring_secret(vendor, key)
                    if secret:
                        values[key] = _check(vendor, key, secret, f"keyring: {vendor}.{key.lower()}")
        configs[vendor] = VendorConfig(vendor, values)
    return configs


def load_settings(paths: Paths, profile: str | None = None, environ: Mapping[str, str] | None = None,
                  session_secrets: Mapping[str, Mapping[str, str]] | None = None) -> Settings:
    """`session_secrets`: secrets typed in this session and kept in memory only (no keyring to hold them);
    they take the place of missing ones."""
    env = os.environ if environ is None else environ
    vendors = load_vendor_configs(paths, env)
    for vendor, secrets in (session_secrets or {}).items():
        current = vendors[vendor]
        checked = {k: check_secret(v, f"{vendor}.{k.lower()}") for k, v in secrets.items()}
        vendors[vendor] = VendorConfig(vendor, {**current.values, **checked})
    chosen = profile or env.get("FIELDDESK_PROFILE") or None
    if chosen is None:
        chosen = "live" if any(v.is_live for v in vendors.values()) else "sandbox"
    if chosen not in ("sandbox", "live"):
        raise ConfigError(f"profile: unknown profile {chosen!r} (expected 'sandbox' or 'live')")
    return Settings(paths=paths, profile=chosen, vendors=vendors)  # type: ignore[arg-type]
