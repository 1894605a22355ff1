"""One log setup: a rotating file under the home folder, with every known secret redacted."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

_secrets: set[str] = set()
_lock = threading.Lock()
REDACTED = "***"


def register_secret(value: str | None) -> None:
    """Remember a secret so that no log line ever shows it (short values would redact too much)."""
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the formatted message so secrets never reach a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted record, the traceback and stack included: an exception's message or a
    local value shown in a traceback may carry a secret the message itself did not."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RotatingLogFile(logging.Handler):
    """The log file, rotated at 2 MB with 3 old files kept.

    The rotating handler is made at the first record: importing logging.handlers (with socket and pickle)
    would otherwise delay every start of the window by a few ms.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        path.touch()  # the file exists from the start, as it would with the rotating handler

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers  # see the class docstring

            self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=2_000_000, backupCount=3,
                                                              encoding="utf-8")
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(log_file: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_fielddesk", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingLogFile(log_file))
    for handler in handlers:
        handler._fielddesk = True  # type: ignore[attr-defined]
        handler.addFilter(RedactingFilter())
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    # httpx logs every request URL at INFO; keep that out of the user's log unless debugging.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
