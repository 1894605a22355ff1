"""Pro+ wire models read the document's own examples, quirks included, and write back what they read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.vendors.errors import RejectedError, ServerError
from app.vendors.proplus.models import (
    ProcessedIds,
    WireClient,
    WireCoolingAppliance,
    WireEnvelope,
    WireHeatingAppliance,
    parse_clients_response,
    parse_push_response,
    raise_for_envelope,
)

FIXTURES = Path(__file__).parent / "fixtures" / "proplus"
PULLS = ["pull_client_heating", "pull_client_cooling", "pull_client_ha_ca", "pull_client_other"]
PUSHES = ["push_brussels", "push_flanders", "push_wallonie", "push_cooling", "push_wallonie_numbers"]


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def push_clients(body: dict[str, Any]) -> list[dict[str, Any]]:
    client = body["client"]
    return client if isinstance(client, list) else [client]


def dump(model: WireClient) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=False, by_alias=True)


def assert_printed_values_kept(printed: Any, dumped: Any, path: str = "") -> None:
    """Every printed field is in the dump with the same value: numbers turned into their text, and ids
    printed as text ("id": "123") read as numbers."""
    if isinstance(printed, dict):
        assert isinstance(dumped, dict), path
        for key, value in printed.items():
            target = "condensors" if key == "condensators" else key
            assert target in dumped, f"{path}.{key} lost"
            assert_printed_values_kept(value, dumped[target], f"{path}.{key}")
    elif isinstance(printed, list):
        assert isinstance(dumped, list) and len(dumped) == len(printed), path
        for index, (a, b) in enumerate(zip(printed, dumped, strict=True)):
            assert_printed_values_kept(a, b, f"{path}[{index}]")
    elif isinstance(printed, bool):
        assert dumped == ("true" if printed else "false"), path
    elif isinstance(printed, int | float) and isinstance(dumped, str):
        assert dumped == (str(int(printed)) if float(printed).is_integer() else str(printed)), path
    elif isinstance(printed, str) and isinstance(dumped, int):
        assert path.endswith("id") and str(dumped) == printed, path
    else:
        assert dumped == printed, path


# --- the document's examples ------------------------------------------------------------------------


@pytest.mark.parametrize("name", PULLS)
def test_every_pull_example_parses_and_keeps_every_printed_value(name: str) -> None:
    payload = load(name)
    clients = parse_clients_response(payload)
    assert len(clients) == len(payload["data"])
    for printed, client in zip(payload["data"], clients, strict=True):
        dumped = dump(client)
        # Cooling parts printed as one object come back as a one-item list.
        for appliance in printed.get("cooling_appliance") or []:
            for key in ("condensators", "condensors", "verdampers", "compressors"):
                if isinstance(appliance.get(key), dict):
                    appliance[key] = [appliance[key]]
        assert_printed_values_kept(printed, dumped)


@pytest.mark.parametrize("name", PUSHES)
def test_every_push_example_parses_and_keeps_every_printed_value(name: str) -> None:
    for printed in push_clients(load(name)):
        client = WireClient.model_validate(printed)
        assert_printed_values_kept(printed, dump(client))


def test_pull_heating_example_reads_all_three_region_blocks() -> None:
    [client] = parse_clients_response(load("pull_client_heating"))
    assert [a.name for a in client.heating_appliance] == ["TEST", "Test2", "1111", "WALL", "sbs"]
    flemish, _, brussels, walloon, _ = client.heating_appliance
    assert flemish.flanders is not None and flemish.flanders.heating_device_type == "0"
    assert flemish.brussels is None and flemish.wallonie is None
    assert brussels.brussels is not None and brussels.brussels.heating_system_permit_date == "01/01/1900"
    assert walloon.wallonie is not None and walloon.wallonie.sub_fuel_type is None
    assert walloon.wallonie.burner_flame_course is None and walloon.wallonie.id == 48
    assert client.created_at == "2020-04-09 02:48:22"


def test_pull_client_ha_ca_example() -> None:
    [client] = parse_clients_response(load("pull_client_ha_ca"))
    assert client.id == 1 and client.name == "test & ccc" and client.status == "1"
    [cooling] = client.cooling_appliance
    assert cooling.mobile_cooling_appliance_page4_id is None and cooling.qr_id is None
    assert cooling.certification_date == "2021-06-25"
    assert [c.brand for c in cooling.condensors] == ["azaz"]
    assert cooling.condensors[0].number_of_fans == "11"
    assert cooling.verdampers[0].performance == "test"  # Pro+ stores what it was given; we keep it
    assert cooling.compressors[0].crankcase_resistance_current == "0"


# --- documented quirks ------------------------------------------------------------------------------


@pytest.mark.parametrize(("sent", "kept"), [
    ("2000", "2000"), (2000, "2000"), (12.0, "12"), (12.5, "12.5"), ("12.00", "12.00"), (0, "0"), ("", ""),
    (None, None),
])
def test_numbers_and_text_are_kept_as_text(sent: object, kept: str | None) -> None:
    appliance = WireCoolingAppliance.model_validate({"name": "x", "kg_precharge": sent})
    assert appliance.kg_precharge == kept
    assert appliance.model_dump(mode="json", by_alias=True)["kg_precharge"] == kept


@pytest.mark.parametrize(("sent", "kept"), [
    ("true", "true"), ("false", "false"), ("1", "1"), ("0", "0"), (True, "true"), (False, "false"), (1, "1"),
])
def test_same_as_client_stays_a_string(sent: object, kept: str) -> None:
    appliance = WireHeatingAppliance.model_validate({"name": "x", "same_as_client": sent})
    assert appliance.same_as_client == kept
    dumped = appliance.model_dump(mode="json", by_alias=True)
    assert dumped["same_as_client"] == kept and isinstance(dumped["same_as_client"], str)


def test_allow_move_of_installation_keeps_its_wire_name() -> None:
    appliance = WireHeatingAppliance.model_validate({"name": "x", "allowMoveOfInstallation": "true"})
    assert appliance.allow_move_of_installation is True
    assert appliance.model_dump(by_alias=True)["allowMoveOfInstallation"] is True


def test_condensators_spelling_and_single_objects_become_condensor_lists() -> None:
    [client] = parse_clients_response(load("pull_client_ha_ca"))
    dumped = dump(client)["cooling_appliance"][0]
    assert "condensators" not in dumped
    assert [c["brand"] for c in dumped["condensors"]] == ["azaz"]
    assert isinstance(dumped["verdampers"], list) and isinstance(dumped["compressors"], list)

    [push] = push_clients(load("push_cooling"))
    cooling = WireClient.model_validate(push).cooling_appliance[0]
    assert [c.brand for c in cooling.condensors] == ["condensor brand"]


def test_null_lists_become_empty_lists() -> None:
    client = WireClient.model_validate({"name": "x", "heating_appliance": None, "cooling_appliance": None})
    assert client.heating_appliance == [] and client.cooling_appliance == []
    cooling = WireCoolingAppliance.model_validate({"name": "c", "condensors": None, "verdampers": None,
                                                   "compressors": {"brand": "b"}})
    assert cooling.condensors == [] and cooling.verdampers == []
    assert [c.brand for c in cooling.compressors] == ["b"]


def test_empty_php_array_for_a_region_block_means_no_block() -> None:
    appliance = WireHeatingAppliance.model_validate({"name": "x", "brussels": [], "flanders": ""})
    assert appliance.brussels is None and appliance.flanders is None


@pytest.mark.parametrize("date", ["22-04-2020", "16/04/2020", "2021-09-24", "2021-11-30 12:51:36"])
def test_dates_are_kept_as_printed(date: str) -> None:
    assert WireCoolingAppliance.model_validate({"commissioning_date": date}).commissioning_date == date


def test_ids_sent_as_text_are_read_as_numbers() -> None:
    [push] = push_clients(load("push_wallonie_numbers"))
    client = WireClient.model_validate(push)
    assert client.id == 123 and client.postal_code == "2610" and client.phone == "612380000"
    assert client.heating_appliance[0].telephone == "612380000"
    assert client.heating_appliance[0].same_as_client == "false"


# --- round trip -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PULLS)
def test_round_trip_is_stable(name: str) -> None:
    clients = parse_clients_response(load(name))
    dumped = [dump(c) for c in clients]
    again = parse_clients_response({"success": True, "data": json.loads(json.dumps(dumped))})
    assert [dump(c) for c in again] == dumped


def test_unknown_fields_are_kept_at_every_level() -> None:
    payload = {"success": True, "data": [{
        "name": "c", "future_field": {"nested": [1, 2]},
        "heating_appliance": [{"name": "h", "x_heat": 1, "brussels": {"x_brussels": "b"}}],
        "cooling_appliance": [{"name": "k", "x_cool": None, "condensors": [{"brand": "b", "x_part": True}]}],
    }]}
    dumped = dump(parse_clients_response(payload)[0])
    assert dumped["future_field"] == {"nested": [1, 2]}
    assert dumped["heating_appliance"][0]["x_heat"] == 1
    assert dumped["heating_appliance"][0]["brussels"]["x_brussels"] == "b"
    assert "x_cool" in dumped["cooling_appliance"][0]
    assert dumped["cooling_appliance"][0]["condensors"][0]["x_part"] is True


def test_dump_is_json_pro_plus_accepts() -> None:
    [push] = push_clients(load("push_cooling"))
    body = {"client": [dump(WireClient.model_validate(push))]}
    text = json.dumps(body)  # plain JSON, nothing pydantic-specific left
    assert json.loads(text)["client"][0]["cooling_appliance"][0]["condensors"][0]["brand"] == "condensor brand"


# --- envelopes and responses ------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [
    {"success": True, "data": [{"id": 1, "name": "a"}]},
    {"success": "true", "data": {"id": 1, "name": "a"}},
    {"success": 1, "data": [{"id": "1", "name": "a"}], "message": "Success"},
    [{"id": 1, "name": "a"}],
    {"data": [{"id": 1, "name": "a"}]},
    {"id": 1, "name": "a"},
])
def test_client_responses_in_every_shape(payload: object) -> None:
    [client] = parse_clients_response(payload)
    assert client.id == 1 and client.name == "a"


@pytest.mark.parametrize("payload", [{"success": True, "data": []}, {"success": True, "data": None},
                                     {"success": True, "message": "No client found"}, []])
def test_empty_client_responses(payload: object) -> None:
    assert parse_clients_response(payload) == []


@pytest.mark.parametrize(("payload", "names"), [
    (None, "expected a JSON object or list"),
    ("<html>502 Bad Gateway</html>", "expected a JSON object or list"),
    ({"unexpected": 1}, "no 'data'"),
    ({"success": True, "data": 5}, "data: expected a list of clients"),
    ({"success": True, "data": [1]}, "data[0]: expected a client object"),
    ({"success": True, "data": [{"name": {"first": "a"}}]}, "data[0].name"),
    ({"success": True, "data": [{"name": "a", "heating_appliance": [{}, {"brussels": {"device_year": [1]}}]}]},
     "data[0].heating_appliance[1].brussels.device_year"),
    ({"success": True, "data": [{"cooling_appliance": [{"condensators": [{"brand": ["x"]}]}]}]},
     "data[0].cooling_appliance[0].condensors[0].brand"),
    ({"success": True, "data": [{"id": "abc"}]}, "data[0].id"),
    ({"success": "perhaps", "data": []}, "success"),
])
def test_garbage_client_payloads_raise_server_error_naming_the_field(payload: object, names: str) -> None:
    with pytest.raises(ServerError) as caught:
        parse_clients_response(payload)
    assert caught.value.vendor == "proplus"
    assert names in caught.value.message


@pytest.mark.parametrize(("name", "message"), [
    ("error_400", "The client field is required."),
    ("error_500", "Something went wrong. Please contact Pro+ team."),
])
def test_success_false_is_rejected_with_the_vendor_message(name: str, message: str) -> None:
    payload = load(name)
    for parse in (parse_clients_response, parse_push_response, raise_for_envelope):
        with pytest.raises(RejectedError) as caught:
            parse(payload)
        assert caught.value.vendor == "proplus"
        assert caught.value.message == message


def test_laravel_validation_messages_are_flattened() -> None:
    payload = {"success": False, "message": {"name": ["The name field is required."]}}
    with pytest.raises(RejectedError) as caught:
        raise_for_envelope(payload)
    assert caught.value.message == "name: The name field is required."
    with pytest.raises(RejectedError, match="without saying why"):
        raise_for_envelope({"success": "false"})


def test_envelope_model() -> None:
    envelope = WireEnvelope.model_validate({"success": "true", "data": [1], "message": "Success", "x": 1})
    assert envelope.success is True and envelope.data == [1] and envelope.model_extra == {"x": 1}
    assert raise_for_envelope([1, 2]) is None


def test_documented_push_response() -> None:
    assert parse_push_response(load("push_response")) == ProcessedIds(
        client_id=165358, heating_appliance_ids=[138805], cooling_appliance_ids=[])


@pytest.mark.parametrize(("payload", "expected"), [
    ({"success": True, "data": {"processed_ids": {"client_id": "7", "heating_appliance_ids": [1, "2"]}}},
     ProcessedIds(client_id=7, heating_appliance_ids=[1, 2])),
    ({"success": True, "data": {"processed_ids": {"client_id": 7, "cooling_appliance_id": 9}}},
     ProcessedIds(client_id=7, cooling_appliance_ids=[9])),
    ({"success": True, "data": {"processed_ids": [{"client_id": 7, "cooling_appliance_ids": [9, 10]},
                                                  {"client_id": 8}]}},
     ProcessedIds(client_id=7, cooling_appliance_ids=[9, 10])),
    ({"success": True, "data": [{"processed_ids": {"client_id": 7, "heating_appliance_id": [3, 4]}}]},
     ProcessedIds(client_id=7, heating_appliance_ids=[3, 4])),
    ({"client_id": 7, "heating_appliance_id": None}, ProcessedIds(client_id=7)),
    ([{"client_id": 7}], ProcessedIds(client_id=7)),
    ({"success": True, "data": []}, ProcessedIds()),
    ({"success": True, "message": "Success"}, ProcessedIds()),
])
def test_push_response_variants(payload: object, expected: ProcessedIds) -> None:
    assert parse_push_response(payload) == expected


@pytest.mark.parametrize(("payload", "names"), [
    ("Success", "expected a JSON object"),
    (None, "expected a JSON object"),
    ({"success": True, "data": {"processed_ids": {"client_id": "abc"}}}, "data.processed_ids.client_id"),
    ({"success": True, "data": {"processed_ids": {"client_id": 1, "heating_appliance_id": [1, {}]}}},
     "data.processed_ids.heating_appliance_id[1]"),
    ({"success": True, "data": {"processed_ids": 5}}, "data.processed_ids"),
])
def test_garbage_push_responses_raise_server_error(payload: object, names: str) -> None:
    with pytest.raises(ServerError) as caught:
        parse_push_response(payload)
    assert names in caught.value.message
