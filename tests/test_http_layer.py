"""The shared HTTP layer: Retry-After, call budget, retries only when safe, secrets never shown."""

from __future__ import annotations

import asyncio
import email.utils
import logging
from typing import Any

import httpx
import pytest

from app.logging_setup import RedactingFilter, redact, register_secret
from app.vendors.errors import AuthError, OfflineError, RateLimitedError, RejectedError, ServerError
from app.vendors.http import CallBudget, RetryPolicy, VendorHttp, parse_retry_after


def test_retry_after_in_seconds_and_http_date() -> None:
    assert parse_retry_after("7") == 7.0
    now = 1_800_000_000.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_daily_budget_stops_calls_and_remembers_the_count() -> None:
    saved: list[tuple[str, int]] = []
    budget = CallBudget("proplus", 2, on_change=lambda day, used: saved.append((day, used)))
    budget.take()
    budget.take()
    with pytest.raises(RateLimitedError, match="daily call limit"):
        budget.take()
    assert [used for _, used in saved] == [1, 2]
    restored = CallBudget("proplus", 2, day=saved[-1][0], used=2)
    assert restored.remaining == 0


def _client(handler: httpx.MockTransport, **kw: object) -> VendorHttp:
    return VendorHttp("proplus", "http://vendor.test", headers={"X-expose-secret-key": "s3cret-value"},
                      secrets=("s3cret-value",), transport=handler,
                      retry=RetryPolicy(max_retries=2, initial_delay=0.01), **kw)  # type: ignore[arg-type]


def test_get_is_retried_after_503_but_post_is_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1 or request.method == "POST":
            return httpx.Response(503, headers={"Retry-After": "0"}, json={"message": "maintenance"})
        return httpx.Response(200, json={"success": True})

    async def scenario() -> None:
        http = _client(httpx.MockTransport(handler))
        response = await http.request("GET", "/expose/pull-client")
        assert response.status_code == 200 and calls == ["GET", "GET"]
        with pytest.raises(ServerError, match="maintenance"):
            await http.request("POST", "/expose/push-client", json_body={})
        assert calls.count("POST") == 1
        await http.aclose()

    asyncio.run(scenario())


def test_status_codes_map_to_plain_errors_without_the_secret() -> None:
    answers = {"/401": httpx.Response(401, json={"message": "Authentication failed"}),
               "/400": httpx.Response(400, json={"success": False, "message": "msg.The client field is required."}),
               "/echo": httpx.Response(400, text="bad key s3cret-value")}

    async def scenario() -> None:
        http = _client(httpx.MockTransport(lambda r: answers[r.url.path]))
        with pytest.raises(AuthError, match="authentication failed"):
            await http.request("GET", "/401")
        with pytest.raises(RejectedError, match=r"msg\.The client field is required\."):
            await http.request("GET", "/400")
        with pytest.raises(RejectedError) as caught:
            await http.request("GET", "/echo")
        assert "s3cret-value" not in str(caught.value)
        await http.aclose()

    asyncio.run(scenario())


def test_log_records_are_redacted() -> None:
    register_secret("another-s3cret")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "key=%s", ("another-s3cret",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "key=***"
    assert redact("a another-s3cret b") == "a *** b"


def test_a_large_answer_comes_as_its_chunks_and_errors_stay_the_same() -> None:
    """`request_chunks` hands the body over as it arrived (the decoding worker joins it, not the event loop); an
    error status or a connection dropped mid-body ends as it does for `request`."""
    parts = [b'{"data": [', b'{"id": 1},', b'{"id": 2}', b"]}"]
    mode = {"value": "ok"}

    async def body() -> Any:
        for index, part in enumerate(parts):
            if mode["value"] == "drop" and index == 2:
                raise httpx.ReadError("connection reset")
            yield part

    def handler(request: httpx.Request) -> httpx.Response:
        if mode["value"] == "refused":
            return httpx.Response(401, json={"success": False, "message": "Authentication failed"})
        return httpx.Response(200, content=body())

    async def run() -> None:
        http = _client(httpx.MockTransport(handler))
        try:
            chunks = await http.request_chunks("GET", "/expose/pull-client")
            assert len(chunks) > 1 and b"".join(chunks) == b"".join(parts)
            mode["value"] = "refused"
            with pytest.raises(AuthError, match="authentication failed"):
                await http.request_chunks("GET", "/expose/pull-client")
            mode["value"] = "drop"
            with pytest.raises(OfflineError, match="dropped before the answer was complete"):
                await http.request_chunks("GET", "/expose/pull-client")
        finally:
            await http.aclose()

    asyncio.run(run())
