"""`fielddesk customers ...` run in-process as a user runs it, against the testresults.io sandbox (14 demo
customers, 3 archived): the listings and their `--json` fields, one customer in full, creating, changing,
archiving, restoring and deleting one (queued and sent at once), exit 2 for bad input with nothing queued, exit 1
with the write kept when testresults.io cannot be reached, and any bytes in CUSTOMER.json ending in exit 0 or 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main

#: `customers list --json` fields, per customer.
CUSTOMER_KEYS = {"id", "local_id", "name", "subdomain", "account_number", "address", "cost_center", "currency", "tax",
                 "due_days", "appliances", "archived", "data_version", "pending", "deleting"}
ORVELLE = "7e570000-0000-4000-8000-000000000001"  # Chauffage Liégeois Orvelle SRL, two target groups
KWELMAR = "7e570000-0000-4000-8000-000000000002"  # Kwelmar Verwarming BV
DRAVENNE = "7e570000-0000-4000-8000-000000000004"  # Dravenne Énergie SCRL, archived
OFFLINE = r"sync testresults: .*cannot connect"


@pytest.fixture
def synced(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A sandbox home (tests/conftest.py) with testresults.io's demo customers cached."""
    assert main(["sync", "--vendor", "testresults"]) == 0
    capsys.readouterr()
    return home


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # the whole of stdout is the JSON


