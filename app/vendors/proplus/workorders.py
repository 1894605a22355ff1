"""Pro+ work orders (§11 push-wo, §12 get-wo, §13 delete-wo) and the work-order webhook (§21): wire models,
the push-wo body check, and the mapping to the cached row.

The document's examples send ids as numbers and as text ("external_id": "123", "cooling_appliance_id": "6"),
dates as `yyyy-mm-dd` (and elsewhere in the document `dd-mm-yyyy`), and name the comment field "Comments" in
its table but "comments" in its examples: all are accepted. A work order's identity is its external id.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, model_validator

from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import unreadable_answer
from app.vendors.proplus.models import (
    VENDOR,
    Id,
    Text,
    _describe_validation,
    describe_kind,
    kind_text,
    raise_for_envelope,
)
from app.vendors.proplus.validate import FieldError, PushValidationError

__all__ = [
    "CERTIFICATION_LANGUAGES",
    "CERTIFICATION_TYPES",
    "DELETE_WO",
    "FIELDS",
    "PUSH_WO",
    "WireWebhookCall",
    "WireWorkOrder",
    "parse_webhook_call",
    "parse_work_order_response",
    "validate_work_order",
    "work_order_row",
]

PUSH_WO = "push-wo"  # outbox operations
DELETE_WO = "delete-wo"
WORK_ORDER = "work_order"  # the entity name in record links

#: The documented languages (§11.1.4 "Certification Language specific to region Example: nl,fr,de").
CERTIFICATION_LANGUAGES = ("nl", "fr", "de")
#: The document's examples ("new,periodic" and, for cooling, "maintenance"); Pro+ may know more, so any
#: non-empty text is sent.
CERTIFICATION_TYPES = ("new", "periodic", "maintenance")
APPLIANCE_GROUPS = {1: "heating", 2: "cooling"}

#: The push-wo fields, as §11.1.4 lists them, in its order.
FIELDS = ("external_id", "external_name", "execution_date", "heating_appliance_id", "certification_type",
          "certification_language", "contracting_company", "start_time", "technician_id", "appliance_group",
          "cooling_appliance_id", "comments")
REQUIRED = ("external_id", "external_name", "execution_date", "heating_appliance_id", "certification_type",
            "certification_language", "contracting_company")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$")


def parse_date(value: object) -> str | None:
    """`yyyy-mm-dd` or `dd-mm-yyyy` (also with `/`) as `yyyy-mm-dd`; None when it is no date."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    text = value.strip()[:10]
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _lenient_date(value: object) -> object:
    if value is None or value == "":
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"expected a date (yyyy-mm-dd or dd-mm-yyyy), got {describe_kind(value)}")
    return parsed


WireDate = Annotated[str | None, BeforeValidator(_lenient_date)]


