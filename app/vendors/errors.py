"""One exception hierarchy for every vendor. The UI and the CLI turn these into plain messages.

Messages never contain secrets: the HTTP layer builds them from the vendor's own answer and the
redacted request, not from headers.
"""

from __future__ import annotations


class VendorError(Exception):
    """Base class: something went wrong talking to a vendor."""

    #: Whether replaying the same request later may succeed (the outbox keeps retrying these).
    retryable: bool = False

    def __init__(self, vendor: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.message = message
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

    def __init__(self, vendor: str, message: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(vendor, message, status=status)
        self.retry_after = retry_after


class ServerError(VendorError):
    """5xx, or an answer we cannot read (malformed JSON, HTML error page, truncated body)."""

    retryable = True

    def __init__(self, vendor: str, message: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(vendor, message, status=status)
        self.retry_after = retry_after
