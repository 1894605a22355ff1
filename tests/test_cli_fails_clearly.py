"""The command line tells the truth when something waits or breaks: `sync` exits 1 while a write is rejected,
a flood of bad clients is summarised, an ASCII-only terminal still gets its listing, and listings stream."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.services.fielddesk import FieldDesk
from app.store.clients import iter_clients
from tests.helpers import new_client_body

ROOT = Path(__file__).resolve().parents[1]



def test_sync_exits_1_on_every_run_while_a_rejected_write_waits(home: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync"]) == 0
    import asyncio

    desk = FieldDesk.open(home, "sandbox")
    desk.clients.queue_push(new_client_body())
    desk.store.conn.execute("UPDATE outbox SET payload = ?", (json.dumps({"client": [{"name": ""}]}),))
    asyncio.run(desk.aclose())
    capsys.readouterr()
    for _ in range(2):  # the first sync has it rejected; the next still reports it
        assert main(["sync"]) == 1
        out, err = capsys.readouterr()
        assert "waiting: 0 to send, 1 rejected" in out
        assert "1 write(s) were rejected" in err and "fielddesk outbox list" in err


def test_ten_thousand_bad_clients_are_summarised_after_a_screenful(home: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"client": [{"name": ""} for _ in range(10_000)]}), encoding="utf-8")
    assert main(["clients", "push", "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") < 60 and "more problem(s)" in err and "client[0].name: required" in err


def test_hostile_files_exit_2_naming_the_file(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = {"utf16.json": '{"client":[{"name":"A"}]}'.encode("utf-16"),
             "deep.json": b'{"client":' + b"[" * 1200 + b"]" * 1200 + b"}",
             "big.json": b'{"client":[{"name":"A","id":' + b"9" * 5000 + b"}]}"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert main(["clients", "push", "--file", str(tmp_path / name)]) == 2, name
        assert name in capsys.readouterr().err
    assert main(["clients", "push", "--file", ""]) == 2
    assert "no file name" in capsys.readouterr().err


def test_listing_on_an_ascii_only_terminal_does_not_crash(home: Path) -> None:
    assert main(["sync"]) == 0
    desk = FieldDesk.open(home, "sandbox")
    body = new_client_body("Brasserie Bélair")
    desk.clients.queue_push(body)
    import asyncio

    asyncio.run(desk.aclose())
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "FIELDDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    for extra in ([], ["--json"]):
        done = subprocess.run([sys.executable, "-m", "app", "clients", "list", "--search", "Bélair", *extra],
                              env=env, capture_output=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr.decode("ascii", "replace")
        if extra:
            assert json.loads(done.stdout)[0]["name"] == "Brasserie Bélair"
        else:
            assert b"Brasserie B?lair" in done.stdout


def test_listings_read_in_batches_keep_the_order_and_miss_nothing(home: Path) -> None:
    assert main(["sync"]) == 0
    desk = FieldDesk.open(home, "sandbox")
    for _ in range(3):  # equal names: the keyset continues by local id
        desk.clients.queue_push(new_client_body("Zelfde Naam", address=f"Straat {_}"))
    whole = [c.local_id for c in iter_clients(desk.store, batch=10_000)]
    for batch in (1, 2, 7):
        assert [c.local_id for c in iter_clients(desk.store, batch=batch)] == whole
    assert len(whole) == len(set(whole)) == desk.clients.count()
    import asyncio

    asyncio.run(desk.aclose())