class WireWorkOrder(BaseModel):
    """A work order as push-wo and get-wo answer it (§11.2.2)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: Id = None
    wo_number: Text = None
    external_id: Text = None
    external_name: Text = None
    client_id: Id = None
    heating_appliance_id: Id = None
    cooling_appliance_id: Id = None
    appliance_group: Id = None
    assigned_to: Id = None
    technician_id: Id = None
    status: Text = None
    certification_date: Text = None
    certification_type: Text = None
    certification_language: Text = None
    certification_region: Text = None
    contracting_company: Id = None
    execution_date: WireDate = None
    start_time: Text = None
    comments: Text = None
    certificate_id: Text = None
    json_id: Text = None
    vat_id: Text = None
    created_at: Text = None
    updated_at: Text = None

    @model_validator(mode="before")
    @classmethod
    def _lower_keys(cls, data: Any) -> Any:
        # The table spells "Comments"; the examples "comments".
        if isinstance(data, Mapping):
            return {(k.lower() if isinstance(k, str) and k.lower() in _WO_KEYS else k): v for k, v in data.items()}
        return data


_WO_KEYS = frozenset(WireWorkOrder.model_fields)


class WireWebhookCall(BaseModel):
    """One call of the work-order webhook (§21.1.4: Id, wo_number, external_id, execution_date, certificate_id,
    json_id, Status, vat_id, technician_id)."""

    model_config = ConfigDict(extra="allow")

    id: Id = None
    wo_number: Text = None
    external_id: Text = None
    execution_date: WireDate = None
    certificate_id: Text = None
    json_id: Text = None
    status: Text = None
    vat_id: Text = None
    technician_id: Id = None

    @model_validator(mode="before")
    @classmethod
    def _lower_keys(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            raise ValueError(f"expected a JSON object, got {describe_kind(data)}")
        return {(k.lower() if isinstance(k, str) else k): v for k, v in data.items()}

    @model_validator(mode="after")
    def _identified(self) -> WireWebhookCall:
        if self.id is None and not self.external_id and not self.wo_number:
            raise ValueError("names no work order (no Id, external_id or wo_number)")
        return self


def parse_webhook_call(payload: object) -> WireWebhookCall:
    """A webhook body; ValueError saying what is wrong (the receiver answers 400 with it)."""
    try:
        return WireWebhookCall.model_validate(payload)
    except ValidationError as exc:
        raise ValueError(_describe_validation(exc, "body")) from None


def parse_work_order_response(payload: object) -> WireWorkOrder | None:
    """The work order in a push-wo or get-wo answer (an envelope around one object, or a list of one); None when
    the answer holds none."""
    envelope = raise_for_envelope(payload)
    data: object = envelope.data if envelope is not None else payload
    if isinstance(data, list):
        data = data[0] if data else None
    if data is None or data == "" or data == {}:
        return None
    if not isinstance(data, Mapping):
        raise unreadable_answer(VENDOR, f"data: expected a work order, got {describe_kind(data)}")
    try:
        return WireWorkOrder.model_validate(dict(data))
    except ValidationError as exc:
        raise unreadable_answer(VENDOR, _describe_validation(exc, 'data')) from None


# --- the push-wo body ---------------------------------------------------------------------------------------


def _whole(value: object) -> int | None:
    """A whole number given as a number or as digits; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < 2**63 else None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 18:
        return int(value.strip())
    return None


def validate_work_order(obj: object) -> dict[str, Any]:
    """The push-wo body as it will be sent (ids as numbers, the date as yyyy-mm-dd, empty optional fields left
    out), or PushValidationError listing every problem with its field."""
    if not isinstance(obj, Mapping):
        raise PushValidationError([FieldError.said("(body)", QT_TRANSLATE_NOOP(
            "FieldCheck", "expected a JSON object with the push-wo fields, got {kind}"), kind=kind_text(obj))])
    given = {("comments" if k == "Comments" else k): v for k, v in obj.items()}
    errors: list[FieldError] = []
    body: dict[str, Any] = {}
    for key in given:
        if key not in FIELDS:
            near = difflib.get_close_matches(str(key), FIELDS, n=1)
            if near:
                errors.append(FieldError.said(str(key)[:80], QT_TRANSLATE_NOOP(
                    "FieldCheck", "not a push-wo field (did you mean {field}?)"), field=repr(near[0])))
            else:
                errors.append(FieldError.said(str(key)[:80], QT_TRANSLATE_NOOP("FieldCheck", "not a push-wo field")))
    for key in FIELDS:
        value = given.get(key)
        blank = value is None or (isinstance(value, str) and not value.strip())
        if blank:
            if key in REQUIRED:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "required")))
            continue
        problem = _check(key, value, body)
        if problem:
            errors.append(problem)
    heating, cooling = body.get("heating_appliance_id"), body.get("cooling_appliance_id")
    if heating == 0 and not cooling and "heating_appliance_id" in body:
        errors.append(FieldError.said("cooling_appliance_id", QT_TRANSLATE_NOOP(
            "FieldCheck", "required for a cooling work order (heating_appliance_id 0)")))
    if heating and cooling:
        errors.append(FieldError.said("cooling_appliance_id", QT_TRANSLATE_NOOP(
            "FieldCheck", "a work order is for one appliance: set heating_appliance_id to 0 for a cooling appliance")))
    group = body.get("appliance_group")
    if group == 1 and heating == 0:
        errors.append(FieldError.said("appliance_group", QT_TRANSLATE_NOOP(
            "FieldCheck", "1 (heating) does not match the appliance given")))
    elif group == 2 and heating:
        errors.append(FieldError.said("appliance_group", QT_TRANSLATE_NOOP(
            "FieldCheck", "2 (cooling) does not match the appliance given")))
    if errors:
        raise PushValidationError(errors)
    return body