def customers(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = listed(capsys, "customers", "list", *argv)
    return found


def queued(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = listed(capsys, "outbox", "list")
    return entries


def write(path: Path, body: object) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_list_gives_the_active_the_archived_or_all_customers(synced: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    active, archived, every = customers(capsys), customers(capsys, "--archived"), customers(capsys, "--all")
    assert (len(active), len(archived), len(every)) == (11, 3, 14)
    assert all(set(c) == CUSTOMER_KEYS for c in every)
    assert not any(c["archived"] for c in active) and all(c["archived"] for c in archived)
    assert {c["id"] for c in every} == {c["id"] for c in active + archived}
    assert all(c["id"] and c["data_version"] and not c["pending"] for c in every)
    orvelle = next(c for c in active if c["id"] == ORVELLE)
    assert orvelle["name"] == "Chauffage Liégeois Orvelle SRL" and orvelle["subdomain"] == "orvelle"
    assert orvelle["account_number"] == "FD-BE-0001" and orvelle["currency"] == "EUR" and orvelle["tax"] == 2100

    code, out, err = run(capsys, "customers", "list")
    assert code == 0 and len(out.splitlines()) == 11 and "11 active customer(s)" in err
    assert "orvelle" in out and "FD-BE-0001" in out and ORVELLE in out and "(archived)" not in out
    code, out, err = run(capsys, "customers", "list", "--archived")
    assert code == 0 and len(out.splitlines()) == 3 and "3 archived customer(s)" in err
    assert all(line.endswith("(archived)") for line in out.splitlines())
    code, out, err = run(capsys, "customers", "list", "--all")
    assert code == 0 and len(out.splitlines()) == 14 and "14 customer(s)" in err
    with pytest.raises(SystemExit) as usage:
        main(["customers", "list", "--archived", "--all"])
    assert usage.value.code == 2


def test_search_matches_name_subdomain_account_and_id_in_any_case(synced: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert [c["id"] for c in customers(capsys, "--search", "KWELMAR")] == [KWELMAR]
    assert [c["name"] for c in customers(capsys, "--search", "quenby-thermal")] == ["Quenby Thermal Services Ltd"]
    assert len(customers(capsys, "--search", "fd-uk")) == 2  # the third UK customer is archived
    assert {c["account_number"] for c in customers(capsys, "--search", "FD-UK", "--all")} == \
        {"FD-UK-0001", "FD-UK-0002", "FD-UK-0003"}
    assert [c["id"] for c in customers(capsys, "--search", DRAVENNE[-12:], "--archived")] == [DRAVENNE]
    assert customers(capsys, "--search", "no such customer") == []
    code, out, err = run(capsys, "customers", "list", "--search", "kwelmar")
    assert code == 0 and out.count("\n") == 1 and "1 active customer(s)" in err


def test_show_one_customer_in_full_by_id_or_local_id(synced: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown = listed(capsys, "customers", "show", ORVELLE)
    assert set(shown) >= CUSTOMER_KEYS and shown["id"] == ORVELLE
    assert shown["target_groups"] == [{"label": "Atelier Liège", "name": "liege-atelier01"},
                                      {"label": "Camionnette 2", "name": "van2tablet"}]
    assert shown["customer"]["Id"] == ORVELLE and shown["customer"]["TechnicalName"] == "chauffageliegeoisorvelle"
    assert shown["outbox_state"] is None and shown["outbox_error"] is None
    assert listed(capsys, "customers", "show", shown["local_id"]) == shown
    code, out, _err = run(capsys, "customers", "show", ORVELLE)
    assert code == 0 and ORVELLE in out and "Rue des Forgerons 14" in out
    assert "target group Camionnette 2: van2tablet" in out


@pytest.mark.parametrize("argv", [["show"], ["show", "--json"], ["update", "--name", "X"], ["archive"],
                                  ["restore"], ["delete"]])
def test_an_unknown_customer_exits_2_naming_it(synced: Path, capsys: pytest.CaptureFixture[str],
                                               argv: list[str]) -> None:
    code, out, err = run(capsys, "customers", argv[0], "nosuch-42", *argv[1:])
    assert code == 2 and "no customer 'nosuch-42'" in err and "Traceback" not in err
    assert out == ""
    assert queued(capsys) == []


def test_create_sends_it_at_once_and_it_has_an_id(synced: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "customers", "create", "--name", "  Verwarming Oostmolen BV ", "--subdomain",
                         "oostmolen", "--target-groups", "Werkplaats:oost-box1, Bus 3:bus3tablet")
    assert code == 0, err
    assert "outbox 1: created" in out and "queued outbox 1" in err
    assert queued(capsys) == []
    [created] = customers(capsys, "--search", "oostmolen")
    assert created["name"] == "Verwarming Oostmolen BV" and created["id"] and created["data_version"]
    assert created["pending"] is False and created["currency"] == "CHF"  # testresults.io's default
    assert f"created customer {created['id']} (Verwarming Oostmolen BV)" in out
    assert listed(capsys, "customers", "show", created["id"])["target_groups"] == [
        {"label": "Werkplaats", "name": "oost-box1"}, {"label": "Bus 3", "name": "bus3tablet"}]
    assert main(["sync", "--vendor", "testresults"]) == 0  # testresults.io has it: a new pull keeps it, once
    assert [c["id"] for c in customers(capsys, "--search", "oostmolen")] == [created["id"]]
    assert len(customers(capsys)) == 12


def test_create_from_a_file(synced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = {"Name": "Klimaat Veldhoven BV", "Subdomain": "veldhoven", "Appliances": "Kantoor Box:0a1b2c3d4e5f"}
    code, _out, err = run(capsys, "customers", "create", "--file", write(tmp_path / "c.json", body))
    assert code == 0, err
    [created] = customers(capsys, "--search", "veldhoven")
    assert created["id"] and created["appliances"] == "Kantoor Box:0a1b2c3d4e5f"
    assert queued(capsys) == []


def test_a_bad_subdomain_exits_2_naming_it_and_queues_nothing(synced: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "customers", "create", "--name", "Koeltechniek Zandvoorde", "--subdomain",
                         "Zand_Voorde")
    assert code == 2 and out == ""
    assert "Subdomain (--subdomain): 'Zand_Voorde': use lower-case letters" in err
    code, _out, err = run(capsys, "customers", "create", "--file",
                          write(tmp_path / "bad.json", {"Name": "x" * 101, "Subdomain": "-zand", "Extra": 1}))
    assert code == 2
    assert f"{tmp_path / 'bad.json'}: invalid customer body:" in err
    assert "Name: has 101 characters; at most 100" in err and "Subdomain: '-zand'" in err
    assert "Extra: not a field FieldDesk can set" in err
    code, _out, err = run(capsys, "customers", "create", "--name", "Koeltechniek Zandvoorde")
    assert code == 2 and "Subdomain (--subdomain): is required" in err
    assert queued(capsys) == []
    assert len(customers(capsys, "--all")) == 14


@pytest.mark.parametrize(("argv", "message"), [
    (["create"], "give --name NAME --subdomain SUB"),
    (["create", "--file", "c.json", "--name", "X"], "not both"),
    (["create", "--file", "missing.json"], "missing.json: cannot read"),
    (["update", ORVELLE], "give what to change"),
    (["update", ORVELLE, "--subdomain", "UPPER"], "Subdomain (--subdomain): 'UPPER'"),
    (["update", ORVELLE, "--name", " "], "Name (--name): is required"),
    (["update", ORVELLE, "--target-groups", "x" * 1001], "Appliances (--target-groups): has 1001 characters"),
    (["update", ORVELLE, "--name", "Orvelle \udcff"], "--name: contains characters that are not valid text"),
    (["create", "--name", "\ud800", "--subdomain", "ok"], "--name: contains characters that are not valid text"),
])
def test_bad_usage_or_input_exits_2_and_queues_nothing(synced: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                                       message: str) -> None:
    monkeypatch.chdir(synced)
    code, _out, err = run(capsys, "customers", *argv)
    assert code == 2 and message in err and "Traceback" not in err
    assert queued(capsys) == []
    assert listed(capsys, "customers", "show", ORVELLE)["name"] == "Chauffage Liégeois Orvelle SRL"


def test_update_archive_restore_delete(synced: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "customers", "update", KWELMAR, "--name", "Kwelmar Warmte BV", "--target-groups",
                         "")
    assert code == 0 and "outbox 1: updated" in out, err
    shown = listed(capsys, "customers", "show", KWELMAR)
    assert shown["name"] == "Kwelmar Warmte BV" and shown["appliances"] is None and shown["pending"] is False
    code, out, _err = run(capsys, "customers", "update", KWELMAR, "--name", "Kwelmar Warmte BV")
    assert code == 0 and "nothing to change" in out

    code, out, _err = run(capsys, "customers", "archive", KWELMAR)
    assert code == 0 and "outbox 2: archived" in out
    assert KWELMAR in {c["id"] for c in customers(capsys, "--archived")}
    assert KWELMAR not in {c["id"] for c in customers(capsys)}
    code, out, _err = run(capsys, "customers", "archive", KWELMAR)
    assert code == 0 and "nothing to change" in out and "archived already" in out
    code, out, _err = run(capsys, "customers", "restore", DRAVENNE)
    assert code == 0 and "outbox 3: restored" in out
    assert DRAVENNE in {c["id"] for c in customers(capsys)}

    # testresults.io has every change: a fresh pull shows the same customers
    assert main(["sync", "--vendor", "testresults"]) == 0
    assert listed(capsys, "customers", "show", KWELMAR)["name"] == "Kwelmar Warmte BV"
    assert (len(customers(capsys)), len(customers(capsys, "--archived"))) == (11, 3)

    code, out, _err = run(capsys, "customers", "delete", KWELMAR)
    assert code == 0 and "outbox 4: deleted" in out
    assert KWELMAR not in {c["id"] for c in customers(capsys, "--all")}
    code, _out, err = run(capsys, "customers", "show", KWELMAR)
    assert code == 2 and KWELMAR in err
    assert main(["sync", "--vendor", "testresults"]) == 0
    assert len(customers(capsys, "--all")) == 13
    assert queued(capsys) == []


@pytest.mark.allow_log("app.sync.engine", match=OFFLINE)
def test_testresults_unreachable_exits_1_and_keeps_the_write(synced: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "live")
    monkeypatch.setenv("FIELDDESK_TESTRESULTS_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("FIELDDESK_TESTRESULTS_TOKEN", "not-a-real-token")
    code, _out, err = run(capsys, "customers", "create", "--name", "Warmtebouw Ysselmonde", "--subdomain",
                          "ysselmonde")
    assert code == 1
    assert "outbox 1: not sent yet (testresults: cannot connect); it stays queued and goes with the next sync" in err
    [entry] = queued(capsys)
    assert entry["operation"] == "create-customer" and entry["state"] == "pending"
    code, out, _err = run(capsys, "customers", "list", "--search", "ysselmonde")
    assert code == 0 and "(not sent yet)" in out and "(creation queued)" in out
    code, _out, err = run(capsys, "customers", "archive", ORVELLE)
    assert code == 1 and "it stays queued" in err
    assert [e["operation"] for e in queued(capsys)] == ["create-customer", "update-customer"]
    assert listed(capsys, "customers", "show", ORVELLE)["archived"] is True  # shown at once, sent later

    # back in the sandbox: the next sync sends both, once
    monkeypatch.setenv("FIELDDESK_PROFILE", "sandbox")
    monkeypatch.delenv("FIELDDESK_TESTRESULTS_BASE_URL")
    assert main(["sync", "--vendor", "testresults"]) == 0
    assert queued(capsys) == []
    [created] = customers(capsys, "--search", "ysselmonde")
    assert created["id"] and not created["pending"]
    assert ORVELLE in {c["id"] for c in customers(capsys, "--archived")}


def test_a_customer_that_never_left_is_deleted_here(synced: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROFILE", "live")  # only Pro+ is configured: testresults.io is not set up
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", "not-a-real-key")
    code, _out, err = run(capsys, "customers", "create", "--name", "Koelhuis Vrijbergen", "--subdomain", "vrijbergen")
    assert code == 1 and "testresults.io is not set up in this profile: outbox 1 stays queued" in err
    [created] = customers(capsys, "--search", "vrijbergen")
    assert created["id"] is None and created["pending"] is True
    code, out, _err = run(capsys, "customers", "delete", created["local_id"])
    assert code == 0 and "never reached testresults.io" in out
    assert queued(capsys) == [] and customers(capsys, "--search", "vrijbergen") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=120),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                 lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children,
                                                                                   max_size=4),
                 max_leaves=12).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "replace")),
    st.fixed_dictionaries({}, optional={
        "Name": st.none() | st.booleans() | st.integers() | st.text(max_size=110) | st.lists(st.text(), max_size=2),
        "Subdomain": st.none() | st.integers() | st.text(max_size=12)
        | st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}[a-z0-9]", fullmatch=True),
        "Appliances": st.none() | st.floats() | st.text(max_size=40) | st.dictionaries(st.text(max_size=3), st.text()),
        "Archived": st.booleans() | st.text(max_size=5),
        "Id": st.text(max_size=10),
    }).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "replace")),
))
@example(data=json.dumps({"Name": "Thermiek Hoogvliet", "Subdomain": "hoogvliet", "Appliances": "A:b"}).encode())
@example(data=b'{"Name": "Thermiek \\ud800", "Subdomain": "hoogvliet"}')  # a lone surrogate
@example(data=b'{"Name": "Thermiek", "Subdomain": "hoogvliet", "Appliances": "\\udfff"}')
@example(data=b'{"Name": "Thermiek", "Subdomain": "hoogvliet", "\\ud800": 1}')
@example(data=b'{"Name": "Thermiek", "Subdomain": "hoogvliet\\u0000"}')
@example(data=b'\xef\xbb\xbf{"Name": "A", "Subdomain": "a"}')
@example(data=b"[" * 5000)
def test_any_bytes_in_customer_json_exit_0_or_2_and_failures_queue_nothing(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    path = tmp_path / "customer.json"
    path.write_bytes(data)
    before = queued(capsys)
    code, _out, err = run(capsys, "customers", "create", "--file", str(path))
    assert code in (0, 2), err
    assert "Traceback" not in err
    assert queued(capsys) == before  # refused: nothing queued; accepted: sent and acknowledged
    if code == 2:
        assert str(path) in err
