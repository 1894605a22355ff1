"""Totalmobile Connect's client against the simulator served on 127.0.0.1 (real HTTP): one password-grant token per
session (also when several calls start at once), renewed before it runs out or after one 401, the Accept version each
method documents, and every documented error answer reaching the user as the vendor's Message and ModelState."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from app.sandbox.server import RunningServer, serve_in_thread
from app.sandbox.totalmobile import SANDBOX_PASSWORD, SANDBOX_USERNAME, ConnectState, create_connect_app
from app.vendors.errors import AuthError, RejectedError, ServerError
from app.vendors.http import RetryPolicy
from app.vendors.totalmobile import models as m
from app.vendors.totalmobile.client import VERSIONS, TotalmobileClient

TODAY = dt.date(2026, 12, 7)  # a Monday


@pytest.fixture
def connect() -> Iterator[tuple[ConnectState, RunningServer]]:
    state = ConnectState(today=TODAY)
    with serve_in_thread(create_connect_app(state)) as server:
        yield state, server


def client_for(server: RunningServer, password: str = SANDBOX_PASSWORD) -> TotalmobileClient:
    return TotalmobileClient(f"{server.base_url}/WS-API", SANDBOX_USERNAME, password,
                             retry=RetryPolicy(max_retries=0))


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_one_token_serves_a_whole_session_of_calls(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            await client.availability(m.Availability(PrimaryOrderNumber="FD-24001"))
            await client.booking_summary(order_number="FD-24001")
            await client.get_sales_order("FD-24002")
        finally:
            await client.aclose()
        assert client.token_requests == 1
    run(scenario())
    assert state.calls["POST token"] == 1
    assert state.calls["GET Availability"] == 1


def test_calls_starting_at_once_share_one_token_request(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            answers = await asyncio.gather(*(client.planning_windows() for _ in range(8)),
                                           client.availability(m.Availability(PrimaryOrderNumber="FD-24003")))
        finally:
            await client.aclose()
        assert all(answers)
    run(scenario())
    assert state.calls["POST token"] == 1
    assert state.calls["GET PlanningWindow"] == 8


def test_a_token_is_renewed_before_it_runs_out(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            client._token_expires = 0.0  # "shortly before expires_in" has come
            await client.planning_windows()
        finally:
            await client.aclose()
        assert client.token_requests == 2
    run(scenario())
    assert state.calls["POST token"] == 2
    assert state.calls["GET PlanningWindow"] == 2  # renewed before the call: no 401 round trip


def test_the_renewal_margin_follows_expires_in(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect
    state.token_lifetime = 30  # a short-lived token: renewed at 90% of its life, not 60 s early (i.e. at once)

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            await client.planning_windows()
        finally:
            await client.aclose()
        assert client.token_requests == 1
    run(scenario())


def test_a_token_the_vendor_no_longer_takes_is_renewed_once_and_the_call_repeated(
        connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            with state.lock:  # Connect forgot it (expired early, server restart)
                state.tokens.clear()
            windows = await client.planning_windows()
        finally:
            await client.aclose()
        assert [w.Name for w in windows][:2] == ["ALL DAY", "MORNING"]
        assert client.token_requests == 2
    run(scenario())
    assert state.calls["GET PlanningWindow"] == 3  # the refused call, then its repeat


def test_a_second_refusal_is_reported_not_retried_forever(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect
    state.token_lifetime = 0  # every token is dead on arrival

    async def scenario() -> None:
        client = client_for(server)
        try:
            with pytest.raises(AuthError, match="Authorization has been denied"):
                await client.planning_windows()
        finally:
            await client.aclose()
        assert client.token_requests == 2  # the first token and one renewal
    run(scenario())
    assert state.calls["GET PlanningWindow"] == 2


def test_a_wrong_password_is_an_auth_error_without_the_password(connect: tuple[ConnectState, RunningServer],
                                                                caplog: pytest.LogCaptureFixture) -> None:
    _state, server = connect

    async def scenario() -> None:
        client = client_for(server, password="wrong-secret-1234")
        try:
            with pytest.raises(AuthError) as raised:
                await client.planning_windows()
        finally:
            await client.aclose()
        assert "user name or password is incorrect" in str(raised.value)
        assert "wrong-secret-1234" not in str(raised.value)
    with caplog.at_level(logging.DEBUG):
        run(scenario())
    assert "wrong-secret-1234" not in caplog.text


def test_each_method_sends_the_accept_version_it_documents(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            await client.availability(m.Availability(PrimaryOrderNumber="FD-24001", NumberOfWeeks=1))
            await client.booking_summary(property_id="PROP-3101")
            await client.get_sales_order("FD-24001")
            order_id = await client.order_id("FD-24001", "RESPONSIVE")
            await client.codes(order_id)
            await client.create_customer({"ExternalId": "PROP-9", "Name": "Test", "OrganisationExternalId": "O",
                                          "CustomerAddress": {"ExternalId": "A", "Address1": "1 Lane", "City": "X",
                                                              "PostCode": "EX1 1ZZ"},
                                          "CustomerContact": {"ExternalId": "C", "FirstName": "T", "LastName": "U"}})
        finally:
            await client.aclose()
    run(scenario())
    sent = dict(state.accept_versions)
    assert sent["GET PlanningWindow"] == f"application/json; version={VERSIONS['PlanningWindow']}"
    assert sent["GET Availability"] == "application/json; version=3"
    assert sent["GET SalesOrder"] == "application/json; version=2"
    assert sent["GET IdLookup"] == "application/json; version=3"
    assert sent["GET Code"] == "application/json; version=3"
    assert sent["POST Customer"] == "application/json; version=4"


def test_a_booking_takes_a_free_slot_and_the_same_slot_again_is_refused(
        connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            answer = await client.availability(m.Availability(PrimaryOrderNumber="FD-24002", NumberOfWeeks=2))
            free = [(row.PlanningWindowId, day.Date) for row in answer.AvailabilityPlanningWindows
                    for day in row.AvailabilityDays if day.AvailabilityStatus]
            window, date = free[0]
            # Fill the slot: each booking takes one operative; the last one leaves it NotAvailable.
            capacity = len(state.resources_on(date, window)) - sum(
                1 for v in state.visits if v["_date"] == date.isoformat() and v["_window"] == window
                and state._occupying(v))
            booked = [await client.book(m.Booking(PrimaryOrderNumber="FD-24002", Date=date, PlanningWindowId=window))
                      for _ in range(capacity)]
            assert all(b.VisitExternalId for b in booked)
            after = await client.availability(m.Availability(PrimaryOrderNumber="FD-24002", Date=date))
            cell = next(d for row in after.AvailabilityPlanningWindows if row.PlanningWindowId == window
                        for d in row.AvailabilityDays if d.Date == date)
            assert int(cell.AvailabilityStatus or 0) == 0  # availability shrank as visits were booked
            with pytest.raises(RejectedError) as refused:
                await client.book(m.Booking(PrimaryOrderNumber="FD-24002", Date=date, PlanningWindowId=window))
            assert refused.value.status == 400
            assert str(refused.value) == ("totalmobile: The request is invalid. — PlanningWindowId: The selected "
                                          "appointment slot is no longer available.")
        finally:
            await client.aclose()
    run(scenario())


def test_reappointing_moves_the_visit(connect: tuple[ConnectState, RunningServer]) -> None:
    _state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            summary = await client.booking_summary(order_number="FD-24001")
            [visit] = summary.Appointments
            answer = await client.availability(m.Availability(PrimaryOrderNumber="FD-24001",
                                                              VisitExternalId=visit.VisitExternalId, NumberOfWeeks=2))
            window, date = next((row.PlanningWindowId, day.Date) for row in answer.AvailabilityPlanningWindows
                                for day in row.AvailabilityDays if day.AvailabilityStatus
                                and day.Date != (visit.PlanningWindowStart and visit.PlanningWindowStart.date()))
            moved = await client.book(m.Booking(PrimaryOrderNumber="FD-24001", Date=date, PlanningWindowId=window,
                                                VisitExternalId=visit.VisitExternalId))
            assert moved.VisitExternalId == visit.VisitExternalId
            [after] = (await client.booking_summary(order_number="FD-24001")).Appointments
            assert after.PlanningWindowStart is not None and after.PlanningWindowStart.date() == date
        finally:
            await client.aclose()
    run(scenario())


# Every documented failure: (what to call, the Message Connect sends, a ModelState entry or None).
ERRORS: list[tuple[str, Any, str, str | None]] = [
    ("Availability: unknown order", lambda c: c.availability(m.Availability(PrimaryOrderNumber="NOPE")),
     "The order NOPE was not found.", None),
    ("Availability: more than 5 weeks", lambda c: c.availability(m.Availability(PrimaryOrderNumber="FD-24001",
                                                                              NumberOfWeeks=6)),
     "The request is invalid.", "NumberOfWeeks: NumberOfWeeks must be between 1 and 5."),
    ("AvailabilityByTrade: no postcode", lambda c: c.availability_by_trade(m.AvailabilityByTrade(NumberOfWeeks=1)),
     "The request is invalid.", "Postcode: The Postcode field is required."),
    ("Booking: no window", lambda c: c.book(m.Booking(PrimaryOrderNumber="FD-24001", Date=TODAY)),
     "The request is invalid.", "PlanningWindowId: The PlanningWindowId field is required."),
    ("BookingSummary: neither property nor order", lambda c: c._call("GET", "api/BookingSummary", 1),
     "The request is invalid.", "PropertyId: PropertyId or PrimaryOrderNumber is required."),
    ("SalesOrder POST: missing fields", lambda c: c.create_sales_order({"PrimaryOrderNumber": "X-1"}),
     "The request is invalid.", "Customer: The Customer field is required."),
    ("SalesOrder POST: duplicate", lambda c: c.create_sales_order(
        {"PrimaryOrderNumber": "FD-24001", "ContractExternalId": "R", "TargetDateUTC": "2026-12-20",
         "PriorityExternalId": "P1", "JobDescription": "x",
         "Customer": {"ExternalId": "PROP-3101", "OrganisationExternalId": "FIELDDESK-DEMO"},
         "UseExistingCustomerDetails": True}),
     "An order with primary order number FD-24001 already exists.", None),
    ("SalesOrder PATCH: cancel without reason", lambda c: c.update_sales_order(
        {"PrimaryOrderNumber": "FD-24001", "ContractExternalId": "RESPONSIVE", "OrderStatus": 11}),
     "The request is invalid.", "CancelReason: A cancel reason is required to cancel an order."),
    ("IdLookup: unknown order", lambda c: c.order_id("NOPE", "RESPONSIVE"),
     "The order NOPE was not found for contract RESPONSIVE.", None),
    ("Code DELETE: not on the order", lambda c: c.remove_code(5001, "NOPE"),
     "The code NOPE is not on this order.", None),
    ("Code POST: already there", lambda c: c.add_code(5001, {"CodeExternalId": "HEAT100", "Quantity": 1}),
     "The code HEAT100 is already on this order.", None),
    ("Attribute GET: unknown order", lambda c: c.attributes(1),
     "The order 1 was not found.", None),
    ("Customer POST: missing contact", lambda c: c.create_customer({"ExternalId": "P", "Name": "N",
                                                                     "OrganisationExternalId": "O"}),
     "The request is invalid.", "CustomerAddress: The CustomerAddress field is required."),
    ("JobCode GET: unknown", lambda c: c.job_code("NOPE"), "The job code NOPE was not found.", None),
    ("RateBook GET: none", lambda c: c.rate_book("HEAT100", "RESPONSIVE"),
     "No rate book for HEAT100 on contract RESPONSIVE.", None),
    ("BookSubContractorOrder: unknown order", lambda c: c.book_subcontractor_order(
        m.BookSubContractorOrder(PrimaryOrderNumber="NOPE", SupplierExternalId="S")),
     "The order NOPE was not found.", None),
    ("PurchaseInvoice: missing fields", lambda c: c.create_purchase_invoice(m.PurchaseInvoice(SupplierExternalId="S")),
     "The request is invalid.", "PurchaseInvoiceCategory: The PurchaseInvoiceCategory field is required."),
    ("UserAccount: no user name", lambda c: c.create_user_account(m.UserAccount(FirstName="A")),
     "The request is invalid.", "UserName: The UserName field is required."),
]


@pytest.mark.parametrize(("case", "call", "message", "model_state"), ERRORS, ids=[e[0] for e in ERRORS])
def test_every_documented_error_answer_reaches_the_user_as_text(connect: tuple[ConnectState, RunningServer],
                                                                case: str, call: Any, message: str,
                                                                model_state: str | None) -> None:
    _state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            with pytest.raises(RejectedError) as refused:
                await call(client)
        finally:
            await client.aclose()
        assert refused.value.status == 400
        text = str(refused.value)
        assert message in text
        if model_state is not None:
            assert model_state in text
    run(scenario())


def test_a_missing_sales_order_is_none_not_an_error(connect: tuple[ConnectState, RunningServer]) -> None:
    _state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            assert await client.get_sales_order("NOPE") is None  # 404 with "null", as documented
            found = await client.get_sales_order("FD-24003")
            assert found is not None and found.Customer is not None and found.Customer.ExternalId == "PROP-3103"
        finally:
            await client.aclose()
    run(scenario())


def test_an_unreadable_answer_is_a_server_error(connect: tuple[ConnectState, RunningServer]) -> None:
    import httpx

    def broken(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n-value", "expires_in": 600})
        return httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"})

    async def scenario() -> None:
        client = TotalmobileClient("https://connect.invalid/WS-API", "u", "p", transport=httpx.MockTransport(broken))
        try:
            with pytest.raises(ServerError, match="HTML page"):
                await client.planning_windows()
        finally:
            await client.aclose()
    run(scenario())


def test_a_server_error_says_so_in_connects_words() -> None:
    import httpx

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n-value", "expires_in": 600})
        return httpx.Response(500, json={"Message": "An error has occurred."})

    async def scenario() -> None:
        client = TotalmobileClient("https://connect.invalid/WS-API", "u", "p", transport=httpx.MockTransport(failing),
                                   retry=RetryPolicy(max_retries=0))
        try:
            with pytest.raises(ServerError, match="An error has occurred"):
                await client.planning_windows()
        finally:
            await client.aclose()
    run(scenario())


def test_calls_refused_at_once_share_one_renewal(connect: tuple[ConnectState, RunningServer]) -> None:
    state, server = connect

    async def scenario() -> None:
        client = client_for(server)
        try:
            await client.planning_windows()
            with state.lock:
                state.tokens.clear()
            answers = await asyncio.gather(*(client.planning_windows() for _ in range(6)))
        finally:
            await client.aclose()
        assert all(answers)
        assert client.token_requests == 2  # the first token, then one renewal for all six refused calls
    run(scenario())
    assert state.calls["POST token"] == 2
