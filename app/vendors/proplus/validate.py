"""Check a push-client body (§7.1, §7.2) before it is queued, so the user fixes it now, not after Pro+
rejects it hours later during a sync.

Every problem is collected, each with the JSON path of the field (`client[0].heating_appliance[1].name`),
so the CLI and the GUI can point at exactly what to fix. Each is said through a template (`FieldError.said`,
context "FieldCheck"): the window shows it in the user's language, the CLI in English. Whatever JSON comes
in, the only exception that leaves `validate_push_body` is `PushValidationError`.

The checks follow the document, loosened where Pro+'s own examples show it accepts more: numbers may be
sent as text and text as numbers, "", null and "-1" mean "not set" for codes, and free-text fields whose
examples hold free text (installation e-mail "jwjs", environmental permit "new br ") are not checked.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel, ValidationError

from app.domain.regions import normalise_region
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.vendors.errors import BodyValidationError, FieldError
from app.vendors.proplus.enums import ENUMERATIONS, Enumeration
from app.vendors.proplus.models import (
    WireBrussels,
    WireClient,
    WireCompressor,
    WireCondensor,
    WireCoolingAppliance,
    WireFlanders,
    WireHeatingAppliance,
    WireVerdamper,
    WireWallonie,
    error_path,
    kind_text,
)
from app.vendors.values import is_text, whole_number

__all__ = ["FieldError", "PushValidationError", "validate_push_body"]


class PushValidationError(BodyValidationError):
    """The body breaks the Pro+ field rules; `errors` lists every problem found."""


# --- the rules, per block ---------------------------------------------------------------------------

WHOLE = "whole"
DECIMAL = "decimal"
YEAR = "year"
EMAIL = "email"
PHONE = "phone"
DATE = "date"


@dataclass(frozen=True)
class _Block:
    name: str  # the enums block name
    model: type[BaseModel]
    required: tuple[str, ...] = ()
    formats: Mapping[str, str] | None = None


_CLIENT = _Block("client", WireClient, ("name",), {
    "postal_code": WHOLE, "fax": WHOLE, "phone": PHONE, "email": EMAIL,
})
_HEATING = _Block("heating", WireHeatingAppliance, ("name",), {
    "post_code": WHOLE, "telephone": PHONE, "email": EMAIL,
})
_BRUSSELS = _Block("brussels", WireBrussels, (), {
    "device_year": YEAR, "burner_year": YEAR, "installation_tel": PHONE,
    "device_nominal_power_min": WHOLE, "device_nominal_power_max": WHOLE, "device_flow_rate": WHOLE,
    "occupation_date": DATE, "heating_system_permit_date": DATE,
})
_FLANDERS = _Block("flanders", WireFlanders, (), {
    "device_year": YEAR, "burner_year": YEAR, "device_nominal_power": WHOLE, "post_code": WHOLE,
})
_WALLONIE = _Block("wallonie", WireWallonie, (), {
    "device_year": YEAR, "burner_year": YEAR, "fax": WHOLE, "device_no_of_generator": WHOLE,
    "device_nominal_power": WHOLE,
})
_COOLING = _Block("cooling", WireCoolingAppliance, ("name",), {
    "post_code": WHOLE, "telephone": PHONE, "email": EMAIL, "commissioning_date": DATE,
    "refrigerant": WHOLE, "kg_precharge": DECIMAL, "kg_startup": WHOLE,
})
_CONDENSOR = _Block("condensor", WireCondensor, ("brand",), {"number_of_fans": WHOLE})
_VERDAMPER = _Block("verdamper", WireVerdamper, ("brand",), {
    "cold_room_temperature": DECIMAL, "relative_humidity": DECIMAL, "number_of_fans": WHOLE,
})
_COMPRESSOR = _Block("compressor", WireCompressor)

_REGION_BLOCKS = (("brussels", _BRUSSELS), ("flanders", _FLANDERS), ("wallonie", _WALLONIE))
_COOLING_PARTS = (("condensors", _CONDENSOR), ("verdampers", _VERDAMPER), ("compressors", _COMPRESSOR))
#: Keys holding nested objects or lists, checked by their own rules rather than as scalars.
_NESTED = {"heating_appliance", "cooling_appliance", "brussels", "flanders", "wallonie", "condensors",
           "condensators", "verdampers", "compressors"}

_CLIENT_REGIONS = ("Brussel, Bruxelles, Brüssel, Flamish, Flandre, Flandern, Vlaanderen, Wallonie, "
                   "Wallonië, Wallonia, Wallonien")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PHONE_RE = re.compile(r"[0-9 +/.()\-]+")
_WHOLE_RE = re.compile(r"[+-]?[0-9]+")
_DECIMAL_RE = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_SAME_AS_CLIENT = {"true", "false", "1", "0"}
_MAX_INT_BITS = 1000
_MAX_DEPTH = 32  # a push body is three levels deep; anything past this is not one
_MAX_VALUE_ERRORS = 50
_MAX_ID = 2**63 - 1  # ids are kept as SQLite integers
_ID_FIELDS = frozenset({"id"})


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, path: str, template: str, /, **values: object) -> None:
        """The problem `template` (marked with `QT_TRANSLATE_NOOP("FieldCheck", ...)`) with its `{names}`."""
        self.errors.append(FieldError.said(path, template, **values))

    def say(self, path: str, problem: Text) -> None:
        """A problem a rule returned as its template and values."""
        self.add(path, problem.template, **problem.values)


# --- entry point ------------------------------------------------------------------------------------


def validate_push_body(obj: object) -> list[WireClient]:
    """The clients of a push body, parsed; PushValidationError listing every problem otherwise.

    Accepts one client object, `{"client": {...}}` or `{"client": [...]}` (and a bare list of clients).
    """
    errors = _Collector()
    _check_values(obj, errors)
    if errors.errors:
        raise PushValidationError(errors.errors)
    clients: list[tuple[int, Mapping[str, object]]] = []
    for index, item in _client_items(obj, errors):
        if isinstance(item, Mapping):
            clients.append((index, item))
            _check_client(item, f"client[{index}]", errors)
        else:
            errors.add(f"client[{index}]", QT_TRANSLATE_NOOP("FieldCheck", "must be an object"))
    if errors.errors:
        raise PushValidationError(errors.errors)
    parsed: list[WireClient] = []
    for index, item in clients:
        # The checks above cover what the models reject; this is a safety net, reported the same way.
        try:
            parsed.append(WireClient.model_validate(dict(item)))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                # pydantic's own words (the checks above leave it nothing to say): shown as it says them.
                errors.errors.append(FieldError(error_path(err["loc"], f"client[{index}]"),
                                                err["msg"].removeprefix("Value error, ")))
        except (TypeError, RecursionError):
            errors.add(f"client[{index}]", QT_TRANSLATE_NOOP("FieldCheck", "cannot be read"))
    if errors.errors:
        raise PushValidationError(errors.errors)
    return parsed


def _check_values(obj: object, errors: _Collector) -> None:
    """Every value anywhere in the body, unknown fields included (they travel to Pro+ as they are): text must
    be valid Unicode, numbers finite and of sane size, nesting shallow. Walked without recursion, so no body
    can exhaust Python's stack."""
    stack: list[tuple[object, str, int]] = [(obj, "", 0)]
    while stack and len(errors.errors) < _MAX_VALUE_ERRORS:
        value, path, depth = stack.pop()
        if depth > _MAX_DEPTH:
            errors.add(path or "body", QT_TRANSLATE_NOOP("FieldCheck", "nested more than {depth} levels deep"),
                       depth=_MAX_DEPTH)
            continue
        if isinstance(value, str):
            if not is_text(value):
                errors.add(path or "body", QT_TRANSLATE_NOOP(
                    "FieldCheck", "contains characters that are not valid text (a lone surrogate)"))
        elif isinstance(value, float | int) and not isinstance(value, bool):
            problem = _scalar_problem(value)
            if problem:
                errors.say(path or "body", problem)
        elif isinstance(value, Mapping):
            for key, item in reversed(list(value.items())):
                name = str(key)
                if not is_text(name):
                    errors.add(path or "body", QT_TRANSLATE_NOOP(
                        "FieldCheck", "has a field name that is not valid text"))
                    continue
                at = _field_path(path, name)
                if name in _ID_FIELDS and not _blank(item) and _is_scalar(item):
                    number = _whole_value(item)
                    if number is not None and not 0 <= number <= _MAX_ID:
                        errors.add(at, QT_TRANSLATE_NOOP("FieldCheck", "must be an id between 0 and {limit}"),
                                   limit=_MAX_ID)
                stack.append((item, at, depth + 1))
        elif isinstance(value, list):
            for index in range(len(value) - 1, -1, -1):
                stack.append((value[index], f"{path}[{index}]", depth + 1))


