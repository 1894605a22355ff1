"""Pro+ wire models: the client/appliance JSON exactly as Pro+ sends and accepts it.

Field names are the document's (§7.2, §8, §22). Every model keeps unknown fields (`extra="allow"`) so
a field Pro+ adds later survives a pull/push round trip. Scalars are lenient because the document's own
examples mix `"2000"` and `2000`, `null` and `""`, `"1"` and `true` for the same field: they are all kept
as text (`"2000"`), with `null` and `""` kept apart, and go back to Pro+ as text, which it accepts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, NamedTuple, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from app.i18n import QT_TRANSLATE_NOOP
from app.i18n import Text as Translatable  # `Text` here is the wire models' lenient text
from app.vendors.errors import RejectedError, unreadable_answer

VENDOR = "proplus"

__all__ = [
    "BLOCK_MODELS",
    "VENDOR",
    "ProcessedIds",
    "WireBrussels",
    "WireClient",
    "WireCompressor",
    "WireCondensor",
    "WireCoolingAppliance",
    "WireEnvelope",
    "WireFlanders",
    "WireHeatingAppliance",
    "WireVerdamper",
    "WireWallonie",
    "client_records",
    "error_path",
    "parse_clients_response",
    "parse_push_response",
    "raise_for_envelope",
]


# --- lenient scalar types ---------------------------------------------------------------------------


_MAX_INT_BITS = 1000


def _lenient_text(value: object) -> object:
    """Numbers and booleans to the text Pro+ would have sent; None and "" stay as they are."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "true" if value else "false"
    if isinstance(value, int):
        if value.bit_length() > _MAX_INT_BITS:  # Python refuses to print ints past ~4300 digits
            raise ValueError("expected text or a number, got a number too large to be a field value")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("expected text or a number, got a non-finite number")
        # JSON 12.0 is the number 12: "12" passes Pro+'s integer and code checks, "12.0" would not.
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    raise ValueError(f"expected text or a number, got {describe_kind(value)}")


def _to_id(value: object) -> int | None:
    """Record ids: Pro+ sends ints, push examples send "123"; "" means no id yet."""
    if value is None:
        return None
    if isinstance(value, bool):  # before int: bool is an int subclass
        raise ValueError("expected a whole-number id, got true/false")
    if isinstance(value, int):
        if value.bit_length() > _MAX_INT_BITS:
            raise ValueError("expected a whole-number id, got a number too large")
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "" or text.lower() == "null":
            return None
        if text.isascii() and text.lstrip("-").isdigit() and len(text) <= 30:
            return int(text)
    raise ValueError(f"expected a whole-number id, got {_show(value)}")


def _lenient_id(value: object) -> object:
    return _to_id(value)


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def _lenient_bool(value: object) -> object:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text == "":
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"expected true or false, got {_show(value)}")


def _as_list(value: object) -> object:
    """Pro+ sends appliance lists and cooling parts as a list, a single object, or null."""
    if value is None or value == "":
        return []
    if isinstance(value, Mapping):
        return [value]
    return value


def _as_block(value: object) -> object:
    """Region blocks: PHP serialises an empty object as `[]`; treat it, and "", as absent."""
    if value == [] or value == "":
        return None
    return value


Text = Annotated[str | None, BeforeValidator(_lenient_text)]
Id = Annotated[int | None, BeforeValidator(_lenient_id)]
Flag = Annotated[bool | None, BeforeValidator(_lenient_bool)]


class _Wire(BaseModel):
    # Unknown fields are kept and dumped back; fields can be filled by name or by alias.
    model_config = ConfigDict(extra="allow", populate_by_name=True)


# --- cooling parts ----------------------------------------------------------------------------------


