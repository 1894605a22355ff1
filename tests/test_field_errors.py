"""A field check's problem keeps its English message (the command line and the log print it) and, beside it, the same
message as a translatable template with its values (the window says it in the user's language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.vendors.errors import BodyValidationError, FieldError


def test_said_fills_the_template_and_keeps_it_with_its_values() -> None:
    error = FieldError.said("Name", QT_TRANSLATE_NOOP("FieldCheck", "has {count} characters; at most {limit}"),
                            count=130, limit=128)
    assert error.message == "has 130 characters; at most 128"
    assert error.text == Text("has {count} characters; at most {limit}", {"count": 130, "limit": 128})
    assert error.text.english() == error.message
    assert str(error) == "Name: has 130 characters; at most 128"
    # The same problem with or without its template is the same problem (tests and callers compare them).
    assert error == FieldError("Name", "has 130 characters; at most 128")
    assert FieldError("Name", "is required").text is None


def test_said_takes_values_named_like_its_own_parameters() -> None:
    error = FieldError.said("x", "{path} and {template}", path="a", template="b")
    assert (error.path, error.message) == ("x", "a and b")


def test_said_without_values_and_a_missing_value() -> None:
    assert FieldError.said("", "required") == FieldError("", "required")
    with pytest.raises(KeyError):
        FieldError.said("Name", "must be text, not {value}")


def _problems(check: Callable[[], Any]) -> list[FieldError]:
    with pytest.raises(BodyValidationError) as caught:
        check()
    return caught.value.errors


def _push_client_problems() -> list[FieldError]:
    """The Pro+ client checks (`clients push`, the client form): every rule broken once."""
    from app.vendors.proplus.validate import validate_push_body

    nested: object = 1
    for _ in range(40):
        nested = [nested]
    bodies: list[object] = [
        3, {"client": 5}, {"client": []}, {"client": [1]}, {"foo": 1}, nested,
        {"client": {"name": "\ud800", "\ud800": 1, "id": -1, "a": 2**5000, "b": float("nan")}},
        {"client": {"name": "a", "fax": {"a": 1}}},
        {"client": [{"name": " ", "region": "Mars", "postal_code": "12a", "phone": "02x", "email": "no",
                     "heating_appliance": 5, "cooling_appliance": {"name": "c", "kg_precharge": "1,5",
                                                                   "commissioning_date": "soon", "vrv": 7,
                                                                   "condensors": "x", "verdampers": [4]}}]},
        {"client": [{"name": "a", "heating_appliance": [{"name": "h", "same_as_client": "maybe", "region": "Narnia",
                                                          "allowMoveOfInstallation": "perhaps", "brussels": 3,
                                                          "flanders": {"device_year": "199"}}]}]},
    ]
    return [error for body in bodies for error in _problems(lambda body=body: validate_push_body(body))]


def _staff_problems() -> list[FieldError]:
    """The technician and device checks (`technicians create`, `devices register`, `devices link`, their forms)."""
    from app.vendors.proplus.staff import validate_device_body, validate_link, validate_technician_body

    return [
        *_problems(lambda: validate_technician_body(None)),
        *_problems(lambda: validate_technician_body({})),
        *_problems(lambda: validate_technician_body({
            "id": "x", "external_id": 3.5, "name": "a\nb", "mobile": "abc", "email": "no", "status": 7,
            "technical_information": 5, "certificates": 5, "devices": [2, {"id": 1, "action": "throw"}]})),
        *_problems(lambda: validate_technician_body({
            "external_id": "x" * 300, "name": True, "technical_information": {"heating_adviser": 5},
            "certificates": [{"region": "Mars", "type": "x"}, {"region": ""}]})),
        *_problems(lambda: validate_device_body({"device_group": 9, "serial_number": [1], "purchase_date": "2022-13-01",
                                                 "mfg_date": "1980-01-01"})),
        *_problems(lambda: validate_link("x", None, "throw")),
    ]


def test_every_problem_of_the_translated_checks_carries_its_template() -> None:
    """testresults.io customers, Pro+ work orders, Podero registrations, Totalmobile bodies, Pro+ clients and Pro+
    technicians and devices: each problem is said through a template whose English text is the message."""
    from app.vendors.podero.models import validate_register_body
    from app.vendors.proplus.workorders import validate_work_order
    from app.vendors.testresults.models import validate_customer_fields
    from app.vendors.totalmobile.validate import validate

    found = [
        *_problems(lambda: validate_customer_fields({"Nme": 1, "Name": 3, "Subdomain": "Not Valid", "Appliances": 5},
                                                    creating=True)),
        *_problems(lambda: validate_customer_fields({"Archived": "yes", "Name": "x" * 200}, creating=False)),
        *_problems(lambda: validate_work_order({"external_idd": 1, "start_time": "25:99", "appliance_group": 3,
                                                "certification_language": "en", "execution_date": "12/2021"})),
        *_problems(lambda: validate_register_body({"price_zone": "XX", "building_id": "no", "comment": "x" * 301,
                                                   "maximum_temperature_limit": 215, "is_trading_enabled": "ja",
                                                   "device_model": {"model": "Air 9", "year": 1800}})),
        *_problems(lambda: validate({"PrimaryOrderNumber": "x" * 40, "Customr": {}, "OrderStatus": "nope",
                                     "TargetDateUTC": "soon", "TwoToAttend": "maybe", "JobCodes": 4}, "SalesOrder")),
    ]
    assert len(found) > 25
    _assert_said_with_templates(found)


def test_every_problem_of_the_pro_plus_client_and_staff_checks_carries_its_template() -> None:
    clients, staff = _push_client_problems(), _staff_problems()
    assert len(clients) > 25 and len(staff) > 25
    _assert_said_with_templates([*clients, *staff])
    # Data are values, never part of the template: the region typed, the codes allowed, the limit.
    region = next(e for e in clients if e.path == "client[0].heating_appliance[0].region")
    assert region.text == Text("unknown region {value} (expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)",
                               {"value": "'Narnia'"})
    codes = next(e for e in clients if e.path == "client[0].cooling_appliance.vrv")
    assert codes.text == Text("must be one of {allowed}", {"allowed": "0, 1"})
    longest = next(e for e in staff if e.path == "external_id" and "255" in e.message)
    assert longest.text == Text("must be at most {limit} characters", {"limit": 255})


def _assert_said_with_templates(found: list[FieldError]) -> None:
    for error in found:
        assert error.text is not None, error
        assert error.text.english() == error.message, error
        assert all(f"{{{name}}}" in error.text.template for name in error.text.values), error