def _field_path(path: str, name: str) -> str:
    """`path.name`, or `path["name"]` for a name that is not a plain word (spaces, line breaks, dots ...)."""
    if name.isidentifier():
        return f"{path}.{name}" if path else name
    return f"{path}[{json.dumps(name)}]"


def _whole_value(value: object) -> int | None:
    return whole_number(value if isinstance(value, int) else _text(value), max_digits=39)


def _client_items(obj: object, errors: _Collector) -> list[tuple[int, object]]:
    if isinstance(obj, Mapping):
        if "client" in obj:
            raw: object = obj["client"]
        elif any(isinstance(key, str) and key in WireClient.model_fields for key in obj):
            raw = obj  # a bare client object
        else:
            errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "required"))
            return []
    elif isinstance(obj, list):
        raw = obj
    elif obj is None:
        errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "required"))
        return []
    else:
        errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "required (the body must be a JSON object, not {kind})"),
                   kind=kind_text(obj))
        return []
    if raw is None or raw == "":
        errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "required"))
        return []
    if isinstance(raw, Mapping):
        return [(0, raw)]
    if not isinstance(raw, list):
        errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "must be an object or a list of objects, not {kind}"),
                   kind=kind_text(raw))
        return []
    if not raw:
        errors.add("client", QT_TRANSLATE_NOOP("FieldCheck", "must contain at least one client"))
    return list(enumerate(raw))


