"""Pro+ end to end: sandbox vendor over real httpx, a real SQLite cache, the sync engine and services."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import pytest

from app.domain.models import ApplianceKind
from app.domain.regions import Region
from app.store import outbox
from app.store.db import Store, version_after
from app.store.migrations import MIGRATIONS
from app.vendors.proplus.validate import PushValidationError
from tests.helpers import new_client_body, open_desk, sandbox_state


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_sync_pulls_clients_with_appliances_and_normalises_regions(tmp_path: Path) -> None:
    state = sandbox_state(12)

    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, state)
        reports = await desk.sync()
        assert reports[0].error is None and reports[0].pulled == 12
        clients = desk.clients.list()
        assert len(clients) == 12
        assert {c.region for c in clients} <= set(Region)
        heating = [a for c in clients for a in c.appliances if a.kind is ApplianceKind.HEATING]
        assert heating and all(a.block for a in heating), "each heating appliance keeps its region block"
        assert desk.engine.state.last_success_at is not None
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_push_gets_pro_plus_ids_and_is_never_duplicated(tmp_path: Path) -> None:
    state = sandbox_state(3)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path, state)
        await desk.sync()
        [entry_id] = desk.clients.queue_push(new_client_body())
        local = next(c for c in desk.clients.list() if c.name == "Atelier Veldkamp")
        assert local.third_party_id and local.third_party_id.startswith("fd-")
        assert all(a.third_party_id for a in local.appliances)
        # First try: the network is down. Nothing is lost, the write waits.
        transport.online = False
        report = await desk.engine.replay("proplus")
        assert report.error is not None and desk.outbox.entries()[0].id == entry_id
        assert desk.engine.state.pending == 1
        # Back online: sent exactly once, and the ids Pro+ gave are stored.
        transport.online = True
        await desk.sync()
        assert desk.outbox.entries() == []
        assert len(state.find_clients(name="Atelier Veldkamp")) == 1
        stored = next(c for c in desk.clients.list() if c.name == "Atelier Veldkamp")
        assert stored.proplus_id is not None
        assert all(a.proplus_id is not None for a in stored.appliances)
        # A replay of the same write (e.g. after a crash before the ack was saved) updates, not adds.
        desk.clients.queue_push(new_client_body(city="Gent-Centrum"))
        await desk.sync()
        assert len(state.find_clients(name="Atelier Veldkamp")) == 1
        assert state.find_clients(name="Atelier Veldkamp")[0]["city"] == "Gent-Centrum"
        await desk.aclose()

    run(scenario())


def test_bad_body_names_each_field_and_queues_nothing(tmp_path: Path) -> None:
    desk, _ = open_desk(tmp_path, sandbox_state(1))
    body = new_client_body()
    body["client"][0]["heating_appliance"].append({"region": "1"})
    body["client"][0]["postal_code"] = "twelve"
    with pytest.raises(PushValidationError) as caught:
        desk.clients.queue_push(body)
    paths = {e.path for e in caught.value.errors}
    assert "client[0].heating_appliance[1].name" in paths
    assert "client[0].postal_code" in paths
    assert desk.outbox.entries() == []
    run(desk.aclose())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*authentication failed")
def test_wrong_key_fails_authentication_and_changes_nothing(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, sandbox_state(4))
        await desk.sync()
        before = [c.name for c in desk.clients.list()]
        desk.clients.queue_push(new_client_body())
        await desk.aclose()
        desk, _ = open_desk(tmp_path, sandbox_state(4), secret_key="another-key")
        [report] = await desk.sync(["proplus"])
        assert "authentication failed" in str(report.error).lower()
        assert sorted(c.name for c in desk.clients.list()) == sorted([*before, "Atelier Veldkamp"])
        assert len(desk.outbox.entries()) == 1, "the queued write is kept"
        assert "proplus" in desk.engine.state.paused
        await desk.aclose()

    run(scenario())


def test_vendor_rejection_keeps_the_write_with_the_vendor_message(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, sandbox_state(1))
        body = new_client_body()
        desk.clients.queue_push(body)
        # Make the queued payload something Pro+ rejects (as a newer validation rule on their side would).
        desk.store.conn.execute("UPDATE outbox SET payload = ?", (json.dumps({"client": [{"name": ""}]}),))
        report = await desk.engine.replay("proplus")
        assert report.rejected == 1
        [entry] = desk.outbox.entries()
        assert entry.state == "rejected" and "name" in (entry.last_error or "")
        assert desk.engine.state.rejected == 1
        desk.outbox.resubmit(entry.id, body)
        await desk.engine.replay("proplus")
        assert desk.outbox.entries() == []
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_pull_keeps_pending_edits_and_reports_conflicts(tmp_path: Path) -> None:
    state = sandbox_state(2)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path, state)
        await desk.sync()
        client = desk.clients.list()[0]
        # Offline edit: the technician changes the phone and the e-mail.
        transport.online = False
        client.phone = client.fields["phone"] = "+32 2 555 99 99"
        client.email = client.fields["email"] = "nieuw@example.be"
        desk.clients.save(client)
        # Meanwhile the office changes the city and the e-mail on the server.
        state.push({"client": {"id": client.proplus_id, "name": client.name, "city": "Elsene",
                               "email": "kantoor@example.be"}})
        # The push fails (offline); a pull arrives later with the server's version.
        await desk.engine.replay("proplus")
        transport.online = True
        pulled = await desk.engine.adapters["proplus"].pull(desk.store, lambda *a: None)
        assert pulled == 2
        merged = desk.clients.get(client.local_id)
        assert merged is not None
        assert merged.phone == "+32 2 555 99 99", "local edit survives"
        assert merged.city == "Elsene", "server change of another field is taken"
        assert merged.email == "nieuw@example.be", "local wins a conflict until the user chooses"
        [conflict] = desk.conflicts.list(client.local_id)
        assert conflict.field_path == "email" and conflict.server == "kantoor@example.be"
        # The push that finally goes out carries only what the user changed: the city stays the office's.
        await desk.sync()
        assert state.get_client(client.proplus_id or 0)["city"] == "Elsene"  # type: ignore[index]
        assert state.get_client(client.proplus_id or 0)["phone"] == "+32 2 555 99 99"  # type: ignore[index]
        await desk.aclose()

    run(scenario())


def test_outbox_written_by_schema_1_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    old = Store(path, migrate_to=1)
    assert old.schema_version == (1, 0)
    with old.transaction() as conn:
        conn.execute("""INSERT INTO outbox (vendor, operation, record_key, idempotency_key, summary, payload,
                        state, attempts, last_error, created_at, updated_at)
                        VALUES ('proplus', 'push-client', 'fd-1', 'key-1', 'Push client', '{"client": []}',
                                'rejected', 2, 'msg.The client field is required.', 't0', 't0')""")
        conn.execute("""INSERT INTO outbox (vendor, operation, record_key, idempotency_key, summary, payload,
                        created_at, updated_at)
                        VALUES ('proplus', 'push-client', 'fd-2', 'key-2', 'Push client', '{"client": []}',
                                't1', 't1')""")
    old.close()
    upgraded = Store(path)
    assert upgraded.schema_version == version_after(len(MIGRATIONS))
    entries = outbox.entries(upgraded)
    assert [(e.idempotency_key, e.state, e.attempts) for e in entries] == [
        ("key-1", "rejected", 2), ("key-2", "pending", 0)]
    assert entries[0].last_error == "msg.The client field is required."
    upgraded.close()


def test_schema_3_links_pro_plus_ids_keeps_conflicts_and_indexes_clients_for_search(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    old = Store(path, migrate_to=2)
    with old.transaction() as conn:
        conn.execute("""INSERT INTO clients (local_id, proplus_id, third_party_id, name, city, data, updated_at)
                        VALUES ('proplus-7', 7, NULL, 'Atelier Zonnebloem', 'Gent', '{}', 't0'),
                               ('fd-1', NULL, 'fd-1', 'Brasserie Kempen', 'Mol', '{}', 't0')""")
        conn.execute("""INSERT INTO appliances (local_id, client_local_id, kind, name, data)
                        VALUES ('a1', 'proplus-7', 'heating', 'Ketel', '{}')""")
        conn.execute("""INSERT INTO conflicts (record_key, field_path, local_value, server_value, created_at)
                        VALUES ('proplus-7', 'email', '"a"', '"b"', 't0')""")
    old.close()
    store = Store(path)
    conn = store.conn
    conn.row_factory = None
    assert conn.execute("SELECT vendor, entity, remote_id, local_id FROM record_links").fetchall() == [
        ("proplus", "client", "7", "proplus-7")]
    assert conn.execute("SELECT vendor, entity, record_key, field_path FROM conflicts").fetchall() == [
        ("proplus", "client", "proplus-7", "email")]
    # the appliances kept their client (the rebuild ran with foreign keys off, and they still point at it)
    assert conn.execute("SELECT client_local_id FROM appliances").fetchall() == [("proplus-7",)]
    conn.execute("DELETE FROM clients WHERE local_id = 'proplus-7'")
    assert conn.execute("SELECT COUNT(*) FROM appliances").fetchone()[0] == 0, "cascade still works"
    # the trigram index answers substring searches and follows changes
    found = "SELECT c.local_id FROM clients_fts f JOIN clients c ON c.id = f.rowid WHERE clients_fts MATCH ?"
    assert conn.execute(found, ('"empen"',)).fetchall() == [("fd-1",)]
    conn.execute("UPDATE clients SET city = 'Geel' WHERE local_id = 'fd-1'")
    assert conn.execute(found, ('"geel"',)).fetchall() == [("fd-1",)]
    assert conn.execute(found, ('"mol"',)).fetchall() == []
    store.close()


def test_choosing_the_server_value_resolves_a_conflict(tmp_path: Path) -> None:
    state = sandbox_state(2)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path, state)
        await desk.sync()
        client = desk.clients.list()[0]
        transport.online = False
        client.email = client.fields["email"] = "nieuw@example.be"
        client.phone = client.fields["phone"] = "+32 2 555 77 77"
        desk.clients.save(client)
        state.push({"client": {"id": client.proplus_id, "name": client.name, "email": "kantoor@example.be"}})
        transport.online = True
        await desk.engine.adapters["proplus"].pull(desk.store, lambda *a: None)
        desk.engine.refresh_state()
        assert desk.engine.state.conflicts == 1
        [conflict] = desk.conflicts.list()
        desk.conflicts.resolve(conflict.id, "server")
        assert desk.conflicts.list() == [] and desk.engine.state.conflicts == 0
        assert desk.clients.get(client.local_id).email == "kantoor@example.be"  # type: ignore[union-attr]
        await desk.sync()
        server = state.get_client(client.proplus_id or 0) or {}
        assert server["email"] == "kantoor@example.be" and server["phone"] == "+32 2 555 77 77"
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_autosync_notices_the_vendor_is_back_and_sends_queued_writes(tmp_path: Path) -> None:
    from app.services.autosync import AutoSync

    state = sandbox_state(1)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path, state)
        auto = AutoSync(desk, interval=3600, probe_interval=0)
        transport.online = False
        desk.clients.queue_push(new_client_body())
        await desk.sync()
        assert desk.engine.state.online is False and desk.engine.state.pending == 1
        assert await auto.step() == "probe", "still offline: only a probe"
        assert desk.engine.state.pending == 1
        transport.online = True
        assert await auto.step() == "sync"
        assert desk.engine.state.online is True and desk.engine.state.pending == 0
        assert len(state.find_clients(name="Atelier Veldkamp")) == 1
        await desk.aclose()

    run(scenario())


def test_sync_interval_is_a_kept_preference(tmp_path: Path) -> None:
    desk, _ = open_desk(tmp_path, sandbox_state(1))
    assert desk.sync_interval() == 300
    desk.set_sync_interval(120)
    with pytest.raises(ValueError, match="sync interval"):
        desk.set_sync_interval(-1)
    run(desk.aclose())
    again, _ = open_desk(tmp_path, sandbox_state(1))
    assert again.sync_interval() == 120
    run(again.aclose())


def test_a_bulk_first_pull_builds_the_search_index_once_and_a_stopped_one_is_healed(tmp_path: Path) -> None:
    from app.sandbox.demo_data import bulk_clients
    from app.store.clients import heal_search_index, search_index_bulk
    from app.vendors.proplus.models import client_records
    from app.vendors.proplus.sync import save_pulled_clients

    records = bulk_clients(1200)
    for number, record in enumerate(records, 1):
        record["id"] = number
    pulled = client_records(records)
    store = Store(tmp_path / "cache.sqlite3")
    save_pulled_clients(store, pulled)
    conn = store.conn
    found = "SELECT COUNT(*) FROM clients_fts WHERE clients_fts MATCH ?"
    name = records[-1]["name"]
    assert conn.execute(found, (f'"{name}"',)).fetchone()[0] >= 1, "searchable after the pull"
    assert conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE '%.stale'").fetchone()[0] == 0
    pane = "SELECT id, local_id, name, city, postal_code, phone, email, region, appliance_count, address, house_no, " \
           "proplus_id FROM {} ORDER BY id"
    assert conn.execute(pane.format("client_rows")).fetchall() == conn.execute(pane.format("clients")).fetchall()
    indexes = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'client_rows' AND type = 'index' ORDER BY name"
    fresh = Store(tmp_path / "fresh.sqlite3")
    assert conn.execute(indexes).fetchall() == fresh.conn.execute(indexes).fetchall(), "its indexes made again"
    assert "client_rows_keys" in {name for name, _ in conn.execute(indexes)}, "the filter's keys index too"
    fresh.close()
    # A pull that stops half way (a crash) leaves the index and the pane's rows stale; the next pull rebuilds
    # them first.
    other = tmp_path / "other.sqlite3"
    half = Store(other)
    from app.vendors.proplus.sync import _save_pulled

    with contextlib.suppress(RuntimeError), search_index_bulk(half, len(pulled)):
        _save_pulled(half, pulled[:600], None)  # the first half arrives, then the process dies
        raise RuntimeError("killed")
    assert half.conn.execute(found, ('"' + records[0]["name"] + '"',)).fetchone()[0] == 0, "stale meanwhile"
    assert half.conn.execute("SELECT COUNT(*) FROM client_rows").fetchone()[0] == 0
    heal_search_index(half)
    assert half.conn.execute(found, ('"' + records[0]["name"] + '"',)).fetchone()[0] >= 1
    assert half.conn.execute("SELECT COUNT(*) FROM client_rows").fetchone()[0] == 600
    assert half.conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE '%.stale'").fetchone()[0] == 0
    half.close()
    store.close()


def test_a_repeat_pull_rewrites_only_the_clients_that_changed(tmp_path: Path) -> None:
    """Every sync reads all of Pro+'s clients: the unchanged ones cost a read, not a rewrite of the client, its
    appliances, its search row and its link; a changed one (or one the cache holds differently) is written."""
    from app.sandbox.demo_data import bulk_clients
    from app.vendors.proplus.models import client_records
    from app.vendors.proplus.sync import save_pulled_clients

    records = bulk_clients(50)
    for number, record in enumerate(records, 1):
        record["id"] = number
    store = Store(tmp_path / "cache.sqlite3")
    save_pulled_clients(store, client_records(records))
    conn = store.conn
    stamps = dict(conn.execute("SELECT local_id, updated_at FROM clients"))
    conn.execute("UPDATE clients SET updated_at = 'before' ")
    conn.execute("UPDATE clients SET data = '{}' WHERE proplus_id = 7")  # held differently: written again
    links_before = conn.execute("SELECT rowid, remote_id FROM record_links ORDER BY rowid").fetchall()
    records[2]["city"] = "Elders"  # changed at Pro+
    records[4]["heating_appliance"][0]["name"] = "Andere ketel"  # an appliance changed at Pro+

    save_pulled_clients(store, client_records(records))

    rewritten = {pid for pid, at in conn.execute("SELECT proplus_id, updated_at FROM clients") if at != "before"}
    assert rewritten == {3, 5, 7}
    assert conn.execute("SELECT city FROM clients WHERE proplus_id = 3").fetchone()[0] == "Elders"
    assert conn.execute("SELECT a.name FROM appliances a JOIN clients c ON c.local_id = a.client_local_id "
                        "WHERE c.proplus_id = 5 AND a.position = 0").fetchone()[0] == "Andere ketel"
    assert conn.execute("SELECT data FROM clients WHERE proplus_id = 7").fetchone()[0] != "{}"
    assert conn.execute("SELECT rowid, remote_id FROM record_links ORDER BY rowid").fetchall() == links_before
    assert len(stamps) == conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 50
    store.close()


def test_a_pulled_clients_server_data_is_the_record_pro_plus_sent(tmp_path: Path) -> None:
    """The base of later merges: a client pulled without a pending edit stores Pro+'s record as sent (spliced from
    the JSON of its row), whatever appliances it has, and a client sent twice in one answer ends as its last copy."""
    from app.sandbox.demo_data import bulk_clients
    from app.store.clients import get_client, server_data
    from app.vendors.proplus.models import client_records, parse_clients_response
    from app.vendors.proplus.sync import save_pulled_clients

    records = bulk_clients(5)
    for number, record in enumerate(records, 1):
        record["id"] = number
    records[0]["heating_appliance"] = []
    records[1]["cooling_appliance"] = [{"id": 71, "name": "Koelcel", "brand": "Daikin", "condensors": [{"id": 1}]},
                                       {"id": 72, "name": "Koelcel 2", "extra": {"ü": [1.5, None, True]}}]
    records[2]["heating_appliance"].append({**records[2]["heating_appliance"][0], "id": 99, "name": "Tweede"})
    twice = {**records[3], "name": "Second copy", "heating_appliance": []}
    wires = parse_clients_response([*records, twice])
    store = Store(tmp_path / "cache.sqlite3")
    save_pulled_clients(store, client_records([*records, twice]))
    for number, wire in enumerate(wires[:3] + wires[4:], 1):
        local = f"proplus-{wire.id}"
        assert server_data(store, local) == wire.model_dump(mode="json", by_alias=True), number
    client = get_client(store, "proplus-4")
    assert client is not None and client.name == "Second copy" and client.appliances == []
    assert store.conn.execute("SELECT COUNT(*) FROM appliances WHERE client_local_id = 'proplus-4'").fetchone()[0] == 0
    assert [len(getattr(get_client(store, f"proplus-{i}"), "appliances", ())) for i in (1, 2, 3)] == [0, 3, 2]
    store.close()


def test_a_pulled_client_is_stored_once_and_its_edits_keep_the_version_it_was_pulled_as(tmp_path: Path) -> None:
    """A pulled client no edit has changed keeps no second copy of itself as its vendor version (AS_STORED). An edit
    keeps the pulled version as its base: stored as text before the client changes, for this edit and the next."""
    from app.store.clients import AS_STORED, server_data
    from app.vendors.proplus.models import client_records

    state = sandbox_state(3)

    async def scenario() -> None:
        desk, transport = open_desk(tmp_path, state)
        await desk.sync()
        conn = desk.store.conn
        assert {row[0] for row in conn.execute("SELECT server_data FROM clients")} == {AS_STORED}
        client = desk.clients.list()[0]
        pulled = server_data(desk.store, client.local_id)
        assert [pulled] == client_records([state.get_client(client.proplus_id or 0)]), "Pro+'s record as read"
        transport.online = False
        for phone in ("+32 2 555 11 11", "+32 2 555 22 22"):
            client.phone = client.fields["phone"] = phone
            desk.clients.save(client)
            stored = conn.execute("SELECT server_data FROM clients WHERE local_id = ?",
                                  (client.local_id,)).fetchone()[0]
            assert stored != AS_STORED and json.loads(stored) == pulled, phone
            assert server_data(desk.store, client.local_id) == pulled, phone
            assert outbox.entries(desk.store)[-1].base == pulled, phone
            assert outbox.entries(desk.store)[-1].payload["client"][0]["phone"] == phone
        others = conn.execute("SELECT server_data FROM clients WHERE local_id != ?", (client.local_id,)).fetchall()
        assert {row[0] for row in others} == {AS_STORED}, "only the edited client keeps a copy"
        transport.online = True
        await desk.sync()
        assert state.get_client(client.proplus_id or 0)["phone"] == "+32 2 555 22 22"  # type: ignore[index]
        assert conn.execute("SELECT server_data FROM clients WHERE local_id = ?",
                            (client.local_id,)).fetchone()[0] == AS_STORED, "pulled again as Pro+ now has it"
        await desk.aclose()

    run(scenario())


def test_a_vendor_version_stored_as_a_copy_by_schema_13_is_read_and_replaced_at_the_next_pull(
        tmp_path: Path) -> None:
    """Schema 14 changes what server_data may hold, not what a stored copy means: a cache of schema 13 opens with
    its copies read as before, and a pull stores each unchanged client's version as AS_STORED."""
    from app.sandbox.demo_data import bulk_clients
    from app.store.clients import AS_STORED, server_data, write_client
    from app.vendors.proplus.mapping import client_from_record
    from app.vendors.proplus.models import client_records
    from app.vendors.proplus.sync import save_pulled_clients

    records = client_records(bulk_clients(4))
    path = tmp_path / "cache.sqlite3"
    old = Store(path, migrate_to=13)
    with old.transaction() as conn:
        for record in records:
            write_client(conn, client_from_record(record), server_data=record)
    old.close()
    store = Store(path)
    assert store.schema_version.major == version_after(13).major + 1
    local_ids = [row[0] for row in store.conn.execute("SELECT local_id FROM clients ORDER BY local_id")]
    assert [server_data(store, local) for local in local_ids] == [
        next(r for r in records if f"proplus-{r['id']}" == local) for local in local_ids]
    save_pulled_clients(store, client_records(bulk_clients(4)))
    assert {row[0] for row in store.conn.execute("SELECT server_data FROM clients")} == {AS_STORED}
    assert [server_data(store, local) for local in local_ids] == [
        next(r for r in records if f"proplus-{r['id']}" == local) for local in local_ids]
    store.close()


