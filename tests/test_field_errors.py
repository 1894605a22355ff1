"""A field check's problem keeps its English message (the command line and the log print it) and, beside it, the same
message as a translatable template with its values (the window says it in the user's language)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


# --- the words a template names: a `Text` among its values --------------------------------------------------------


KINDS = [(None, "null"), (True, "true/false"), ({"a": 1}, "an object"), ([1], "a list"), ((1,), "a list"),
         (3, "a number"), (1.5, "a number"), ("x", "text"), ({1}, "set")]


@pytest.mark.parametrize(("value", "english"), KINDS)
def test_a_values_kind_is_a_translatable_word_that_says_the_same_english(value: object, english: str) -> None:
    from app.vendors.proplus.models import describe_kind, kind_text

    assert describe_kind(value) == kind_text(value).english() == english  # vendor answers and the log: English
    if value == {1}:  # not JSON: Python's name for it, no word to translate
        assert kind_text(value) == Text("{type}", {"type": "set"})
    else:
        assert kind_text(value) == Text(english)


def test_a_nested_text_says_its_english_in_the_message() -> None:
    kind = Text(QT_TRANSLATE_NOOP("FieldCheck", "a list"))
    text = Text("must be text or a number, not {kind}", {"kind": kind})
    assert text.english() == "must be text or a number, not a list"
    deeper = Text("{where}: {problem}", {"where": "fax", "problem": text})
    assert deeper.english() == "fax: must be text or a number, not a list"
    assert f"[{kind:>8}]" == "[  a list]"  # a Text filling a template with str.format says its English
    error = FieldError.said("fax", text.template, **text.values)
    assert error.message == "must be text or a number, not a list"
    assert error.text == text and error.text.values["kind"] == kind


def test_the_field_checks_name_the_kind_they_found_with_a_translatable_word() -> None:
    """The English message is the one the command line has always printed; the kind it names is a `Text` beside it
    (context "FieldCheck"), which the window translates."""
    from app.vendors.proplus.staff import validate_technician_body
    from app.vendors.proplus.validate import validate_push_body
    from app.vendors.proplus.workorders import validate_work_order

    [fax] = _problems(lambda: validate_push_body({"client": {"name": "a", "fax": [1, 2]}}))
    assert str(fax) == "client[0].fax: must be text or a number, not a list"
    assert fax.text == Text("must be text or a number, not {kind}", {"kind": Text("a list")})
    [body] = _problems(lambda: validate_work_order(None))
    assert body.message == "expected a JSON object with the push-wo fields, got null"
    assert body.text is not None and body.text.values == {"kind": Text("null")}
    name = next(e for e in _problems(lambda: validate_technician_body({"name": True})) if e.path == "name")
    assert name.message == "must be text, not true/false"
    assert name.text is not None and name.text.values == {"kind": Text("true/false")}
    found = [*_push_client_problems(), *_staff_problems()]
    kinds = [e for e in found if e.text is not None and "{kind}" in e.text.template]
    assert len(kinds) >= 8
    for error in kinds:
        assert error.text is not None and isinstance(error.text.values["kind"], Text), error
        assert error.text.english() == error.message and "Text(" not in error.message, error


def test_a_nested_text_is_kept_and_read_back_and_an_older_flat_one_still_reads() -> None:
    from app.i18n import read_text, read_text_saying

    text = Text("must be text or a number, not {kind}", {"kind": Text("a list")})
    stored = text.dumps()
    assert json.loads(stored) == {"template": "must be text or a number, not {kind}",
                                  "values": {"kind": {"template": "a list", "values": {}}}}
    assert read_text(stored) == text
    assert read_text_saying(stored, "must be text or a number, not a list") == text
    # A row written before Texts nested: its values are read as they are, a dict of another shape included.
    flat = '{"template": "{vendor} paused ({count} errors)", "values": {"vendor": "Pro+", "count": 3}}'
    assert read_text(flat) == Text("{vendor} paused ({count} errors)", {"vendor": "Pro+", "count": 3})
    odd = '{"template": "{x}", "values": {"x": {"template": "a", "values": {}, "more": 1}}}'
    assert read_text(odd) == Text("{x}", {"x": {"template": "a", "values": {}, "more": 1}})
    # A value not shaped as a Text (damaged, or written by hand) is kept as it is.
    assert read_text('{"template": "{x}", "values": {"x": {"template": "a", "values": 5}}}') == Text(
        "{x}", {"x": {"template": "a", "values": 5}})
    too_deep: Text = Text("end")
    for _ in range(40):
        too_deep = Text("({inner})", {"inner": too_deep})
    assert read_text(too_deep.dumps()) is None


_NAMES = st.from_regex(r"[a-z]{1,6}", fullmatch=True)
_WORDS = st.text(st.characters(blacklist_characters="{}", blacklist_categories=["Cs"]), max_size=12)


@st.composite
def _texts(draw: st.DrawFn, values: st.SearchStrategy[object]) -> Text:
    found = draw(st.dictionaries(_NAMES, values, max_size=3))
    words = draw(st.lists(_WORDS, min_size=len(found) + 1, max_size=len(found) + 1))
    template = words[0] + "".join(f"{{{name}}}{word}" for name, word in zip(found, words[1:], strict=True))
    return Text(template, found)


_NESTED_TEXTS = st.recursive(_texts(st.one_of(st.integers(), _WORDS)),
                             lambda inner: _texts(st.one_of(st.integers(), _WORDS, inner)), max_leaves=8)


def _flat_english(text: Text) -> str:
    """What `english()` says, with each nested Text put in as its own English first."""
    return text.template.format(**{name: _flat_english(v) if isinstance(v, Text) else v
                                   for name, v in text.values.items()})


@given(_NESTED_TEXTS)
def test_any_nested_text_says_its_english_and_survives_the_cache(text: Text) -> None:
    from app.i18n import read_text, read_text_saying

    assert text.english() == _flat_english(text)
    assert read_text(text.dumps()) == text
    assert read_text_saying(text.dumps(), text.english()) == text
