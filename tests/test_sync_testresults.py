"""testresults.io customers through the sync engine against the simulator: pulls, creates that are never made twice,
changes sent with their DataVersion, and a stale version merged into the newer one and sent again."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox import testresults as sim
from app.services.fielddesk import FieldDesk
from app.vendors.http import RetryPolicy
from tests.helpers import SwitchableTransport

DEMO = len(sim.demo_customers())
ARCHIVED = sum(1 for c in sim.demo_customers() if c["Archived"])


@pytest.fixture
def state() -> sim.TestresultsState:
    return sim.TestresultsState(None, sim.demo_customers())


@pytest.fixture
def net(state: sim.TestresultsState) -> SwitchableTransport:
    return SwitchableTransport(httpx.ASGITransport(app=sim.create_testresults_app(state)))


@pytest.fixture
def desk(home: Path, net: SwitchableTransport) -> Any:
    desk = FieldDesk.open(home, "sandbox", transports={"testresults": net}, retry=RetryPolicy(max_retries=0))
    yield desk
    asyncio.run(desk.aclose())


def sync(desk: FieldDesk) -> Any:
    [report] = asyncio.run(desk.sync(["testresults"]))
    return report


def by_name(desk: FieldDesk, name: str) -> dict[str, Any]:
    return next(c for c in desk.customers.all() if c["name"] == name)


def at_vendor(state: sim.TestresultsState, customer_id: str) -> dict[str, Any]:
    found = state.find(customer_id)
    assert found is not None
    return found


def test_a_sync_pulls_active_and_archived_customers_with_their_versions(desk: FieldDesk,
                                                                        state: sim.TestresultsState) -> None:
    report = sync(desk)
    assert report.error is None and report.pulled == DEMO
    customers = desk.customers.all()
    assert len(customers) == DEMO and sum(c["archived"] for c in customers) == ARCHIVED
    assert [c["archived"] for c in customers] == sorted(c["archived"] for c in customers)  # active ones first
    for row in customers:
        vendor = at_vendor(state, row["remote_id"])
        assert row["name"] == vendor["Name"] and row["data_version"] == vendor["DataVersion"]
        assert row["wire"]["Address"] == vendor["Address"] and not row["pending"]
    # Gone at the vendor: gone here at the next pull.
    gone = customers[0]["remote_id"]
    state.customers = [c for c in state.customers if c["Id"] != gone]
    sync(desk)
    assert desk.customers.get(gone) is None and len(desk.customers.all()) == DEMO - 1


def test_a_new_customer_is_shown_at_once_and_created_once(desk: FieldDesk, state: sim.TestresultsState) -> None:
    sync(desk)
    local_id, _ = desk.customers.create({"Name": "Warmte Oost BV", "Subdomain": "warmte-oost",
                                         "Appliances": "Werkplaats:ws-oost"})
    row = desk.customers.get(local_id)
    assert row is not None and row["pending"] and row["remote_id"] is None and row["name"] == "Warmte Oost BV"
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    row = desk.customers.get(local_id)
    assert row is not None and not row["pending"] and row["remote_id"]
    made = [c for c in state.customers if c["Name"] == "Warmte Oost BV"]
    assert len(made) == 1 and made[0]["Appliances"] == "Werkplaats:ws-oost"
    assert row["data_version"] == made[0]["DataVersion"]
    assert len(desk.customers.all()) == DEMO + 1, "the pull after the send did not add it a second time"


def test_a_create_whose_answer_was_lost_is_adopted_not_made_again(desk: FieldDesk, state: sim.TestresultsState,
                                                                  net: SwitchableTransport) -> None:
    sync(desk)
    local_id, _ = desk.customers.create({"Name": "Koelservice Zuid", "Subdomain": "koel-zuid"})
    # The POST reached testresults.io, its answer never came back.
    app = sim.create_testresults_app(state)
    asyncio.run(_post(app, {"Name": "Koelservice Zuid", "Subdomain": "koel-zuid"}))
    sync(desk)
    assert len([c for c in state.customers if c["Name"] == "Koelservice Zuid"]) == 1
    row = desk.customers.get(local_id)
    assert row is not None and row["remote_id"] and not row["pending"]
    assert len([c for c in desk.customers.all() if c["name"] == "Koelservice Zuid"]) == 1


def test_a_pull_before_the_create_is_sent_leaves_the_customer_it_names_for_the_create(
        desk: FieldDesk, state: sim.TestresultsState) -> None:
    from app.vendors.testresults.models import parse_customers
    from app.vendors.testresults.sync import save_pulled

    local_id, _ = desk.customers.create({"Name": "Koelservice Zuid", "Subdomain": "koel-zuid"})
    asyncio.run(_post(sim.create_testresults_app(state), {"Name": "Koelservice Zuid", "Subdomain": "koel-zuid"}))
    # A pull while the create waits for its retry (as when it is not due yet): the customer it made stays unlinked.
    save_pulled(desk.store, parse_customers(state.customers))
    assert [c["local_id"] for c in desk.customers.all() if c["name"] == "Koelservice Zuid"] == [local_id]
    assert len(desk.customers.all()) == DEMO + 1
    sync(desk)
    assert len([c for c in state.customers if c["Name"] == "Koelservice Zuid"]) == 1
    row = desk.customers.get(local_id)
    assert row is not None and row["remote_id"] and not row["pending"]
    assert [c["local_id"] for c in desk.customers.all() if c["name"] == "Koelservice Zuid"] == [local_id]


async def _post(app: Any, body: dict[str, Any]) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        answer = await client.post(sim.PREFIX, json=body, headers={"Authentication": sim.SANDBOX_TOKEN})
        assert answer.status_code == 200


def test_a_change_is_sent_with_the_version_it_was_made_on(desk: FieldDesk, state: sim.TestresultsState,
                                                           net: SwitchableTransport) -> None:
    sync(desk)
    row = desk.customers.all()[0]
    before = at_vendor(state, row["remote_id"])["DataVersion"]
    assert desk.customers.update(row["local_id"], {"Name": row["name"] + " (Gent)"}) is not None
    assert desk.customers.get(row["local_id"])["name"] == row["name"] + " (Gent)"  # type: ignore[index]
    net.requests.clear()
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    [put] = [r for r in net.requests if r.method == "PUT"]
    import json

    assert json.loads(put.content)["DataVersion"] == before
    vendor = at_vendor(state, row["remote_id"])
    assert vendor["Name"] == row["name"] + " (Gent)" and vendor["DataVersion"] != before
    assert desk.customers.get(row["local_id"])["data_version"] == vendor["DataVersion"]  # type: ignore[index]
    assert desk.customers.update(row["local_id"], {"Name": row["name"] + " (Gent)"}) is None, "nothing changed"


def test_a_change_made_on_a_stale_version_is_merged_into_the_newer_one_and_sent_again(
        desk: FieldDesk, state: sim.TestresultsState) -> None:
    sync(desk)
    row = desk.customers.all()[1]
    desk.customers.update(row["local_id"], {"Appliances": "Lab:lab-1,Depot:depot-2"})
    # Meanwhile someone renames it at testresults.io: a field this change leaves alone.
    state.edit_elsewhere(row["remote_id"], Name="Renamed Elsewhere NV")
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    vendor = at_vendor(state, row["remote_id"])
    assert vendor["Name"] == "Renamed Elsewhere NV", "the other side's change is kept"
    assert vendor["Appliances"] == "Lab:lab-1,Depot:depot-2", "and ours is applied on top"
    cached = desk.customers.get(row["local_id"])
    assert cached is not None and cached["name"] == "Renamed Elsewhere NV" and not cached["pending"]
    assert desk.conflicts.list() == []


def test_a_field_both_sides_changed_keeps_ours_lists_both_and_theirs_can_be_sent_back(
        desk: FieldDesk, state: sim.TestresultsState) -> None:
    sync(desk)
    row = desk.customers.all()[2]
    desk.customers.update(row["local_id"], {"Name": "Ours BV", "Subdomain": "ours"})
    state.edit_elsewhere(row["remote_id"], Name="Theirs BV")
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    vendor = at_vendor(state, row["remote_id"])
    assert (vendor["Name"], vendor["Subdomain"]) == ("Ours BV", "ours")
    [conflict] = desk.conflicts.list()
    assert (conflict.vendor, conflict.entity, conflict.record_key, conflict.field_path) == \
        ("testresults", "customer", row["local_id"], "Name")
    assert (conflict.local, conflict.server) == ("Ours BV", "Theirs BV")
    # The user chooses the other side's name: it is shown at once and sent back.
    desk.conflicts.resolve(conflict.id, "server")
    cached = desk.customers.get(row["local_id"])
    assert cached is not None and cached["name"] == "Theirs BV" and cached["pending"]
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    assert at_vendor(state, row["remote_id"])["Name"] == "Theirs BV"
    assert at_vendor(state, row["remote_id"])["Subdomain"] == "ours"
    assert desk.conflicts.list() == [] and not desk.customers.get(row["local_id"])["pending"]  # type: ignore[index]


@pytest.mark.allow_log("app.sync.engine", match=r"sync testresults: .*cannot connect")
def test_choosing_their_value_before_the_write_went_out_drops_that_field_from_it(
        desk: FieldDesk, state: sim.TestresultsState, net: SwitchableTransport) -> None:
    sync(desk)
    row = desk.customers.all()[3]
    desk.customers.update(row["local_id"], {"Name": "Ours BV"})
    state.edit_elsewhere(row["remote_id"], Name="Theirs BV")
    # The merge happens, then the network drops before the write is sent again.
    original = net.inner.handle_async_request
    calls: list[str] = []

    async def drop_second_put(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if request.method == "PUT" and calls.count("PUT") == 2:
            raise httpx.ConnectError("network is unreachable", request=request)
        return await original(request)

    net.inner.handle_async_request = drop_second_put  # type: ignore[method-assign]
    report = sync(desk)
    assert report.sent == 0 and calls.count("PUT") == 2
    [conflict] = desk.conflicts.list()
    desk.conflicts.resolve(conflict.id, "server")
    assert desk.outbox.entries() == [], "the only change was that field: nothing is left to send"
    cached = desk.customers.get(row["local_id"])
    assert cached is not None and cached["name"] == "Theirs BV" and not cached["pending"]


def test_archive_restore_and_delete(desk: FieldDesk, state: sim.TestresultsState) -> None:
    sync(desk)
    row = desk.customers.all()[0]
    desk.customers.archive(row["local_id"])
    sync(desk)
    assert at_vendor(state, row["remote_id"])["Archived"] is True
    assert desk.customers.get(row["local_id"])["archived"]  # type: ignore[index]
    desk.customers.archive(row["local_id"], archived=False)
    sync(desk)
    assert at_vendor(state, row["remote_id"])["Archived"] is False
    desk.customers.delete(row["local_id"])
    assert desk.customers.get(row["local_id"])["deleting"]  # type: ignore[index]
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0)
    assert state.find(row["remote_id"]) is None and desk.customers.get(row["local_id"]) is None


def test_a_customer_never_sent_is_deleted_here_alone(desk: FieldDesk, net: SwitchableTransport) -> None:
    local_id, _ = desk.customers.create({"Name": "Tijdelijk", "Subdomain": "tijdelijk"})
    desk.customers.update(local_id, {"Name": "Tijdelijk 2"})
    assert desk.customers.delete(local_id) is None
    assert desk.customers.get(local_id) is None and desk.outbox.entries() == []
    net.requests.clear()
    sync(desk)
    assert [r.method for r in net.requests if r.method != "GET"] == []


@pytest.mark.allow_log("app.sync.engine", match=r"sync testresults: .*")
def test_a_refused_change_waits_with_the_vendors_words(desk: FieldDesk, state: sim.TestresultsState) -> None:
    sync(desk)
    row = desk.customers.all()[0]
    # The cache's check passes, the vendor refuses (here: a customer deleted there meanwhile answers 404).
    desk.customers.update(row["local_id"], {"Name": "Nieuw"})
    state.customers = [c for c in state.customers if c["Id"] != row["remote_id"]]
    report = sync(desk)
    assert report.rejected == 1
    [entry] = desk.outbox.entries()
    assert entry.state == "rejected" and entry.last_error and "not found" in entry.last_error.lower()
    cached = desk.customers.get(row["local_id"])
    assert cached is not None and cached["name"] == "Nieuw", "what the user typed is kept"


@pytest.mark.parametrize("fields", [{"Name": "", "Subdomain": "ok"}, {"Name": "A", "Subdomain": "Not Valid"},
                                    {"Name": "A"}, {"Name": "x" * 101, "Subdomain": "ok"},
                                    {"Name": "A", "Subdomain": "ok", "Appliances": 5},
                                    {"Name": "A", "Subdomain": "ok", "Archived": True}, [], "customer",
                                    {"Name": "A\ud800", "Subdomain": "ok"}, {"Name": 5, "Subdomain": "ok"},
                                    {"Name": "A", "Subdomain": "ok", "Appliances": "x\udc80"}])
def test_bad_fields_are_named_and_nothing_is_queued(desk: FieldDesk, fields: Any) -> None:
    from app.services.customers import CustomerValidationError

    with pytest.raises(CustomerValidationError) as caught:
        desk.customers.create(fields)
    assert caught.value.errors and all(e.path and e.message for e in caught.value.errors)
    assert desk.outbox.entries() == [] and desk.customers.all() == []


def test_deleting_a_customer_already_deleted_at_testresults_io_succeeds(desk: FieldDesk,
                                                                       state: sim.TestresultsState) -> None:
    sync(desk)
    row = desk.customers.all()[0]
    desk.customers.delete(row["local_id"])
    state.customers = [c for c in state.customers if c["Id"] != row["remote_id"]]
    report = sync(desk)
    assert (report.sent, report.rejected) == (1, 0) and desk.customers.get(row["local_id"]) is None
