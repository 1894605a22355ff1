"""Pro+ work orders: wire models on the document's examples, the push-wo check, create / refresh / delete through
the outbox against the sandbox, no double create after a lost answer, and hostile push-wo files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.sandbox.proplus import ProPlusState
from app.sandbox.proplus_workorders import now_text, webhook_call
from app.services.fielddesk import FieldDesk
from app.services.files import InputFileError, read_json_file
from app.vendors.proplus.validate import PushValidationError
from app.vendors.proplus.workorders import (
    parse_webhook_call,
    parse_work_order_response,
    validate_work_order,
)
from tests.helpers import open_desk, sandbox_state

# §11.2.2, as printed (the document's own example answer of push-wo).
PUSH_WO_ANSWER = {
    "success": True,
    "data": {"id": 13, "wo_number": "tjk", "external_id": "15", "client_id": 1, "heating_appliance_id": 11,
             "assigned_to": 5, "status": 1, "certification_date": None, "certification_type": "new",
             "certification_language": "nl", "certification_region": "2", "contracting_company": 0,
             "execution_date": "2021-02-12", "comments": None, "created_at": "2021-04-01 06:33:07",
             "updated_at": "2021-05-12 09:01:51", "customer_id": 1, "start_time": "11:12"},
    "message": "Success",
}
# §11.2.1 and §11.2.2's requests, with the commas the document's examples lost.
HEATING_REQUEST = {"external_id": "123", "external_name": "abc", "execution_date": "2021-02-12",
                   "heating_appliance_id": 1, "certification_type": "new", "certification_language": "nl",
                   "contracting_company": 1, "start_time": "11:12", "technician_id": 1, "comments": "new workorder"}
COOLING_REQUEST = {"external_id": "123", "external_name": "abc", "execution_date": "2021-02-12",
                   "heating_appliance_id": 0, "certification_type": "maintenance", "certification_language": "nl",
                   "contracting_company": 1, "start_time": "11:12", "technician_id": 1, "appliance_group": "2",
                   "cooling_appliance_id": "6", "comments": "new workorder"}


def test_the_documents_answer_is_read_with_the_technician_from_assigned_to() -> None:
    wire = parse_work_order_response(PUSH_WO_ANSWER)
    assert wire is not None
    assert (wire.id, wire.wo_number, wire.external_id, wire.assigned_to, wire.status) == (13, "tjk", "15", 5, "1")
    from app.vendors.proplus.workorders import work_order_row
    row = work_order_row(wire)
    assert row["technician_id"] == 5 and row["appliance_group"] == 1 and row["proplus_id"] == 13
    # Dates come as dd-mm-yyyy elsewhere in the document; "Comments" as the table spells it.
    other = parse_work_order_response({"success": "1", "data": [{"id": "7", "execution_date": "12-02-2021",
                                                                   "Comments": "x"}]})
    assert other is not None and other.execution_date == "2021-02-12" and other.comments == "x"


def test_an_unreadable_answer_is_a_server_error_not_a_crash() -> None:
    from app.vendors.errors import RejectedError, ServerError

    with pytest.raises(ServerError):
        parse_work_order_response({"success": True, "data": "nonsense"})
    with pytest.raises(ServerError):
        parse_work_order_response({"success": True, "data": {"id": {"no": 1}}})
    with pytest.raises(RejectedError, match="Work order not found"):
        parse_work_order_response({"success": False, "message": "msg.Work order not found."})


def test_the_documents_requests_pass_the_check_and_are_normalised() -> None:
    heating = validate_work_order(HEATING_REQUEST)
    assert heating["external_id"] == 123 and heating["heating_appliance_id"] == 1
    cooling = validate_work_order(COOLING_REQUEST)
    assert (cooling["heating_appliance_id"], cooling["cooling_appliance_id"], cooling["appliance_group"]) == (0, 6, 2)


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"external_name": ""}, "external_name", "required"),
    ({"execution_date": "2021-13-40"}, "execution_date", "yyyy-mm-dd"),
    ({"certification_language": "en"}, "certification_language", "nl, fr, de"),
    ({"start_time": "25:00"}, "start_time", "HH:MM"),
    ({"heating_appliance_id": 0}, "cooling_appliance_id", "cooling work order"),
    ({"cooling_appliance_id": 6}, "cooling_appliance_id", "one appliance"),
    ({"contracting_company": "none"}, "contracting_company", "whole number"),
    ({"technician": 1}, "technician", "did you mean 'technician_id'"),
    ({"appliance_group": 3}, "appliance_group", "1 (heating) or 2 (cooling)"),
])
def test_each_bad_field_is_named_with_its_problem(change: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(PushValidationError) as raised:
        validate_work_order({**HEATING_REQUEST, **change})
    assert any(e.path == field and words in e.message for e in raised.value.errors), raised.value.errors


def test_the_webhook_body_is_read_as_the_document_prints_it() -> None:
    call = parse_webhook_call({"Id": "4", "wo_number": "WO4", "external_id": 77, "Status": 3,
                               "certificate_id": 901, "json_id": "902", "vat_id": None, "technician_id": "2",
                               "execution_date": "03-04-2025"})
    assert (call.id, call.external_id, call.status, call.certificate_id, call.technician_id) == (4, "77", "3",
                                                                                                "901", 2)
    assert call.execution_date == "2025-04-03"
    for bad in ([], "x", {"status": 1}, {"Id": {"a": 1}}):
        with pytest.raises(ValueError):
            parse_webhook_call(bad)


# -- against the sandbox --------------------------------------------------------------------------------------


@pytest.fixture
def wired(home: Path, qloop: Any) -> Any:
    state = sandbox_state()
    desk, transport = open_desk(home, state)
    qloop.run_until_complete(desk.sync())
    yield desk, transport, state
    qloop.run_until_complete(desk.aclose())


def _body(state: ProPlusState, external_id: int = 501, **extra: Any) -> dict[str, Any]:
    appliance = state.all_clients()[0]["heating_appliance"][0]["id"]
    return {"external_id": external_id, "external_name": "Onderhoud ketel", "execution_date": "2026-12-01",
            "heating_appliance_id": appliance, "certification_type": "periodic", "certification_language": "nl",
            "contracting_company": 0, "start_time": "08:30", **extra}


@pytest.mark.allow_log("app.sync.engine", level="WARNING", match="cannot connect")
def test_created_offline_then_sent_once_with_its_pro_plus_ids(wired: Any, qloop: Any) -> None:
    desk, transport, state = wired
    transport.online = False
    local_id, _entry = desk.workorders.create(_body(state))
    row = desk.workorders.get(local_id)
    assert row is not None and row["pending"] and row["proplus_id"] is None and row["external_id"] == "501"
    qloop.run_until_complete(desk.sync())
    assert desk.workorders.get(local_id)["pending"], "offline: it waits in the outbox"
    transport.online = True
    qloop.run_until_complete(desk.sync())
    row = desk.workorders.get(local_id)
    assert not row["pending"] and row["proplus_id"] is not None and row["wo_number"]
    assert row["client_id"] == state.all_clients()[0]["id"]
    assert [o["external_id"] for o in state.work_orders.orders] == ["501"]


class LosesTheFirstAnswer(httpx.AsyncBaseTransport):
    """push-wo reaches the server, but its answer is lost on the way back (once)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path.endswith("/push-wo") and not self.lost:
            self.lost += 1
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