class WireCondensor(_Wire):
    id: Id = None
    mobile_condensor_id: Id = None
    cooling_appliance_id: Id = None
    brand: Text = None
    type: Text = None
    serial_number: Text = None
    kind: Text = None
    others: Text = None
    number_of_fans: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireVerdamper(_Wire):
    id: Id = None
    mobile_verdamper_id: Id = None
    cooling_appliance_id: Id = None
    brand: Text = None
    type: Text = None
    performance: Text = None
    serial_number: Text = None
    glycol: Text = None
    cold_room_temperature: Text = None
    relative_humidity: Text = None
    number_of_fans: Text = None
    expansion_valve_brand: Text = None
    expansion_valve_type: Text = None
    expansion_valve_outlet: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireCompressor(_Wire):
    id: Id = None
    mobile_compressor_id: Id = None
    cooling_appliance_id: Id = None
    brand: Text = None
    type: Text = None
    motor_capacity_control: Text = None
    hd_pressure_switch: Text = None
    ld_pressure_switch: Text = None
    oil_pressure_switch_point: Text = None
    visual_oil_level_present: Text = None
    crankcase_resistance_current: Text = None
    serial_number: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireCoolingAppliance(_Wire):
    id: Id = None
    mobile_cooling_appliance_id: Id = None
    mobile_cooling_appliance_page4_id: Id = None
    client_id: Id = None
    third_party_id: Text = None
    same_as_client: Text = None
    name: Text = None
    region: Text = None
    address: Text = None
    city: Text = None
    telephone: Text = None
    email: Text = None
    post_code: Text = None
    house_no: Text = None
    certification_date: Text = None
    next_certification_date: Text = None
    qr_id: Text = None
    created_at: Text = None
    updated_at: Text = None
    commissioning_date: Text = None
    brand: Text = None
    type: Text = None
    kind: Text = None
    vrv: Text = None
    refrigerant: Text = None
    kg_precharge: Text = None
    gwp: Text = None
    co2: Text = None
    kg_startup: Text = None
    hermatically_sealed_sys: Text = None
    inspection_frequency: Text = None
    leak_detection_system: Text = None
    leak_detection_type: Text = None
    operation: Text = None
    hd: Text = None
    ld: Text = None
    electrical_connection: Text = None
    condensors: Annotated[list[WireCondensor], BeforeValidator(_as_list)] = Field(default_factory=list)
    verdampers: Annotated[list[WireVerdamper], BeforeValidator(_as_list)] = Field(default_factory=list)
    compressors: Annotated[list[WireCompressor], BeforeValidator(_as_list)] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _condensators_spelling(cls, data: Any) -> Any:
        # §7.3.4 and §22.2.2 spell the key "condensators", §7.1.5 and §8.3 "condensors".
        if isinstance(data, Mapping) and "condensators" in data:
            data = dict(data)
            spelled = data.pop("condensators")
            if data.get("condensors") is None:
                data["condensors"] = spelled
        return data


# --- heating appliance and its region blocks --------------------------------------------------------