def _check(key: str, value: object, body: dict[str, Any]) -> FieldError | None:
    """Check one field, putting its normalised value in `body`; the problem, or None."""
    if key in ("external_id", "heating_appliance_id", "contracting_company", "technician_id",
               "cooling_appliance_id", "appliance_group"):
        number = _whole(value)
        if number is None or number < 0:
            return FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "expected a whole number, got {value}"),
                                   value=_shown(value))
        if key == "external_id" and number == 0:
            return FieldError.said(key, QT_TRANSLATE_NOOP(
                "FieldCheck", "must be a positive number (your system's work order id)"))
        if key == "appliance_group" and number not in APPLIANCE_GROUPS:
            return FieldError.said(key, QT_TRANSLATE_NOOP(
                "FieldCheck", "expected 1 (heating) or 2 (cooling), got {value}"), value=_shown(value))
        body[key] = number
        return None
    if not isinstance(value, str):
        return FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "expected text, got {kind}"),
                               kind=kind_text(value))
    text = value.strip()
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in text) or any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "contains control characters"))
    if key == "execution_date":
        parsed = parse_date(text)
        if parsed is None or len(text) != 10:
            return FieldError.said(key, QT_TRANSLATE_NOOP(
                "FieldCheck", "expected a date as yyyy-mm-dd (e.g. 2021-02-12), got {value}"), value=_shown(value))
        body[key] = parsed
    elif key == "start_time":
        match = _TIME.match(text)
        if match is None:
            return FieldError.said(key, QT_TRANSLATE_NOOP(
                "FieldCheck", "expected a time as HH:MM (e.g. 11:12), got {value}"), value=_shown(value))
        body[key] = f"{int(match.group(1)):02d}:{match.group(2)}"
    elif key == "certification_language":
        if text.lower() not in CERTIFICATION_LANGUAGES:
            return FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "expected one of {allowed}, got {value}"),
                                   allowed=", ".join(CERTIFICATION_LANGUAGES), value=_shown(value))
        body[key] = text.lower()
    else:
        body[key] = text
    return None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# --- the cached row ---------------------------------------------------------------------------------------

#: Columns of the work_orders table a work order fills (the rest are FieldDesk's own).
ROW_FIELDS = ("external_id", "external_name", "wo_number", "execution_date", "start_time", "client_id",
              "heating_appliance_id", "cooling_appliance_id", "appliance_group", "certification_type",
              "certification_language", "contracting_company", "technician_id", "status", "comments",
              "certificate_id", "json_id", "vat_id")


def work_order_row(wire: WireWorkOrder) -> dict[str, Any]:
    """The table's columns from what Pro+ sent (`assigned_to` is the technician in push-wo's answer)."""
    row = {key: getattr(wire, key) for key in ROW_FIELDS}
    if row["technician_id"] is None:
        row["technician_id"] = wire.assigned_to
    if row["appliance_group"] is None and (wire.heating_appliance_id or wire.cooling_appliance_id):
        row["appliance_group"] = 1 if wire.heating_appliance_id else 2
    row["proplus_id"] = wire.id
    return row


def queued_row(body: Mapping[str, Any]) -> dict[str, Any]:
    """The table's columns for a work order still in the outbox (from its checked push-wo body)."""
    row: dict[str, Any] = {key: body.get(key) for key in ROW_FIELDS}
    row["external_id"] = str(body["external_id"])
    if row["appliance_group"] is None:
        row["appliance_group"] = 2 if body.get("heating_appliance_id") == 0 else 1
    if row["heating_appliance_id"] == 0:
        row["heating_appliance_id"] = None
    row["proplus_id"] = None
    return row