def test_a_first_pull_into_an_empty_cache_compares_nothing_and_stores_what_a_compared_pull_would(
        tmp_path: Path) -> None:
    """Into an empty cache no client is read back before it is written; what is stored is what a pull that compares
    each client stores (the same answer pulled again over it changes nothing)."""
    from app.sandbox.demo_data import bulk_clients
    from app.vendors.proplus.models import client_records
    from app.vendors.proplus.sync import save_pulled_clients

    records = bulk_clients(30)
    for number, record in enumerate(records, 1):
        record["id"] = number
    twice = {**records[3], "name": "Second copy", "heating_appliance": []}
    store = Store(tmp_path / "cache.sqlite3")
    conn = store.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    save_pulled_clients(store, client_records([*records, twice]))
    conn.set_trace_callback(None)
    assert not [s for s in statements if "FROM clients WHERE local_id" in s], "no read per client"
    dump = "SELECT local_id, name, data, server_data, appliance_count FROM clients ORDER BY local_id"
    appliances = "SELECT local_id, client_local_id, position, data FROM appliances ORDER BY local_id"
    first = conn.execute(dump).fetchall(), conn.execute(appliances).fetchall()
    assert conn.execute("SELECT name FROM clients WHERE proplus_id = 4").fetchone()[0] == "Second copy"
    conn.execute("UPDATE clients SET updated_at = 'before'")
    statements.clear()
    conn.set_trace_callback(statements.append)
    save_pulled_clients(store, client_records([*records, twice]))
    conn.set_trace_callback(None)
    assert [s for s in statements if "FROM clients WHERE local_id" in s], "a pull over a filled cache compares"
    assert (conn.execute(dump).fetchall(), conn.execute(appliances).fetchall()) == first
    rewritten = [r[0] for r in conn.execute("SELECT local_id FROM clients WHERE updated_at != 'before'")]
    assert rewritten == ["proplus-4"], "only the client sent twice (its first copy differs from its last)"
    store.close()


