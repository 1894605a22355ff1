"""What a front end (window or command line) needs besides a FieldDesk: where the files are, the log, the
errors that mean "FieldDesk cannot start with this home, configuration or cache", and vendors' names as users
read them."""

from app.config import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from app.logging_setup import setup_logging
from app.paths import HomeError, Paths, resolve_paths
from app.store.db import DamagedCacheError, StoreError
from app.vendors.registry import label as vendor_label
from app.vendors.registry import spec as vendor_spec

__all__ = ["QT_TRANSLATE_NOOP", "ConfigError", "DamagedCacheError", "HomeError", "Paths", "StoreError",
           "resolve_paths", "setup_logging", "vendor_label", "vendor_spec"]
