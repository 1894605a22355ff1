"""One replayer per cache: the window and a `fielddesk sync` (or two syncs) on one home never send the same
queued write twice or a record's writes out of order. Two real processes replay one outbox at once against a
Pro+ simulator on loopback; the simulator records every delivery."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.proplus import ProPlusState, create_proplus_app
from app.sandbox.server import serve_in_thread
from app.services.fielddesk import FieldDesk
from tests.helpers import new_client_body

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "faults" / "crash_child.py"
RECORDS, EDITS, ROUNDS = 8, 4, 20
SECRET = "fd-two-replayers-key"


class RecordingState(ProPlusState):
    """Remembers every delivered client write as (third-party id, city), in arrival order."""

    def __init__(self) -> None:
        super().__init__()
        self.deliveries: list[tuple[str, str]] = []

    def push(self, payload: object) -> Any:
        answer = super().push(payload)
        body = payload.get("client") if isinstance(payload, dict) else None
        for client in body if isinstance(body, list) else [body]:
            if isinstance(client, dict):
                self.deliveries.append((str(client.get("third_party_id")), str(client.get("city"))))
        return answer


def _queue_writes(home: Path) -> None:
    desk = FieldDesk.open(home, "live")
    for index in range(RECORDS):
        body = new_client_body(f"Replay Client {index}", city="v0")
        del body["client"][0]["cooling_appliance"]
        desk.clients.queue_push(body)
    for edit in range(1, EDITS + 1):
        for client in desk.clients.list():
            client.city = client.fields["city"] = f"v{edit}"
            desk.clients.save(client)
    assert len(desk.outbox.entries()) == RECORDS * (EDITS + 1)
    asyncio.run(desk.aclose())


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_processes_replaying_one_outbox_deliver_each_write_once_and_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, round_: int) -> None:
    monkeypatch.setenv("FIELDDESK_PROPLUS_SECRET_KEY", SECRET)
    monkeypatch.delenv("FIELDDESK_PROFILE", raising=False)
    state = RecordingState()
    with serve_in_thread(create_proplus_app(state, secret_key=SECRET, latency=0.005)) as server:
        monkeypatch.setenv("FIELDDESK_PROPLUS_BASE_URL", server.base_url)
        home = tmp_path / "home"
        _queue_writes(home)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        children = [subprocess.Popen([sys.executable, str(CHILD), str(home), server.base_url], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, f"{out}\n{err[-2000:]}"
    by_record: dict[str, list[str]] = defaultdict(list)
    for record, city in state.deliveries:
        by_record[record].append(city)
    assert len(by_record) == RECORDS
    expected = [f"v{i}" for i in range(EDITS + 1)]
    for record, cities in by_record.items():
        assert cities == expected, f"{record}: delivered {cities}"