# --- blocks -----------------------------------------------------------------------------------------


def _check_client(client: Mapping[str, object], path: str, errors: _Collector) -> None:
    _check_block(client, path, _CLIENT, errors)
    region = client.get("region")
    if not _blank(region) and _is_scalar(region) and normalise_region(_text(region)) is None:
        errors.add(f"{path}.region", QT_TRANSLATE_NOOP(
            "FieldCheck", "unknown region {value} (expected one of {allowed})"), value=_quote(region),
                   allowed=_CLIENT_REGIONS)
    for index, appliance, at in _objects(client, "heating_appliance", path, errors):
        _check_heating(appliance, at if index is None else f"{at}[{index}]", errors)
    for index, appliance, at in _objects(client, "cooling_appliance", path, errors):
        _check_cooling(appliance, at if index is None else f"{at}[{index}]", errors)


def _check_appliance_common(appliance: Mapping[str, object], path: str, errors: _Collector) -> None:
    same = appliance.get("same_as_client")
    if not _blank(same) and _is_scalar(same) and _text(same).lower() not in _SAME_AS_CLIENT:
        errors.add(f"{path}.same_as_client", QT_TRANSLATE_NOOP("FieldCheck", "must be one of true, false, 1, 0"))
    region = appliance.get("region")
    if not _blank(region) and _is_scalar(region) and normalise_region(_text(region)) is None:
        errors.add(f"{path}.region", QT_TRANSLATE_NOOP(
            "FieldCheck", "unknown region {value} (expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)"),
                   value=_quote(region))


def _check_heating(appliance: Mapping[str, object], path: str, errors: _Collector) -> None:
    _check_block(appliance, path, _HEATING, errors)
    _check_appliance_common(appliance, path, errors)
    move = appliance.get("allowMoveOfInstallation")
    if not _blank(move) and _is_scalar(move) and _text(move).lower() not in _SAME_AS_CLIENT:
        errors.add(f"{path}.allowMoveOfInstallation", QT_TRANSLATE_NOOP("FieldCheck", "must be true or false"))
    for key, rules in _REGION_BLOCKS:
        block = appliance.get(key)
        if block is None or block == [] or block == "":
            continue
        if not isinstance(block, Mapping):
            errors.add(f"{path}.{key}", QT_TRANSLATE_NOOP("FieldCheck", "must be an object or null, not {kind}"),
                       kind=kind_text(block))
            continue
        _check_block(block, f"{path}.{key}", rules, errors)


def _check_cooling(appliance: Mapping[str, object], path: str, errors: _Collector) -> None:
    _check_block(appliance, path, _COOLING, errors)
    _check_appliance_common(appliance, path, errors)
    for key, rules in _COOLING_PARTS:
        # §7.3.4 spells it "condensators"; report the path with the key the body actually uses.
        used = "condensators" if key == "condensors" and "condensors" not in appliance else key
        for index, part, at in _objects(appliance, used, path, errors):
            _check_block(part, at if index is None else f"{at}[{index}]", rules, errors)


def _objects(parent: Mapping[str, object], key: str, path: str,
             errors: _Collector) -> Iterator[tuple[int | None, Mapping[str, object], str]]:
    """The objects under a list-valued key; a single object is allowed (index None), null is empty."""
    value = parent.get(key)
    at = f"{path}.{key}"
    if value is None or value == "":
        return
    if isinstance(value, Mapping):
        yield None, value, at
        return
    if not isinstance(value, list):
        errors.add(at, QT_TRANSLATE_NOOP("FieldCheck", "must be a list of objects, not {kind}"),
                   kind=kind_text(value))
        return
    for index, item in enumerate(value):
        if isinstance(item, Mapping):
            yield index, item, at
        else:
            errors.add(f"{at}[{index}]", QT_TRANSLATE_NOOP("FieldCheck", "must be an object"))


