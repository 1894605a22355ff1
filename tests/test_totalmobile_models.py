"""Totalmobile wire models on the document's quirks, its enumerations, and the body checks that name each field."""

from __future__ import annotations

import datetime as dt

import pytest

from app.vendors.totalmobile import enums as E
from app.vendors.totalmobile import mapping
from app.vendors.totalmobile import models as m
from app.vendors.totalmobile.validate import BodyValidationError, validate

ORDER = {
    "PrimaryOrderNumber": "FD-9001",
    "Customer": {"ExternalId": "PROP-9", "OrganisationExternalId": "ORG",
                 "PrimaryContact": {"FirstName": "Ivo", "LastName": "Demo"},
                 "PrimaryAddress": {"Line1": "1 Test Street", "City": "Exampleton", "PostCode": "EX1 1ZZ"}},
    "ContractExternalId": "RESPONSIVE", "TargetDateUTC": "2026-12-20", "PriorityExternalId": "P3",
    "JobDescription": "Boiler service",
}


def problems(body: object, name: str = "SalesOrder") -> list[str]:
    with pytest.raises(BodyValidationError) as raised:
        validate(body, name)
    return [str(e) for e in raised.value.errors]


def test_lengths_and_required_fields_name_the_field_path() -> None:
    body = {**ORDER, "Customer": {**ORDER["Customer"],  # type: ignore[dict-item]
                                  "PrimaryContact": {"FirstName": "x" * 65, "LastName": "Demo"}}}
    assert problems(body) == ["Customer.PrimaryContact.FirstName: at most 64 characters"]
    assert problems({**ORDER, "PrimaryOrderNumber": "9" * 33}) == ["PrimaryOrderNumber: at most 32 characters"]
    missing = {k: v for k, v in ORDER.items() if k not in ("JobDescription", "Customer")}
    assert problems(missing) == ["Customer: required", "JobDescription: required"]
    assert problems({**ORDER, "JobCodes": [{"CodeExternalId": "A"}, {"Quantity": "2"}]}) == [
        "JobCodes[1].CodeExternalId: required"]


def test_types_enumerations_dates_and_unknown_fields() -> None:
    found = problems({**ORDER, "TargetDateUTC": "20-20-2026", "OrderSource": 7, "TwoToAttend": "yes",
                      "CodeTemplateId": 1.5, "Priority": "P1"})
    assert "TargetDateUTC: must be a date yyyy-MM-dd" in found
    assert "OrderSource: expected one of 0 (Default), 1 (TenantPortal)" in found
    assert "TwoToAttend: must be true or false" in found
    assert "CodeTemplateId: must be a whole number" in found
    assert "Priority: not a field of this object (did you mean 'PriorityExternalId'?)" in found
    assert problems({**ORDER, "JobDescription": "a\x00b"}) == ["JobDescription: contains a control character"]
    assert problems([ORDER]) == ["a SalesOrder must be a JSON object"]


def test_a_checked_body_is_normalised() -> None:
    checked = validate({**ORDER, "TargetDateUTC": "20-12-2026", "OrderSource": "TenantPortal",
                        "OrderContact": {"MessagingPreference": "DontMessage", "ContactPreference": "3"}}, "SalesOrder")
    assert checked["TargetDateUTC"] == "2026-12-20" and checked["OrderSource"] == 1
    assert checked["OrderContact"] == {"MessagingPreference": 1, "ContactPreference": 3}


def test_an_existing_customer_needs_only_its_ids() -> None:
    body = {**ORDER, "UseExistingCustomerDetails": True,
            "Customer": {"ExternalId": "PROP-9", "OrganisationExternalId": "ORG"}}
    assert validate(body, "SalesOrder")["Customer"] == {"ExternalId": "PROP-9", "OrganisationExternalId": "ORG"}
    body["Customer"] = {**body["Customer"], "Name": "Someone"}  # type: ignore[dict-item]
    assert problems(body) == ["Customer.Name: not allowed with UseExistingCustomerDetails (only ExternalId and "
                              "OrganisationExternalId)"]


