"""The `fielddesk` command line, run in-process as a user would run it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import COMMANDS, _command_in, gui, main, noun
from app.sandbox.proplus import SANDBOX_SECRET_KEY, ProPlusState, create_proplus_app
from app.sandbox.server import serve_in_thread
from tests.helpers import new_client_body

CLIENT_KEYS = {"name", "proplus_id", "region", "address", "house_no", "post_bus", "city", "postal_code",
               "phone", "email", "appliances"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDDESK_HOME", str(tmp_path))
    for var in ("FIELDDESK_PROFILE", "FIELDDESK_PROPLUS_BASE_URL", "FIELDDESK_PROPLUS_SECRET_KEY"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def write_json(path: Path, body: object) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_sync_then_list_json_in_the_sandbox(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    capsys.readouterr()
    assert main(["clients", "list", "--json"]) == 0
    clients = json.loads(capsys.readouterr().out)
    assert len(clients) >= 50
    assert all(set(c) >= CLIENT_KEYS for c in clients)
    assert {c["region"] for c in clients} == {"brussels", "flanders", "wallonia"}
    appliances = [a for c in clients for a in c["appliances"]]
    for a in appliances:
        assert a["kind"] in ("heating", "cooling") and a["proplus_id"] is not None
        if a["kind"] == "heating":
            assert {"brussels": "brussels", "flanders": "flanders", "wallonia": "wallonie"}[a["region"]] in a
        else:
            assert {"condensors", "verdampers", "compressors"} <= set(a)
    assert any(a["kind"] == "cooling" for a in appliances)


def test_search_filters_the_list(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["sync"])
    capsys.readouterr()
    main(["clients", "list", "--json"])
    first = json.loads(capsys.readouterr().out)[0]
    main(["clients", "list", "--search", first["postal_code"], "--json"])
    found = json.loads(capsys.readouterr().out)
    assert found and all(first["postal_code"] in (c["postal_code"] + c["phone"] + c["address"]) for c in found)


def test_push_bad_input_exits_2_naming_each_field(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = new_client_body()
    body["client"][0]["heating_appliance"].append({"region": "1"})
    body["client"][0]["heating_appliance"][0]["flanders"]["device_year"] = "19"
    assert main(["clients", "push", "--file", write_json(home / "bad.json", body)]) == 2
    err = capsys.readouterr().err
    assert "client[0].heating_appliance[1].name: required" in err
    assert "client[0].heating_appliance[0].flanders.device_year" in err
    assert main(["outbox", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_push_file_that_is_not_json_exits_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (home / "broken.json").write_text('{"client": [', encoding="utf-8")
    assert main(["clients", "push", "--file", str(home / "broken.json")]) == 2
    assert "broken.json:1:" in capsys.readouterr().err
    assert main(["clients", "push", "--file", str(home / "missing.json")]) == 2


def test_push_stores_processed_ids(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clients", "push", "--file", write_json(home / "c.json", new_client_body())]) == 0
    capsys.readouterr()
    main(["clients", "list", "--search", "Veldkamp", "--json"])
    [client] = json.loads(capsys.readouterr().out)
    assert client["proplus_id"] is not None
    assert all(a["proplus_id"] is not None for a in client["appliances"])


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_offline_push_is_queued_and_sent_once_on_next_sync(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    state = ProPlusState()
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SANDBOX_SECRET_KEY)
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    assert main(["clients", "push", "--file", write_json(home / "c.json", new_client_body())]) == 1
    assert "cannot connect" in capsys.readouterr().err
    main(["outbox", "list", "--json"])
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["state"] == "pending" and entry["attempts"] == 1
    with serve_in_thread(create_proplus_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
        assert main(["sync"]) == 0
        assert main(["sync"]) == 0
    assert len(state.find_clients(name="Atelier Veldkamp")) == 1
    assert state.push_count == 1
    capsys.readouterr()
    main(["outbox", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*authentication failed")
def test_wrong_key_in_live_mode_exits_1_and_keeps_the_cache(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    state = ProPlusState(clients=[{"id": 7, "name": "Studio Ormelind", "address": "Dorp 1"}])
    with serve_in_thread(create_proplus_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
        monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SANDBOX_SECRET_KEY)
        assert main(["sync"]) == 0
        monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", "not-the-right-key")
        capsys.readouterr()
        assert main(["sync"]) == 1
        err = capsys.readouterr().err
    assert "authentication failed" in err.lower()
    assert "not-the-right-key" not in err
    main(["clients", "list", "--json"])
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Studio Ormelind"]
    db = (home / "fielddesk.sqlite3").read_bytes()
    assert b"not-the-right-key" not in db and SANDBOX_SECRET_KEY.encode() + b"\x00" not in db


def test_unknown_vendor_is_bad_usage(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync", "--vendor", "nosuch"]) == 2
    assert "--vendor" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "command"), [
    ([], "gui"),
    (["--home", "/tmp/x", "--profile", "live"], "gui"),
    (["--home", "sync", "gui", "--pane", "outbox"], "gui"),  # "sync" is the value of --home here
    (["--profile=live", "sync"], "sync"),
    (["clients", "list", "--json"], "clients"),
    (["--help"], None),
    (["nonsense"], None),
])
def test_the_command_is_found_before_the_parser_is_built(argv: list[str], command: str | None) -> None:
    assert _command_in(argv) == command


def test_bad_usage_still_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["nonsense"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'nonsense'" in error
    assert all(f"'{name}'" in error for name in COMMANDS)


def test_gui_offers_the_panes_the_window_has() -> None:
    from ui.main_window import PANES as WINDOW_PANES

    assert gui.PANES == WINDOW_PANES


def test_every_noun_is_a_command() -> None:
    # DESIGN.md's nouns, each once
    assert {"gui", "sync", "clients", "outbox", "conflicts", "workorders", "webhook", "technicians",
            "devices"} <= set(COMMANDS)
    assert len(set(COMMANDS)) == len(COMMANDS)
    for name in COMMANDS:
        module = noun(name)
        assert name == module.NAME and module.HELP and callable(module.add_arguments)
        assert callable(module.run_window if module is gui else module.run)


@pytest.mark.parametrize("command", [["sync"], ["clients", "list", "--json"], ["outbox", "list"],
                                     ["workorders", "list"], ["conflicts", "list", "--json"],
                                     ["heatpumps", "status", "--json"], ["climate", "list"],
                                     ["bookings", "--order", "FD-24001", "--json"]])
def test_every_command_says_which_profile_it_runs_in(home: Path, capsys: pytest.CaptureFixture[str],
                                                     command: list[str]) -> None:
    assert main(command) == 0
    out, errors = capsys.readouterr()
    assert errors.splitlines()[0].startswith("fielddesk: profile: sandbox (")
    assert sum("profile:" in line for line in errors.splitlines()) == 1  # said once
    assert "profile" not in out  # stdout stays the command's own output (JSON with --json)


def test_the_live_profile_names_each_vendor_and_where_it_is(home: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", "not-a-real-secret-0001")
    assert main(["outbox", "list"]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert first == "fielddesk: profile: live (Pro+ at http://127.0.0.1:9)"
    assert "not-a-real-secret" not in first


def test_resubmit_or_discard_of_an_unknown_write_exits_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outbox", "resubmit", "77"]) == 2
    assert "outbox 77: no such queued write" in capsys.readouterr().err
    assert main(["outbox", "discard", "77", "--yes"]) == 2
    assert "outbox 77: no such queued write" in capsys.readouterr().err


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_resubmit_validates_the_file_as_its_vendor_does(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    state = ProPlusState()
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SANDBOX_SECRET_KEY)
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    assert main(["clients", "push", "--file", write_json(home / "c.json", new_client_body())]) == 1
    capsys.readouterr()
    main(["outbox", "list", "--json"])
    [entry] = json.loads(capsys.readouterr().out)
    bad = new_client_body()
    bad["client"][0]["heating_appliance"][0]["flanders"]["device_year"] = "19"
    assert main(["outbox", "resubmit", str(entry["id"]), "--file", write_json(home / "bad.json", bad)]) == 2
    assert "client[0].heating_appliance[0].flanders.device_year" in capsys.readouterr().err
    main(["outbox", "list", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["payload"] == entry["payload"]
    with serve_in_thread(create_proplus_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
        fixed = write_json(home / "fixed.json", new_client_body(city="Gent-Centrum"))
        assert main(["outbox", "resubmit", str(entry["id"]), "--file", fixed]) == 0
    [sent] = state.find_clients(name="Atelier Veldkamp")
    assert sent["city"] == "Gent-Centrum"


def test_resubmit_replays_the_writes_own_vendor(home: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import outbox
    from app.store.db import Store

    store = Store(home / "fielddesk.sqlite3")
    with store.transaction() as conn:
        entry_id = outbox.enqueue(conn, vendor="testresults", operation="update-customer", record_key="customer-1",
                                  summary="Update a customer", payload={"changes": {"Name": "x"}})
    store.close()
    assert main(["outbox", "resubmit", str(entry_id), "--file", write_json(home / "x.json", {})]) == 2
    assert "testresults.io update-customer write takes no corrected file" in capsys.readouterr().err
    # A live profile with Pro+ alone: the write is for a vendor this profile does not sync with.
    monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SANDBOX_SECRET_KEY)
    assert main(["--profile", "live", "outbox", "resubmit", str(entry_id)]) == 1  # not sent to Pro+, and kept
    assert "testresults.io is not configured in this profile" in capsys.readouterr().err
    main(["outbox", "list", "--json"])
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["vendor"] == "testresults" and entry["state"] == "pending"


def test_the_fast_listing_is_exactly_the_clients_as_client_json_shows_them(desk: Any) -> None:
    """`clients list --json` splices the stored blocks in as JSON text: it must say what the domain objects say,
    odd records included (a block that is not an object, parts that are null or a string, non-ASCII text)."""
    from app.store.clients import write_client
    from app.vendors.proplus.mapping import client_json
    from tests.ui.test_panes import crafted_client

    odd = crafted_client()
    odd.local_id, odd.name = "fd-odd", "Ödön Œuvre “quoted”"
    odd.appliances[0].local_id, odd.appliances[1].local_id = "fd-odd-boiler", "fd-odd-cooler"
    odd.appliances[0].fields["flanders"] = "not an object"
    odd.appliances[1].fields["condensors"] = None
    odd.appliances[1].fields["verdampers"] = "één"
    with desk.store.transaction() as conn:
        write_client(conn, odd)
    expected = [client_json(c) for c in desk.clients.iter()]
    assert [json.loads(text) for text in desk.clients.listing()] == expected
    assert [json.loads(text) for text in desk.clients.listing("Ödön")] == [client_json(odd)]


_ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # any text SQLite can hold


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_ANY_TEXT, city=_ANY_TEXT, email=_ANY_TEXT, make=_ANY_TEXT, block_value=_ANY_TEXT)
def test_the_listing_encodes_any_text_as_client_json_does(desk: Any, name: str, city: str, email: str, make: str,
                                                           block_value: str) -> None:
    """SQLite encodes the listed columns (json_object): control characters, quotes, backslashes and characters
    outside the BMP must come out as Python's encoder gives them, in a record that parses."""
    from app.store.clients import write_client
    from app.vendors.proplus.mapping import client_json
    from tests.ui.test_panes import crafted_client

    odd = crafted_client()
    odd.local_id, odd.name, odd.city, odd.email = "fd-any", name, city, email
    odd.appliances[0].local_id, odd.appliances[1].local_id = "fd-any-boiler", "fd-any-cooler"
    odd.appliances[0].fields["make"] = make
    odd.appliances[0].fields["brussels"] = {"note": block_value}
    with desk.store.transaction() as conn:
        conn.execute("DELETE FROM clients WHERE local_id = 'fd-any'")
        write_client(conn, odd)
    expected = {c.local_id: client_json(c) for c in desk.clients.iter()}
    listed = [json.loads(text) for text in desk.clients.listing()]
    assert {c["local_id"]: c for c in listed} == expected


