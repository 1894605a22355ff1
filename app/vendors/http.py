"""The one HTTP layer every vendor client uses.

It gives each vendor: explicit timeouts plus a total deadline per call (httpx's read timeout alone does not
end a server that drips one byte a second), bounded retries with exponential backoff and jitter for
idempotent calls, `Retry-After` on 429/503 (seconds or HTTP-date), a daily call budget, secret redaction,
and one exception hierarchy (`app.vendors.errors`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import heapq
import json
import logging
import random
import ssl
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.logging_setup import redact, register_secret
from app.vendors.errors import (
    AuthError,
    ConflictError,
    OfflineError,
    RateLimitedError,
    RejectedError,
    ServerError,
    VendorError,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)
DEFAULT_DEADLINE = 120.0  # seconds for one call, all bytes included
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 120.0

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with 'full-ish' jitter: between 75% and 100% of the nominal delay."""
        nominal = min(self.initial_delay * (2**attempt), self.max_delay)
        return nominal * (1 - 0.25 * random.random())


class CallBudget:
    """Counts calls per calendar day (UTC) against a vendor's limit; Pro+ allows 50,000 a day.

    `on_change(day, used)` lets the service layer persist the count so a restart does not reset it.
    """

    def __init__(self, vendor: str, limit: int, *, day: str | None = None, used: int = 0,
                 on_change: Callable[[str, int], None] | None = None) -> None:
        self.vendor = vendor
        self.limit = limit
        self.day = day or self._today()
        self.used = used if day == self._today() or day is None else 0
        self._on_change = on_change

    @staticmethod
    def _today() -> str:
        return dt.datetime.now(dt.UTC).date().isoformat()

    @property
    def remaining(self) -> int:
        self._roll()
        return max(self.limit - self.used, 0)

    def _roll(self) -> None:
        today = self._today()
        if today != self.day:
            self.day, self.used = today, 0

    def take(self) -> None:
        self._roll()
        if self.used >= self.limit:
            raise RateLimitedError(self.vendor, Text(QT_TRANSLATE_NOOP(
                "VendorError", "daily call limit of {limit:,} reached; calls resume tomorrow (UTC)"),
                {"limit": self.limit}), retry_after=None)
        self.used += 1
        if self._on_change is not None:
            self._on_change(self.day, self.used)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)


def vendor_message(response: httpx.Response) -> str:
    """The vendor's own words from an error answer, or a plain description of what came back."""
    text = response.text
    content_type = response.headers.get("content-type", "")
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("message", "Message", "error_description", "error", "detail", "title", "errors"):
            value = body.get(key)
            if value:
                return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)[:500]
    if "html" in content_type or text.lstrip().lower().startswith(("<!doctype", "<html")):
        return f"HTTP {response.status_code} (the server answered with an HTML page)"
    snippet = " ".join(text.split())[:200]
    return f"HTTP {response.status_code}" + (f": {snippet}" if snippet else "")


def parse_json(response: httpx.Response, vendor: str) -> Any:
    """Decode a JSON answer; garbage becomes a ServerError that says so."""
    try:
        return json.loads(response.content)
    except ValueError as exc:
        text = (QT_TRANSLATE_NOOP("VendorError", "the answer was an HTML page, not the expected JSON")
                if "html" in response.headers.get("content-type", "")
                else QT_TRANSLATE_NOOP("VendorError", "the answer was invalid JSON, not the expected JSON"))
        raise ServerError(vendor, Text(text), status=response.status_code) from exc


INTERACTIVE, BULK = 0, 1  # request priorities: a user waiting on a click goes before bulk pulls and replays