def test_cancelling_needs_a_reason_and_a_priority_needs_a_target_date() -> None:
    base = {"PrimaryOrderNumber": "FD-1", "ContractExternalId": "R"}
    assert problems({**base, "OrderStatus": 11}, "SalesOrderUpdate") == [
        "CancelReason: required to cancel an order (OrderStatus 11)"]
    assert problems({**base, "PriorityExternalId": "P1"}, "SalesOrderUpdate") == [
        "TargetDateUTC: required when PriorityExternalId is set"]
    assert validate({**base, "OrderStatus": "Cancel", "CancelReason": "Tenant moved"},
                    "SalesOrderUpdate")["OrderStatus"] == 11


def test_customer_v4_lengths() -> None:
    body = {"ExternalId": "P", "Name": "N", "OrganisationExternalId": "O",
            "CustomerAddress": {"ExternalId": "A", "Address1": "1", "City": "C", "PostCode": "P" * 49},
            "CustomerContact": {"ExternalId": "C", "FirstName": "F", "LastName": "L", "Salutation": "S" * 21}}
    assert problems(body, "CustomerModel") == ["CustomerAddress.PostCode: at most 48 characters",
                                               "CustomerContact.Salutation: at most 20 characters"]


def test_enumerations_as_documented() -> None:
    assert [E.wire_name(v) for v in E.VisitStatus] == ["Planned", "Accepted", "Started", "Completed",
                                                       "PendingDeletion", "Booked", "Shelved"]
    assert [E.wire_name(v) for v in E.VisitResultType] == ["Completed", "NoAccess", "FollowOnRequired", "Abandon"]
    assert [E.wire_name(v) for v in E.AvailabilityStatus] == ["NotAvailable", "Available", "Preferred"]
    # The document's MessagingPreference table has its columns swapped; the values are 0, 1, 2 all the same.
    assert E.parse_enum(E.MessagingPreference, "NeverMessage") is E.MessagingPreference.NEVER_MESSAGE
    assert E.OrderStatus.CANCEL == 11 and E.wire_name(E.PaymentTerms(0)) == "N/A"
    assert E.parse_enum(E.ContactPreference, "EmailAndHomeText") == 5
    assert int(E.PurchaseInvoiceCategory.SUBCONTRACTOR_ORDER) == 1 and int(E.ContractorType.EXTERNAL) == 1


def test_wire_models_take_the_quirks() -> None:
    appointment = m.Appointment.model_validate({
        "PrimaryOrderNumber": "FD-1", "VisitExternalId": 77, "VisitStatus": "5", "VisitResultType": "",
        "PlanningWindowStart": "2026-12-08 08:00:00", "PlanningWindowEnd": "2026-12-08T12:59:00.1234567Z",
        "OrderRaisedDate": "01-12-2026", "SomethingNew": {"kept": True}})
    assert appointment.VisitExternalId == "77" and appointment.VisitStatus is E.VisitStatus.BOOKED
    assert appointment.VisitResultType is None
    assert appointment.PlanningWindowStart == dt.datetime(2026, 12, 8, 8, 0)
    assert appointment.PlanningWindowEnd is not None and appointment.PlanningWindowEnd.minute == 59
    assert appointment.OrderRaisedDate == dt.date(2026, 12, 1)
    assert appointment.model_extra == {"SomethingNew": {"kept": True}}
    newer = m.Appointment.model_validate({"VisitStatus": 9, "VisitStatusName": "Travelling"})
    visit = mapping.visit(newer)
    assert visit.status == "Travelling"  # a status newer than the document is shown, not refused
    token = m.TokenAnswer.model_validate({"access_token": "abc", "token_type": "bearer", "expires_in": "1199",
                                          "user_name": "u", ".issued": "Mon, 07 Dec 2026 08:00:00 GMT"})
    assert token.expires_in == 1199 and token.user_name == "u"


