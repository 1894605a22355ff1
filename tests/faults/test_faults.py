"""FieldDesk over a misbehaving network: every documented failure keeps the user's write, says what went
wrong in plain words without the secret key, and a later sync sends the write exactly once.

Each test drives a real FieldDesk in the live profile (configured from the environment, as a user would)
against `tests.faults.server.FaultServer` on 127.0.0.1, which fails requests as scripted and otherwise
proxies to a sandbox Pro+ served over a real socket.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import secrets
import ssl
import time
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import trustme

from app.sandbox.demo_data import demo_clients
from app.sandbox.proplus import ProPlusState, create_proplus_app
from app.sandbox.server import RunningServer, serve_in_thread
from app.services.fielddesk import FieldDesk
from app.store.outbox import OutboxEntry
from app.sync.engine import VendorReport
from app.vendors.errors import AuthError, OfflineError, RateLimitedError
from app.vendors.http import RetryPolicy
from tests.faults.server import (
    Behaviour,
    Drip,
    FaultServer,
    Latency,
    NoAnswer,
    RecordedRequest,
    Reset,
    Respond,
    Truncated,
)
from tests.helpers import new_client_body

T = TypeVar("T")

# A distinctive key, so that "the key never appears" cannot pass by accident (the default "sandbox"
# would also match harmless words). The upstream simulator accepts exactly this key.
SECRET = f"fd-fault-key-{secrets.token_hex(8)}"
PUSH = ("POST", "/expose/push-client")
PULL = ("GET", "/expose/pull-client")
DEMO_CLIENTS = 3
FAST: dict[str, Any] = {"retry": RetryPolicy(max_retries=1, initial_delay=0.05), "timeout": httpx.Timeout(2.0)}
REJECTION = b'{"success": false, "message": "msg.The client field is required."}'


# ---------------------------------------------------------------------------------------------- fixtures


@dataclass
class Rig:
    """A sandbox Pro+ (the healthy vendor), the fault server in front of it, and a live-profile home."""

    state: ProPlusState
    upstream: RunningServer
    faults: FaultServer
    monkeypatch: pytest.MonkeyPatch

    def open(self, base_url: str | None = None, **options: Any) -> FieldDesk:
        """A FieldDesk configured like a user's: base URL and secret key from the environment."""
        self.monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", base_url or self.faults.base_url)
        return FieldDesk.open(None, "live", **{**FAST, **options})

    def sent(self, mark: int, *, only: tuple[str, str] | None = None) -> list[RecordedRequest]:
        return [r for r in self.faults.requests_since(mark) if only is None or (r.method, r.path) == only]


