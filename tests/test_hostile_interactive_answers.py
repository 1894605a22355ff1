"""Vendors that answer a user's own question with garbage: slots, a booking, an order's codes, a temperature history
(what planners and technicians ask while they work, not the sync). Whatever comes back, the call returns what it
could read or raises one of the vendor errors the window and the command line turn into a message: never another
exception, which would reach the user as a fault."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from app.domain.planner import SlotQuery
from app.services.certificates import CertificateError
from app.services.fielddesk import FieldDesk
from app.services.planner import BodyValidationError, UnknownOrderError
from app.vendors.errors import VendorError
from tests.helpers import new_client_body, open_desk, sandbox_state
from tests.test_hostile_vendor_answers import NOW, _answers, _desk, _garbage

#: The questions, by vendor: each an async call on a synced desk.
CALLS: dict[str, tuple[str, Callable[[FieldDesk], Awaitable[Any]]]] = {
    "slots": ("totalmobile", lambda desk: desk.planner.slots(SlotQuery("FD-24001", weeks=2))),
    "book": ("totalmobile", lambda desk: desk.planner.book("FD-24001", "2026-12-14", 1)),
    "slots by trade": ("totalmobile", lambda desk: desk.planner.slots_by_trade("9000", skills=["HEAT"])),
    "bookings": ("totalmobile", lambda desk: desk.planner.bookings(order="FD-24001")),
    "fetch order": ("totalmobile", lambda desk: desk.planner.fetch_order("FD-24001")),
    "codes": ("totalmobile", lambda desk: desk.planner.codes("FD-24001")),
    "attributes": ("totalmobile", lambda desk: desk.planner.attributes("FD-24001")),
    "order id": ("totalmobile", lambda desk: desk.planner.order_id("FD-24001")),
    "job code": ("totalmobile", lambda desk: desk.planner.job_code("HEAT555")),
    "rate books": ("totalmobile", lambda desk: desk.planner.rate_books("HEAT555")),
    "update job code": ("totalmobile", lambda desk: desk.planner.update_job_code("HEAT555",
                                                                                 {"Description": "Boiler service"})),
    "set rate": ("totalmobile", lambda desk: desk.planner.set_rate("HEAT555", "RESPONSIVE", "12.50")),
    "history": ("benext", lambda desk: desk.climate.history(
        _temperature(desk), NOW - dt.timedelta(days=3), NOW)),
    "energy": ("benext", lambda desk: desk.climate.energy(
        desk.climate.energy_properties()[0]["property"], NOW - dt.timedelta(days=40), NOW, "week", dt.UTC)),
}


def _temperature(desk: FieldDesk) -> int:
    temperature, _setpoint = desk.climate.chart_properties(desk.climate.controllers()[0]["product"])
    assert temperature is not None
    return temperature


@settings(max_examples=int(os.environ.get("FIELDDESK_HOSTILE_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(answer=_answers, raw=st.none() | st.sampled_from([b"", b"<html>oops</html>", b"{", b"\xff\xfe", b"null"]),
       call=st.sampled_from(sorted(CALLS)))
@example(answer={}, raw=None, call="fetch order")  # once filed an order without a number: the cache refused it
@example(answer={"Price": "a lot"}, raw=None, call="set rate")  # once a pydantic error, not a vendor error
@example(answer={"Description": ["x"]}, raw=None, call="update job code")
def test_any_answer_to_a_users_question_is_read_or_said_never_a_fault(home: Path, qloop: Any, answer: Any,
                                                                       raw: bytes | None, call: str) -> None:
    vendor, ask = CALLS[call]
    desk, nets = _desk(home / call.replace(" ", "-"))
    try:
        assert all(r.error is None for r in qloop.run_until_complete(desk.sync([vendor])))
        if vendor == "totalmobile":  # the order is cached, as the planner has it on screen
            assert qloop.run_until_complete(desk.planner.fetch_order("FD-24001"))[0] is not None
        nets[vendor].inner = _garbage(answer, raw)
        try:
            qloop.run_until_complete(ask(desk))
        except VendorError as exc:  # said to the user in words
            assert str(exc).startswith(f"{vendor}: "), exc
        except (UnknownOrderError, BodyValidationError):  # Connect says there is no such order, or the question
            pass  # is refused by FieldDesk's own check: both said in words too
    finally:
        qloop.run_until_complete(desk.aclose())
        asyncio.set_event_loop(qloop)


def test_the_garbage_server_answers_every_question_with_the_garbage() -> None:
    """The premise: after the swap, the vendor's answers are the garbage (not the simulator's)."""
    reply = _garbage({"x": 1}, None).handle_request(httpx.Request("GET", "https://connect.example/api/SalesOrder"))
    assert json.loads(reply.read()) == {"x": 1}


#: Pro+: the questions of a technician or of support staff.
PROPLUS_CALLS: dict[str, Callable[[FieldDesk], Awaitable[Any]]] = {
    "work order": lambda desk: desk.workorders.fetch(external_id="7001"),
    "technician": lambda desk: desk.staff.fetch_technician(id=1),
    "certificates": lambda desk: desk.certificates.fetch(NOW.date() - dt.timedelta(days=30), NOW.date()),
    "certificates of a work order": lambda desk: desk.certificates.fetch_for_work_order("WO00001"),
    "download": lambda desk: desk.certificates.download(
        [f["file_id"] for c in desk.certificates.all()[:2] for f in c["files"]]),
}


@settings(max_examples=int(os.environ.get("FIELDDESK_HOSTILE_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(answer=_answers, raw=st.none() | st.sampled_from([b"", b"<html>oops</html>", b"{", b"\xff\xfe", b"null",
                                                         b"%PDF-1.4 not json"]),
       call=st.sampled_from(sorted(PROPLUS_CALLS)))
@example(answer={"results": None}, raw=None, call="work order")  # once filed a work order without its external id
def test_any_proplus_answer_to_a_users_question_is_read_or_said_never_a_fault(home: Path, qloop: Any, answer: Any,
                                                                              raw: bytes | None, call: str) -> None:
    desk, net = open_desk(home / call.replace(" ", "-"), sandbox_state(4))
    try:
        qloop.run_until_complete(desk.sync(["proplus"]))
        net.inner = _garbage(answer, raw)
        try:
            qloop.run_until_complete(PROPLUS_CALLS[call](desk))
        except (VendorError, CertificateError) as exc:  # both said in words by the window and the command line
            assert str(exc).startswith("proplus: "), exc
    finally:
        qloop.run_until_complete(desk.aclose())
        asyncio.set_event_loop(qloop)


def _queue_a_write(desk: FieldDesk, vendor: str) -> None:
    """One change of the user's, waiting for `vendor`."""
    if vendor == "testresults":
        customer = next(c for c in desk.customers.all() if not c["archived"])
        assert desk.customers.update(customer["local_id"], {"Name": "Hernoemd BV"}) is not None
    elif vendor == "benext":
        controller = next(c for c in desk.climate.controllers() if c["controllable"])
        desk.climate.set_setpoint(controller["product"], 20)
    else:
        assert vendor == "totalmobile"
        order = desk.planner.order("FD-24001")
        assert order is not None
        desk.planner.update_order({"PrimaryOrderNumber": "FD-24001", "ContractExternalId": order["contract"],
                                   "JobDescription": "Boiler service, 2nd visit"})