@pytest.mark.allow_log("app.sync.engine", level="WARNING")
def test_a_replay_after_a_lost_answer_never_creates_it_twice(wired: Any, qloop: Any) -> None:
    desk, transport, state = wired
    transport.inner = LosesTheFirstAnswer(transport.inner)
    local_id, _ = desk.workorders.create(_body(state, 502))
    qloop.run_until_complete(desk.sync())
    assert transport.inner.lost == 1
    assert desk.workorders.get(local_id)["pending"], "the lost answer leaves the write queued"
    qloop.run_until_complete(desk.replay("proplus"))
    row = desk.workorders.get(local_id)
    assert not row["pending"] and row["proplus_id"] == state.work_orders.orders[0]["id"]
    assert [o["external_id"] for o in state.work_orders.orders] == ["502"], "created once"


def test_a_sync_brings_the_status_and_certificate_of_open_work_orders(wired: Any, qloop: Any) -> None:
    desk, _transport, state = wired
    local_id, _ = desk.workorders.create(_body(state, 503))
    qloop.run_until_complete(desk.sync())
    with state.lock:
        order = state.work_orders.orders[0]
        state.work_orders.advance(order, now_text())
        state.work_orders.advance(order, now_text())
    qloop.run_until_complete(desk.sync())
    row = desk.workorders.get(local_id)
    assert row["status"] == "3" and row["certificate_id"] == order["certificate_id"] is not None


@pytest.mark.allow_log("app.sync.engine", level="WARNING", match="cannot connect")
def test_deleting_is_queued_then_gone_from_pro_plus_and_the_cache(wired: Any, qloop: Any) -> None:
    desk, transport, state = wired
    local_id, _ = desk.workorders.create(_body(state, 504))
    transport.online = False
    desk.workorders.delete(local_id)  # before the create was even sent: it goes after it, in order
    assert desk.workorders.get(local_id)["deleting"]
    transport.online = True
    qloop.run_until_complete(desk.sync())
    assert desk.workorders.get(local_id) is None
    assert state.work_orders.orders == []
    assert desk.outbox.entries() == []


