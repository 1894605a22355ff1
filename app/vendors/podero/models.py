"""Podero wire models (`vendor-docs/podero-heatpumps-api.txt`), the register body's check, and the mapping of a
heat pump to the row FieldDesk caches.

The document gives one call, "Register a user's heat pump" (POST .../heat-pumps), its body and its answer. The
answer's shape is the heat pump as Podero reads it back; listing (GET on the same path) and reading one
(GET .../heat-pumps/{id}) answer with the same objects (DESIGN.md, "Gaps"). Numbers may come as text, temperatures
are untyped in the document (any number), unknown fields are kept.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import BodyValidationError, FieldError, unreadable_answer
from app.vendors.values import is_text, whole_number

VENDOR = "podero"
REGISTER = "register-heat-pump"  # the outbox operation

STATUSES = ("ok", "warning", "error", "unknown")
#: "Available options" of price_zone, in the document's order.
PRICE_ZONES = ("AT", "BE", "EE", "DE_LU", "PT", "SE_1", "SE_2", "SE_3", "SE_4", "UK")
#: Worst first: a pump with an error sorts before one with a warning.
SEVERITY = {"error": 0, "warning": 1, "unknown": 2, "ok": 3}


def _number(value: object) -> object:
    """Numbers as text ("21.5") become numbers; "" and null mean not set."""
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return value
    return value


def _status(value: object) -> object:
    if value is None or value == "":
        return "unknown"
    if isinstance(value, str) and value.strip().lower() in STATUSES:
        return value.strip().lower()
    return "unknown"  # a value the document does not list: shown as unknown rather than refused


Number = Annotated[float | None, BeforeValidator(_number)]
Status = Annotated[str, BeforeValidator(_status)]


class WireDeviceType(BaseModel):
    model_config = ConfigDict(extra="allow")
    short_name: str | None = None
    long_name: str | None = None


class WireDeviceModel(BaseModel):
    model_config = ConfigDict(extra="allow")
    device_type: WireDeviceType | None = None
    manufacturer: str | None = None
    model: str | None = None
    year: Annotated[int | None, BeforeValidator(lambda v: None if v in ("", None) else v)] = None
    cloud_service: str | None = None
    cloud_service_instructions: str | None = None
    cloud_service_signup_link: str | None = None


class WireOwner(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    external_id: str | None = None


class WireHeatPump(BaseModel):
    """A heat pump as Podero answers (register, list, get)."""

    model_config = ConfigDict(extra="allow")
    id: str | None = None
    connection_status: Status = "unknown"
    monitoring_status: Status = "unknown"
    steering_status: Status = "unknown"
    device_model: WireDeviceModel | None = None
    owner: WireOwner | None = None
    created_at: str | None = None
    updated_at: str | None = None
    price_zone: str | None = None
    building: str | None = None
    is_authenticated: bool | None = None
    current_mode: str | None = None
    operational_mode: str | None = None
    comment: str | None = None
    current_state_last_updated_at: str | None = None
    current_power_consumption_w: Number = None
    inlet_temperature: Number = None
    outlet_temperature: Number = None
    dhw_temperature: Number = None
    outdoor_temperature: Number = None
    indoor_actual_temperature: Number = None
    indoor_target_temperature: Number = None
    consumption_last_day_kwh: Number = None
    consumption_last_week_kwh: Number = None
    consumption_last_month_kwh: Number = None
    consumption_last_updated_at: str | None = None
    embeddable_url: str | None = None
    authorization_url: str | None = None


def parse_heat_pump(payload: object) -> WireHeatPump:
    try:
        return WireHeatPump.model_validate(payload)
    except ValidationError as exc:
        raise unreadable_answer(VENDOR, f"heat pump: {exc.errors()[0]['msg']}") from exc


def parse_heat_pumps(payload: object) -> tuple[list[WireHeatPump], str | None]:
    """A list answer: a JSON list, or an object wrapping it (`results`/`heat_pumps`/`items`/`data`, with an
    optional `next` link, as paginated REST APIs do). Returns (pumps, next link)."""
    items: object = payload
    following: str | None = None
    if isinstance(payload, dict):
        following = payload.get("next") if isinstance(payload.get("next"), str) else None
        for key in ("results", "heat_pumps", "heatpumps", "items", "data"):
            if isinstance(payload.get(key), list):
                items = payload[key]
                break
        else:
            if "connection_status" in payload or "device_model" in payload:
                items = [payload]  # one heat pump where a list was expected
    if not isinstance(items, list):
        raise unreadable_answer(VENDOR, "expected a list of heat pumps")
    return [parse_heat_pump(item) for item in items], following


# --- the register body's check -------------------------------------------------------------------------

class RegisterValidationError(BodyValidationError):
    """The register body breaks the documented rules; `errors` lists every problem with its field path."""


BOOLEANS = ("is_pause_power_active", "is_smart_optimization_active", "is_inverter_forced_mode_enabled",
            "is_forecasting_enabled", "is_trading_enabled")
NULLABLE_BOOLEANS = ("is_hot_water_heating_enabled", "is_space_heating_enabled", "is_pool_heating_enabled",
                     "is_space_cooling_enabled", "is_heating_policy_enabled", "is_away_mode_enabled")
DATETIMES = ("pause_power_until", "last_monitoring_executed_at", "away_mode_start", "away_mode_end")
#: Text fields and their documented maximum length (None: no maximum stated).
TEXTS: dict[str, int | None] = {"comment": 300, "actual_steering_state": 20, "heating_policy_name": 100,
                                "optimization_level": 10}
#: Numbers the document leaves untyped (temperatures, offsets), in °C.
TEMPERATURES = ("indoor_target_temperature_offset", "dhw_standard_temperature", "maximum_temperature_limit",
                "minimum_temperature_limit", "minimum_dhw_temperature_limit", "away_mode_minimum_temperature_limit")
#: A sanity range for temperatures a technician types (the document states none; these catch typos such as
#: 215 for 21.5 or a Fahrenheit value).
TEMPERATURE_RANGE = (-30.0, 90.0)
OFFSET_RANGE = (-10.0, 10.0)
#: The optimisation levels Podero's examples and defaults use ("Mid"); others up to 10 characters are sent.
OPTIMIZATION_LEVELS = ("Min", "Low", "Mid", "High", "Max")
FIELDS = ("device_model", "price_zone", "building_id", *BOOLEANS, *NULLABLE_BOOLEANS, *DATETIMES, *TEXTS,
          *TEMPERATURES)
DEVICE_MODEL_FIELDS = ("device_type", "manufacturer", "model", "year", "cloud_service_id")


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None




def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return float(value) if math.isfinite(value) else None
        except OverflowError:
            return None
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def validate_register_body(obj: object) -> dict[str, Any]:
    """Check a register body as documented; returns the body to send (numbers as numbers, unknown keys kept
    out). Raises RegisterValidationError naming every bad field; nothing else leaves this function."""
    if not isinstance(obj, Mapping):
        raise RegisterValidationError([FieldError.said("(body)", QT_TRANSLATE_NOOP(
            "FieldCheck", "must be a JSON object with the heat pump's fields"))])
    errors: list[FieldError] = []
    body: dict[str, Any] = {}
    unknown = [str(k) for k in obj if k not in FIELDS]
    for key in unknown[:10]:
        errors.append(FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "not a field of the register body (check "
                                                                          "the spelling)")))
    _device_model(obj.get("device_model"), errors, body)
    zone = obj.get("price_zone", "AT")
    if zone not in PRICE_ZONES:
        errors.append(FieldError.said("price_zone", QT_TRANSLATE_NOOP("FieldCheck", "{value} is not one of {allowed}"),
                                      value=_shown(zone), allowed=", ".join(PRICE_ZONES)))
    else:
        body["price_zone"] = zone
    building = obj.get("building_id")
    if building is not None:
        if _is_uuid(building):
            body["building_id"] = building
        else:
            errors.append(FieldError.said("building_id", QT_TRANSLATE_NOOP("FieldCheck", "{value} is not a UUID"),
                                          value=_shown(building)))
    for key in BOOLEANS:
        if key in obj:
            if isinstance(obj[key], bool):
                body[key] = obj[key]
            else:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "must be true or false, not {value}"), value=_shown(obj[key])))
    for key in NULLABLE_BOOLEANS:
        if key in obj:
            if obj[key] is None or isinstance(obj[key], bool):
                body[key] = obj[key]
            else:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "must be true, false or null, not "
                                                                                  "{value}"), value=_shown(obj[key])))
    for key in DATETIMES:
        if obj.get(key) is not None:
            if _datetime(obj[key]) is None:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "{value} is not a date and time (e.g. 2026-11-07T05:31:56Z)"),
                    value=_shown(obj[key])))
            else:
                body[key] = obj[key].strip()
    for key, limit in TEXTS.items():
        if obj.get(key) is not None:
            value = obj[key]
            if not isinstance(value, str):
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP("FieldCheck", "must be text, not {value}"),
                                              value=_shown(value)))
            elif not is_text(value):
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "contains characters that are not valid text (a lone surrogate)")))
            elif limit is not None and len(value) > limit:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "at most {limit} characters (this one has {count})"), limit=limit, count=len(value)))
            else:
                body[key] = value
    for key in TEMPERATURES:
        if obj.get(key) is not None:
            number = _as_number(obj[key])
            low, high = OFFSET_RANGE if key.endswith("_offset") else TEMPERATURE_RANGE
            if number is None:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "must be a number (°C), not {value}"), value=_shown(obj[key])))
            elif not low <= number <= high:
                errors.append(FieldError.said(key, QT_TRANSLATE_NOOP(
                    "FieldCheck", "{number} °C is outside {low} to {high} °C"),
                    number=f"{number:g}", low=f"{low:g}", high=f"{high:g}"))
            else:
                body[key] = number
    _cross_checks(body, errors)
    if errors:
        raise RegisterValidationError(errors)
    return body


def _device_model(value: object, errors: list[FieldError], body: dict[str, Any]) -> None:
    if value is None:
        errors.append(FieldError.said("device_model", QT_TRANSLATE_NOOP(
            "FieldCheck", "required: the heat pump's manufacturer and model")))
        return
    if not isinstance(value, Mapping):
        errors.append(FieldError.said("device_model", QT_TRANSLATE_NOOP(
            "FieldCheck", "must be an object (manufacturer, model, year, device_type)")))
        return
    out: dict[str, Any] = {}
    for key in value:
        if key not in DEVICE_MODEL_FIELDS:
            errors.append(FieldError.said(f"device_model.{key}", QT_TRANSLATE_NOOP("FieldCheck",
                                                                                 "not a field of device_model")))
    for key in ("manufacturer", "model"):
        text = value.get(key)
        if not isinstance(text, str) or not text.strip():
            errors.append(FieldError.said(f"device_model.{key}", QT_TRANSLATE_NOOP("FieldCheck", "required text")))
        elif not is_text(text):
            errors.append(FieldError.said(f"device_model.{key}", QT_TRANSLATE_NOOP(
                "FieldCheck", "contains characters that are not valid text")))
        else:
            out[key] = text.strip()
    year = value.get("year")
    if year is not None:
        number = whole_number(year, max_digits=6)
        if number is None:
            errors.append(FieldError.said("device_model.year", QT_TRANSLATE_NOOP(
                "FieldCheck", "must be a whole year, not {value}"), value=_shown(year)))
        elif not 1950 <= number <= datetime.now().year + 1:
            errors.append(FieldError.said("device_model.year", QT_TRANSLATE_NOOP(
                "FieldCheck", "{value} is not a plausible year of manufacture"), value=_shown(year)))
        else:
            out["year"] = number
    service = value.get("cloud_service_id")
    if service is not None:
        if _is_uuid(service):
            out["cloud_service_id"] = service
        else:
            errors.append(FieldError.said("device_model.cloud_service_id", QT_TRANSLATE_NOOP(
                "FieldCheck", "{value} is not a UUID"), value=_shown(service)))
    kind = value.get("device_type")
    if kind is not None:
        if not isinstance(kind, Mapping):
            errors.append(FieldError.said("device_model.device_type", QT_TRANSLATE_NOOP(
                "FieldCheck", "must be an object (short_name, long_name)")))
        else:
            names: dict[str, Any] = {}
            for key in kind:
                if key not in ("short_name", "long_name"):
                    errors.append(FieldError.said(f"device_model.device_type.{key}", QT_TRANSLATE_NOOP(
                        "FieldCheck", "not a field of device_type")))
            for key in ("short_name", "long_name"):
                if kind.get(key) is not None:
                    if isinstance(kind[key], str) and is_text(kind[key]):
                        names[key] = kind[key]
                    else:
                        errors.append(FieldError.said(f"device_model.device_type.{key}", QT_TRANSLATE_NOOP(
                            "FieldCheck", "must be valid text")))
            out["device_type"] = names
    body["device_model"] = out


def _cross_checks(body: dict[str, Any], errors: list[FieldError]) -> None:
    low, high = body.get("minimum_temperature_limit"), body.get("maximum_temperature_limit")
    if low is not None and high is not None and low > high:
        errors.append(FieldError.said("minimum_temperature_limit", QT_TRANSLATE_NOOP(
            "FieldCheck", "{low} °C is above maximum_temperature_limit ({high} °C)"), low=f"{low:g}", high=f"{high:g}"))
    start, end = _datetime(body.get("away_mode_start")), _datetime(body.get("away_mode_end"))
    if start is not None and end is not None:
        try:
            if end <= start:
                errors.append(FieldError.said("away_mode_end", QT_TRANSLATE_NOOP("FieldCheck",
                                                                                 "must be after away_mode_start")))
        except TypeError:
            errors.append(FieldError.said("away_mode_end", QT_TRANSLATE_NOOP(
                "FieldCheck", "give both away mode times with a time zone (…Z), or both without")))
    if body.get("is_away_mode_enabled") and body.get("away_mode_minimum_temperature_limit") is None and (
            start is not None or end is not None):
        errors.append(FieldError.said("away_mode_minimum_temperature_limit", QT_TRANSLATE_NOOP(
            "FieldCheck", "give the minimum temperature to keep while away")))


# --- mapping ---------------------------------------------------------------------------------------------

def heat_pump_row(wire: WireHeatPump) -> dict[str, Any]:
    """The cached row's columns (the whole answer is kept beside them as JSON)."""
    model = wire.device_model or WireDeviceModel()
    statuses = (wire.connection_status, wire.monitoring_status, wire.steering_status)
    return {
        "podero_id": wire.id,
        "manufacturer": model.manufacturer or "",
        "model": model.model or "",
        "connection_status": wire.connection_status,
        "monitoring_status": wire.monitoring_status,
        "steering_status": wire.steering_status,
        "severity": min(SEVERITY[s] for s in statuses),
        "state_updated_at": wire.current_state_last_updated_at or wire.updated_at,
        "consumption_updated_at": wire.consumption_last_updated_at,
        "authorization_url": wire.authorization_url,
        "embeddable_url": wire.embeddable_url,
    }


def matches_registration(wire: WireHeatPump, body: Mapping[str, Any], queued_at: str) -> bool:
    """Whether a listed heat pump is the one a queued register body created (its answer was lost): same make,
    model, building, price zone and comment, created after the registration was queued."""
    model = wire.device_model or WireDeviceModel()
    sent = body.get("device_model") or {}
    if (model.manufacturer or "") != sent.get("manufacturer", "") or (model.model or "") != sent.get("model", ""):
        return False
    if body.get("building_id") and wire.building != body.get("building_id"):
        return False
    if wire.price_zone is not None and wire.price_zone != body.get("price_zone", "AT"):
        return False
    if (wire.comment or None) != (body.get("comment") or None):
        return False
    created, queued = _datetime(wire.created_at), _datetime(queued_at)
    if created is None or queued is None:
        return False
    try:
        return created.timestamp() >= queued.timestamp() - 120  # the vendor's clock may be a little behind
    except (OverflowError, ValueError):
        return False
