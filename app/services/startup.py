"""What a front end (window or command line) needs before it has a FieldDesk: where the files are, the log,
and the errors that mean "FieldDesk cannot start with this home, configuration or cache"."""

from app.config import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from app.logging_setup import setup_logging
from app.paths import Paths, resolve_paths
from app.store.db import StoreError

__all__ = ["QT_TRANSLATE_NOOP", "ConfigError", "Paths", "StoreError", "resolve_paths", "setup_logging"]
