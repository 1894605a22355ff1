"""What a front end (window or command line) needs besides a FieldDesk: where the files are, the log, the
errors that mean "FieldDesk cannot start with this home, configuration or cache", and vendors' names as users
read them."""

from pathlib import Path

from app.config import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from app.logging_setup import redact, setup_logging
from app.paths import HomeError, Paths, resolve_paths
from app.store.db import CacheWork, DamagedCacheError, StoreError, work_before_open
from app.vendors.errors import VendorError
from app.vendors.registry import label as vendor_label
from app.vendors.registry import spec as vendor_spec
from app.vendors.values import is_text

__all__ = ["QT_TRANSLATE_NOOP", "ConfigError", "DamagedCacheError", "HomeError", "Paths", "StoreError", "VendorError",
           "cache_work", "is_text", "redact", "resolve_paths", "setup_logging", "vendor_label", "vendor_spec"]


def cache_work(home: str | Path | None) -> CacheWork | None:
    """What opening this home's cache does first that can take a while on a large cache, so a front end can say so
    before it waits: "check" or "upgrade" (app.store.db.work_before_open), else None (also for a home that cannot
    be used: opening it says why)."""
    try:
        return work_before_open(resolve_paths(home).database)
    except (HomeError, OSError, RuntimeError):  # an unusable home: opening it says why
        return None