class PriorityLane:
    """At most `limit` requests to one vendor in flight; when all are busy, an interactive request gets the
    next free place before any bulk one (Picard's per-host priority queue, in its smallest form)."""

    def __init__(self, limit: int) -> None:
        self.limit = max(limit, 1)
        self._busy = 0
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = 0

    @property
    def busy(self) -> int:
        return self._busy

    async def acquire(self, priority: int = BULK) -> None:
        if self._busy < self.limit and not self._waiting:
            self._busy += 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._order += 1
        heapq.heappush(self._waiting, (priority, self._order, future))
        try:
            await future  # release() hands its place over (the busy count stays)
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # the place was handed over just as we were cancelled: pass it on
            else:
                self._waiting = [w for w in self._waiting if w[2] is not future]
                heapq.heapify(self._waiting)
            raise

    def release(self) -> None:
        while self._waiting:
            _priority, _order, future = heapq.heappop(self._waiting)
            if not future.done():
                future.set_result(None)
                return
        self._busy -= 1

    @contextlib.asynccontextmanager
    async def place(self, priority: int = BULK) -> AsyncIterator[None]:
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()


class VendorHttp:
    """An httpx.AsyncClient with FieldDesk's policies. One per vendor; inject `transport` in tests.

    Every request takes a place in the vendor's `lane` (its concurrency, from the vendor registry), bulk
    work at BULK priority and a user's direct request at INTERACTIVE."""

    def __init__(self, vendor: str, base_url: str, *, headers: Mapping[str, str] | None = None,
                 secrets: tuple[str | None, ...] = (), transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                 retry: RetryPolicy | None = None, budget: CallBudget | None = None,
                 concurrency: int = 4, error_text: Callable[[Any], str | None] | None = None) -> None:
        """`error_text`: reads the vendor's own error shape (the decoded JSON body) as one line for the user, or
        None when the body is not in that shape (then the common reading, `vendor_message`, applies)."""
        self.vendor = vendor
        self.error_text = error_text
        self.lane = PriorityLane(concurrency)
        max_connections = concurrency + 1  # one spare: a probe never waits for a connection
        self.deadline = deadline
        self.retry = retry or RetryPolicy()
        self.budget = budget
        for secret in secrets:
            register_secret(secret)
        self._client = httpx.AsyncClient(
            base_url=base_url, headers=dict(headers or {}), transport=transport, timeout=timeout,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            follow_redirects=False, trust_env=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def probe(self, path: str = "/") -> None:
        """Whether the vendor can be reached at all: any HTTP answer means it is there (an error status too);
        raises OfflineError when it is not."""
        try:
            await self.request("HEAD", path, idempotent=False, deadline=10)
        except OfflineError:
            raise
        except VendorError:
            return

    async def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                      json_body: Any = None, form: Mapping[str, str] | None = None,
                      idempotent: bool | None = None, deadline: float | None = None,
                      headers: Mapping[str, str] | None = None, priority: int = INTERACTIVE) -> httpx.Response:
        """Send one call; retry it only when it is safe to repeat. Raises VendorError subclasses.
        The body is `json_body` as JSON, or `form` form-encoded (e.g. an OAuth token request).
        The deadline counts from the call, waiting for a place in the lane included."""
        response, _ = await self._request(method, path, params, json_body, form, idempotent, deadline, headers,
                                          priority, chunked=False)
        return response

    async def request_chunks(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                             idempotent: bool | None = None, priority: int = INTERACTIVE) -> list[bytes]:
        """`request` for a large answer: its body as the chunks it arrived in. They are never joined on the event
        loop (tens of megabytes in one allocation hold the GIL for tens of milliseconds): whoever decodes them
        joins them, in a worker thread."""
        _, chunks = await self._request(method, path, params, None, None, idempotent, None, None, priority,
                                        chunked=True)
        assert chunks is not None
        return chunks

    async def _request(self, method: str, path: str, params: Mapping[str, Any] | None, json_body: Any,
                       form: Mapping[str, str] | None, idempotent: bool | None, deadline: float | None,
                       headers: Mapping[str, str] | None, priority: int, *, chunked: bool
                       ) -> tuple[httpx.Response, list[bytes] | None]:
        method = method.upper()
        can_retry = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        total = self.deadline if deadline is None else deadline
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                async with self.lane.place(priority):
                    return await self._attempt(method, path, params, json_body, form, headers,
                                               total - (time.monotonic() - started), chunked)
            except VendorError as exc:
                wait = self._retry_wait(exc, attempt) if can_retry else None
                if wait is None or time.monotonic() - started + wait >= total:
                    raise
                log.info("%s %s %s failed (%s); retry %d in %.1fs", self.vendor, method, path,
                         exc.message, attempt + 1, wait)
                await asyncio.sleep(wait)
                attempt += 1

    def _retry_wait(self, exc: VendorError, attempt: int) -> float | None:
        if not exc.retryable or attempt >= self.retry.max_retries:
            return None
        if isinstance(exc, RateLimitedError) and exc.status is None:
            return None  # our own daily budget: waiting seconds will not help
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return min(retry_after, self.retry.max_retry_after)
        return self.retry.backoff(attempt)

    async def _attempt(self, method: str, path: str, params: Mapping[str, Any] | None, json_body: Any,
                       form: Mapping[str, str] | None, headers: Mapping[str, str] | None,
                       remaining: float, chunked: bool) -> tuple[httpx.Response, list[bytes] | None]:
        if remaining <= 0:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "no answer within the time limit")))
        if self.budget is not None:
            self.budget.take()
        began = time.monotonic()
        try:
            async with asyncio.timeout(remaining):
                request = self._client.build_request(method, path, params=params, json=json_body, data=form,
                                                     headers=headers)
                response = await self._client.send(request, stream=True)
                chunks: list[bytes] | None = None
                try:
                    if chunked and response.status_code < 400:
                        chunks = [chunk async for chunk in response.aiter_bytes()]
                    else:
                        await response.aread()
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP(
                "VendorError", "no complete answer within {seconds} s"), {"seconds": round(remaining)})) from exc
        except httpx.TimeoutException as exc:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "timed out ({kind})"),
                                                 {"kind": type(exc).__name__})) from exc
        except httpx.ConnectError as exc:
            failure = _tls_failure(exc)
            if failure == "not-tls":
                raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP(
                    "VendorError", "the server did not answer with a secure (TLS) connection: is its address "
                    "http:// rather than https://, or the port wrong?"))) from exc
            if failure:
                raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP(
                    "VendorError", "secure connection refused: the server's certificate is not trusted"))) from exc
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "cannot connect"))) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP(
                "VendorError", "the connection dropped before the answer was complete"))) from exc
        except httpx.TransportError as exc:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "network error ({kind})"),
                                                 {"kind": type(exc).__name__})) from exc
        log.debug("%s %s %s -> %s in %.0f ms", self.vendor, method, redact(str(response.url)),
                  response.status_code, (time.monotonic() - began) * 1000)
        self._raise_for_status(response)
        return response, chunks

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        message = redact(self._vendor_words(response))
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if status in (401, 403):
            raise AuthError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "authentication failed ({words})"),
                                              {"words": message}), status=status)
        if status == 429:
            raise RateLimitedError(self.vendor, Text(QT_TRANSLATE_NOOP("VendorError", "too many requests ({words})"),
                                                     {"words": message}), status=status, retry_after=retry_after)
        if status in (409, 412):
            raise ConflictError(self.vendor, message, status=status)
        if status == 408:
            raise OfflineError(self.vendor, Text(QT_TRANSLATE_NOOP(
                "VendorError", "the server timed out waiting for the request")), status=status)
        if status >= 500:
            raise ServerError(self.vendor, message, status=status, retry_after=retry_after)
        raise RejectedError(self.vendor, message, status=status)


    def _vendor_words(self, response: httpx.Response) -> str:
        if self.error_text is not None and response.content:
            try:
                text = self.error_text(json.loads(response.content))
            except ValueError:
                text = None
            if text:
                return text
        return vendor_message(response)


def _tls_failure(exc: BaseException) -> str | None:
    """"certificate" when TLS failed on the certificate, "not-tls" when the server spoke plain HTTP (or
    something else) to our TLS hello, None when TLS was not the problem."""
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen)
        if any(mark in text for mark in ("WRONG_VERSION_NUMBER", "wrong version number", "RECORD_LAYER_FAILURE",
                                         "record layer failure", "UNKNOWN_PROTOCOL", "packet length too long")):
            return "not-tls"
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in text:
            return "certificate"
        seen = seen.__cause__ or seen.__context__
    return None
