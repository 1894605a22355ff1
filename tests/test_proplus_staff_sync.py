"""Technicians and devices end to end: the sandbox Pro+ over real httpx, a real SQLite cache, the outbox and the
sync engine. Replays never duplicate: not after a network failure, not after an answer lost on its way back."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox.demo_data import demo_devices, demo_technicians
from app.sandbox.proplus import StaffState, sandbox_app
from app.services.fielddesk import FieldDesk
from app.vendors.proplus.staff import StaffValidationError
from tests.helpers import SwitchableTransport, open_desk, sandbox_state

NEW_TECHNICIAN = {
    "external_id": "FD-77", "name": "Wenlis Grunohove", "mobile": "+32 470 555 01 02",
    "email": "wenlis.grunohove@example.be", "status": 1, "wo_status": 2,
    "technical_information": {"authorised_technician": 1, "chimney_sweep": 0, "heating_adviser": ["Type 2"],
                              "works_for_oca": 0},
    "certificates": [{"region": "Flamish", "type": 1, "number": "70001"}],
}
NEW_DEVICE = {"device_group": 2, "type": 3, "serial_number": "557S-0042", "purchase_date": "2024-03-01",
              "mfg_date": "01-12-2023"}


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def staffed(home: Path) -> tuple[FieldDesk, SwitchableTransport, StaffState]:
    staff = StaffState(technicians=demo_technicians(), devices=demo_devices())
    desk, transport = open_desk(home, sandbox_state(3), staff=staff)
    return desk, transport, staff


class LoseAnswers(httpx.AsyncBaseTransport):
    """Lets the request reach the server, then loses its answer (the connection drops), for the first `times`
    requests to `path`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, path: str, times: int = 1) -> None:
        self.inner, self.path, self.times = inner, path, times

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path == self.path and self.times > 0:
            self.times -= 1
            await response.aread()
            raise httpx.ReadError("connection reset by peer", request=request)
        return response


