"""Pro+ answers whose records collide: clients and appliances sent twice, under one id or one third-party id, an
appliance listed by two clients, over a cache with a queued edit. Whatever the answer, a pull ends with a report
(never an exception), the cache stays consistent (every client's appliances and count, its row in the pane's table,
its vendor version readable) and the queued edit is still there."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.models import APPLIANCE_LISTS
from app.sandbox.demo_data import demo_clients
from app.store.clients import server_data
from app.vendors.errors import VendorError
from tests.helpers import open_desk, sandbox_state

_TEMPLATES = demo_clients(6, 3)
_ids = st.integers(1, 4)
_third_party = st.none() | st.sampled_from(["fd-a", "fd-b", "proplus-2"])


@st.composite
def _client(draw: st.DrawFn) -> dict[str, Any]:
    template = draw(st.sampled_from(_TEMPLATES))
    client = {**template, "id": draw(_ids), "third_party_id": draw(_third_party), "name": draw(st.text(max_size=6))}
    for key in APPLIANCE_LISTS.values():
        first = (template.get(key) or [None])[0]
        client[key] = [] if first is None else [
            {**first, "id": draw(_ids), "third_party_id": draw(_third_party), "name": draw(st.text(max_size=6))}
            for _ in range(draw(st.integers(0, 3)))]
    return client


def _consistent(desk: Any) -> None:
    conn = desk.store.conn
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    assert not conn.execute("SELECT local_id FROM clients WHERE appliance_count != (SELECT count(*) FROM appliances "
                            "WHERE client_local_id = clients.local_id)").fetchall(), "appliance counts"
    assert conn.execute("SELECT count(*) FROM clients").fetchone() == conn.execute(
        "SELECT count(*) FROM client_rows").fetchone(), "the pane's rows"
    for (local,) in conn.execute("SELECT local_id FROM clients").fetchall():
        version = server_data(desk.store, local)
        assert version is None or isinstance(version, dict)
    json.dumps([c.name for c in desk.clients.list()])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(_client(), max_size=4), second=st.lists(_client(), max_size=4))
def test_colliding_records_end_the_pull_with_a_report_and_a_consistent_cache(
        tmp_path_factory: Any, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> None:
    state = sandbox_state(3)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path_factory.mktemp("home"), state)
        try:
            await desk.sync(["proplus"])
            client = desk.clients.list()[0]
            transport.online = False
            client.phone = client.fields["phone"] = "+32 2 555 77 77"
            desk.clients.save(client)  # queued: the pulls below must keep it
            queued = [e.idempotency_key for e in desk.outbox.entries()]
            transport.online = True
            for answer in (first, second):
                state._clients = answer
                await desk.engine.adapters["proplus"].resources[0].pull(desk.store, None, lambda *a: None)
                _consistent(desk)
                assert [e.idempotency_key for e in desk.outbox.entries()] == queued
                assert desk.clients.get(client.local_id) is not None, "a client with a queued edit stays"
        except VendorError:
            pass  # a vendor error is a report; anything else escapes and fails the test
        finally:
            await desk.aclose()

    asyncio.run(scenario())