def test_an_appliance_pro_plus_moved_to_another_client_moves_in_the_cache(tmp_path: Path) -> None:
    """Pro+ moves installations between clients: the next pull puts the appliance under its new client, whichever
    of the two the answer lists first, and both clients' appliance counts stay true. An answer that lists one
    appliance twice (in one client, or in two) keeps it once, as its last copy."""
    state = sandbox_state(6)

    def appliances() -> dict[str, list[str]]:
        rows = desk.store.conn.execute("SELECT client_local_id, local_id FROM appliances ORDER BY client_local_id, "
                                       "position").fetchall()
        return {client: [a for c, a in rows if c == client] for client, _ in rows}

    def counts_are_true() -> bool:
        return not desk.store.conn.execute(
            "SELECT local_id FROM clients WHERE appliance_count != (SELECT count(*) FROM appliances "
            "WHERE client_local_id = clients.local_id)").fetchall()

    async def scenario() -> None:
        assert (await desk.sync())[0].pulled == 6
        clients = state._clients
        moved = clients[4]["heating_appliance"].pop(0)  # to client 1, which the answer lists before client 4
        clients[1]["heating_appliance"].append(moved)
        assert (await desk.sync())[0].error is None
        held = appliances()
        assert f"proplus-h{moved['id']}" in held[f"proplus-{clients[1]['id']}"]
        assert f"proplus-h{moved['id']}" not in held.get(f"proplus-{clients[4]['id']}", [])
        assert counts_are_true()
        twice = clients[2]["heating_appliance"][0]
        clients[2]["heating_appliance"].append({**twice, "name": "Listed twice"})
        clients[5]["heating_appliance"].append(dict(clients[0]["heating_appliance"][0]))
        assert (await desk.sync())[0].error is None
        held = appliances()
        assert held[f"proplus-{clients[2]['id']}"].count(f"proplus-h{twice['id']}") == 1
        client = desk.clients.get(f"proplus-{clients[2]['id']}")
        assert client is not None and [a.name for a in client.appliances if a.proplus_id == twice["id"]] == [
            "Listed twice"]
        assert f"proplus-h{clients[0]['heating_appliance'][0]['id']}" in held[f"proplus-{clients[5]['id']}"]
        assert counts_are_true()
        await desk.aclose()

    desk, _ = open_desk(tmp_path, state)
    run(scenario())