class WireBrussels(_Wire):
    id: Id = None
    heating_appliance_id: Id = None
    company_name: Text = None
    company: Text = None
    enterprise_number: Text = None
    client_type: Text = None
    client_type2: Text = None
    brussels_reason_handling: Text = None
    brussels_other_reason: Text = None
    floor: Text = None
    building_name: Text = None
    installation_contact_person: Text = None
    occupation_date: Text = None
    installation_email: Text = None
    installation_tel: Text = None
    installation_reference_epb_unit: Text = None
    no_environmental_permit: Text = None
    heating_system_identification: Text = None
    heating_system_type_one: Text = None
    heating_system_type_two: Text = None
    heating_system_no_of_boilers: Text = None
    heating_system_no_of_building: Text = None
    heating_system_no_of_epb: Text = None
    heating_system_permit_date: Text = None
    appliance_type_one: Text = None
    appliance_type_two: Text = None
    multiple_system_index: Text = None
    appliance_condensing: Text = None
    appliance_connected_as: Text = None
    appliance_connected_as_a: Text = None
    appliance_connected_as_b: Text = None
    appliance_connected_as_c: Text = None
    appliance_fall_detector: Text = None
    bicombustible_index: Text = None
    appliance_fuel_type: Text = None
    appliance_gas_type_one: Text = None
    appliance_other_gas: Text = None
    fuel_mal_function_index: Text = None
    appliance_gas_type_two: Text = None
    appliance_solid_type: Text = None
    appliance_other_solid: Text = None
    appliance_exhaust_channel: Text = None
    appliance_other_info: Text = None
    device_name: Text = None
    device_plate_present: Text = None
    device_make: Text = None
    device_type: Text = None
    device_manufacturing_no: Text = None
    device_year: Text = None
    device_nominal_power_min: Text = None
    device_nominal_power_max: Text = None
    device_flow_rate: Text = None
    device_unit: Text = None
    burner_power_modulation: Text = None
    no_of_traps: Text = None
    burner_plate_present: Text = None
    burner_make: Text = None
    burner_type: Text = None
    burner_year: Text = None
    burner_manufacturing_no: Text = None
    burner_flow_rate: Text = None
    burner_flow_rate_unit: Text = None
    burner_flow_rate_max: Text = None
    burner_flow_rate_unit_max: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireFlanders(_Wire):
    id: Id = None
    heating_appliance_id: Id = None
    heating_device_type: Text = None
    type_b: Text = None
    type_c: Text = None
    fuel: Text = None
    gas_type: Text = None
    solid_fuel: Text = None
    other_gas_type: Text = None
    device_make: Text = None
    device_year: Text = None
    device_manufacturing_no: Text = None
    device_nominal_power: Text = None
    device_unit: Text = None
    burner_make: Text = None
    burner_type: Text = None
    burner_year: Text = None
    brand_manufacturing_no: Text = None
    flow_gas: Text = None
    label_gaseous: Text = None
    label_liquid: Text = None
    label_fixed: Text = None
    energy_level: Text = None
    post_code: Text = None
    device_fall_detector: Text = None
    other_solid_fuel: Text = None
    gas_type_premix: Text = None
    device_type: Text = None
    flow_gas_unit: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireWallonie(_Wire):
    id: Id = None
    heating_appliance_id: Id = None
    device_fall_detector: Text = None
    client_type: Text = None
    company_name: Text = None
    company: Text = None
    fax: Text = None
    fuel: Text = None
    sub_fuel_type: Text = None
    different: Text = None
    device_no_of_generator: Text = None
    device_connection: Text = None
    device_condensation: Text = None
    device_nameplate: Text = None
    device_type: Text = None
    device_serial_no: Text = None
    device_nominal_power: Text = None
    burner_select_type: Text = None
    burner_flame_course: Text = None
    burner_as_gas: Text = None
    burner_as_single_gas_or_liquid: Text = None
    burner_make: Text = None
    burner_type: Text = None
    burner_year: Text = None
    burner_serial_number: Text = None
    solid_fuel_type: Text = None
    liquid_fuel_type: Text = None
    gaseous_fuel_type: Text = None
    device_identification: Text = None
    device_connection_type: Text = None
    device_make: Text = None
    device_year: Text = None
    burner_no_of_type: Text = None
    central_heating_coolant: Text = None
    central_heating_production: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireHeatingAppliance(_Wire):
    id: Id = None
    client_id: Id = None
    third_party_id: Text = None
    # The document insists on a string ("true"/"false"); examples send "1"/"0". Kept as received.
    same_as_client: Text = None
    allow_move_of_installation: Flag = Field(default=None, alias="allowMoveOfInstallation")
    name: Text = None
    region: Text = None
    address: Text = None
    city: Text = None
    telephone: Text = None
    email: Text = None
    post_code: Text = None
    house_no: Text = None
    post_bus: Text = None
    thirdparty_street_id: Text = None
    thirdparty_address_id: Text = None
    thirdparty_unit_id: Text = None
    created_at: Text = None
    updated_at: Text = None
    brussels: Annotated[WireBrussels | None, BeforeValidator(_as_block)] = None
    flanders: Annotated[WireFlanders | None, BeforeValidator(_as_block)] = None
    wallonie: Annotated[WireWallonie | None, BeforeValidator(_as_block)] = None


# --- client -----------------------------------------------------------------------------------------


class WireClient(_Wire):
    id: Id = None
    third_party_id: Text = None
    name: Text = None
    region: Text = None
    brussels_type_1: Text = None
    brussels_type_2: Text = None
    wallonia_type: Text = None
    wallonia_client_type_other: Text = None
    street: Text = None
    address: Text = None
    house_no: Text = None
    post_bus: Text = None
    city: Text = None
    postal_code: Text = None
    contact_person: Text = None
    fax: Text = None
    phone: Text = None
    email: Text = None
    region_type: Text = None
    region_preciser: Text = None
    region_enterprise_name: Text = None
    region_company_name: Text = None
    region_kbo: Text = None
    status: Text = None
    logo: Text = None
    created_at: Text = None
    updated_at: Text = None
    heating_appliance: Annotated[list[WireHeatingAppliance], BeforeValidator(_as_list)] = Field(
        default_factory=list)
    cooling_appliance: Annotated[list[WireCoolingAppliance], BeforeValidator(_as_list)] = Field(
        default_factory=list)