@pytest.mark.allow_log("app.sync.engine", match=r"sync (benext|totalmobile|testresults): .*")
@settings(max_examples=int(os.environ.get("FIELDDESK_HOSTILE_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(answer=_answers, raw=st.none() | st.sampled_from([b"", b"<html>oops</html>", b"{", b"null"]),
       vendor=st.sampled_from(["testresults", "benext", "totalmobile"]))
def test_a_garbage_answer_to_a_write_never_loses_it_silently(home: Path, qloop: Any, answer: Any,
                                                             raw: bytes | None, vendor: str) -> None:
    """A queued change leaves the outbox only when the sync counts it sent; otherwise it waits (or is shown
    rejected) with the vendor's words. No exception reaches the user."""
    desk, nets = _desk(home / vendor)
    try:
        qloop.run_until_complete(desk.sync([vendor]))
        if vendor == "totalmobile":
            assert qloop.run_until_complete(desk.planner.fetch_order("FD-24001"))[0] is not None
        _queue_a_write(desk, vendor)
        before = {e.id for e in desk.outbox.entries(vendor)}
        nets[vendor].inner = _garbage(answer, raw)
        [report] = qloop.run_until_complete(desk.sync([vendor]))
        after = desk.outbox.entries(vendor)
        assert len(before - {e.id for e in after}) == report.sent, (report, after)
        event(f"{vendor}: " + ("taken as sent" if report.sent else ", ".join(sorted({e.state for e in after}))))
        for entry in after:
            assert entry.state in ("pending", "rejected")
            if entry.state == "rejected":
                assert entry.last_error, "rejected without the vendor's words"
    finally:
        qloop.run_until_complete(desk.aclose())
        asyncio.set_event_loop(qloop)


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*")
@settings(max_examples=int(os.environ.get("FIELDDESK_HOSTILE_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(answer=_answers, raw=st.none() | st.sampled_from([b"", b"<html>oops</html>", b"{", b"null"]))
def test_a_garbage_answer_to_a_proplus_push_never_loses_it_silently(home: Path, qloop: Any, answer: Any,
                                                                    raw: bytes | None) -> None:
    desk, net = open_desk(home / "proplus", sandbox_state(4))
    try:
        qloop.run_until_complete(desk.sync(["proplus"]))
        [entry_id] = desk.clients.queue_push(new_client_body())
        net.inner = _garbage(answer, raw)
        [report] = qloop.run_until_complete(desk.sync(["proplus"]))
        after = desk.outbox.entries("proplus")
        assert len({entry_id} - {e.id for e in after}) == report.sent, (report, after)
        event("taken as sent" if report.sent else ", ".join(sorted({e.state for e in after})))
        assert all(e.state == "pending" or e.last_error for e in after)
    finally:
        qloop.run_until_complete(desk.aclose())
        asyncio.set_event_loop(qloop)
