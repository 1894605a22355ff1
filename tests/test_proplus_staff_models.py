"""Pro+ technicians and devices: every example of §14-§16, §19 and §20 parses as printed (reassembled where the
extraction split it over pages), the document's quirks included, and bad bodies are refused field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.vendors.errors import RejectedError, ServerError
from app.vendors.proplus.staff import (
    StaffValidationError,
    WireDevice,
    WireTechnician,
    check_success,
    device_body,
    device_record,
    iso_date,
    iso_datetime,
    parse_devices_response,
    parse_technician_response,
    technician_body,
    technician_record,
    validate_device_body,
    validate_link,
    validate_technician_body,
)

FIXTURES = Path(__file__).parent / "fixtures" / "proplus"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def paths(exc: pytest.ExceptionInfo[StaffValidationError]) -> dict[str, str]:
    return {e.path: e.message for e in exc.value.errors}


def test_get_devices_example() -> None:
    devices = parse_devices_response(fixture("get_devices.json"))
    assert [d.id for d in devices] == [1, 9, 10]
    records = [device_record(d) for d in devices]
    assert records[0] == {
        "id": 1, "group": "cooling", "type": "testo 300", "serial_number": "111", "purchase_date": "2021-01-04",
        "mfg_date": "2020-01-09", "status": 1,
        "technicians": [{"technician_id": 5, "associated_on": "2021-03-23 01:00:43", "removed_on": None}]}
    assert records[1]["type"] == "testo 330" and records[1]["technicians"] == []
    assert devices[0].customer_id == 1  # kept, though FieldDesk does not show it


@pytest.mark.parametrize("name", ["create_technician_response.json", "get_technician_response.json"])
def test_technician_answers(name: str) -> None:
    wire = parse_technician_response(fixture(name))
    assert wire.status is True and wire.wo_status == "1" and wire.identification_number == "12345"
    record = technician_record(wire)
    assert record == {
        "id": 19, "external_id": "11487", "name": "Technician123", "mobile": "488000203",
        "email": "jan.haepers@cozie2.be", "active": True, "working_mode": 1,
        "technical_information": {"authorised_technician": False, "chimney_sweep": True,
                                  "heating_adviser": ["Type 1"], "works_for_oca": True},
        "recognition_numbers": [{"region": "brussels", "type": "0", "number": "5000"},
                                {"region": "brussels", "type": "1", "number": "50200"}]}


def test_status_as_true_and_as_text_one() -> None:
    assert WireTechnician.model_validate({"status": True}).status is True
    assert WireTechnician.model_validate({"status": "1"}).status is True
    assert WireTechnician.model_validate({"status": "0"}).status is False
    assert device_record(WireDevice.model_validate({"status": "1"}))["status"] == 1
    assert device_record(WireDevice.model_validate({"status": True}))["status"] is True


def test_unknown_fields_and_fields_of_later_versions_are_kept() -> None:
    wire = WireTechnician.model_validate({"id": 1, "badge_colour": "red", "technician_technical_informations": [
        {"field_name": "Gas Safe", "field_value": "1"}]})
    assert wire.model_dump()["badge_colour"] == "red"
    assert technician_record(wire)["technical_information"]["other"] == {"Gas Safe": "1"}


@pytest.mark.parametrize(("text", "expected"), [
    ("2021-01-04", "2021-01-04"), ("04-01-2021", "2021-01-04"), ("2022-4-8", "2022-04-08"),
    ("8/4/2022", "2022-04-08"), ("2021-01-04 09:59:24", "2021-01-04"), ("", None), (None, None),
    ("2021-02-30", None), ("yesterday", None)])
def test_dates_in_every_documented_shape(text: str | None, expected: str | None) -> None:
    assert iso_date(text) == expected


def test_date_times() -> None:
    assert iso_datetime("2021-03-23 01:00:43") == "2021-03-23 01:00:43"
    assert iso_datetime("23-03-2021 01:00") == "2021-03-23 01:00:00"
    assert iso_datetime("2021-03-23") == "2021-03-23"
    assert iso_datetime(None) is None


def test_create_technician_body_example_is_accepted_as_printed() -> None:
    sent = validate_technician_body(fixture("create_technician_body.json"))
    assert "id" not in sent  # "" is no id: Pro+ finds the technician by external id
    assert sent["technical_information"] == {"authorised_technician": 0, "chimney_sweep": 1, "works_for_oca": 1,
                                             "heating_adviser": ["Type 1"]}
    assert sent["certificates"][0] == {"region": 1, "type": 0, "number": "5000"}
    assert sent["devices"] == [{"id": 123, "action": "add"}, {"id": 456, "action": "remove"}]


def test_create_device_and_link_bodies_as_printed() -> None:
    assert validate_device_body(fixture("create_device_body.json")) == {
        "device_group": "1", "type": "1", "serial_number": "abc", "purchase_date": "2022-04-08",
        "mfg_date": "2022-04-08"}
    body = fixture("link_device_body.json")
    assert validate_link(int(body["device_id"]), body["technician_id"], body["action"]) == body


def test_create_device_answer_is_only_checked_for_success() -> None:
    check_success(fixture("create_device_response.json"))  # a client record: nothing in it is used
    check_success(fixture("link_device_response.json"))
    with pytest.raises(RejectedError, match="Device is not linked"):
        check_success({"success": False, "message": "msg.Device is not linked to this technician."})
    with pytest.raises(ServerError):
        check_success("<html>")


@pytest.mark.parametrize("payload", ["oops", [1], {"success": True, "data": [1, 2]}, {"success": True, "data": 5},
                                     {"success": "maybe"}, {"success": True, "data": [{"id": "x"}]}])
def test_hostile_device_answers_are_clear_errors(payload: object) -> None:
    with pytest.raises(ServerError, match="unreadable Pro\\+ answer"):
        parse_devices_response(payload)


@pytest.mark.parametrize("payload", [{"success": True, "data": None}, {"success": True, "data": []}, "x",
                                     {"success": True, "data": {"id": [1]}}])
def test_hostile_technician_answers_are_clear_errors(payload: object) -> None:
    with pytest.raises(ServerError, match="unreadable Pro\\+ answer"):
        parse_technician_response(payload)


def test_a_refusal_is_a_rejection() -> None:
    with pytest.raises(RejectedError, match=r"^proplus: Technician not found"):
        parse_technician_response({"success": False, "message": "msg.Technician not found."})


def test_technician_body_fields_are_checked_as_the_document_says() -> None:
    with pytest.raises(StaffValidationError) as exc:
        validate_technician_body({"id": "abc", "name": " ", "mobile": "call me", "email": "nobody",
                                  "status": 2, "wo_status": 3,
                                  "technical_information": {"authorised_technician": "maybe", "chimney_sweep": 1,
                                                            "heating_adviser": ["Type 3"]},
                                  "certificates": [{"region": "Mars", "number": ""}, 7],
                                  "devices": [{"id": 1, "action": "steal"}]})
    assert paths(exc) == {
        "id": "must be a whole number", "external_id": "required", "name": "required",
        "mobile": "may only contain digits, spaces and + / . - ( ) (6 to 20 characters)",
        "email": "not a valid e-mail address", "status": "must be one of 0, 1", "wo_status": "must be one of 1, 2",
        "technical_information.authorised_technician": "must be one of 0, 1",
        "technical_information.works_for_oca": "required",
        "technical_information.heating_adviser": "must be a list of Type 1, Type 2",
        "certificates[0].region": "must be Brussels, Flamish or Wallonia (or 1, 2, 3)",
        "certificates[0].type": "required", "certificates[0].number": "required",
        "certificates[1]": "must be an object", "devices[0].action": "must be one of add, remove, associate"}


@pytest.mark.parametrize("body", [None, [], "text", 5])
def test_a_body_that_is_not_an_object(body: object) -> None:
    with pytest.raises(StaffValidationError) as exc:
        validate_technician_body(body)
    assert list(paths(exc)) == ["body"]


def test_device_body_fields() -> None:
    with pytest.raises(StaffValidationError) as exc:
        validate_device_body({"device_group": True, "type": 4, "serial_number": ["a"],
                              "purchase_date": "2999-01-01", "mfg_date": "2021-13-01"})
    assert paths(exc) == {"device_group": "must be one of 1, 2", "type": "must be one of 1, 2, 3",
                          "serial_number": "must be text, not a list",
                          "purchase_date": "must be a date between 1990 and today",
                          "mfg_date": "must be a date like 2022-04-08 (yyyy-mm-dd or dd-mm-yyyy)"}
    # Names are accepted for the codes: what the window's drop-downs hold.
    assert validate_device_body(device_body("cooling", "testo 557s", "X1", "2023-01-01", "2022-12-01"))["type"] == "3"


def test_a_cached_technician_gives_back_a_valid_body() -> None:
    record = technician_record(parse_technician_response(fixture("get_technician_response.json")))
    sent = validate_technician_body(technician_body(record))
    assert sent["id"] == 19 and sent["external_id"] == "11487" and sent["wo_status"] == "1"
    assert sent["certificates"] == [{"region": 1, "type": 0, "number": "5000"},
                                    {"region": 1, "type": 1, "number": "50200"}]