@pytest.mark.allow_log("app.sync.engine", level="ERROR", match=r"sync proplus(:| failed inside FieldDesk)")
def test_a_failure_inside_fielddesk_ends_that_vendors_sync_with_a_report_and_the_others_go_on(
        tmp_path: Path) -> None:
    """Not a vendor's error: SQLite refuses the save (as a full disk or a bug would make it fail). That vendor's sync
    ends with a report naming the failure (the traceback goes to the log), the other vendors sync, and the cache
    keeps what it held."""
    from app.vendors.errors import InternalError

    state = sandbox_state(4)

    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, state)
        assert all(r.error is None for r in await desk.sync())
        before = sorted((c.local_id, c.name) for c in desk.clients.list())
        with desk.store.transaction() as conn:
            conn.execute("CREATE TRIGGER refuse BEFORE UPDATE OF name ON clients "
                         "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")
        state._clients[0]["name"] = "Renamed at Pro+"
        reports = {r.vendor: r for r in await desk.sync()}
        error = reports.pop("proplus").error
        assert isinstance(error, InternalError), error
        assert str(error) == ("proplus: FieldDesk could not finish syncing Pro+ (IntegrityError: refused by a test "
                              "trigger); the log file has the details")
        assert reports and all(r.error is None for r in reports.values()), "the other vendors synced"
        assert sorted((c.local_id, c.name) for c in desk.clients.list()) == before
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*unreadable Pro\+ answer: data\[4\]\.heating_appl")
def test_a_malformed_client_in_a_pull_is_reported_by_place_and_the_cache_keeps_what_it_held(tmp_path: Path) -> None:
    state = sandbox_state(8)

    async def scenario() -> None:
        desk, _ = open_desk(tmp_path, state)
        assert (await desk.sync())[0].pulled == 8
        before = sorted((c.local_id, c.name) for c in desk.clients.list())
        state._clients[1]["name"] = "Renamed at Pro+"
        state._clients[4]["heating_appliance"] = [7]  # not an appliance object
        report = next(r for r in await desk.sync() if r.vendor == "proplus")
        assert report.error is not None and "data[4].heating_appliance" in str(report.error)
        assert sorted((c.local_id, c.name) for c in desk.clients.list()) == before, "nothing of that answer saved"
        await desk.aclose()

    run(scenario())
