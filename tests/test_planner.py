"""The planner end to end against the Totalmobile simulator: slots (live, then stale offline), booking (live only; a
slot taken meanwhile), the booking summary, sales orders through the outbox, and the command line's contract."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.domain.planner import SlotQuery
from app.sandbox.server import serve_in_thread
from app.sandbox.totalmobile import SANDBOX_PASSWORD, SANDBOX_USERNAME, ConnectState, create_connect_app
from app.services.fielddesk import FieldDesk
from app.services.files import InputFileError, read_json_file
from app.services.planner import BodyValidationError, OfflineError, SlotTakenError
from tests.helpers import SwitchableTransport

ORDER = {
    "PrimaryOrderNumber": "FD-9001",
    "Customer": {"ExternalId": "PROP-9", "OrganisationExternalId": "ORG",
                 "PrimaryContact": {"FirstName": "Ivo", "LastName": "Demo"},
                 "PrimaryAddress": {"Line1": "1 Test Street", "City": "Exampleton", "PostCode": "EX1 1ZZ"}},
    "ContractExternalId": "RESPONSIVE", "TargetDateUTC": "2026-12-20", "PriorityExternalId": "P3",
    "JobDescription": "Boiler service", "JobCodes": [{"CodeExternalId": "HEAT200", "Quantity": 1}],
}


def write_json(path: Path, value: Any) -> str:
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


@pytest.fixture
def planner(home: Path) -> Iterator[tuple[FieldDesk, SwitchableTransport, ConnectState]]:
    state = ConnectState()
    transport = SwitchableTransport(httpx.ASGITransport(app=create_connect_app(state)))
    desk = FieldDesk.open(home, "sandbox", transports={"totalmobile": transport})
    try:
        yield desk, transport, state
    finally:
        asyncio.run(desk.aclose())


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


# -- slots -----------------------------------------------------------------------------------------------------------
def test_slots_are_live_then_the_last_known_grid_stale_with_its_time_offline(planner: Any) -> None:
    desk, transport, state = planner

    async def scenario() -> None:
        query = SlotQuery("FD-24001", weeks=5)
        live = await desk.planner.slots(query)
        assert not live.stale and len(live.days) == 35 and len(live.windows) == 5
        transport.online = False
        stale = await desk.planner.slots(query)
        assert stale.stale and stale.fetched_at == live.fetched_at and stale.days == live.days
        assert stale.reason == "cannot connect"
        with pytest.raises(OfflineError):  # booking needs a live answer
            await desk.planner.book("FD-24001", live.days[3].date, 1)
        # Another question for the same order offline: its last grid, stale, rather than nothing.
        other = await desk.planner.slots(SlotQuery("FD-24001", weeks=1, ignore_weekends=True))
        assert other.stale and other.fetched_at == live.fetched_at
        with pytest.raises(OfflineError):  # never fetched: nothing to show
            await desk.planner.slots(SlotQuery("FD-24004"))
        await desk.aclose()
    run(scenario())
    assert len(state.visits) == 9  # nothing was booked


def test_a_slot_taken_meanwhile_is_shown_taken(planner: Any) -> None:
    desk, _transport, state = planner

    async def scenario() -> None:
        grid = await desk.planner.slots(SlotQuery("FD-24003", weeks=2))
        day, slot = next((d, s) for d in grid.days for s in d.slots if s.bookable)
        # Someone else books every operative of that slot meanwhile.
        with state.lock:
            import datetime as dt

            date = dt.date.fromisoformat(day.date)
            while state._free_resource(date, slot.window_id) is not None:
                state._add_visit("FD-24002", date, slot.window_id)
        with pytest.raises(SlotTakenError, match="no longer available"):
            await desk.planner.book("FD-24003", day.date, slot.window_id)
        cached = desk.planner.cached_slots(SlotQuery("FD-24003", weeks=2))
        assert cached is not None and cached.slot(day.date, slot.window_id).status == "NotAvailable"  # type: ignore[union-attr]
        fresh = await desk.planner.slots(SlotQuery("FD-24003", weeks=2))
        assert fresh.slot(day.date, slot.window_id).status == "NotAvailable"  # type: ignore[union-attr]
        await desk.aclose()
    run(scenario())


def test_booking_and_reappointing_show_in_the_booking_summary(planner: Any) -> None:
    desk, _transport, _state = planner

    async def scenario() -> None:
        grid = await desk.planner.slots(SlotQuery("FD-24006", weeks=2))
        day, slot = next((d, s) for d in grid.days for s in d.slots if s.bookable)
        visit = await desk.planner.book("FD-24006", day.date, slot.window_id, instructions="Side door")
        visits, source = await desk.planner.bookings(order="FD-24006")
        assert source == "totalmobile"
        mine = next(v for v in visits if v.visit_id == visit.visit_id)
        assert mine.status == "Booked" and mine.window_start is not None and mine.window_start.startswith(day.date)
        again = await desk.planner.slots(SlotQuery("FD-24006", weeks=2, visit=visit.visit_id))
        later = next((d, s) for d in again.days for s in d.slots if s.bookable and d.date != day.date)
        moved = await desk.planner.book("FD-24006", later[0].date, later[1].window_id, visit=visit.visit_id)
        assert moved.visit_id == visit.visit_id
        visits, _ = await desk.planner.bookings(order="FD-24006")
        assert next(v for v in visits if v.visit_id == visit.visit_id).window_start.startswith(later[0].date)  # type: ignore[union-attr]
        await desk.aclose()
    run(scenario())


def test_the_demo_has_visits_in_every_status(planner: Any) -> None:
    desk, _transport, _state = planner

    async def scenario() -> set[str | None]:
        statuses: set[str | None] = set()
        for number in range(24001, 24009):
            visits, _ = await desk.planner.bookings(order=f"FD-{number}")
            statuses |= {v.status for v in visits}
        await desk.aclose()
        return statuses
    assert run(scenario()) == {"Planned", "Accepted", "Started", "Completed", "PendingDeletion", "Booked", "Shelved"}


# -- orders through the outbox ---------------------------------------------------------------------------------------
@pytest.mark.allow_log("app.sync.engine", match="sync totalmobile: totalmobile: cannot connect")
def test_an_order_is_queued_sent_once_and_cancelled_with_its_reason(planner: Any) -> None:
    desk, transport, state = planner

    async def scenario() -> None:
        transport.online = False
        _local_id, _entry = desk.planner.create_order(ORDER)
        report = await desk.replay("totalmobile")
        assert isinstance(report.error, OfflineError)
        assert desk.planner.order("FD-9001")["pending"]  # type: ignore[index]
        transport.online = True
        await desk.replay("totalmobile")
        await desk.replay("totalmobile")
        assert desk.outbox.entries() == []
        assert desk.planner.order("FD-9001")["fetched_at"] is not None  # type: ignore[index]
        await desk.planner.cancel_order("FD-9001", "Tenant fixed it")
        await desk.replay("totalmobile")
        await desk.aclose()
    run(scenario())
    assert state.calls["POST SalesOrder"] == 1
    assert state.orders["FD-9001"]["OrderStatus"] == 11 and state.orders["FD-9001"]["CancelReason"] == "Tenant fixed it"


def test_a_create_whose_answer_was_lost_is_not_sent_twice(planner: Any) -> None:
    desk, _transport, state = planner

    async def scenario() -> None:
        desk.planner.create_order(ORDER)
        with state.lock:  # the vendor got the first send, its answer never came back
            state.create_order(ORDER)
        report = await desk.replay("totalmobile")
        assert report.sent == 1 and report.rejected == 0
        await desk.aclose()
    run(scenario())
    assert state.calls["POST SalesOrder"] == 0


def test_a_refused_order_stays_with_connects_words(planner: Any) -> None:
    desk, _transport, state = planner

    async def scenario() -> None:
        with state.lock:
            state.orders.pop("FD-24001")
        desk.planner.create_order({**ORDER, "PrimaryOrderNumber": "FD-24002"})  # exists at Connect, not in the cache
        await desk.replay("totalmobile")
        await desk.aclose()
    run(scenario())
    # The lookup found FD-24002 at Connect: adopted rather than refused.
    assert desk.outbox.entries() == []


def test_job_codes_are_added_and_removed_through_the_outbox(planner: Any) -> None:
    desk, _transport, state = planner

    async def scenario() -> None:
        await desk.planner.fetch_order("FD-24004")
        desk.planner.queue_code("FD-24004", "add", {"CodeExternalId": "HEAT900", "Quantity": "2"})
        desk.planner.queue_code("FD-24004", "remove", {"CodeExternalId": "HEAT103"})
        report = await desk.replay("totalmobile")
        assert report.sent == 2 and report.rejected == 0
        desk.planner.queue_code("FD-24004", "add", {"CodeExternalId": "HEAT900", "Quantity": "2"})
        report = await desk.replay("totalmobile")  # already there with that code: done, not refused
        assert report.sent == 1
        with pytest.raises(BodyValidationError, match="Quantity: required"):
            desk.planner.queue_code("FD-24004", "add", {"CodeExternalId": "X"})
        await desk.aclose()
    run(scenario())
    assert [c["CodeExternalId"] for c in state.orders["FD-24004"]["_codes"]] == ["HEAT900"]
    assert state.calls["GET IdLookup"] == 1  # looked up once, then a record link


# -- the command line -------------------------------------------------------------------------------------------------
def test_slots_show_json_is_exactly_the_documented_shape(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slots", "show", "--order", "FD-24001", "--weeks", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"order", "fetched_at", "stale", "windows", "days"}
    assert out["order"] == "FD-24001" and out["stale"] is False
    assert [w["name"] for w in out["windows"]] == ["ALL DAY", "MORNING", "AFTERNOON", "SCHOOL RUN", "OUT OF HOURS"]
    assert out["windows"][3] == {"id": 4, "name": "SCHOOL RUN", "start": "09:30", "end": "14:29"}
    assert len(out["days"]) == 14 and all(set(d) == {"date", "slots"} for d in out["days"])
    slots = [s for d in out["days"] for s in d["slots"]]
    assert all(set(s) == {"window_id", "status", "travel_time"} for s in slots)
    assert {s["status"] for s in slots} == {"NotAvailable", "Available", "Preferred"}


def test_slots_book_prints_the_visit_and_a_taken_slot_exits_1(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slots", "show", "--order", "FD-24002", "--weeks", "2", "--json"]) == 0
    grid = json.loads(capsys.readouterr().out)
    day, slot = next((d, s) for d in grid["days"] for s in d["slots"] if s["status"] != "NotAvailable")
    args = ["slots", "book", "--order", "FD-24002", "--date", day["date"], "--window", str(slot["window_id"])]
    assert main(args) == 0
    visit_id = capsys.readouterr().out.strip()
    assert visit_id.startswith("V")
    while main(args) == 0:  # until every operative of that slot is booked
        capsys.readouterr()
    err = capsys.readouterr().err
    assert "The request is invalid. — PlanningWindowId: The selected appointment slot is no longer available." in err
    assert main(["bookings", "--order", "FD-24002", "--json"]) == 0
    visits = json.loads(capsys.readouterr().out)
    assert all(set(v) == {"visit_id", "order", "status", "result_type", "window_start", "window_end", "resource"}
               for v in visits)
    assert any(v["visit_id"] == visit_id and v["status"] == "Booked" for v in visits)
    assert main(["bookings", "--property", "PROP-3105", "--from", "2000-01-01", "--to", "2000-01-02", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the window leaves out every visit
    with pytest.raises(SystemExit) as usage:  # argparse: bad usage is exit 2, the message names the argument
        main(["slots", "book", "--order", "FD-24002", "--date", "2026-02-30", "--window", "1"])
    assert usage.value.code == 2 and "argument --date: '2026-02-30' is not a date" in capsys.readouterr().err


def test_offline_slots_are_stale_and_booking_exits_1(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    state = ConnectState()
    monkeypatch.setenv("FIELDDESK_PROFILE", "live")
    monkeypatch.setenv("FIELDDESK_TOTALMOBILE_USERNAME", SANDBOX_USERNAME)
    monkeypatch.setenv("FIELDDESK_TOTALMOBILE_PASSWORD", SANDBOX_PASSWORD)
    with serve_in_thread(create_connect_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_TOTALMOBILE_BASE_URL", f"{server.base_url}/WS-API")
        assert main(["slots", "show", "--order", "FD-24005", "--weeks", "2", "--json"]) == 0
        live = json.loads(capsys.readouterr().out)
    monkeypatch.setenv("FIELDDESK_TOTALMOBILE_BASE_URL", "http://127.0.0.1:9/WS-API")  # nothing listens there
    assert main(["slots", "show", "--order", "FD-24005", "--weeks", "2", "--json"]) == 0
    captured = capsys.readouterr()
    stale = json.loads(captured.out)
    assert stale["stale"] is True and stale["fetched_at"] == live["fetched_at"] and stale["days"] == live["days"]
    assert f"last-known availability from {live['fetched_at']}" in captured.err
    day = next(d["date"] for d in live["days"] if any(s["status"] != "NotAvailable" for s in d["slots"]))
    assert main(["slots", "book", "--order", "FD-24005", "--date", day, "--window", "1"]) == 1
    assert "booking needs a live answer" in capsys.readouterr().err
    assert main(["bookings", "--order", "FD-24005", "--json"]) == 0  # the cached visits (none fetched yet)
    assert json.loads(capsys.readouterr().out) == []


def test_orders_create_get_and_cancel(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["orders", "create", "--file", write_json(home / "order.json", ORDER)]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["orders", "get", "--order", "FD-9001", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["order_number"] == "FD-9001" and got["customer_name"] == "Ivo Demo" and got["pending"] is False
    assert got["sales_order"]["JobDescription"] == "Boiler service"
    assert main(["orders", "cancel", "--order", "FD-9001", "--reason", "No longer needed"]) == 0
    assert "cancelled" in capsys.readouterr().out
    assert main(["orders", "get", "--order", "FD-9001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == 11
    update = {"PrimaryOrderNumber": "FD-9001", "ContractExternalId": "RESPONSIVE", "PriorityExternalId": "P1"}
    assert main(["orders", "update", "--file", write_json(home / "update.json", update)]) == 2  # no target date
    assert "TargetDateUTC: required when PriorityExternalId is set" in capsys.readouterr().err
    update["TargetDateUTC"] = "2026-12-09"
    assert main(["orders", "update", "--file", write_json(home / "update.json", update)]) == 0
    assert "updated" in capsys.readouterr().out
    assert main(["orders", "get", "--order", "NOPE"]) == 2
    assert main(["orders", "cancel", "--order", "NOPE", "--reason", "x"]) == 2


def test_a_bad_order_file_exits_2_naming_file_and_field(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = {**ORDER, "Customer": {**ORDER["Customer"],  # type: ignore[dict-item]
                                 "PrimaryContact": {"FirstName": "F" * 70, "LastName": "L"}}}
    path = write_json(home / "bad.json", bad)
    assert main(["orders", "create", "--file", path]) == 2
    err = capsys.readouterr().err
    assert path in err and "Customer.PrimaryContact.FirstName: at most 64 characters" in err
    main(["outbox", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


# -- hostile order files ---------------------------------------------------------------------------------------------
GOOD = json.dumps(ORDER).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=120),
    st.dictionaries(st.sampled_from([*ORDER, "Customer.Name", "JobCodes", "OrderSource", "x"]),
                    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=70)
                    | st.lists(st.integers() | st.text(max_size=3), max_size=2)
                    | st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=2), max_size=8)
    .map(lambda d: json.dumps({**ORDER, **d}, allow_nan=True).encode("utf-8", "replace")),
    st.binary(max_size=30).map(lambda b: GOOD[: len(GOOD) // 2] + b + GOOD[len(GOOD) // 2:]),
))
@example(data=GOOD)
@example(data=b'{"PrimaryOrderNumber": ' + b"9" * 5000 + b"}")
@example(data=json.dumps({**ORDER, "JobDescription": "\ud800"}).encode("utf-8", "surrogatepass"))
@example(data=json.dumps({**ORDER, "TargetDateUTC": "9999-99-99"}).encode())
def test_any_order_file_ends_queued_or_with_the_field_named(home: Path, tmp_path: Path, data: bytes) -> None:
    desk = FieldDesk.open(home, "sandbox")
    try:
        path = tmp_path / "order.json"
        path.write_bytes(data)
        before = len(desk.outbox.entries())
        try:
            desk.planner.create_order(read_json_file(str(path)))
            outcome = "queued"
        except InputFileError as exc:
            assert str(path) in str(exc)
            outcome = "file"
        except BodyValidationError as exc:
            assert exc.errors and all(e.message for e in exc.errors)
            outcome = "invalid"
        assert (len(desk.outbox.entries()) > before) == (outcome == "queued"), "a failure queues nothing"
        if outcome == "queued":  # a second identical file is refused: the order number is taken
            with pytest.raises(BodyValidationError, match="PrimaryOrderNumber"):
                desk.planner.create_order(read_json_file(str(path)))
            with desk.store.transaction() as conn:
                conn.execute("DELETE FROM outbox")
                conn.execute("DELETE FROM tm_orders")
    finally:
        desk.store.close()


def test_availability_by_trade_and_the_handover(planner: Any, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desk, transport, state = planner

    async def scenario() -> None:
        grid = await desk.planner.slots_by_trade("EX2 4ZZ", skills=["Gas"], weeks=2, duration=90,
                                                 target_date="2026-12-20", two_to_attend=True)
        assert grid.order == "" and len(grid.days) == 14 and len(grid.windows) == 5
        with pytest.raises(BodyValidationError, match="Postcode: required"):
            await desk.planner.slots_by_trade("  ")
        url, token = await desk.planner.handover("planner.one", first_name="Pat")
        assert token and url == f"https://connect.sandbox.invalid/{token}"
        transport.online = False
        with pytest.raises(OfflineError):
            await desk.planner.slots_by_trade("EX2 4ZZ")
        await desk.aclose()
    run(scenario())
    assert state.accounts == [{"UserName": "planner.one", "FirstName": "Pat"}]
    assert main(["slots", "handover", "--user", "planner.two"]) == 0
    assert capsys.readouterr().out.startswith("https://connect.sandbox.invalid/")
    assert main(["slots", "show", "--order", "FD-24001", "--weeks", "1"]) == 0
    shown = capsys.readouterr()
    assert "ALL DAY 08:00-16:59" in shown.out and "free" in shown.out and "windows by id: 1 ALL DAY" in shown.err
    assert main(["slots", "trade", "--postcode", "EX1 1ZZ", "--attribute", "Floor"]) == 2
    assert main(["slots", "trade", "--postcode", "EX1 1ZZ", "--skill", "Gas", "--attribute", "Floor=3",
                 "--json"]) == 0
    trade = json.loads(capsys.readouterr().out)
    assert trade["order"] == "" and len(trade["days"]) == 7


def test_reference_data_and_the_rest_of_connect_from_the_command_line(home: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["orders", "lookup", "--order", "FD-24003", "--contract", "RESPONSIVE"]) == 0
    assert capsys.readouterr().out.strip() == "5003"
    assert main(["orders", "lookup", "--order", "FD-24003"]) == 2  # not cached: the contract is needed
    assert "give its contract" in capsys.readouterr().err
    assert main(["orders", "attributes", "--order", "FD-24003", "--contract", "RESPONSIVE", "--set", "Pets=Dog",
                 "--set", "Access=Side gate", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"Pets": "Dog", "Access": "Side gate"}
    assert main(["orders", "attributes", "--order", "FD-24003", "--contract", "RESPONSIVE", "--set", "Pets"]) == 2
    assert main(["orders", "codes", "--order", "FD-24003", "--contract", "RESPONSIVE", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"CodeExternalId": "HEAT102", "Quantity": 1.0}]
    assert main(["orders", "subcontract", "--order", "FD-24003", "--supplier", "SUP-7"]) == 0
    assert json.loads(capsys.readouterr().out)["SupplierName"] == "Supplier SUP-7"
    update = write_json(home / "sub.json", {"PrimaryOrderNumber": "FD-24003", "Comments": "Parts ordered",
                                            "Codes": [{"CodeExternalId": "HEAT102", "Quantity": "2"}]})
    assert main(["orders", "subcontract", "--order", "FD-24003", "--update", update]) == 0
    assert json.loads(capsys.readouterr().out)["Comments"] == "Parts ordered"
    customer = {"ExternalId": "PROP-77", "Name": "Unit 4, Wren Yard", "OrganisationExternalId": "FIELDDESK-DEMO",
                "CustomerAddress": {"ExternalId": "ADR-77", "Address1": "4 Wren Yard", "City": "Exampleton",
                                    "PostCode": "EX4 7ZZ"},
                "CustomerContact": {"ExternalId": "CON-77", "FirstName": "Rue", "LastName": "Example",
                                    "ContactPreference": "EmailOnly"}}
    assert main(["orders", "customer", "--file", write_json(home / "customer.json", customer)]) == 0
    assert json.loads(capsys.readouterr().out)["CustomerContact"]["ContactPreference"] == 1
    bad = {**customer, "CustomerContact": {**customer["CustomerContact"], "FirstName": "R" * 65}}  # type: ignore[dict-item]
    path = write_json(home / "bad-customer.json", bad)
    assert main(["orders", "customer", "--file", path]) == 2
    assert "CustomerContact.FirstName: at most 64 characters" in capsys.readouterr().err
    invoice = {"SupplierExternalId": "SUP-7", "PurchaseInvoiceCategory": "SubcontractorOrder",
               "SupplierInvoiceReference": "INV-2026-0042", "InvoiceDateUTC": "2026-12-01", "PaymentTerms": 1,
               "GoodsValue": "120.50", "PurchaseInvoiceLines": [{"CodeExternalId": "HEAT102",
                                                                 "PurchaseOrderNumber": "PO-9"}]}
    assert main(["orders", "invoice", "--file", write_json(home / "invoice.json", invoice)]) == 0
    assert json.loads(capsys.readouterr().out)["PurchaseInvoiceCategory"] == 1
    assert main(["jobcodes", "get", "HEAT555"]) == 1
    assert "The job code HEAT555 was not found." in capsys.readouterr().err
    assert main(["jobcodes", "create", "--file", write_json(home / "jc.json", {"CodeExternalId": "HEAT555",
                                                                                "Description": "Flue check"})]) == 0
    assert main(["jobcodes", "update", "HEAT555", "--file", write_json(home / "jc2.json",
                                                                        {"StandardMinuteValue": 45})]) == 0
    capsys.readouterr()
    assert main(["jobcodes", "get", "HEAT555"]) == 0
    assert json.loads(capsys.readouterr().out)["StandardMinuteValue"] == 45
    assert main(["jobcodes", "rate", "HEAT555", "--contract", "RESPONSIVE", "--price", "85.5"]) == 0
    assert main(["jobcodes", "rate", "HEAT555", "--contract", "RESPONSIVE", "--price", "lots"]) == 2
    capsys.readouterr()
    assert main(["jobcodes", "ratebooks", "HEAT555"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"CodeExternalId": "HEAT555", "ContractExternalId": "RESPONSIVE",
                                                    "Price": 85.5}]


def test_a_sync_refreshes_the_cached_orders_and_their_visits(planner: Any) -> None:
    desk, _transport, state = planner

    async def scenario() -> None:
        await desk.planner.fetch_order("FD-24007")
        await desk.planner.fetch_order("FD-24008")
        with state.lock:  # changed in Connect meanwhile: a new description, a cancelled order, one gone
            state.orders["FD-24007"]["JobDescription"] = "Thermostat replaced, check wiring"
            state.orders.pop("FD-24008")
            state._add_visit("FD-24007", state.current_day() + __import__("datetime").timedelta(days=3), 2)
        [report] = await desk.sync(["totalmobile"])
        assert report.error is None
        await desk.aclose()
    run(scenario())
    row = desk.planner.order("FD-24007")
    assert row is not None and row["job_description"] == "Thermostat replaced, check wiring"
    assert desk.planner.order("FD-24008") is None
    assert len(desk.planner.cached_bookings(order="FD-24007")) == 2
    assert [w.name for w in desk.planner.windows()] == ["ALL DAY", "MORNING", "AFTERNOON", "SCHOOL RUN", "OUT OF HOURS"]


@pytest.mark.allow_log("app.sync.engine", match="sync totalmobile: totalmobile: sign-in refused")
def test_a_refused_password_pauses_totalmobile_and_is_never_shown(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    state = ConnectState()
    monkeypatch.setenv("FIELDDESK_PROFILE", "live")
    monkeypatch.setenv("FIELDDESK_TOTALMOBILE_USERNAME", SANDBOX_USERNAME)
    monkeypatch.setenv("FIELDDESK_TOTALMOBILE_PASSWORD", "not-the-password-42")
    with serve_in_thread(create_connect_app(state)) as server:
        monkeypatch.setenv("FIELDDESK_TOTALMOBILE_BASE_URL", f"{server.base_url}/WS-API")
        assert main(["sync"]) == 1
        err = capsys.readouterr().err
        assert "The user name or password is incorrect." in err and "not-the-password-42" not in err
        assert main(["orders", "create", "--file", write_json(home / "order.json", ORDER)]) == 1
        capsys.readouterr()
        main(["outbox", "list", "--json"])
        [entry] = json.loads(capsys.readouterr().out)
        assert entry["state"] == "pending"  # kept until the credentials change
        monkeypatch.setenv("FIELDDESK_TOTALMOBILE_PASSWORD", SANDBOX_PASSWORD)
        assert main(["sync"]) == 0
    assert "FD-9001" in state.orders
    log = (home / "logs" / "fielddesk.log").read_text(encoding="utf-8")
    assert "not-the-password-42" not in log
    assert b"not-the-password-42" not in (home / "fielddesk.sqlite3").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=60),
    st.dictionaries(st.sampled_from([*ORDER, "UseExistingCustomerDetails", "OrderContact", "OrderSource"]),
                    st.none() | st.booleans() | st.integers() | st.text(max_size=40)
                    | st.dictionaries(st.sampled_from(["ExternalId", "FirstName", "X"]), st.text(max_size=5),
                                      max_size=2), max_size=5)
    .map(lambda d: json.dumps({**ORDER, "PrimaryOrderNumber": "FD-H1", **d}).encode("utf-8", "replace")),
))
@example(data=json.dumps({**ORDER, "PrimaryOrderNumber": "FD-H2"}).encode())
def test_orders_create_exits_0_or_2_and_queues_nothing_on_2(home: Path, tmp_path: Path, data: bytes,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "order.json"
    path.write_bytes(data)
    code = main(["orders", "create", "--file", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 2), err
    if code == 2:
        assert str(path) in err and "Traceback" not in err
    main(["outbox", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == [], "sent (0) or nothing queued (2)"
