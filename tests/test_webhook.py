"""The work-order webhook receiver over a real socket on 127.0.0.1: valid calls update the cache, everything else
is refused with the right status, a flood is answered in full, and the secret never reaches the log."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox.proplus_workorders import deliver_webhooks, now_text, webhook_call
from app.services.fielddesk import FieldDesk
from tests.helpers import open_desk, sandbox_state

SECRET = "test-webhook-secret-0123456789"


@pytest.fixture
def receiving(home: Path, qloop: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A synced desk with five work orders in Pro+ and the cache, and its receiver listening."""
    monkeypatch.setenv("FIELDDESK_PROPLUS_WEBHOOK_SECRET", SECRET)
    state = sandbox_state(8)
    desk, _transport = open_desk(home, state)
    qloop.run_until_complete(desk.sync())
    appliances = [a["id"] for c in state.all_clients() for a in c["heating_appliance"]][:5]
    for number, appliance in enumerate(appliances, start=1):
        desk.workorders.create({"external_id": 900 + number, "external_name": f"WO {number}",
                                "execution_date": "2026-12-01", "heating_appliance_id": appliance,
                                "certification_type": "periodic", "certification_language": "fr",
                                "contracting_company": 0})
    qloop.run_until_complete(desk.sync())
    receiver = desk.webhook_receiver()
    server = receiver.start("127.0.0.1", 0)
    yield desk, receiver, receiver.url(server.host, server.port), state
    receiver.stop()
    qloop.run_until_complete(desk.aclose())


def test_a_valid_call_updates_the_work_order_in_the_cache(receiving: Any) -> None:
    desk, receiver, url, state = receiving
    with state.lock:
        order = state.work_orders.orders[0]
        state.work_orders.advance(order, now_text())
        call = state.work_orders.advance(order, now_text())
    answer = httpx.post(url, json=call)
    assert answer.status_code == 200 and answer.json()["success"] is True
    row = desk.workorders.find(external_id=order["external_id"])
    assert row["status"] == "3" and row["certificate_id"] == order["certificate_id"]
    assert receiver.applied == 1


def test_wrong_paths_methods_and_bodies_are_refused(receiving: Any) -> None:
    desk, receiver, url, state = receiving
    base = url.rsplit("/", 1)[0]
    before = desk.workorders.all()
    assert httpx.post(base + "/wrong-secret-0123456789", json=webhook_call(state.work_orders.orders[0])
                      ).status_code == 404
    assert httpx.post(base, json={}).status_code == 404
    assert httpx.post(url.replace("/proplus/", "/other/"), json={}).status_code == 404
    assert httpx.get(url).status_code == 405
    assert httpx.post(url, content=b"{not json").status_code == 400
    assert httpx.post(url, content=b"[" * 5000 + b"]" * 5000).status_code == 400
    refused = httpx.post(url, json={"status": 3})
    assert refused.status_code == 400 and "names no work order" in refused.json()["message"]
    assert httpx.post(url, content=b"x" * (10 * 1024 * 1024)).status_code == 413
    assert desk.workorders.all() == before, "nothing refused changed the cache"
    assert receiver.applied == 0 and receiver.refused == 8
    # Still serving after all that.
    assert httpx.post(url, json=webhook_call(state.work_orders.orders[0])).status_code == 200


def test_a_flood_of_1000_calls_is_answered_in_full_and_the_cache_stays_consistent(receiving: Any) -> None:
    desk, receiver, url, state = receiving
    calls = []
    with state.lock:
        for round_ in range(200):
            for order in state.work_orders.orders:
                if round_ == 1:
                    state.work_orders.advance(order, now_text())
                if round_ == 2 and order["id"] % 2:
                    state.work_orders.advance(order, now_text())
                calls.append(webhook_call(order))
    statuses = asyncio.run(deliver_webhooks(url, calls, concurrency=16))
    assert statuses == [200] * 1000
    assert receiver.applied == 1000
    for order in state.work_orders.orders:  # the last call of each work order is what the cache holds
        row = desk.workorders.find(id=order["id"])
        assert (row["status"], row["certificate_id"]) == (str(order["status"]), order.get("certificate_id"))