def test_an_availability_answer_becomes_a_grid() -> None:
    answer = m.AvailabilityResponse.model_validate({
        "PlanningWindows": [{"Id": 1, "Name": "ALL DAY", "StartHour": 8, "StartMinute": 0, "EndHour": 16,
                             "EndMinute": 59},
                            {"Id": 2, "Name": "MORNING", "StartHour": "8", "EndHour": 12, "EndMinute": 59}],
        "AvailabilityPlanningWindows": [
            {"PlanningWindowId": 1, "AvailabilityDays": [
                {"Date": "2026-12-08T00:00:00", "AvailabilityStatus": 2, "TravelTime": 12},
                {"Date": "2026-12-07T00:00:00", "AvailabilityStatus": "Available", "TravelTime": "30"}]},
            {"PlanningWindowId": 2, "AvailabilityDays": [
                {"Date": "2026-12-07", "AvailabilityStatus": 7}]}]})
    grid = mapping.grid(answer, "FD-1", "2026-12-07T08:00:00+00:00")
    assert [(w.id, w.name, w.start, w.end) for w in grid.windows] == [(1, "ALL DAY", "08:00", "16:59"),
                                                                      (2, "MORNING", "08:00", "12:59")]
    assert [d.date for d in grid.days] == ["2026-12-07", "2026-12-08"]
    assert grid.days[0].as_json() == {"date": "2026-12-07", "slots": [
        {"window_id": 1, "status": "Available", "travel_time": 30},
        {"window_id": 2, "status": "NotAvailable", "travel_time": None}]}  # an unknown status is not bookable
    assert grid.slot("2026-12-08", 2) is not None and grid.slot("2026-12-08", 2).status == "NotAvailable"  # type: ignore[union-attr]


# -- hostile answers: a grid, or a ServerError saying the answer was unexpected; never a crash ------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_scalars = st.none() | st.booleans() | st.integers(-5, 10**12) | st.text(max_size=12) | st.floats()
_days = st.lists(st.fixed_dictionaries({}, optional={"Date": _scalars | st.just("2026-12-08T00:00:00"),
                                                      "AvailabilityStatus": _scalars, "TravelTime": _scalars}),
                 max_size=4)
_answer = st.fixed_dictionaries({}, optional={
    "PlanningWindows": st.lists(st.fixed_dictionaries({"Id": _scalars}, optional={"Name": _scalars,
                                                                                   "StartHour": _scalars}),
                                max_size=3) | _scalars,
    "AvailabilityPlanningWindows": st.lists(st.fixed_dictionaries({"PlanningWindowId": _scalars},
                                                                  optional={"AvailabilityDays": _days | _scalars}),
                                            max_size=3) | _scalars,
    "Availability": _scalars | st.just({}),
}) | _scalars | st.lists(_scalars, max_size=2)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=_answer)
def test_any_availability_answer_is_a_grid_or_a_server_error(answer: object) -> None:
    import asyncio
    import json

    import httpx

    from app.vendors.errors import ServerError
    from app.vendors.totalmobile.client import TotalmobileClient

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n-value", "expires_in": 600})
        # Raw text: NaN and Infinity too, which Python's JSON reader takes and a careless server might send.
        return httpx.Response(200, content=json.dumps(answer).encode(), headers={"content-type": "application/json"})

    async def scenario() -> None:
        client = TotalmobileClient("https://connect.invalid/WS-API", "u", "p", transport=httpx.MockTransport(reply))
        try:
            parsed = await client.availability(m.Availability(PrimaryOrderNumber="FD-1"))
        except ServerError as exc:
            assert exc.message.startswith("unreadable Totalmobile answer: ")
            return
        finally:
            await client.aclose()
        grid = mapping.grid(parsed, "FD-1", "2026-12-07T08:00:00+00:00")
        assert all(len(day.slots) == len(grid.windows) for day in grid.days)
        assert all(s.status in ("NotAvailable", "Available", "Preferred") for d in grid.days for s in d.slots)
    asyncio.run(scenario())
