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


def test_every_problem_of_the_translated_checks_carries_its_template() -> None:
    """testresults.io customers, Pro+ work orders, Podero registrations and Totalmobile bodies: each problem is said
    through a template whose English text is the message."""
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
    for error in found:
        assert error.text is not None, error
        assert error.text.english() == error.message, error
        assert all(f"{{{name}}}" in error.text.template for name in error.text.values), error
