"""Vendors that answer with garbage: whatever JSON (or non-JSON) Podero, myBeNext, Totalmobile Connect or
testresults.io send, a sync ends with the vendor reported as failed (its words or "unexpected answer") or with what it
could read; no exception escapes, and what the cache held before is still there."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox import benext as benext_sim
from app.sandbox import podero as podero_sim
from app.sandbox import testresults as testresults_sim
from app.sandbox import totalmobile as connect_sim
from app.services.fielddesk import FieldDesk
from app.vendors.errors import VendorError
from app.vendors.http import RetryPolicy
from tests.helpers import SwitchableTransport

_scalars = st.none() | st.booleans() | st.integers(-5, 10**20) | st.text(max_size=12) | st.floats()
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_answer_keys = ["Id", "Name", "PrimaryOrderNumber", "Appointments", "id", "device_model", "connection_status",
                "monitoring_status", "steering_status", "temperatures", "power_consumption", "current_mode",
                "operational_mode", "results", "next", "state_updated_at", "Name", "Subdomain", "Archived",
                "DataVersion", "Appliances"]
#: Plausible shapes with hostile values, and anything at all.
_answers = (st.lists(st.dictionaries(st.sampled_from(_answer_keys), _values, max_size=8), max_size=3)
            | st.dictionaries(st.sampled_from(["results", "next", "error", "climatecontrollers", "products"]),
                              _values, max_size=3)
            | _values)
NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


def _garbage(answer: Any, raw: bytes | None) -> httpx.MockTransport:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):  # Connect's sign-in still works: its data answers are the garbage
            return httpx.Response(200, json={"access_token": "t0k3n-value", "expires_in": 600})
        body = raw if raw is not None else json.dumps(answer).encode()  # NaN/Infinity too: Python writes them
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})
    return httpx.MockTransport(reply)


def _desk(home: Path) -> tuple[FieldDesk, dict[str, SwitchableTransport]]:
    """A desk on the Podero and myBeNext simulators, whose network a test can swap for a garbage server."""
    nets = {"podero": SwitchableTransport(httpx.ASGITransport(app=podero_sim.create_podero_app(
                podero_sim.PoderoState(None, podero_sim.demo_pumps())))),
            "benext": SwitchableTransport(httpx.ASGITransport(app=benext_sim.create_benext_app(
                benext_sim.BenextState(None, now=NOW)))),
            "totalmobile": SwitchableTransport(httpx.ASGITransport(app=connect_sim.create_connect_app(
                connect_sim.ConnectState()))),
            "testresults": SwitchableTransport(httpx.ASGITransport(app=testresults_sim.create_testresults_app(
                testresults_sim.TestresultsState(None, testresults_sim.demo_customers()))))}
    desk = FieldDesk.open(home, "sandbox", transports=dict(nets), retry=RetryPolicy(max_retries=0))
    return desk, nets


@pytest.mark.allow_log("app.sync.engine", match=r"sync (podero|benext|totalmobile|testresults): .*")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(answer=_answers, raw=st.none() | st.sampled_from([b"", b"<html>oops</html>", b"{", b"\xff\xfe"]),
       vendor=st.sampled_from(["podero", "benext", "totalmobile", "testresults"]))
def test_any_answer_ends_the_sync_with_a_report_and_keeps_the_cache(home: Path, qloop: Any, answer: Any,
                                                                    raw: bytes | None, vendor: str) -> None:
    desk, nets = _desk(home / vendor)
    try:
        assert all(r.error is None for r in qloop.run_until_complete(desk.sync([vendor])))
        before = (len(desk.heatpumps.all()), len(desk.climate.controllers()), desk.customers.all())
        nets[vendor].inner = _garbage(answer, raw)  # the vendor now answers with this
        [report] = qloop.run_until_complete(desk.sync([vendor]))  # must not raise
        if report.error is not None:  # one of the vendor errors the window and CLI turn into a message
            assert isinstance(report.error, VendorError) and str(report.error).startswith(f"{vendor}: ")
        after = (len(desk.heatpumps.all()), len(desk.climate.controllers()), desk.customers.all())
        if report.error is not None:
            assert after == before, "a failed pull keeps what the cache held"
    finally:
        qloop.run_until_complete(desk.aclose())


class _Doubling(httpx.AsyncBaseTransport):
    """The simulator's own answers, with the first record of every list in them listed twice."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        try:
            data = json.loads(body)
        except ValueError:
            return httpx.Response(response.status_code, headers=response.headers, content=body)
        return httpx.Response(response.status_code, headers={"content-type": "application/json"},
                              content=json.dumps(_double(data)).encode())


def _double(value: Any) -> Any:
    if isinstance(value, list):
        items = [_double(item) for item in value]
        return items[:1] + items if items and isinstance(items[0], dict) else items
    if isinstance(value, dict):
        return {key: _double(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize("vendor", ["podero", "benext", "totalmobile", "testresults"])
def test_a_record_listed_twice_is_kept_once(home: Path, qloop: Any, vendor: str) -> None:
    """A vendor that lists a record twice (one id) in an answer: the sync keeps it once, as its last copy says;
    the cache's unique keys never turn that into a fault (a planning window listed twice once did)."""
    desk, nets = _desk(home / vendor)
    try:
        nets[vendor].inner = _Doubling(nets[vendor].inner)
        [report] = qloop.run_until_complete(desk.sync([vendor]))
        assert report.error is None, report.error
        assert report.pulled > 0
    finally:
        qloop.run_until_complete(desk.aclose())


def test_a_proplus_record_listed_twice_is_kept_once(home: Path, qloop: Any) -> None:
    from tests.helpers import open_desk, sandbox_state

    desk, net = open_desk(home, sandbox_state(4))
    try:
        net.inner = _Doubling(net.inner)
        [report] = qloop.run_until_complete(desk.sync(["proplus"]))
        assert report.error is None, report.error
        assert len(desk.clients.list()) == 4
    finally:
        qloop.run_until_complete(desk.aclose())
