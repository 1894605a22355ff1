"""A push body is checked against the Pro+ field rules before it is queued: every problem, with its path."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.vendors.errors import RejectedError, ServerError
from app.vendors.proplus.models import WireClient, parse_clients_response, parse_push_response
from app.vendors.proplus.validate import FieldError, PushValidationError, validate_push_body

FIXTURES = Path(__file__).parent / "fixtures" / "proplus"
COMPLETE_PUSHES = ["push_cooling", "push_wallonie_numbers"]
# The document lost the start of these bodies, names included: only the names are missing.
CUT_PUSHES = {
    "push_brussels": ["client[0].name"],
    "push_wallonie": ["client[0].name"],
    "push_flanders": ["client[0].name", "client[0].heating_appliance[0].name"],
}


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def errors_of(body: object) -> list[str]:
    with pytest.raises(PushValidationError) as caught:
        validate_push_body(body)
    return [str(error) for error in caught.value.errors]


def client(**fields: object) -> dict[str, Any]:
    return {"client": [{"name": "Client", **fields}]}


def heating(**fields: object) -> dict[str, Any]:
    return client(heating_appliance=[{"name": "Boiler", **fields}])


def cooling(**fields: object) -> dict[str, Any]:
    return client(cooling_appliance=[{"name": "Chiller", **fields}])


# --- valid bodies -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", COMPLETE_PUSHES)
def test_complete_document_examples_pass(name: str) -> None:
    clients = validate_push_body(load(name))
    assert clients and all(isinstance(c, WireClient) for c in clients)


@pytest.mark.parametrize("name", sorted(CUT_PUSHES))
def test_cut_document_examples_only_lack_their_lost_names(name: str) -> None:
    body = load(name)
    assert errors_of(body) == [f"{path}: required" for path in CUT_PUSHES[name]]
    body["client"][0]["name"] = "Client"
    for appliance in body["client"][0]["heating_appliance"]:
        appliance.setdefault("name", "Boiler")
    [parsed] = validate_push_body(body)
    assert parsed.heating_appliance[0].name


@pytest.mark.parametrize("body", [
    {"name": "Bare client object"},
    {"client": {"name": "One client"}},
    {"client": [{"name": "A"}, {"name": "B"}]},
    [{"name": "A bare list"}],
])
def test_every_documented_body_shape(body: object) -> None:
    assert validate_push_body(body)


def test_unset_markers_and_string_numbers_pass() -> None:
    body = heating(post_code="1000", telephone="+32 (0)2/123.45-67", same_as_client=True,
                   allowMoveOfInstallation="false", brussels={
                       "brussels_reason_handling": "-1", "appliance_fuel_type": "", "burner_flow_rate_unit": None,
                       "appliance_connected_as": 5, "device_year": 2001, "burner_year": "2000",
                       "device_nominal_power_min": "12", "device_nominal_power_max": 24.0,
                       "heating_system_permit_date": "03/03/2020", "occupation_date": "2020-01-31",
                   })
    body["client"][0].update(region="Wallonië", postal_code=1000, fax="", email="a@b.be", phone=32470123456)
    validate_push_body(body)


def test_unknown_fields_pass_and_are_kept() -> None:
    [parsed] = validate_push_body(client(future_field={"any": ["thing"]}))
    assert parsed.model_dump(by_alias=True)["future_field"] == {"any": ["thing"]}


# --- each kind of error, with its path --------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ({}, "client: required"),
    (None, "client: required"),
    ({"client": None}, "client: required"),
    ({"client": [5]}, "client[0]: must be an object"),
    ({"client": [{"name": "a"}, "b"]}, "client[1]: must be an object"),
    ({"client": []}, "client: must contain at least one client"),
    ({"client": [{"name": " "}]}, "client[0].name: required"),
    (client(postal_code="10OO"), "client[0].postal_code: must be a whole number"),
    (client(postal_code=1000.5), "client[0].postal_code: must be a whole number"),
    (client(fax="02 123"), "client[0].fax: must be a whole number"),
    (client(email="someone.example.com"), "client[0].email: not a valid e-mail address"),
    (client(phone="call me"), "client[0].phone: may only contain digits, spaces and + / . - ( )"),
    (client(name={"first": "A"}), "client[0].name: must be text or a number, not an object"),
    (client(heating_appliance=5), "client[0].heating_appliance: must be a list of objects, not a number"),
    (client(heating_appliance=[{"name": "a"}, {"name": ""}]), "client[0].heating_appliance[1].name: required"),
    (client(heating_appliance=["x"]), "client[0].heating_appliance[0]: must be an object"),
    (heating(region="9"), "client[0].heating_appliance[0].region: unknown region '9' "
                          "(expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)"),
    (heating(region=1.5), "client[0].heating_appliance[0].region: unknown region '1.5' "
                          "(expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)"),
    (heating(post_code="B-1000"), "client[0].heating_appliance[0].post_code: must be a whole number"),
    (heating(telephone="02 123 45 67 ext. 5"),
     "client[0].heating_appliance[0].telephone: may only contain digits, spaces and + / . - ( )"),
    (heating(email="x@y"), "client[0].heating_appliance[0].email: not a valid e-mail address"),
    (heating(same_as_client="yes"),
     "client[0].heating_appliance[0].same_as_client: must be one of true, false, 1, 0"),
    (heating(allowMoveOfInstallation="maybe"),
     "client[0].heating_appliance[0].allowMoveOfInstallation: must be true or false"),
    (heating(brussels="x"), "client[0].heating_appliance[0].brussels: must be an object or null, not text"),
    (heating(brussels={"device_year": "99"}),
     "client[0].heating_appliance[0].brussels.device_year: must be a 4-digit year"),
    (heating(brussels={"burner_year": 20001}),
     "client[0].heating_appliance[0].brussels.burner_year: must be a 4-digit year"),
    (heating(brussels={"brussels_reason_handling": "7"}),
     "client[0].heating_appliance[0].brussels.brussels_reason_handling: must be one of 0, 1, 2, 3, 4, 5, 6"),
    (heating(brussels={"burner_flow_rate_unit": "kg/h"}),
     "client[0].heating_appliance[0].brussels.burner_flow_rate_unit: must be one of 0, 1, 2, 3"),
    (heating(brussels={"appliance_condensing": True}),
     "client[0].heating_appliance[0].brussels.appliance_condensing: must be one of 0, 1"),
    (heating(brussels={"device_nominal_power_max": "24.5"}),
     "client[0].heating_appliance[0].brussels.device_nominal_power_max: must be a whole number"),
    (heating(brussels={"heating_system_permit_date": "31/02/2020"}),
     "client[0].heating_appliance[0].brussels.heating_system_permit_date: must be a date like 2021-09-24 "
     "(yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)"),
    (heating(flanders={"device_year": "2k"}),
     "client[0].heating_appliance[0].flanders.device_year: must be a 4-digit year"),
    (heating(flanders={"device_nominal_power": "12kW"}),
     "client[0].heating_appliance[0].flanders.device_nominal_power: must be a whole number"),
    (heating(wallonie={"device_no_of_generator": "two"}),
     "client[0].heating_appliance[0].wallonie.device_no_of_generator: must be a whole number"),
    (heating(wallonie={"burner_year": "0999"}),
     "client[0].heating_appliance[0].wallonie.burner_year: must be a 4-digit year"),
    (cooling(inspection_frequency=5),
     "client[0].cooling_appliance[0].inspection_frequency: must be one of 0, 3, 6, 12, 24"),
    (cooling(electrical_connection="3"),
     "client[0].cooling_appliance[0].electrical_connection: must be one of 0, 1, 2"),
    (cooling(vrv="yes"), "client[0].cooling_appliance[0].vrv: must be one of 0, 1"),
    (cooling(kg_precharge="12,5"), "client[0].cooling_appliance[0].kg_precharge: must be a decimal number"),
    (cooling(kg_startup="1.5"), "client[0].cooling_appliance[0].kg_startup: must be a whole number"),
    (cooling(refrigerant="R410A"), "client[0].cooling_appliance[0].refrigerant: must be a whole number"),
    (cooling(condensors=[{"brand": ""}]), "client[0].cooling_appliance[0].condensors[0].brand: required"),
    (cooling(condensators=[{"type": "x"}]), "client[0].cooling_appliance[0].condensators[0].brand: required"),
    (cooling(condensors=[{"brand": "b", "kind": 4}]),
     "client[0].cooling_appliance[0].condensors[0].kind: must be one of 0, 1, 2, 3"),
    (cooling(condensors=[{"brand": "b", "number_of_fans": "many"}]),
     "client[0].cooling_appliance[0].condensors[0].number_of_fans: must be a whole number"),
    (cooling(verdampers={"type": "t"}), "client[0].cooling_appliance[0].verdampers.brand: required"),
    (cooling(verdampers=[{"brand": "b", "glycol": "3"}]),
     "client[0].cooling_appliance[0].verdampers[0].glycol: must be one of 0, 1, 2"),
    (cooling(verdampers=[{"brand": "b", "performance": "2"}]),
     "client[0].cooling_appliance[0].verdampers[0].performance: must be one of 0, 1"),
    (cooling(verdampers=[{"brand": "b", "relative_humidity": "high"}]),
     "client[0].cooling_appliance[0].verdampers[0].relative_humidity: must be a decimal number"),
    (cooling(compressors=[{"brand": ["x"]}]),
     "client[0].cooling_appliance[0].compressors[0].brand: must be text or a number, not a list"),
    (cooling(same_as_client="2"), "client[0].cooling_appliance[0].same_as_client: must be one of true, false, 1, 0"),
    (client(cooling_appliance=[{"name": None}]), "client[0].cooling_appliance[0].name: required"),
    (client(postal_code=float("nan")), "client[0].postal_code: must be a finite number"),
])
def test_each_error_names_its_path(body: object, expected: str) -> None:
    assert errors_of(body) == [expected]


def test_unknown_client_region_lists_the_documented_spellings() -> None:
    [message] = errors_of(client(region="Mars"))
    assert message.startswith("client[0].region: unknown region 'Mars' (expected one of Brussel, Bruxelles")
    assert "Wallonien" in message


def test_every_error_is_reported_at_once_in_document_order() -> None:
    body = {"client": [{
        "name": "", "postal_code": "x", "email": "nope",
        "heating_appliance": [{"name": "ok", "brussels": {"device_year": "20"}}, {"name": ""}],
        "cooling_appliance": [{"name": "c", "inspection_frequency": 1, "condensors": [{}]}],
    }]}
    with pytest.raises(PushValidationError) as caught:
        validate_push_body(body)
    assert [e.path for e in caught.value.errors] == [
        "client[0].name",
        "client[0].postal_code",
        "client[0].email",
        "client[0].heating_appliance[0].brussels.device_year",
        "client[0].heating_appliance[1].name",
        "client[0].cooling_appliance[0].inspection_frequency",
        "client[0].cooling_appliance[0].condensors[0].brand",
    ]
    # One line per error, `path: message`, for the CLI's stderr.
    assert str(caught.value).splitlines()[0] == "client[0].name: required"
    assert len(str(caught.value).splitlines()) == 7


def test_field_error_reads_as_path_and_message() -> None:
    assert str(FieldError("client[0].name", "required")) == "client[0].name: required"
    assert isinstance(PushValidationError([]), ValueError)


# --- nothing but PushValidationError escapes --------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.sampled_from(
    ["", "-1", "0", "1", "2000", "12.5", "true", "Brussel", "a@b.be", "03/03/2020", "condensors"])
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.text(max_size=12) | st.sampled_from(sorted(
            {"client", "name", "region", "heating_appliance", "cooling_appliance", "brussels", "flanders",
             "wallonie", "condensors", "condensators", "verdampers", "compressors", "same_as_client",
             "device_year", "inspection_frequency", "data", "success", "message", "processed_ids",
             "client_id", "heating_appliance_id", "cooling_appliance_ids", "id", "allowMoveOfInstallation"})),
        children, max_size=5),
    max_leaves=25,
)


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(body: object, path: tuple[object, ...], new: object) -> object:
    if not path:
        return new
    body = copy.deepcopy(body)
    target: Any = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return body


VALID_BODIES = [load(name) for name in COMPLETE_PUSHES] + [load(name) for name in CUT_PUSHES]


@st.composite
def mutated_bodies(draw: st.DrawFn) -> object:
    body = draw(st.sampled_from(VALID_BODIES))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(body)))
        body = _replace(body, path, draw(json_values))
    return body


def _validate_or_reject(body: object) -> None:
    try:
        result = validate_push_body(body)
    except PushValidationError as exc:
        assert exc.errors and all(e.path and e.message for e in exc.errors)
        assert str(exc).count("\n") == len(exc.errors) - 1
    else:
        assert isinstance(result, list) and all(isinstance(c, WireClient) for c in result)


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(json_values)
def test_arbitrary_json_only_ever_fails_with_push_validation_error(body: object) -> None:
    _validate_or_reject(body)


@_SETTINGS
@given(mutated_bodies())
def test_mutated_document_bodies_only_ever_fail_with_push_validation_error(body: object) -> None:
    _validate_or_reject(body)


@_SETTINGS
@given(json_values | mutated_bodies().map(lambda body: {"success": True, "data": body}))
def test_arbitrary_answers_parse_or_raise_vendor_errors(payload: object) -> None:
    try:
        clients = parse_clients_response(payload)
    except (ServerError, RejectedError) as exc:
        assert exc.vendor == "proplus" and exc.message
    else:
        assert all(isinstance(c, WireClient) for c in clients)
        for c in clients:  # whatever was read can be written back
            json.dumps(c.model_dump(mode="json", by_alias=True))
    try:
        parse_push_response(payload)
    except (ServerError, RejectedError) as exc:
        assert exc.vendor == "proplus" and exc.message


@_SETTINGS
@given(mutated_bodies())
def test_a_body_that_passes_validation_dumps_to_a_body_that_passes_again(body: object) -> None:
    try:
        clients = validate_push_body(body)
    except PushValidationError:
        return
    dumped = {"client": [c.model_dump(mode="json", by_alias=True) for c in clients]}
    assert [c.model_dump(mode="json", by_alias=True) for c in validate_push_body(dumped)] == dumped["client"]