@pytest.mark.allow_log("app.cli", level="ERROR", match="'clients' failed")
def test_a_fault_in_fielddesk_is_one_line_without_a_secret_and_the_traceback_goes_to_the_log(
        home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.logging_setup import register_secret

    secret = "s3cr3t-key-in-a-fault"
    register_secret(secret)

    async def broken(desk: Any, args: Any) -> int:
        raise RuntimeError(f"unexpected state while listing (key {secret})")

    monkeypatch.setattr(noun("clients"), "run", broken)
    assert main(["clients", "list"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and secret not in err, err
    [said] = [line for line in err.splitlines() if "profile:" not in line]
    log_file = home / "logs" / "fielddesk.log"
    assert said.startswith("fielddesk: clients failed: unexpected state while listing (key ***)") and \
        str(log_file) in said, said
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError" in logged and secret not in logged


def test_a_vendor_failure_no_command_words_exits_1_with_the_vendors_message(
        home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.startup import VendorError

    async def offline(desk: Any, args: Any) -> int:
        raise VendorError("proplus", "no connection")

    monkeypatch.setattr(noun("clients"), "run", offline)
    assert main(["clients", "list"]) == 1
    err = capsys.readouterr().err
    assert "fielddesk: proplus: no connection" in err and "Traceback" not in err and "fault" not in err, err