def test_the_secret_never_reaches_the_log(receiving: Any, caplog: pytest.LogCaptureFixture) -> None:
    desk, _receiver, url, state = receiving
    with caplog.at_level(logging.DEBUG):
        httpx.post(url, json=webhook_call(state.work_orders.orders[0]))
        httpx.post(url, content=b"garbage")
    # (The caller's own HTTP client logs the URL it calls: that is Pro+'s side, not ours.)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("app", "uvicorn", "ui"))]
    assert not any(SECRET in message for message in ours)
    log_file = desk.settings.paths.log_file
    assert not log_file.exists() or SECRET not in log_file.read_text(errors="replace")


def test_without_a_secret_the_receiver_says_how_to_set_one(home: Path) -> None:
    from app.services.startup import ConfigError

    desk = FieldDesk.open(home, "sandbox")
    try:
        desk.settings = desk.settings._replace(profile="live", vendors={})
        with pytest.raises(ConfigError, match="FIELDDESK_PROPLUS_WEBHOOK_SECRET"):
            desk.webhook_receiver()
    finally:
        asyncio.run(desk.aclose())


@pytest.mark.parametrize("value", ["short", "has spaces in it 123456", "naïve-secret-0123456789", "a/b" * 8])
def test_a_webhook_secret_that_cannot_be_in_a_url_is_refused_without_showing_it(
        home: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    from app.services.startup import ConfigError

    monkeypatch.setenv("FIELDDESK_PROPLUS_WEBHOOK_SECRET", value)
    with pytest.raises(ConfigError) as raised:
        FieldDesk.open(home)
    assert "webhook_secret" in str(raised.value).lower() and value not in str(raised.value)


def test_a_field_day_in_the_sandbox_calls_a_running_receiver(desk: FieldDesk, qloop: Any, home: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m app.sandbox.proplus_field_day URL`: the sandbox Pro+ moves open work orders on and calls the
    receiver, which updates the cached work orders (how a new user tries the webhook without a real Pro+)."""
    import subprocess
    import sys

    monkeypatch.setenv("FIELDDESK_PROPLUS_WEBHOOK_SECRET", SECRET)
    for external_id in ("7001", "7002", "7003", "7004", "7005", "7006"):
        qloop.run_until_complete(desk.workorders.fetch(external_id=external_id))
    before = {row["external_id"]: row["status"] for row in desk.workorders.all()}
    receiver = desk.webhook_receiver()
    server = receiver.start("127.0.0.1", 0)
    try:
        done = subprocess.run([sys.executable, "-m", "app.sandbox.proplus_field_day",
                               receiver.url(server.host, server.port), "--home", str(home), "--count", "3"],
                              capture_output=True, text=True, timeout=60, check=False)
    finally:
        receiver.stop()
    assert done.returncode == 0, done.stderr
    moved = [line.split()[2].rstrip(":") for line in done.stdout.splitlines()]
    assert len(moved) == 3 and all(line.endswith("HTTP 200") for line in done.stdout.splitlines())
    after = {row["external_id"]: row["status"] for row in desk.workorders.all()}
    assert {e for e in after if after[e] != before.get(e)} == set(moved)


_KEYS = st.sampled_from(["Id", "id", "ID", "wo_number", "external_id", "execution_date", "certificate_id", "json_id",
                         "Status", "status", "vat_id", "technician_id", "extra"])
_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
            | st.sampled_from(["901", "902", " 903 ", "1e3", "2026-02-30", "30-12-2026", "\ud800", "9" * 30]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(_KEYS, inner, max_size=2),
                       max_leaves=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.binary(max_size=60), st.dictionaries(_KEYS, _VALUES, max_size=6).map(
    lambda call: json.dumps(call).encode()), _VALUES.map(lambda value: json.dumps(value).encode())))
def test_any_body_is_answered_200_or_400_and_the_cache_stays_readable(receiving: Any, body: bytes) -> None:
    """Anyone who knows the URL can send anything: the receiver answers it (never a 500 from an exception) and a
    body it takes leaves the cache as readable as before."""
    desk, receiver, _url, _state = receiving
    status, answer = asyncio.get_event_loop().run_until_complete(receiver.handle(body))
    assert status in (200, 400), answer
    assert answer["success"] is (status == 200) and isinstance(answer["message"], str)
    assert len(desk.workorders.all()) >= 5  # a call may tell of a work order not cached yet: it is added
