"""Heat pumps and climate data end to end against the simulators: registering through the outbox (never twice),
status and staleness, set points waiting for the device, and history kept in the cache."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox import benext as benext_sim
from app.sandbox import podero as podero_sim
from app.services.fielddesk import FieldDesk
from app.vendors.http import RetryPolicy
from tests.helpers import SwitchableTransport

PUMP = {"device_model": {"manufacturer": "Calidor", "model": "Air 9", "year": 2025}, "price_zone": "BE",
        "comment": "Installed on site today", "minimum_temperature_limit": 18, "maximum_temperature_limit": 22}
NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


class Rig:
    def __init__(self, home: Path, qloop: Any) -> None:
        self.loop = qloop
        self.podero = podero_sim.PoderoState(None, podero_sim.demo_pumps())
        self.benext = benext_sim.BenextState(None, now=NOW)
        self.podero_net = SwitchableTransport(httpx.ASGITransport(app=podero_sim.create_podero_app(self.podero)))
        self.benext_net = SwitchableTransport(httpx.ASGITransport(app=benext_sim.create_benext_app(self.benext)))
        self.desk = FieldDesk.open(home, "sandbox", transports={"podero": self.podero_net,
                                                                "benext": self.benext_net},
                                  retry=RetryPolicy(max_retries=0))  # offline at once, not after backoff

    def run(self, awaitable: Any) -> Any:
        return self.loop.run_until_complete(awaitable)

    def sync(self, *vendors: str) -> list[Any]:
        return list(self.run(self.desk.sync(list(vendors) or ["podero", "benext"])))


@pytest.fixture
def rig(home: Path, qloop: Any) -> Iterator[Rig]:
    made = Rig(home, qloop)
    try:
        yield made
    finally:
        qloop.run_until_complete(made.desk.aclose())


def test_heat_pumps_are_listed_worst_first_with_stale_ones_marked(rig: Rig) -> None:
    assert all(r.error is None for r in rig.sync("podero"))
    pumps = rig.desk.heatpumps.all()
    assert len(pumps) == 6
    severities = [p["severity"] for p in pumps]
    assert severities == sorted(severities) and severities[0] == 0 and severities[-1] == 3
    stale = [p for p in pumps if p["stale"]]
    assert [p["model"] for p in stale] == ["Hybrid 5"]  # the demo pump that stopped reporting a day ago


@pytest.mark.allow_log("app.sync.engine")
def test_a_failed_sync_marks_every_pump_stale(rig: Rig) -> None:
    rig.sync("podero")
    rig.podero_net.online = False
    [report] = rig.sync("podero")
    assert report.error is not None
    assert all(p["stale"] for p in rig.desk.heatpumps.all())


@pytest.mark.allow_log("app.sync.engine")
def test_registering_goes_through_the_outbox_and_shows_the_authorisation_links(rig: Rig) -> None:
    rig.podero_net.online = False
    local_id, _entry_id = rig.desk.heatpumps.register(PUMP)
    [report] = rig.sync("podero")  # offline: kept
    assert report.error is not None
    row = rig.desk.heatpumps.get(local_id)
    assert row is not None and row["pending"] and row["podero_id"] is None and row["model"] == "Air 9"
    rig.podero_net.online = True
    assert all(r.problem is None for r in rig.sync("podero"))
    row = rig.desk.heatpumps.get(local_id)
    assert row is not None and not row["pending"] and row["podero_id"]
    assert row["authorization_url"].startswith("https://") and row["embeddable_url"].startswith("https://")
    assert len(rig.desk.heatpumps.all()) == 7 and rig.podero.registrations == 1
    assert rig.desk.outbox.entries() == []


def test_a_registration_whose_answer_was_lost_is_not_registered_again(rig: Rig) -> None:
    rig.sync("podero")
    local_id, _ = rig.desk.heatpumps.register(PUMP)
    adapter = rig.desk.engine.adapters["podero"]
    [entry] = [e for e in rig.desk.outbox.entries() if e.record_key == local_id]
    rig.run(adapter.client.register_heat_pump(entry.payload))  # sent, then the answer is lost (a kill)
    assert rig.podero.registrations == 1
    rig.sync("podero")
    rig.sync("podero")
    assert rig.podero.registrations == 1
    pumps = rig.desk.heatpumps.all()
    assert len(pumps) == 7 and [p["local_id"] for p in pumps if p["model"] == "Air 9"] == [local_id]


def test_a_second_identical_registration_is_a_second_pump(rig: Rig) -> None:
    # Two pumps of the same model in one building are real: the lookup adopts each registration's own pump only.
    rig.sync("podero")
    rig.desk.heatpumps.register(PUMP)
    rig.sync("podero")
    rig.desk.heatpumps.register(PUMP)
    rig.sync("podero")
    assert rig.podero.registrations == 2
    assert len([p for p in rig.desk.heatpumps.all() if p["model"] == "Air 9"]) == 2


@pytest.mark.allow_log("app.sync.engine")
def test_a_set_point_waits_to_be_sent_then_for_the_device(rig: Rig) -> None:
    rig.sync("benext")
    rig.benext_net.online = False
    rig.desk.climate.set_setpoint(101, 19.5)
    controller = rig.desk.climate.controller(101)
    assert controller is not None and controller["setpoint"] == 19.5 and controller["state"] == "waiting to be sent"
    rig.sync("benext")  # offline: the value stays, queued
    assert rig.desk.climate.controller(101)["state"] == "waiting to be sent"  # type: ignore[index]
    rig.benext_net.online = True
    rig.sync("benext")  # sent; the pull reads synchronised: false
    controller = rig.desk.climate.controller(101)
    assert controller is not None and controller["state"] == "waiting for the device"
    assert rig.benext.controllers["101"]["setpoint"] == 19.5 and rig.benext.controllers["101"]["scheduletype"] == 1
    rig.sync("benext")  # the device woke up
    controller = rig.desk.climate.controller(101)
    assert controller is not None and controller["state"] == "synchronised" and controller["setpoint"] == 19.5


@pytest.mark.parametrize(("product", "value", "problem"), [(101, 3.5, "outside 4 to 28"), (101, 28.5, "outside"),
                                                           (102, 19.5, "whole degrees"), (999, 20, "no climate")])
def test_a_refused_set_point_queues_nothing(rig: Rig, product: int, value: float, problem: str) -> None:
    from app.services.climate import SetpointError

    rig.sync("benext")
    with pytest.raises(SetpointError, match=problem):
        rig.desk.climate.set_setpoint(product, value)
    assert rig.desk.outbox.entries() == []


@pytest.mark.allow_log("app.sync.engine")
def test_the_vendor_refusing_a_set_point_keeps_it_with_the_vendors_words(rig: Rig) -> None:
    rig.sync("benext")
    with rig.desk.store.transaction() as conn:  # a controller the cache thinks takes halves, but does not
        conn.execute("UPDATE climate_controllers SET datatype = 67 WHERE product = 102")
    rig.desk.climate.set_setpoint(102, 19.5)
    rig.sync("benext")
    controller = rig.desk.climate.controller(102)
    assert controller is not None and controller["state"] == "rejected"
    assert "whole setpoint steps (climatecontroller, code 34)" in controller["outbox_error"]


def test_failures_and_availability_are_words(rig: Rig) -> None:
    rig.sync("benext")
    failures = rig.desk.climate.failures()
    assert {f["type_text"] for f in failures} >= {"Gateway unavailable", "Battery low"}
    assert {f["status_text"] for f in failures} <= {"Failed", "Accepted", "No failure"}
    hall = rig.desk.climate.controller(103)
    assert hall is not None and hall["availability"] in ("available", "retrying", "unreachable")


@pytest.mark.allow_log("app.sync.engine")
def test_history_is_cached_a_known_range_opens_offline_and_a_refresh_fetches_only_what_is_missing(rig: Rig) -> None:
    rig.sync("benext")
    climate = rig.desk.climate
    begin, end = NOW - dt.timedelta(days=70), NOW - dt.timedelta(days=10)
    before = len(rig.benext_net.requests)
    first = rig.run(climate.history(1011, begin, end))
    assert first.complete and first.fetched == 1 and len(first.points) == 60 * 96
    assert len(rig.benext_net.requests) - before == 2  # 60 days: two 30-day pieces

    rig.benext_net.online = False
    offline = rig.run(climate.history(1011, begin + dt.timedelta(days=5), end))
    assert offline.complete and offline.fetched == 0 and offline.error is None
    assert offline.points == first.points[5 * 96:]

    wider = rig.run(climate.history(1011, begin, end + dt.timedelta(days=3)))
    assert not wider.complete and wider.error is not None and len(wider.points) == 60 * 96

    rig.benext_net.online = True
    before = len(rig.benext_net.requests)
    wider = rig.run(climate.history(1011, begin, end + dt.timedelta(days=3)))
    assert wider.complete and len(wider.points) == 63 * 96
    [request] = rig.benext_net.requests[before:]
    assert request.url.path.endswith(f"/{(end).strftime('%Y-%m-%dT%H:%M:%SZ')}/"
                                     f"{(end + dt.timedelta(days=3)).strftime('%Y-%m-%dT%H:%M:%SZ')}/")
    times = [t for t, _ in wider.points]
    assert times == sorted(set(times))


def test_energy_is_summed_by_day_week_and_month_in_local_time(rig: Rig) -> None:
    from zoneinfo import ZoneInfo

    rig.sync("benext")
    zone = ZoneInfo("Europe/Brussels")
    begin = dt.datetime(2026, 10, 1, tzinfo=zone)
    end = dt.datetime(2026, 11, 1, tzinfo=zone)  # includes the 25-hour day of 25 October
    days, found = rig.run(rig.desk.climate.energy(1041, begin, end, "day", zone))
    assert len(days) == 31 and found.complete
    assert sum(v for _, v in days) == pytest.approx(sum(v or 0 for _, v in found.points))
    assert len(found.points) == 31 * 96 + 4
    months, _ = rig.run(rig.desk.climate.energy(1041, begin, end, "month", zone))
    assert len(months) == 1 and months[0][0] == int(begin.timestamp())
    weeks, _ = rig.run(rig.desk.climate.energy(1041, begin, end, "week", zone))
    assert dt.datetime.fromtimestamp(weeks[1][0], zone).weekday() == 0 and len(weeks) == 5


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_sums_per_period_match_the_calendar_across_a_year_of_daylight_saving_changes(by: str) -> None:
    from zoneinfo import ZoneInfo

    from app.services.climate import aggregate

    zone = ZoneInfo("Europe/Brussels")
    start = int(dt.datetime(2026, 1, 1, tzinfo=zone).timestamp())
    points: list[tuple[int, float | None]] = [(start + i * 900, float(i % 7)) for i in range(365 * 96)]
    points[100] = (points[100][0], None)
    expected: dict[int, float] = {}
    for t, v in points:
        if v is None:
            continue
        day = dt.datetime.fromtimestamp(t, zone).date()
        if by == "week":
            day -= dt.timedelta(days=day.weekday())
        elif by == "month":
            day = day.replace(day=1)
        key = int(dt.datetime(day.year, day.month, day.day, tzinfo=zone).timestamp())
        expected[key] = expected.get(key, 0.0) + v
    assert aggregate(points, by, zone) == sorted(expected.items())


@pytest.mark.allow_log("app.sync.engine")
def test_an_interrupted_fetch_keeps_the_pieces_it_got(rig: Rig) -> None:
    rig.sync("benext")
    begin, end = NOW - dt.timedelta(days=80), NOW - dt.timedelta(days=10)  # 70 days: 30 + 30 + 10
    last_piece = (begin + dt.timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%SZ")
    inner = rig.benext_net.inner

    class FailingLastPiece(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if f"historyentries/{last_piece}/" in request.url.path:
                return httpx.Response(503, json={"error": "maintenance", "resource": "historyentry", "code": 99})
            return await inner.handle_async_request(request)

    rig.benext_net.inner = FailingLastPiece()
    broken = rig.run(rig.desk.climate.history(1031, begin, end))
    assert not broken.complete and broken.error is not None and "maintenance" in str(broken.error)
    assert len(broken.points) == 60 * 96  # the two pieces that arrived are kept
    rig.benext_net.inner = inner
    before = len(rig.benext_net.requests)
    whole = rig.run(rig.desk.climate.history(1031, begin, end))
    assert whole.complete and len(whole.points) == 70 * 96
    [request] = rig.benext_net.requests[before:]
    assert f"historyentries/{last_piece}/" in request.url.path


def test_a_registration_podero_refuses_stays_visible_with_its_words(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.models.heatpumps import HeatPumpTableModel

    monkeypatch.setattr(podero_sim, "validate", lambda body: [
        {"loc": ["body", "building_id"], "msg": "Building not found", "type": "value_error"}])
    rig.sync("podero")
    local_id, _ = rig.desk.heatpumps.register(PUMP)
    rig.sync("podero")
    row = rig.desk.heatpumps.get(local_id)
    assert row is not None and row["outbox_state"] == "rejected" and row["outbox_error"] == \
        "building_id: Building not found"
    model = HeatPumpTableModel()
    model.set_rows(rig.desk.heatpumps.all())
    statuses = [model.index(r, HeatPumpTableModel.STATUS).data() for r in range(model.rowCount())]
    assert "Registration refused by Podero" in statuses


@pytest.mark.allow_log("app.sync.engine")
def test_a_discarded_registration_leaves_no_phantom_pump(rig: Rig) -> None:
    rig.podero_net.online = False
    local_id, entry_id = rig.desk.heatpumps.register(PUMP)
    rig.desk.outbox.discard(entry_id)
    rig.podero_net.online = True
    rig.sync("podero")
    assert rig.desk.heatpumps.get(local_id) is None and len(rig.desk.heatpumps.all()) == 6
    assert rig.podero.registrations == 0
