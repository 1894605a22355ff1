"""One exception hierarchy for every vendor. The UI and the CLI turn these into plain messages.

Messages never contain secrets: the HTTP layer builds them from the vendor's own answer and the
redacted request, not from headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.logging_setup import redact
from app.vendors import registry


class VendorError(Exception):
    """Base class: something went wrong talking to a vendor.

    `message` is English. FieldDesk's own messages (no connection, a refused login ...) are given as a `Text`,
    kept in `text`, so the window can say them in the user's language; a vendor's own words stay as they are."""

    #: Whether replaying the same request later may succeed (the outbox keeps retrying these).
    retryable: bool = False

    def __init__(self, vendor: str, message: str | Text, *, status: int | None = None) -> None:
        self.text = message if isinstance(message, Text) else None
        english = message.english() if isinstance(message, Text) else message
        super().__init__(english)
        self.vendor = vendor
        self.message = english
        self.status = status

    def __str__(self) -> str:
        return f"{self.vendor}: {self.message}"


class OfflineError(VendorError):
    """No connection: DNS failure, refused, reset, timeout, TLS failure."""

    retryable = True


class AuthError(VendorError):
    """The vendor refused our credentials (401/403). The vendor is paused until they change."""


class RejectedError(VendorError):
    """The vendor rejected the input (400, or a 200 with "success": false). Fix and resubmit."""


class ConflictError(VendorError):
    """The record changed on the vendor's side since we read it (409/412, stale DataVersion)."""


class RateLimitedError(VendorError):
    """429, or our own daily call budget is spent. `retry_after` is in seconds when known."""

    retryable = True

    def __init__(self, vendor: str, message: str | Text, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(vendor, message, status=status)
        self.retry_after = retry_after


class ServerError(VendorError):
    """5xx, or an answer we cannot read (malformed JSON, HTML error page, truncated body)."""

    retryable = True

    def __init__(self, vendor: str, message: str | Text, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(vendor, message, status=status)
        self.retry_after = retry_after


class InternalError(VendorError):
    """FieldDesk itself failed while it synced a vendor (a bug, a full disk): that vendor's sync ends with this, the
    other vendors' go on, and the log file has the traceback."""


def internal_error(vendor: str, exc: Exception) -> InternalError:
    """What the user reads when FieldDesk failed while syncing `vendor`: the failure's kind and first words (secrets
    redacted), and where the rest is."""
    problem = redact(f"{type(exc).__name__}: {exc}".splitlines()[0])[:200]
    return InternalError(vendor, Text(QT_TRANSLATE_NOOP(
        "VendorError", "FieldDesk could not finish syncing {vendor} ({problem}); the log file has the details"),
        {"vendor": registry.label(vendor), "problem": problem}))


def unreadable_answer(vendor: str, detail: str, *, status: int | None = None) -> ServerError:
    """An answer FieldDesk cannot read: said in the user's language, with where in the answer and what was wrong
    (`detail`, technical, in English)."""
    return ServerError(vendor, Text(QT_TRANSLATE_NOOP("VendorError", "unreadable {vendor} answer: {detail}"),
                                    {"vendor": registry.label(vendor), "detail": detail}), status=status)


# -- bodies FieldDesk checks before it queues them ------------------------------------------------------------

@dataclass(frozen=True)
class FieldError:
    """One problem with a body: the JSON path of its field (`client[0].heating_appliance[1].name`) and what is
    wrong, in English (`message`: the command line and the log print it). `text`, when given, is the same message as
    a template marked for translation (context "FieldCheck") and its values, so the window can say it in the user's
    language; it takes no part in comparing two problems."""

    path: str
    message: str
    text: Text | None = field(default=None, compare=False)

    @classmethod
    def said(cls, path: str, template: str, /, **values: Any) -> FieldError:
        """The problem `template` (English, inside `QT_TRANSLATE_NOOP("FieldCheck", ...)` so that lupdate collects
        it) with its `{names}` filled from `values`: the data it names (a typed value, a number, allowed codes)."""
        return cls(path, template.format(**values), Text(template, values))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BodyValidationError(ValueError):
    """A body breaks the vendor's documented rules; `errors` lists every problem with its field path. Nothing is
    queued or sent. Each vendor names its own subclass after the body it checks."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)