def test_a_sync_reads_the_device_list_and_the_technicians_it_names(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, _, staff = staffed(tmp_path)
        [report] = await desk.sync(["proplus"])
        assert report.problem is None
        devices = desk.staff.devices()
        assert sorted(d["id"] for d in devices) == sorted(d["id"] for d in staff.devices)
        assert {d["group"] for d in devices} == {"heating", "cooling"}
        assert {d["type"] for d in devices} == {"testo 300", "testo 330", "testo 557s"}
        technicians = desk.staff.technicians()
        assert sorted(t["id"] for t in technicians) == [1, 2, 3, 4, 5, 6]  # no "list technicians": via devices
        holder = next(t for t in technicians if t["devices"])
        assert all(any(a["technician_id"] == holder["id"] and a["removed_on"] is None
                       for a in next(d for d in devices if d["id"] == linked["id"])["technicians"])
                   for linked in holder["devices"])
        handed_over = [d for d in devices if len(d["technicians"]) > 1]
        assert handed_over and all(d["technicians"][0]["removed_on"] for d in handed_over)
        # Pro+ removed a device and a technician's name changed: the next sync shows both.
        with staff.lock:
            gone = staff.devices.pop()
            staff.technicians[0]["name"] = "Renamed Person"
        await desk.sync()
        assert gone["id"] not in {d["id"] for d in desk.staff.devices()}
        assert desk.staff.find_technician(id=staff.technicians[0]["id"])["name"] == "Renamed Person"
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_technician_created_offline_is_sent_once_and_replays_update(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        transport.online = False
        entry = desk.staff.queue_technician(NEW_TECHNICIAN)
        local = desk.staff.find_technician(external_id="FD-77")
        assert local is not None and local["pending"] and local["id"] is None
        assert local["technical_information"]["heating_adviser"] == ["Type 2"]
        [report] = await desk.sync(["proplus"])
        assert report.error is not None and [e.id for e in desk.outbox.entries()] == [entry]
        transport.online = True
        [report] = await desk.sync(["proplus"])
        assert report.problem is None and desk.outbox.entries() == []
        on_server = [t for t in staff.technicians if t["external_id"] == "FD-77"]
        assert len(on_server) == 1
        cached = desk.staff.find_technician(external_id="FD-77")
        assert cached is not None and cached["id"] == on_server[0]["id"] and not cached["pending"]
        assert cached["recognition_numbers"] == [{"region": "flanders", "type": "1", "number": "70001"}]
        # The same body again is an update (external id is its identity), here and at Pro+.
        desk.staff.queue_technician({**NEW_TECHNICIAN, "mobile": "+32 470 555 09 09"})
        await desk.sync()
        assert len([t for t in staff.technicians if t["external_id"] == "FD-77"]) == 1
        assert len([t for t in desk.staff.technicians() if t["external_id"] == "FD-77"]) == 1
        assert desk.staff.find_technician(external_id="FD-77")["mobile"] == "+32 470 555 09 09"
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*dropped")
def test_technician_whose_answer_was_lost_is_not_created_twice(tmp_path: Path) -> None:
    async def scenario() -> None:
        staff = StaffState(technicians=demo_technicians(), devices=demo_devices())
        desk, transport = open_desk(tmp_path, sandbox_state(2), staff=staff)
        transport.inner = LoseAnswers(transport.inner, "/expose/create-technician")
        desk.staff.queue_technician(NEW_TECHNICIAN)
        [report] = await desk.sync(["proplus"])
        assert report.problem is not None and len(desk.outbox.entries()) == 1  # kept: the answer never came
        await desk.engine.replay("proplus")
        assert desk.outbox.entries() == []
        assert len([t for t in staff.technicians if t["external_id"] == "FD-77"]) == 1
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*dropped")
def test_device_whose_answer_was_lost_is_not_registered_twice(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        before = len(staff.devices)
        transport.inner = LoseAnswers(transport.inner, "/expose/create-device")
        entry = desk.staff.queue_device(NEW_DEVICE)
        local = next(d for d in desk.staff.devices() if d["serial_number"] == "557S-0042")
        assert local["id"] is None and local["pending"] and local["mfg_date"] == "2023-12-01"
        [report] = await desk.sync(["proplus"])
        assert report.problem is not None and [e.id for e in desk.outbox.entries()] == [entry]
        assert staff.create_device_count == 1  # it did reach Pro+
        await desk.engine.replay("proplus")
        assert desk.outbox.entries() == []
        assert staff.create_device_count == 1 and len(staff.devices) == before + 1
        [server] = [d for d in staff.devices if d["serial_number"] == "557S-0042"]
        mine = [d for d in desk.staff.devices() if d["serial_number"] == "557S-0042"]
        assert [d["id"] for d in mine] == [server["id"]] and mine[0]["local_id"] == local["local_id"]
        assert mine[0]["group"] == "cooling" and mine[0]["type"] == "testo 557s"
        await desk.aclose()

    run(scenario())


def test_registered_device_is_taken_from_the_list_not_from_the_answer(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, _, staff = staffed(tmp_path)
        await desk.sync()
        desk.staff.queue_device(NEW_DEVICE)
        await desk.sync()
        [mine] = [d for d in desk.staff.devices() if d["serial_number"] == "557S-0042"]
        # The answer is a client record with id 80300; the device's id is the one the list gives.
        assert mine["id"] == max(d["id"] for d in staff.devices) and mine["id"] != 80300
        with pytest.raises(StaffValidationError, match="already registered"):
            desk.staff.queue_device(NEW_DEVICE)
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*cannot connect")
def test_register_and_link_offline_then_one_replay_sends_both(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        transport.online = False
        desk.staff.queue_device(NEW_DEVICE)
        local = next(d for d in desk.staff.devices() if d["serial_number"] == "557S-0042")
        desk.staff.queue_link(local["local_id"], 2, "link")
        shown = desk.staff.device(local["local_id"])
        assert shown is not None and [a["technician_id"] for a in shown["technicians"]] == [2]
        await desk.sync()
        transport.online = True
        [report] = await desk.sync(["proplus"])
        assert report.problem is None and desk.outbox.entries() == []
        [server] = [d for d in staff.devices if d["serial_number"] == "557S-0042"]
        assert [(a["technician_id"], a["removed_on"]) for a in server["assigned_technicians"]] == [(2, None)]
        technician = desk.staff.find_technician(id=2)
        assert technician is not None and server["id"] in {d["id"] for d in technician["devices"]}
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*dropped")
def test_unlink_whose_answer_was_lost_is_done_at_the_replay(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        device = next(d for d in desk.staff.devices() if any(not a["removed_on"] for a in d["technicians"]))
        holder = next(a["technician_id"] for a in device["technicians"] if not a["removed_on"])
        transport.inner = LoseAnswers(transport.inner, "/expose/link-unlink-device")
        desk.staff.queue_link(device["id"], holder, "unlink")
        await desk.sync()
        assert len(desk.outbox.entries()) == 1
        # Pro+ already unlinked it and refuses a second unlink; the list shows it done, so the write is done.
        await desk.engine.replay("proplus")
        assert desk.outbox.entries() == []
        server = next(d for d in staff.devices if d["id"] == device["id"])
        assert all(a["removed_on"] for a in server["assigned_technicians"] if a["technician_id"] == holder)
        await desk.aclose()

    run(scenario())


def test_a_pull_keeps_a_queued_link_on_screen(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, _, _ = staffed(tmp_path)
        await desk.sync()
        device = next(d for d in desk.staff.devices() if not any(a["technician_id"] == 1 and not a["removed_on"]
                                                                  for a in d["technicians"]))
        desk.staff.queue_link(device["id"], 1, "link")
        # A pull before the link is sent (the list Pro+ gives does not have it yet) does not undo it here.
        pull = next(r for r in desk.engine.adapters["proplus"].resources if r.name == "devices")
        await pull.pull(desk.store, None, lambda *_: None)
        shown = desk.staff.device(device["local_id"])
        assert shown is not None and shown["pending"]
        assert any(a["technician_id"] == 1 and not a["removed_on"] for a in shown["technicians"])
        with pytest.raises(StaffValidationError, match="already has this device"):
            desk.staff.queue_link(device["id"], 1, "link")
        with pytest.raises(StaffValidationError, match="no device 9999"):
            desk.staff.queue_link(9999, 1, "link")
        await desk.sync()
        assert desk.outbox.entries() == []
        assert any(a["technician_id"] == 1 and not a["removed_on"]
                   for a in desk.staff.device(device["local_id"])["technicians"])  # type: ignore[index]
        await desk.aclose()

    run(scenario())


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*unreadable")
def test_a_hostile_device_list_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, _staff = staffed(tmp_path)
        await desk.sync()
        before = desk.staff.devices()

        class Garbage(httpx.AsyncBaseTransport):
            def __init__(self, inner: Any) -> None:
                self.inner = inner

            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                if request.url.path == "/expose/get-devices":
                    return httpx.Response(200, json={"success": True, "data": [{"id": {"nested": 1}}]})
                return await self.inner.handle_async_request(request)

        transport.inner = Garbage(transport.inner)
        [report] = await desk.sync(["proplus"])
        assert report.error is not None and "unreadable Pro+ answer: data[0].id" in str(report.error)
        assert desk.staff.devices() == before
        await desk.aclose()

    run(scenario())


def test_technicians_get_reads_pro_plus_and_falls_back_to_the_cache(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        with staff.lock:
            staff.technicians[1]["email"] = "changed@example.be"
        found, fresh = await desk.staff.fetch_technician(external_id=staff.technicians[1]["external_id"])
        assert fresh and found is not None and found["email"] == "changed@example.be"
        # The body has the shape of §16.1.4 (every key, blank ones as "").
        documented = json.loads((Path(__file__).parent / "fixtures" / "proplus" / "get_technician_body.json")
                                .read_text(encoding="utf-8"))
        [asked] = [r for r in transport.requests if r.url.path == "/expose/get-technician"][-1:]
        assert json.loads(asked.content) == {**dict.fromkeys(documented, ""),
                                             "external_id": staff.technicians[1]["external_id"]}
        assert desk.staff.find_technician(id=found["id"])["email"] == "changed@example.be"  # cached
        transport.online = False
        found, fresh = await desk.staff.fetch_technician(id=found["id"])
        assert not fresh and found is not None and found["email"] == "changed@example.be"
        await desk.aclose()

    run(scenario())


def test_the_sandbox_profile_keeps_its_staff_between_runs(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox" / "proplus.json"
    app = sandbox_app(state_file)
    staff = app.state.staff  # type: ignore[attr-defined]
    assert len(staff.technicians) >= 5 and len(staff.devices) >= 10
    staff.create_device({"device_group": "1", "type": "1", "serial_number": "KEEP-1", "purchase_date": "2024-01-01",
                         "mfg_date": "2023-01-01"})
    again = sandbox_app(state_file).state.staff  # type: ignore[attr-defined]
    assert "KEEP-1" in {d["serial_number"] for d in again.devices}
    assert sandbox_app(tmp_path / "other.json", demo=0).state.staff.devices == []  # type: ignore[attr-defined]


def test_a_rejected_registration_is_corrected_in_place(tmp_path: Path) -> None:
    from app.store import outbox

    async def scenario() -> None:
        desk, _, _ = staffed(tmp_path)
        first = desk.staff.queue_device(NEW_DEVICE)
        outbox.record_failure(desk.store, first, "msg.The mfg date is not valid.", retry_in=None)
        again = desk.staff.queue_device({**NEW_DEVICE, "mfg_date": "2023-11-30"})
        [entry] = desk.outbox.entries()
        assert again == first == entry.id and entry.state == "pending" and entry.payload["mfg_date"] == "2023-11-30"
        assert [d["mfg_date"] for d in desk.staff.devices() if d["serial_number"] == "557S-0042"] == ["2023-11-30"]
        await desk.sync()
        assert desk.outbox.entries() == []
        await desk.aclose()

    run(scenario())


class FailAfterServing(httpx.AsyncBaseTransport):
    """Lets the request reach the server, then answers 500 (a proxy that timed out), once for `path`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, path: str) -> None:
        self.inner, self.path, self.armed = inner, path, True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.url.path == self.path and self.armed:
            self.armed = False
            await response.aread()
            return httpx.Response(502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"})
        return response


@pytest.mark.allow_log("app.sync.engine", match=r"sync proplus: .*")
def test_a_pull_while_the_registration_is_unconfirmed_shows_the_device_once(tmp_path: Path) -> None:
    async def scenario() -> None:
        desk, transport, staff = staffed(tmp_path)
        await desk.sync()
        transport.inner = FailAfterServing(transport.inner, "/expose/create-device")
        local = desk.staff.queue_device(NEW_DEVICE) and next(
            d for d in desk.staff.devices() if d["serial_number"] == "557S-0042")["local_id"]
        [report] = await desk.sync(["proplus"])  # the write failed (502) but the pull ran: Pro+ lists the new device
        assert report.write_error is not None and report.error is None and len(desk.outbox.entries()) == 1
        mine = [d for d in desk.staff.devices() if d["serial_number"] == "557S-0042"]
        assert [d["local_id"] for d in mine] == [local] and mine[0]["pending"]
        await desk.engine.replay("proplus")
        assert desk.outbox.entries() == [] and staff.create_device_count == 1
        assert [d["id"] for d in desk.staff.devices() if d["serial_number"] == "557S-0042"] == [
            max(d["id"] for d in staff.devices)]
        await desk.aclose()

    run(scenario())
