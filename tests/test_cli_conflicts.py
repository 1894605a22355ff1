"""`fielddesk conflicts list|resolve` over a real sandbox home: a field edited here while Pro+ changed it too."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.paths import resolve_paths
from app.sandbox.proplus import ProPlusState
from app.services.fielddesk import FieldDesk

LOCAL_EMAIL, SERVER_EMAIL, LOCAL_PHONE = "nieuw@example.be", "kantoor@example.be", "+32 2 555 77 77"



def sandbox_server(home: Path) -> ProPlusState:
    """The sandbox's Pro+ as the home keeps it (the file its in-process simulator loads and saves)."""
    return ProPlusState(resolve_paths(home).sandbox_dir / "proplus.json")


def make_conflict(home: Path) -> dict[str, Any]:
    """Sync; edit a client's e-mail and phone without sending it; Pro+ changes the e-mail meanwhile; pull.
    Returns the client as `clients list --json` showed it before the edit."""
    assert main(["sync"]) == 0

    async def scenario() -> dict[str, Any]:
        desk = FieldDesk.open(home, "sandbox")
        try:
            client = desk.clients.list()[0]
            before = {"local_id": client.local_id, "proplus_id": client.proplus_id, "name": client.name}
            client.email = client.fields["email"] = LOCAL_EMAIL
            client.phone = client.fields["phone"] = LOCAL_PHONE
            desk.clients.save(client)  # queued, not sent
            sandbox_server(home).push({"client": {"id": client.proplus_id, "name": client.name,
                                                  "email": SERVER_EMAIL}})
            await desk.engine.adapters["proplus"].pull(desk.store, lambda *_: None)  # pull only, no replay
            return before
        finally:
            await desk.aclose()

    return asyncio.run(scenario())


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def cached(capsys: pytest.CaptureFixture[str], local_id: str) -> dict[str, Any]:
    return next(c for c in run_json(capsys, "clients", "list") if c["local_id"] == local_id)


def queued_fields(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    [entry] = run_json(capsys, "outbox", "list")
    [fields] = entry["payload"]["client"]
    return dict(fields)


def test_list_shows_each_vendors_conflicts(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = make_conflict(home)
    capsys.readouterr()
    assert main(["conflicts", "list"]) == 0
    out, err = capsys.readouterr()
    [line] = out.splitlines()
    assert "Pro+" in line and "client" in line and client["local_id"] in line and "email" in line
    assert f'local "{LOCAL_EMAIL}"' in line and f'server "{SERVER_EMAIL}"' in line
    assert "1 conflict(s)" in err

    [conflict] = run_json(capsys, "conflicts", "list")
    assert conflict == {"id": conflict["id"], "vendor": "proplus", "entity": "client",
                        "record_key": client["local_id"], "field": "email", "local": LOCAL_EMAIL,
                        "server": SERVER_EMAIL}


def test_theirs_takes_the_server_value_into_the_cache_and_out_of_the_queued_write(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = make_conflict(home)
    [conflict] = run_json(capsys, "conflicts", "list")
    assert main(["conflicts", "resolve", str(conflict["id"]), "--theirs"]) == 0
    assert "took the server's value" in capsys.readouterr().err
    assert run_json(capsys, "conflicts", "list") == []
    assert cached(capsys, client["local_id"])["email"] == SERVER_EMAIL
    fields = queued_fields(capsys)
    assert "email" not in fields and fields["phone"] == LOCAL_PHONE

    assert main(["sync"]) == 0
    server = sandbox_server(home).get_client(client["proplus_id"]) or {}
    assert server["email"] == SERVER_EMAIL and server["phone"] == LOCAL_PHONE


def test_mine_keeps_the_local_value_for_the_next_sync(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = make_conflict(home)
    [conflict] = run_json(capsys, "conflicts", "list")
    assert main(["conflicts", "resolve", str(conflict["id"]), "--mine"]) == 0
    assert "kept the local value" in capsys.readouterr().err
    assert run_json(capsys, "conflicts", "list") == []
    assert cached(capsys, client["local_id"])["email"] == LOCAL_EMAIL
    assert queued_fields(capsys)["email"] == LOCAL_EMAIL

    assert main(["sync"]) == 0
    server = sandbox_server(home).get_client(client["proplus_id"]) or {}
    assert server["email"] == LOCAL_EMAIL and server["phone"] == LOCAL_PHONE


def test_unknown_conflict_exits_2_naming_it(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conflicts", "resolve", "4242", "--mine"]) == 2
    assert "conflict 4242: no such conflict" in capsys.readouterr().err


@pytest.mark.parametrize("sides", [[], ["--mine", "--theirs"]])
def test_resolve_takes_exactly_one_side(home: Path, capsys: pytest.CaptureFixture[str], sides: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["conflicts", "resolve", "1", *sides])
    assert stop.value.code == 2
    assert "--mine" in capsys.readouterr().err