@pytest.fixture
def rig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rig]:
    monkeypatch.setenv("FIELDDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SECRET)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("FIELDDESK_PROFILE", raising=False)
    state = ProPlusState(clients=demo_clients(DEMO_CLIENTS, seed=11))
    with serve_in_thread(create_proplus_app(state, secret_key=SECRET)) as upstream, \
            FaultServer(upstream.base_url) as faults:
        yield Rig(state, upstream, faults, monkeypatch)


@pytest.fixture(autouse=True)
def _secret_never_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Whatever happens in a test, no log record (any logger, any level, tracebacks included) shows the key."""
    caplog.set_level(logging.DEBUG)
    yield
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    records = [r for phase in ("setup", "call") for r in caplog.get_records(phase)]
    assert any(r.name.startswith("app.") for r in records), "expected FieldDesk to log what happened"
    leaked = [text for text in map(formatter.format, records) if SECRET in text]
    assert not leaked, f"secret key in the log: {leaked[:3]}"


# ---------------------------------------------------------------------------------------------- helpers


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


async def watching_the_loop(coro: Awaitable[T]) -> tuple[T, float]:
    """Run `coro` while a ticker on the same loop sleeps 10 ms at a time; also return the worst gap
    between ticks (what a Qt event loop sharing this asyncio loop would feel)."""
    worst = 0.0
    done = asyncio.Event()

    async def tick() -> None:
        nonlocal worst
        last = time.monotonic()
        while not done.is_set():
            await asyncio.sleep(0.01)
            now = time.monotonic()
            worst, last = max(worst, now - last), now

    ticker = asyncio.create_task(tick())
    try:
        result = await coro
    finally:
        done.set()
        await ticker
    return result, worst


def assert_plain(message: str | None) -> None:
    """A message a user can read: one short line, no traceback, no markup, no secret."""
    assert message, "expected a message"
    assert SECRET not in message
    assert "\n" not in message and "Traceback" not in message and "<" not in message
    assert len(message) < 300


@dataclass
class Failure:
    entry: OutboxEntry
    report: VendorReport
    elapsed: float
    finished_at: float  # time.time() just after the sync
    worst_gap: float


async def push_into_fault(desk: FieldDesk, rig: Rig, name: str, *behaviours: Behaviour) -> Failure:
    """Queue a new client, sync while the network fails as scripted, and check the write waits."""
    desk.clients.queue_push(new_client_body(name))
    rig.faults.script(*behaviours)
    mark = len(rig.faults.requests)
    started = time.monotonic()
    [report], worst = await watching_the_loop(desk.sync())
    elapsed = time.monotonic() - started
    finished_at = time.time()
    assert [(r.method, r.path) for r in rig.sent(mark, only=PUSH)] == [PUSH], \
        "a push is not idempotent: the HTTP layer must not repeat it by itself"
    [entry] = desk.outbox.entries()
    assert entry.state == "pending", entry.last_error
    assert entry.attempts == 1
    assert_plain(entry.last_error)
    assert entry.next_attempt_at > finished_at
    assert desk.engine.state.pending == 1
    assert SECRET not in str(report.error) and SECRET not in str(desk.engine.state.last_error)
    assert rig.faults.scripted == 0
    return Failure(entry, report, elapsed, finished_at, worst)


async def sent_exactly_once(desk: FieldDesk, rig: Rig, name: str) -> None:
    """With the network healthy again, the next sync delivers the waiting write, once."""
    mark = len(rig.faults.requests)
    [report] = await desk.sync()
    assert report.error is None, report.error
    assert desk.outbox.entries() == []
    pushes = rig.sent(mark, only=PUSH)
    assert [p.behaviour for p in pushes] == ["Healthy"], "the waiting write goes out once"
    [stored] = rig.state.find_clients(name=name)
    assert len(stored["heating_appliance"]) == 1 and len(stored["cooling_appliance"]) == 1
    [cached] = [c for c in desk.clients.list() if c.name == name]
    assert cached.proplus_id == stored["id"], "the Pro+ id came back into the cache"
    assert len(desk.clients.list()) == DEMO_CLIENTS + 1


def retry_after_date(seconds: float) -> tuple[tuple[str, str], ...]:
    return (("Retry-After", email.utils.formatdate(time.time() + seconds, usegmt=True)),)


async def pull_through(rig: Rig, *behaviours: Behaviour) -> list[RecordedRequest]:
    """A sync with nothing queued (a pull, which is a GET) through the scripted faults; returns the GETs."""
    desk = rig.open()
    try:
        rig.faults.script(*behaviours)
        mark = len(rig.faults.requests)
        [report] = await desk.sync()
        assert report.error is None, report.error
        assert report.pulled == len(rig.state.all_clients()) == len(desk.clients.list())
        return rig.sent(mark, only=PULL)
    finally:
        await desk.aclose()


# ---------------------------------------------------------------------------------------------- tests


def test_latency_only_slows_things_down_and_the_loop_stays_responsive(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            desk.clients.queue_push(new_client_body("Slow Lane BV"))
            rig.faults.script(Latency(0.4), Latency(0.4))
            started = time.monotonic()
            [report], worst = await watching_the_loop(desk.sync())
            assert time.monotonic() - started >= 0.8
            assert report.error is None and report.sent == 1 and report.pulled == DEMO_CLIENTS + 1
            assert desk.outbox.entries() == []
            assert len(rig.state.find_clients(name="Slow Lane BV")) == 1
            assert worst < 0.1, f"the event loop stalled {worst * 1000:.0f} ms"
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*timed out \(ConnectTimeout\)")
def test_connect_timeout_keeps_the_write_and_it_goes_out_later(rig: Rig) -> None:
    # Real SYN drops on loopback: see FaultServer.unreachable(). A short connect timeout keeps this fast.
    async def scenario() -> None:
        desk = rig.open(timeout=httpx.Timeout(2.0, connect=0.3))
        try:
            desk.clients.queue_push(new_client_body("Unreachable NV"))
            mark = len(rig.faults.requests)
            with rig.faults.unreachable():
                started = time.monotonic()
                [report] = await desk.sync()
                elapsed = time.monotonic() - started
            assert rig.faults.requests_since(mark) == [], "nothing reached the server"
            assert isinstance(report.error, OfflineError)
            assert desk.engine.state.online is False
            [entry] = desk.outbox.entries()
            assert entry.state == "pending" and entry.attempts == 1
            assert_plain(entry.last_error)
            assert "ConnectTimeout" in (entry.last_error or "")
            assert entry.next_attempt_at > time.time()
            assert 0.25 <= elapsed < 1.5, elapsed
            await sent_exactly_once(desk, rig, "Unreachable NV")
            assert desk.engine.state.online is True
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*timed out \(ReadTimeout\)")
def test_read_timeout_keeps_the_write(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Silent Server BV", NoAnswer())
            assert "ReadTimeout" in (failure.entry.last_error or "")
            assert isinstance(failure.report.error, OfflineError)
            assert 1.8 <= failure.elapsed < 3.5, failure.elapsed
            assert failure.worst_gap < 0.1, f"the event loop stalled {failure.worst_gap * 1000:.0f} ms"
            await sent_exactly_once(desk, rig, "Silent Server BV")
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*no complete answer within 3 s")
def test_drip_feed_is_ended_by_the_total_deadline(rig: Rig) -> None:
    # One byte a second never trips the 2 s read timeout; only the 3 s total deadline can end it.
    async def scenario() -> None:
        desk = rig.open(deadline=3)
        try:
            failure = await push_into_fault(desk, rig, "Drip Feed BVBA", Drip(interval=1.0))
            assert "within 3 s" in (failure.entry.last_error or ""), failure.entry.last_error
            assert 2.9 <= failure.elapsed < 4.5, failure.elapsed
            assert failure.worst_gap < 0.1, f"the event loop stalled {failure.worst_gap * 1000:.0f} ms"
            await sent_exactly_once(desk, rig, "Drip Feed BVBA")
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*connection dropped")
@pytest.mark.parametrize(("stage", "vendor_applied"), [("headers", False), ("body", True)])
def test_connection_reset_mid_answer_keeps_the_write_and_never_duplicates(rig: Rig, stage: str,
                                                                          vendor_applied: bool) -> None:
    name = f"Reset {stage.title()} CV"

    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, name, Reset(stage=stage, forward=vendor_applied))
            assert "connection dropped" in (failure.entry.last_error or ""), failure.entry.last_error
            # With forward=True Pro+ stored the client and only its answer was lost: the replay must
            # update that record, not add a second one.
            assert len(rig.state.find_clients(name=name)) == int(vendor_applied)
            await sent_exactly_once(desk, rig, name)
        finally:
            await desk.aclose()

    run(scenario())


def test_server_error_500_keeps_the_write_without_echoing_the_key(rig: Rig) -> None:
    echo = b'{"success": false, "message": "Internal error while checking key {secret}"}'

    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Five Hundred BV", Respond(500, echo))
            assert failure.entry.last_error == "Internal error while checking key ***"
            await sent_exactly_once(desk, rig, "Five Hundred BV")
        finally:
            await desk.aclose()
        # A pull is a GET: the HTTP layer retries it once by itself, with backoff.
        gets = await pull_through(rig, Respond(500, echo))
        assert [g.behaviour for g in gets] == ["Respond(500)", "Healthy"]

    run(scenario())


def test_503_with_retry_after_schedules_the_write_and_delays_the_pull_retry(rig: Rig) -> None:
    busy = b'{"success": false, "message": "Maintenance"}'

    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Maintenance Window NV",
                                            Respond(503, busy, headers=(("Retry-After", "30"),)))
            assert failure.entry.last_error == "Maintenance"
            delay = failure.entry.next_attempt_at - failure.finished_at
            assert 28.5 <= delay <= 30.0, f"Retry-After 30 s honoured, got {delay:.1f} s"
            await sent_exactly_once(desk, rig, "Maintenance Window NV")
        finally:
            await desk.aclose()
        gets = await pull_through(rig, Respond(503, busy, headers=(("Retry-After", "1"),)))
        assert [g.behaviour for g in gets] == ["Respond(503)", "Healthy"]
        assert 0.95 <= gets[1].at - gets[0].at < 2.0, "the GET is retried after Retry-After (1 s)"

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*too many requests")
@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_429_honours_retry_after(rig: Rig, form: str) -> None:
    slow_down = b'{"success": false, "message": "Too many requests"}'

    def answer(seconds: int) -> Respond:
        if form == "seconds":
            return Respond(429, slow_down, headers=(("Retry-After", str(seconds)),))
        return Respond(429, slow_down, header_factory=lambda: retry_after_date(seconds))

    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, f"Rate Limited {form}", answer(30))
            assert isinstance(failure.report.error, RateLimitedError)
            assert "too many requests" in (failure.entry.last_error or "").lower()
            delay = failure.entry.next_attempt_at - failure.finished_at
            # An HTTP-date has whole seconds: 30 s from now is between 29 and 30 s away.
            assert 28.5 <= delay <= 30.0, f"Retry-After 30 s honoured, got {delay:.1f} s"
            await sent_exactly_once(desk, rig, f"Rate Limited {form}")
        finally:
            await desk.aclose()
        gets = await pull_through(rig, answer(2 if form == "http-date" else 1))
        assert [g.behaviour for g in gets] == ["Respond(429)", "Healthy"]
        wait = gets[1].at - gets[0].at
        assert 0.95 <= wait < 2.6, f"the GET waited {wait:.2f} s for Retry-After"

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*authentication failed")
def test_401_pauses_the_vendor_and_keeps_the_write_and_the_cache(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            await desk.sync()
            desk.clients.queue_push(new_client_body("Wrong Key BV"))
            before = desk.clients.list()
            assert len(before) == DEMO_CLIENTS + 1
            rig.faults.script(Respond(401, b'{"success": false, "message": "Authentication failed"}'))
            mark = len(rig.faults.requests)
            [report] = await desk.sync()
            assert isinstance(report.error, AuthError)
            assert "proplus" in desk.engine.state.paused
            assert "authentication failed" in desk.engine.state.paused["proplus"].lower()
            # Kept as a translatable text too (the window says it in the user's language), also after a restart.
            assert desk.engine.state.paused_texts["proplus"].template == "authentication failed ({words})"
            assert desk.status().paused_texts == desk.engine.state.paused_texts
            assert [(r.method, r.path) for r in rig.sent(mark)] == [PUSH], "no pull with refused credentials"
            [entry] = desk.outbox.entries()
            assert entry.state == "pending" and entry.attempts == 1
            assert_plain(entry.last_error)
            assert desk.clients.list() == before, "the cache is unchanged"
            assert rig.state.find_clients(name="Wrong Key BV") == []
            # The user fixes the credentials: the vendor resumes and the write goes out once.
            desk.engine.resume("proplus")
            assert desk.engine.state.paused == {} and desk.engine.state.paused_texts == {}
            await sent_exactly_once(desk, rig, "Wrong Key BV")
        finally:
            await desk.aclose()

    run(scenario())


def test_400_rejects_the_write_with_the_vendor_message(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            desk.clients.queue_push(new_client_body("Rejected Rita BV"))
            rig.faults.script(Respond(400, REJECTION))
            [report] = await desk.sync()
            assert report.rejected == 1
            [entry] = desk.outbox.entries()
            assert entry.state == "rejected"
            assert entry.last_error == "msg.The client field is required."
            assert desk.engine.state.rejected == 1 and desk.engine.state.pending == 0
            # A rejected write is not retried on its own...
            mark = len(rig.faults.requests)
            await desk.sync()
            assert rig.sent(mark, only=PUSH) == []
            assert [e.state for e in desk.outbox.entries()] == ["rejected"]
            assert rig.state.find_clients(name="Rejected Rita BV") == []
            # ...until the user resubmits it.
            desk.outbox.resubmit(entry.id)
            await sent_exactly_once(desk, rig, "Rejected Rita BV")
        finally:
            await desk.aclose()

    run(scenario())


def test_malformed_json_with_200_keeps_the_write(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Garbled Answer NV",
                                            Respond(200, b'{"success": true, "data": {"processed_ids": '))
            assert "not valid JSON" in (failure.entry.last_error or ""), failure.entry.last_error
            await sent_exactly_once(desk, rig, "Garbled Answer NV")
        finally:
            await desk.aclose()

    run(scenario())


def test_html_error_page_keeps_the_write_with_a_plain_message(rig: Rig) -> None:
    page = (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Oops</h1>"
            b"<pre>X-expose-secret-key: {secret}</pre></body></html>")

    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Proxy Page BV",
                                            Respond(500, page, content_type="text/html; charset=utf-8"))
            assert "HTML page" in (failure.entry.last_error or ""), failure.entry.last_error
            await sent_exactly_once(desk, rig, "Proxy Page BV")
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*connection dropped")
def test_truncated_body_keeps_the_write(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open()
        try:
            failure = await push_into_fault(desk, rig, "Half Answer CommV", Truncated())
            assert "connection dropped" in (failure.entry.last_error or ""), failure.entry.last_error
            await sent_exactly_once(desk, rig, "Half Answer CommV")
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*certificate is not trusted")
def test_untrusted_certificate_is_refused_and_nothing_is_sent(rig: Rig) -> None:
    # trustme makes a private CA the client has never heard of: as good as self-signed for the client.
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)

    async def scenario() -> None:
        with FaultServer(f"{rig.upstream.base_url}", ssl_context=server_context) as tls:
            desk = rig.open(tls.base_url)
            try:
                desk.clients.queue_push(new_client_body("Spoofed Server BV"))
                [report] = await desk.sync()
                assert isinstance(report.error, OfflineError)
                [entry] = desk.outbox.entries()
                assert entry.state == "pending" and entry.attempts == 1
                assert_plain(entry.last_error)
                assert "certificate" in (entry.last_error or ""), entry.last_error
                for _ in range(100):  # the server notices the client's alert a moment later
                    if tls.tls_failures:
                        break
                    await asyncio.sleep(0.02)
                assert tls.tls_failures, "the client aborted the TLS handshake"
                assert tls.requests == [], "no request (and so no key) crossed the untrusted connection"
                assert rig.state.find_clients(name="Spoofed Server BV") == []
            finally:
                await desk.aclose()
        # Pointed at the right server again (a restart of the app): the kept write goes out once.
        desk = rig.open()
        try:
            await sent_exactly_once(desk, rig, "Spoofed Server BV")
        finally:
            await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*did not answer with a secure")
@pytest.mark.allow_log("uvicorn.error", match=r"Invalid HTTP request")
def test_https_to_a_plain_http_server_says_so(rig: Rig) -> None:
    async def scenario() -> None:
        plain = rig.upstream.base_url.replace("http://", "https://")
        desk = rig.open(plain)
        try:
            desk.clients.queue_push(new_client_body("Plain Speaker BV"))
            [report] = await desk.sync()
            assert isinstance(report.error, OfflineError)
            assert "http:// rather than https://" in str(report.error), report.error
            assert [e.state for e in desk.outbox.entries()] == ["pending"]
        finally:
            await desk.aclose()

    run(scenario())


def test_a_base_url_copied_with_expose_still_reaches_pro_plus(rig: Rig) -> None:
    async def scenario() -> None:
        desk = rig.open(rig.upstream.base_url + "/expose/")
        try:
            desk.clients.queue_push(new_client_body("Copied Path BV"))
            [report] = await desk.sync()
            assert report.problem is None and report.sent == 1
            assert rig.state.find_clients(name="Copied Path BV")
        finally:
            await desk.aclose()

    run(scenario())
