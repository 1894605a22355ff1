"""`fielddesk heatpumps ...` and `fielddesk climate ...` run in-process as a user runs them: the `--json` fields
issue 10 lists, exit codes, set points refused before anything is queued, and any bytes in PUMP.json ending in
exit 0 or 2 with nothing queued on failure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main

PUMP = {"device_model": {"manufacturer": "Calidor", "model": "Air 9", "year": 2025}, "price_zone": "BE",
        "comment": "Installed on site today"}
PUMP_KEYS = {"id", "manufacturer", "model", "connection_status", "monitoring_status", "steering_status",
             "current_mode", "operational_mode", "power_w", "temperatures", "consumption_kwh", "updated_at", "stale"}
CONTROLLER_KEYS = {"product", "temperature", "setpoint", "mode", "scheduletype", "synchronised", "pending"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    for name in list(__import__("os").environ):
        if name.startswith(("FIELDDESK_PODERO", "FIELDDESK_BENEXT", "FIELDDESK_PROPLUS")):
            monkeypatch.delenv(name)
    return tmp_path


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_heatpumps_status_json_has_the_documented_fields(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pumps = listed(capsys, "heatpumps", "status")
    assert len(pumps) == 6 and all(set(p) >= PUMP_KEYS for p in pumps)
    assert set(pumps[0]["temperatures"]) == {"inlet", "outlet", "dhw", "outdoor", "indoor_actual", "indoor_target"}
    assert set(pumps[0]["consumption_kwh"]) == {"day", "week", "month"}
    assert pumps[0]["connection_status"] in ("ok", "warning", "error", "unknown")
    assert [p["stale"] for p in pumps].count(True) == 1


def test_register_from_a_file_prints_the_authorisation_link(home: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pump.json"
    path.write_text(json.dumps(PUMP), encoding="utf-8")
    capsys.readouterr()
    assert main(["heatpumps", "register", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert "authorise the cloud service: https://" in out
    assert listed(capsys, "outbox", "list") == []
    assert len(listed(capsys, "heatpumps", "status")) == 7


def test_a_bad_register_file_exits_2_naming_the_file_and_field(home: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pump.json"
    path.write_text(json.dumps({**PUMP, "price_zone": "FR", "comment": "x" * 301}), encoding="utf-8")
    assert main(["heatpumps", "register", "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "price_zone: 'FR' is not one of" in err and "comment: at most 300" in err
    assert listed(capsys, "outbox", "list") == []


def test_climate_list_setpoint_and_failures(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    controllers = listed(capsys, "climate", "list")
    assert controllers and all(set(c) >= CONTROLLER_KEYS for c in controllers)
    living = next(c for c in controllers if c["product"] == 101)
    assert living["mode"] in ("Idle", "Heating") and living["scheduletype"] == "Following internal schedule"
    assert main(["climate", "setpoint", "--product", "101", "--value", "20.5"]) == 0
    assert "waiting for the device" in capsys.readouterr().out
    living = next(c for c in listed(capsys, "climate", "list", "--offline") if c["product"] == 101)
    assert living["setpoint"] == 20.5 and living["synchronised"] is False and living["pending"] is False
    failures = listed(capsys, "climate", "failures")
    assert {"Gateway unavailable", "Battery low"} <= {f["type"] for f in failures}
    assert any(f["product_name"] == "Internet gateway" for f in failures)


@pytest.mark.parametrize("value", ["3.9", "28.1", "-5", "nan", "inf"])
def test_a_set_point_out_of_range_exits_2_before_anything_is_queued(home: Path, value: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["climate", "list", "--json"]) == 0
    assert main(["climate", "setpoint", "--product", "101", "--value", value]) == 2
    assert "nothing was queued" in capsys.readouterr().err or value in ("nan", "inf")
    assert listed(capsys, "outbox", "list") == []


def test_history_json_is_every_point_in_order(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day = (dt.datetime.now(dt.UTC) - dt.timedelta(days=50)).date()
    last = day + dt.timedelta(days=39)  # 40 days: two pieces
    points = listed(capsys, "climate", "history", "--property", "1011", "--from", day.isoformat(),
                    "--to", last.isoformat())
    assert len(points) == 40 * 96
    assert [p["timestamp"] for p in points] == sorted({p["timestamp"] for p in points})
    assert set(points[0]) == {"timestamp", "value"} and isinstance(points[0]["value"], float)
    again = listed(capsys, "climate", "history", "--property", "1011", "--from", day.isoformat(), "--to",
                   last.isoformat(), "--offline")
    assert again == points


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "2026-02-30", "--to", "2026-03-01"], "--from"),
    (["--from", "2026-03-05", "--to", "2026-03-01"], "--to"),
])
def test_bad_history_dates_exit_2(home: Path, argv: list[str], message: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["climate", "history", "--property", "1011", *argv]) == 2
    assert message in capsys.readouterr().err


def test_an_unknown_property_exits_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["climate", "history", "--property", "999", "--from", "2026-11-01", "--to", "2026-11-02"]) == 2
    assert "property not found" in capsys.readouterr().err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=120),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                 lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children,
                                                                                   max_size=4),
                 max_leaves=12).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "replace")),
    st.fixed_dictionaries({"device_model": st.fixed_dictionaries(
        {"manufacturer": st.text(max_size=8), "model": st.text(max_size=8)},
        optional={"year": st.none() | st.integers() | st.text(max_size=5)})},
        optional={"price_zone": st.sampled_from(["BE", "UK", "FR", "", None]),
                  "comment": st.none() | st.text(max_size=320) | st.integers(),
                  "minimum_temperature_limit": st.none() | st.floats() | st.text(max_size=5),
                  "is_away_mode_enabled": st.none() | st.booleans() | st.integers(),
                  "away_mode_start": st.none() | st.text(max_size=25)}).map(
        lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "replace")),
))
@example(data=json.dumps(PUMP).encode())
@example(data=b'{"device_model": {"manufacturer": "A", "model": "B"}, "comment": "\\ud800"}')
@example(data=b'{"device_model":{"manufacturer":"A","model":"B","year":"\\u00b9"}}')  # a superscript passes isdigit
def test_any_bytes_in_pump_json_exit_0_or_2_and_failures_queue_nothing(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    path = tmp_path / "pump.json"
    path.write_bytes(data)
    capsys.readouterr()
    assert main(["outbox", "list", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    code = main(["heatpumps", "register", "--file", str(path)])
    out = capsys.readouterr()
    assert code in (0, 2), out.err
    assert "Traceback" not in out.err
    assert main(["outbox", "list", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after == before  # refused: nothing queued; accepted: sent and acknowledged
    if code == 2:
        assert str(path) in out.err


def test_live_profile_over_real_sockets_with_each_mybenext_method(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from app.sandbox import benext as benext_sim
    from app.sandbox import podero as podero_sim
    from app.sandbox.server import serve_in_thread

    podero_app = podero_sim.create_podero_app(podero_sim.PoderoState(None, podero_sim.demo_pumps()))
    benext_app = benext_sim.create_benext_app(benext_sim.BenextState(None))
    with serve_in_thread(podero_app) as podero, serve_in_thread(benext_app) as benext:
        monkeypatch.setenv("FIELDDESK_PROFILE", "live")
        for key, value in {"BASE_URL": podero.base_url, "TOKEN": podero_sim.SANDBOX_TOKEN,
                           "ORG_ID": podero_sim.ORG_ID, "USER_ID": podero_sim.USER_ID}.items():
            monkeypatch.setenv(f"FIELDDESK_PODERO_{key}", value)
        assert len(listed(capsys, "heatpumps", "status")) == 6
        monkeypatch.setenv("FIELDDESK_BENEXT_BASE_URL", benext.base_url + "/login/api/v1")  # the root is also fine
        monkeypatch.setenv("FIELDDESK_BENEXT_USERNAME", benext_sim.USERNAME)
        monkeypatch.setenv("FIELDDESK_BENEXT_PASSWORD", benext_sim.PASSWORD)
        monkeypatch.setenv("FIELDDESK_BENEXT_APIKEY", benext_sim.APIKEY)
        monkeypatch.setenv("FIELDDESK_BENEXT_ACCOUNT_ID", "1")
        for method in ("basic", "apikey", "apikey-query", "hmac", "hmac-query", "session"):
            monkeypatch.setenv("FIELDDESK_BENEXT_AUTH", method)
            assert len(listed(capsys, "climate", "list")) == 4, method
        monkeypatch.setenv("FIELDDESK_BENEXT_AUTH", "oauth")
        assert main(["climate", "list"]) == 2
        assert "AUTH must be one of" in capsys.readouterr().err