@pytest.mark.allow_log("app.sync.engine", level="WARNING", match="cannot connect")
def test_get_fetches_and_caches_then_answers_from_the_cache_offline(wired: Any, qloop: Any) -> None:
    desk, transport, state = wired
    with state.lock:
        made = state.work_orders.push(_body(state, 777), now_text())
    row, source = qloop.run_until_complete(desk.workorders.fetch(external_id="777"))
    assert source == "pro+" and row["proplus_id"] == made["id"]
    transport.online = False
    row, source = qloop.run_until_complete(desk.workorders.fetch(id=made["id"]))
    assert source == "cache" and row["external_id"] == "777"
    transport.online = True
    assert qloop.run_until_complete(desk.workorders.fetch(external_id="999"))[0] is None


def test_a_second_work_order_with_the_same_external_id_is_refused(wired: Any) -> None:
    desk, _transport, state = wired
    desk.workorders.create(_body(state, 505))
    with pytest.raises(PushValidationError, match="external_id"):
        desk.workorders.create(_body(state, 505))
    assert len(desk.outbox.entries()) == 1


def test_a_webhook_call_updates_the_cached_work_order(wired: Any, qloop: Any) -> None:
    desk, _transport, state = wired
    local_id, _ = desk.workorders.create(_body(state, 506))
    qloop.run_until_complete(desk.sync())
    with state.lock:
        order = state.work_orders.orders[0]
        state.work_orders.advance(order, now_text())
        call = state.work_orders.advance(order, now_text())
    assert desk.workorders.apply_webhook(call) == (local_id, True)
    row = desk.workorders.get(local_id)
    assert (row["status"], row["certificate_id"], row["json_id"]) == ("3", order["certificate_id"], order["json_id"])
    # The same call again: applied, but the certificate is no longer news.
    assert desk.workorders.apply_webhook(webhook_call(order)) == (local_id, False)


# -- hostile push-wo files ------------------------------------------------------------------------------------

GOOD = json.dumps(HEATING_REQUEST).encode()


def _try(desk: FieldDesk, path: Path) -> str:
    try:
        desk.workorders.create(read_json_file(str(path)))
    except InputFileError as exc:
        assert str(path) in str(exc)
        return "file"
    except PushValidationError as exc:
        assert exc.errors and all(e.path and e.message for e in exc.errors)
        return "invalid"
    return "queued"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=120),
    st.dictionaries(st.sampled_from([*HEATING_REQUEST, "Comments", "x"]),
                    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
                    | st.lists(st.integers(), max_size=2), max_size=12)
    .map(lambda d: json.dumps({**HEATING_REQUEST, **d}, allow_nan=True).encode("utf-8", "replace")),
    st.binary(max_size=30).map(lambda b: GOOD[: len(GOOD) // 2] + b + GOOD[len(GOOD) // 2:]),
))
@example(data=GOOD)
@example(data=b'{"external_id": ' + b"9" * 5000 + b"}")
@example(data=b'{"external_name": "\\ud800"}')
def test_any_push_wo_file_ends_queued_or_with_the_field_named(empty_desk: FieldDesk, tmp_path: Path,
                                                               data: bytes) -> None:
    path = tmp_path / "wo.json"
    path.write_bytes(data)
    before = len(empty_desk.outbox.entries())
    outcome = _try(empty_desk, path)
    assert (len(empty_desk.outbox.entries()) > before) == (outcome == "queued"), "a failure queues nothing"


def test_a_webhook_call_for_an_unknown_work_order_adds_it_and_the_next_sync_completes_it(wired: Any,
                                                                                         qloop: Any) -> None:
    desk, _transport, state = wired
    with state.lock:
        made = state.work_orders.push(_body(state, 8800), now_text())
        state.work_orders.advance(made_order := state.work_orders.orders[0], now_text())
        call = state.work_orders.advance(made_order, now_text())
    local_id, certificate = desk.workorders.apply_webhook(call)
    row = desk.workorders.get(local_id or "")
    assert certificate and row is not None
    assert (row["proplus_id"], row["external_id"], row["external_name"], row["status"]) == (made["id"], "8800", "",
                                                                                             "3")
    qloop.run_until_complete(desk.sync())
    row = desk.workorders.get(local_id or "")
    assert row["external_name"] == "Onderhoud ketel" and row["client_id"] == made["client_id"]
