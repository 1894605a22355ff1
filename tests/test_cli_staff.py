"""`fielddesk technicians ...` and `fielddesk devices ...` run in-process as a user runs them: exit codes, the
`--json` fields of issue 8, and any bytes in a --file ending in exit 0 or 2 with nothing queued on failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main

TECHNICIAN_KEYS = {"id", "external_id", "name", "mobile", "email", "active", "working_mode", "technical_information",
                   "recognition_numbers", "devices"}
DEVICE_KEYS = {"id", "group", "type", "serial_number", "purchase_date", "mfg_date", "status", "technicians"}
TECHNICIAN = {"external_id": "CLI-1", "name": "Selle Tolvaghem", "mobile": "0470 55 51 51",
              "email": "selle.tolvaghem@example.be", "status": "1", "wo_status": "1",
              "technical_information": {"authorised_technician": 1, "chimney_sweep": "0",
                                        "heating_adviser": ["Type 1"], "works_for_oca": "0"}}
DEVICE = {"device_group": "1", "type": "2", "serial_number": "CLI-330-1", "purchase_date": "2024-02-01",
          "mfg_date": "2023-11-30"}



def write(path: Path, body: object) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_lists_after_a_sync_give_the_documented_fields(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    technicians = listed(capsys, "technicians", "list")
    devices = listed(capsys, "devices", "list")
    assert len(technicians) >= 5 and len(devices) >= 10
    assert all(set(t) == TECHNICIAN_KEYS for t in technicians)
    assert all(set(d) == DEVICE_KEYS for d in devices)
    assert {d["type"] for d in devices} == {"testo 300", "testo 330", "testo 557s"}
    assert all(set(a) == {"technician_id", "associated_on", "removed_on"} for d in devices for a in d["technicians"])
    assert {t["working_mode"] for t in technicians} == {1, 2}
    assert all(set(t["technical_information"]) >= {"authorised_technician", "chimney_sweep", "heating_adviser",
                                                   "works_for_oca"} for t in technicians)
    holder = next(t for t in technicians if t["devices"])
    assert {d["id"] for d in holder["devices"]} <= {d["id"] for d in devices}


def test_create_get_link_unlink(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    assert main(["technicians", "create", "--file", write(tmp_path / "t.json", TECHNICIAN)]) == 0
    created = listed(capsys, "technicians", "get", "--external-id", "CLI-1")
    assert created["name"] == "Selle Tolvaghem" and isinstance(created["id"], int) and created["active"] is True
    assert listed(capsys, "technicians", "get", "--id", str(created["id"]))["external_id"] == "CLI-1"
    assert main(["devices", "create", "--file", write(tmp_path / "d.json", DEVICE)]) == 0
    [device] = [d for d in listed(capsys, "devices", "list") if d["serial_number"] == "CLI-330-1"]
    assert isinstance(device["id"], int) and device["group"] == "heating" and device["type"] == "testo 330"
    link = ["--device", str(device["id"]), "--technician", str(created["id"])]
    assert main(["devices", "link", *link]) == 0
    assert [d["id"] for d in listed(capsys, "technicians", "get", "--id", str(created["id"]))["devices"]] == \
        [device["id"]]
    assert main(["devices", "link", *link]) == 2  # already linked: said, nothing queued
    assert "already has this device" in capsys.readouterr().err
    assert main(["devices", "unlink", *link]) == 0
    [device] = [d for d in listed(capsys, "devices", "list") if d["serial_number"] == "CLI-330-1"]
    assert device["technicians"][0]["removed_on"] is not None
    assert listed(capsys, "outbox", "list") == []


def test_bad_input_exits_2_naming_the_field_and_queues_nothing(home: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["technicians", "create", "--file", write(tmp_path / "t.json", {**TECHNICIAN, "email": "x",
                                                                               "wo_status": 5})]) == 2
    err = capsys.readouterr().err
    assert "t.json" in err and "email: not a valid e-mail address" in err and "wo_status: must be one of 1, 2" in err
    assert main(["devices", "create", "--file", write(tmp_path / "d.json", {**DEVICE, "type": "9"})]) == 2
    assert "type: must be one of 1, 2, 3" in capsys.readouterr().err
    assert main(["devices", "create", "--file", str(tmp_path / "missing.json")]) == 2
    with pytest.raises(SystemExit) as usage:  # argparse's own usage error
        main(["devices", "link", "--device", "x", "--technician", "1"])
    assert usage.value.code == 2
    assert main(["devices", "link", "--device", "424242", "--technician", "1"]) == 2
    assert "no device 424242" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["technicians", "get"])
    assert usage.value.code == 2
    assert listed(capsys, "outbox", "list") == []


def test_a_rejected_technician_is_corrected_by_running_the_command_again(home: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    body = {**TECHNICIAN, "devices": [{"id": 99999, "action": "add"}]}  # valid, but Pro+ has no device 99999
    assert main(["technicians", "create", "--file", write(tmp_path / "t.json", body)]) == 1
    assert "The selected devices.0.id is invalid." in capsys.readouterr().err
    [rejected] = listed(capsys, "outbox", "list")
    assert rejected["state"] == "rejected"
    assert main(["technicians", "create", "--file", write(tmp_path / "t.json", TECHNICIAN)]) == 0
    assert listed(capsys, "outbox", "list") == []
    assert len([t for t in listed(capsys, "technicians", "list") if t["external_id"] == "CLI-1"]) == 1


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*")
def test_vendor_failures_exit_1_and_keep_the_write(home: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["sync"]) == 0
    assert main(["technicians", "get", "--id", "9999"]) == 1
    assert "Technician not found" in capsys.readouterr().err
    # Pro+ unreachable: the write is queued and kept, exit 1.
    monkeypatch.setenv("FIELDDESK_PROFILE", "live")
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", "k")
    assert main(["devices", "create", "--file", write(tmp_path / "d.json", DEVICE)]) == 1
    assert "not sent yet (proplus: cannot connect); it stays queued" in capsys.readouterr().err
    [entry] = listed(capsys, "outbox", "list")
    assert entry["operation"] == "create-device" and entry["state"] == "pending"
    capsys.readouterr()
    assert main(["technicians", "get", "--id", "2", "--json"]) == 0  # unreachable: from the cache, and said so
    out = capsys.readouterr()
    assert json.loads(out.out)["id"] == 2 and "this is the cached technician" in out.err


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["technicians", "devices"]), data=st.one_of(
    st.binary(max_size=120),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                 lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children,
                                                                                   max_size=4),
                 max_leaves=12).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "replace")),
    st.dictionaries(st.sampled_from(sorted({*TECHNICIAN, *DEVICE, "certificates", "devices", "id"})),
                    st.none() | st.integers() | st.text(max_size=12) | st.lists(st.integers(), max_size=2),
                    max_size=8).map(lambda v: json.dumps(v).encode("utf-8", "replace")),
))
@example(kind="technicians", data=json.dumps(TECHNICIAN).encode())
@example(kind="devices", data=b'{"device_group": "1", "type": "1", "serial_number": "\\ud800", '
                              b'"purchase_date": "2024-01-01", "mfg_date": "2024-01-01"}')
def test_any_bytes_in_a_file_exit_0_or_2_and_failures_queue_nothing(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, data: bytes) -> None:
    path = tmp_path / "body.json"
    path.write_bytes(data)
    capsys.readouterr()
    assert main(["outbox", "list", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    code = main([kind, "create", "--file", str(path)])
    out = capsys.readouterr()
    assert code in (0, 2), out.err
    assert "Traceback" not in out.err
    assert main(["outbox", "list", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    if code == 2:
        assert after == before, "a refused file queues nothing"
        assert str(path) in out.err