#: The model behind each block name used by `enums` (FIELD_LABELS, BLOCK_FIELDS, describe_value).
BLOCK_MODELS: dict[str, type[BaseModel]] = {
    "client": WireClient,
    "heating": WireHeatingAppliance,
    "brussels": WireBrussels,
    "flanders": WireFlanders,
    "wallonie": WireWallonie,
    "cooling": WireCoolingAppliance,
    "condensor": WireCondensor,
    "verdamper": WireVerdamper,
    "compressor": WireCompressor,
}


# --- envelope and responses -------------------------------------------------------------------------


def _envelope_success(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(f"expected true or false, got {_show(value)}")


def _message_text(value: object) -> object:
    """Pro+ messages are text, but Laravel validation failures arrive as {field: [messages]}."""
    if value is None or isinstance(value, str):
        return value
    parts: list[str] = []
    _flatten_message(value, "", parts)
    return "; ".join(parts) if parts else None


def _flatten_message(value: object, prefix: str, out: list[str]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten_message(item, f"{key}: " if prefix == "" else prefix, out)
    elif isinstance(value, list | tuple):
        for item in value:
            _flatten_message(item, prefix, out)
    elif value is not None:
        out.append(f"{prefix}{value}")


class WireEnvelope(BaseModel):
    """`{"success": ..., "data": ..., "message": ...}` around every Pro+ answer."""

    model_config = ConfigDict(extra="allow")

    success: Annotated[bool, BeforeValidator(_envelope_success)]
    message: Annotated[str | None, BeforeValidator(_message_text)] = None
    data: Any = None


class ProcessedIds(BaseModel):
    """The Pro+ ids a push created or updated (§7.3.5)."""

    model_config = ConfigDict(frozen=True)

    client_id: int | None = None
    heating_appliance_ids: list[int] = Field(default_factory=list)
    cooling_appliance_ids: list[int] = Field(default_factory=list)


def error_path(loc: Sequence[int | str], root: str = "") -> str:
    """`("data", 0, "heating_appliance", 1, "name")` -> `data[0].heating_appliance[1].name`."""
    path = root
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _describe_validation(exc: ValidationError, root: str) -> str:
    errors = exc.errors(include_url=False)
    shown = [f"{error_path(err['loc'], root) or root}: {_plain(err['msg'])}" for err in errors[:5]]
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(shown) + more


def _plain(msg: str) -> str:
    # pydantic prefixes our own ValueErrors with "Value error, "; the rest is the useful part.
    return msg.removeprefix("Value error, ")


def _strip_msg_prefix(message: str) -> str:
    # Pro+ messages are Laravel translation keys that leak a "msg." prefix ("msg.The client field...").
    return message.removeprefix("msg.").strip()


def raise_for_envelope(payload: object) -> WireEnvelope | None:
    """Raise RejectedError for `"success": false`; return the envelope, or None when there is none.

    A dict is an envelope when it has a "success" key. An unreadable "success" value is a ServerError:
    we cannot tell whether Pro+ accepted the request.
    """
    if not isinstance(payload, Mapping) or "success" not in payload:
        return None
    try:
        envelope = WireEnvelope.model_validate(dict(payload))
    except ValidationError as exc:
        raise unreadable_answer(VENDOR, _describe_validation(exc, '')) from None
    if not envelope.success:
        message = _strip_msg_prefix(envelope.message or "")
        raise RejectedError(VENDOR, message or "Pro+ refused the request without saying why")
    return envelope


def _client_items(payload: object) -> tuple[list[object], str]:
    """The client items of a pull answer (§8, §18, §22) and where they are (for messages): an envelope with a list
    or one client, or a bare list."""
    envelope = raise_for_envelope(payload)
    root = "data"
    if envelope is not None:
        data: object = envelope.data
    elif isinstance(payload, Mapping):
        if "data" in payload:
            data = payload["data"]
        elif "id" in payload or "name" in payload:
            data, root = payload, "client"  # a bare client object
        else:
            raise unreadable_answer(VENDOR, "no 'data' with clients in it")
    elif isinstance(payload, list):
        data = payload
    else:
        raise unreadable_answer(VENDOR, f"expected a JSON object or list, "
                                  f"got {describe_kind(payload)}")
    if data is None or data == "":
        return [], root
    if isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list):
        raise unreadable_answer(VENDOR, f"{root}: expected a list of clients, "
                                  f"got {describe_kind(data)}")
    return data, root


def _client(item: object, where: str) -> WireClient:
    if not isinstance(item, Mapping):
        raise unreadable_answer(VENDOR, f"{where}: expected a client object, "
                                  f"got {describe_kind(item)}")
    try:
        return WireClient.model_validate(dict(item))
    except ValidationError as exc:
        raise unreadable_answer(VENDOR, _describe_validation(exc, where)) from None


def parse_clients_response(payload: object) -> list[WireClient]:
    """Clients from a pull answer (§8, §18, §22): an envelope with a list or one client, or a bare list."""
    items, root = _client_items(payload)
    return [_client(item, f"{root}[{index}]") for index, item in enumerate(items)]


def client_records(payload: object) -> list[dict[str, Any]]:
    """`parse_clients_response` with each client as its record, `model_dump(mode="json", by_alias=True)`: what a
    pull stores. A record whose values are all as a model would keep them (text, whole numbers, true/false, null)
    is read without a model (`_plain_record`, ~3x cheaper); any other goes through the model, so its errors are
    the model's."""
    items, root = _client_items(payload)
    records: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        record = _plain_record(item, _PLANS[WireClient]) if type(item) is dict else None
        if record is None:
            record = _client(item, f"{root}[{index}]").model_dump(mode="json", by_alias=True)
        records.append(record)
    return records


# --- records read without a model ----------------------------------------------------------------------
# Each model's fields as (key sent, what the field is, the plan of the model inside), read from the models
# themselves: a field added to a model is read here too.

_TEXT, _ID, _FLAG, _LIST, _BLOCK = range(5)
_SCALAR_KINDS = {_lenient_text: _TEXT, _lenient_id: _ID, _lenient_bool: _FLAG}
#: Keys that a model's own `model_validator` rewrites: a record holding one goes through the model.
_REWRITTEN_KEYS: dict[type[BaseModel], frozenset[str]] = {WireCoolingAppliance: frozenset({"condensators"})}
_SMALL = 10**15  # numbers written as text without any doubt about their spelling


class _Plan(NamedTuple):
    fields: tuple[tuple[str, int, _Plan | None], ...]
    known: frozenset[str]  # every key the model reads (aliases and names); the others are kept as extra fields
    to_model: frozenset[str]  # keys the plain reading does not handle (names beside an alias, rewritten keys)


def _plan(model: type[BaseModel]) -> _Plan:
    if model.__pydantic_decorators__.model_validators and model not in _REWRITTEN_KEYS:
        raise TypeError(f"{model.__name__}: name the keys its model_validator rewrites in _REWRITTEN_KEYS")
    fields: list[tuple[str, int, _Plan | None]] = []
    for name, info in model.model_fields.items():
        [check] = [m.func for m in info.metadata if isinstance(m, BeforeValidator)]
        key = info.alias or name
        if check in _SCALAR_KINDS:
            fields.append((key, _SCALAR_KINDS[check], None))
            continue
        inner = [t for t in get_args(info.annotation) if isinstance(t, type) and issubclass(t, BaseModel)]
        if check is _as_list:
            [item] = get_args(info.annotation)
            fields.append((key, _LIST, _plan(item)))
        elif check is _as_block and len(inner) == 1:
            fields.append((key, _BLOCK, _plan(inner[0])))
        else:
            raise TypeError(f"{model.__name__}.{name}: no plain reading for this field")
    named = frozenset(name for name, info in model.model_fields.items() if info.alias and info.alias != name)
    return _Plan(tuple(fields), frozenset(k for k, _, _ in fields) | named,
                 named | _REWRITTEN_KEYS.get(model, frozenset()))


def _plain_record(item: dict[str, Any], plan: _Plan) -> dict[str, Any] | None:
    """What the model would dump for `item` when every value is one it keeps as it is (or a small whole number
    where text is expected, which it spells as text); None for anything else."""
    if not plan.to_model.isdisjoint(item):
        return None
    record: dict[str, Any] = {}
    for key, kind, inner in plan.fields:
        value = item.get(key)
        if value is None:
            value = [] if kind == _LIST else None
        elif kind == _TEXT:
            if type(value) is not str:
                if type(value) is not int or not -_SMALL < value < _SMALL:
                    return None
                value = str(value)
        elif kind == _ID:
            if type(value) is not int or not -_SMALL < value < _SMALL:
                return None
        elif kind == _FLAG:
            if type(value) is not bool:
                return None
        elif kind == _LIST:
            if type(value) is not list:
                return None
            assert inner is not None
            value = [_plain_record(part, inner) if type(part) is dict else None for part in value]
            if None in value:
                return None
        else:
            assert inner is not None
            value = _plain_record(value, inner) if type(value) is dict else None
            if value is None:
                return None
        record[key] = value
    for key, value in item.items():
        if key not in plan.known:
            if not (value is None or type(value) in (str, int, bool)
                    or (type(value) is float and math.isfinite(value))):
                return None  # lists, objects, non-finite numbers: as the model dumps them
            record[key] = value
    return record


_PLANS = {WireClient: _plan(WireClient)}


_ID_KEYS = ("client_id", "heating_appliance_id", "heating_appliance_ids", "cooling_appliance_id",
            "cooling_appliance_ids")


def parse_push_response(payload: object) -> ProcessedIds:
    """Ids from a push-client answer (§7.3.5), tolerant of single ids, lists and lists of answers."""
    envelope = raise_for_envelope(payload)
    if envelope is None and not isinstance(payload, Mapping | list):
        raise unreadable_answer(VENDOR, f"expected a JSON object, got {describe_kind(payload)}")
    found, where = _find_ids(envelope.data if envelope is not None else payload,
                             "data" if envelope is not None else "")
    if found is None:
        return ProcessedIds()
    return ProcessedIds(
        client_id=_one_id(found.get("client_id"), error_path(["client_id"], where)),
        heating_appliance_ids=_many_ids(found, "heating_appliance", where),
        cooling_appliance_ids=_many_ids(found, "cooling_appliance", where),
    )


def _find_ids(value: object, where: str, depth: int = 0) -> tuple[Mapping[str, object] | None, str]:
    """Walk down "data" / "processed_ids" / first list item to the dict holding the ids."""
    if depth > 8 or value is None:
        return None, where
    if isinstance(value, list):
        for index, item in enumerate(value):
            if item not in (None, {}, []):
                return _find_ids(item, f"{where}[{index}]", depth + 1)
        return None, where
    if not isinstance(value, Mapping):
        raise unreadable_answer(VENDOR, f"{where or 'answer'}: expected processed ids, "
                                  f"got {describe_kind(value)}")
    if any(key in value for key in _ID_KEYS):
        return value, where
    for key in ("processed_ids", "data"):
        if key in value:
            return _find_ids(value[key], error_path([key], where), depth + 1)
    return None, where


def _one_id(value: object, where: str) -> int | None:
    try:
        return _to_id(value)
    except ValueError as exc:
        raise unreadable_answer(VENDOR, f"{where}: {exc}") from None


def _many_ids(found: Mapping[str, object], stem: str, where: str) -> list[int]:
    ids: list[int] = []
    for key in (f"{stem}_id", f"{stem}_ids"):
        value = found.get(key)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            at = error_path([key, index] if isinstance(value, list) else [key], where)
            one = _one_id(item, at)
            if one is not None and one not in ids:
                ids.append(one)
    return ids


# --- small helpers for messages ---------------------------------------------------------------------


def describe_kind(value: object) -> str:
    """How a JSON value is named in English messages (a vendor's answer, the log): 'null', 'a list', 'text' ..."""
    return kind_text(value).english()


def kind_text(value: object) -> Translatable:
    """The kind of a JSON value as a field check names it in its `{kind}` (context "FieldCheck"), so the window says
    it in the user's language: 'a list' in English (`describe_kind`), 'een lijst' in Dutch."""
    if value is None:
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "null"))
    if isinstance(value, bool):
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "true/false"))
    if isinstance(value, Mapping):
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "an object"))
    if isinstance(value, list | tuple):
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "a list"))
    if isinstance(value, int | float):
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "a number"))
    if isinstance(value, str):
        return Translatable(QT_TRANSLATE_NOOP("FieldCheck", "text"))
    return Translatable("{type}", {"type": type(value).__name__})  # not JSON: Python's name for it, in every language


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value[:40])
    if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)
                                    and value.bit_length() <= _MAX_INT_BITS):
        return repr(value)
    return describe_kind(value)