def _check_block(data: Mapping[str, object], path: str, rules: _Block, errors: _Collector) -> None:
    for name in rules.required:
        value = data.get(name)
        if value is None or (isinstance(value, str) and value.strip() == ""):
            errors.add(f"{path}.{name}", QT_TRANSLATE_NOOP("FieldCheck", "required"))
    known = {field.alias or name for name, field in rules.model.model_fields.items()}
    for key, value in data.items():
        if not isinstance(key, str) or key not in known or key in _NESTED:
            continue  # unknown keys travel as they are: Pro+ may know fields the document does not
        at = f"{path}.{key}"
        problem = _scalar_problem(value)
        if problem is not None:
            errors.say(at, problem)
            continue
        found = ENUMERATIONS.get(rules.name, {}).get(key)
        if found is not None and found.numeric and found.documented:
            _check_code(value, at, found, errors)
        check = _FORMAT_CHECKS.get((rules.formats or {}).get(key, ""))
        if check is not None and not _blank(value):
            found_problem = check(value)
            if found_problem:
                errors.say(at, found_problem)


def _check_code(value: object, path: str, found: Enumeration, errors: _Collector) -> None:
    if isinstance(value, bool) or not found.accepts(value):
        errors.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be one of {allowed}"), allowed=", ".join(found.codes))


# --- scalar formats ---------------------------------------------------------------------------------
# Each rule returns what is wrong as a template (context "FieldCheck") and its values, or None.

_WHOLE_MESSAGE = Text(QT_TRANSLATE_NOOP("FieldCheck", "must be a whole number"))
_DECIMAL_MESSAGE = Text(QT_TRANSLATE_NOOP("FieldCheck", "must be a decimal number"))
_YEAR_MESSAGE = Text(QT_TRANSLATE_NOOP("FieldCheck", "must be a 4-digit year"))
_EMAIL_MESSAGE = Text(QT_TRANSLATE_NOOP("FieldCheck", "not a valid e-mail address"))
_PHONE_MESSAGE = Text(QT_TRANSLATE_NOOP("FieldCheck", "may only contain digits, spaces and + / . - ( )"))
_DATE_MESSAGE = Text(QT_TRANSLATE_NOOP(
    "FieldCheck", "must be a date like 2021-09-24 (yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)"))


def _whole(value: object) -> Text | None:
    if isinstance(value, bool):
        return _WHOLE_MESSAGE
    if isinstance(value, int):
        return None
    if isinstance(value, float):
        # Same bound as the wire model, which writes such floats back as plain digits.
        return None if value.is_integer() and abs(value) < 1e15 else _WHOLE_MESSAGE
    return None if _WHOLE_RE.fullmatch(_text(value)) else _WHOLE_MESSAGE


def _decimal(value: object) -> Text | None:
    if isinstance(value, bool):
        return _DECIMAL_MESSAGE
    if isinstance(value, int | float):
        return None
    return None if _DECIMAL_RE.fullmatch(_text(value)) else _DECIMAL_MESSAGE


def _year(value: object) -> Text | None:
    if isinstance(value, bool):
        return _YEAR_MESSAGE
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip() if isinstance(value, int | str) else ""
    return None if len(text) == 4 and text.isascii() and text.isdigit() and text[0] != "0" else _YEAR_MESSAGE


def _email(value: object) -> Text | None:
    return None if isinstance(value, str) and _EMAIL_RE.fullmatch(value.strip()) else _EMAIL_MESSAGE


def _phone(value: object) -> Text | None:
    if isinstance(value, bool) or (isinstance(value, float) and not (value.is_integer() and abs(value) < 1e15)):
        return _PHONE_MESSAGE
    return None if _PHONE_RE.fullmatch(_text(value)) else _PHONE_MESSAGE


def _date(value: object) -> Text | None:
    text = _text(value)
    for pattern in _DATE_FORMATS:
        try:
            datetime.strptime(text, pattern)
        except ValueError:
            continue
        return None
    return _DATE_MESSAGE


_FORMAT_CHECKS: dict[str, Callable[[object], Text | None]] = {
    WHOLE: _whole, DECIMAL: _decimal, YEAR: _year, EMAIL: _email, PHONE: _phone, DATE: _date,
}


# --- helpers ----------------------------------------------------------------------------------------


def _scalar_problem(value: object) -> Text | None:
    """Why a value cannot be a field value, or None when it is text, a number, true/false or null."""
    if value is None or isinstance(value, str | bool):
        return None
    if isinstance(value, int):
        # Python refuses to print ints past ~4300 digits; no Pro+ field holds one anyway.
        return None if value.bit_length() <= _MAX_INT_BITS else Text(QT_TRANSLATE_NOOP(
            "FieldCheck", "must be a number of reasonable size"))
    if isinstance(value, float):
        return None if math.isfinite(value) else Text(QT_TRANSLATE_NOOP("FieldCheck", "must be a finite number"))
    return Text(QT_TRANSLATE_NOOP("FieldCheck", "must be text or a number, not {kind}"), {"kind": kind_text(value)})


def _is_scalar(value: object) -> bool:
    return _scalar_problem(value) is None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _quote(value: object) -> str:
    text = _text(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


