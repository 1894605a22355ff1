"""Pro+ technicians and measuring devices (§14 get-devices, §15 create-technician, §16 get-technician,
§19 create-device, §20 link-unlink-device): wire models, their mapping to FieldDesk's records, and the checks
a create-technician or create-device body passes before it is queued.

The wire models keep what Pro+ sends as it sends it (`extra="allow"`) and tolerate the document's own quirks:
`status` as `true` and as `1`, `wo_status` as `"1"`, technical information as rows whose `field_value` is text
holding JSON (`"[\\"Type 1\\"]"`), dates as `yyyy-mm-dd`, `dd-mm-yyyy` and `2022-4-8`.

FieldDesk's records (plain dicts, what the cache, the CLI's `--json` and the window use):

- technician: `id` (Pro+), `external_id`, `name`, `mobile`, `email`, `active` (bool or None), `working_mode`
  (1 work-order mode, 2 standard mode, or None), `technical_information` (`authorised_technician`,
  `chimney_sweep`, `works_for_oca` as bool or None, `heating_adviser` a list of "Type 1"/"Type 2"),
  `recognition_numbers` (each `region` brussels/flanders/wallonia, `type`, `number`);
- device: `id`, `group` (heating/cooling), `type` (testo 300/330/557s), `serial_number`, `purchase_date` and
  `mfg_date` (`YYYY-MM-DD`), `status` (Pro+'s number), `technicians` (each `technician_id`, `associated_on`,
  `removed_on` as `YYYY-MM-DD HH:MM:SS` or None).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.domain.regions import Region, normalise_region
from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import BodyValidationError, FieldError, unreadable_answer
from app.vendors.proplus.models import (
    VENDOR,
    Flag,
    Id,
    Text,
    _as_list,
    _describe_validation,
    describe_kind,
    kind_text,
    raise_for_envelope,
)
from app.vendors.values import whole_number

__all__ = [
    "DEVICE_GROUPS", "DEVICE_TYPES", "HEATING_ADVISER_TYPES", "WORKING_MODES", "StaffValidationError",
    "WireDevice", "WireTechnician", "device_body", "device_record", "iso_date", "iso_datetime",
    "parse_devices_response", "parse_technician_response", "technician_body", "technician_record",
    "validate_device_body", "validate_link", "validate_technician_body",
]

#: §19: device_group 1 heating, 2 cooling; type 1 testo 300, 2 testo 330, 3 testo 557s.
DEVICE_GROUPS = {1: "heating", 2: "cooling"}
DEVICE_TYPES = {1: "testo 300", 2: "testo 330", 3: "testo 557s"}
#: §15.2.1 wo_status: 1 = work-order mode, 2 = standard mode.
WORKING_MODES = {1: "work-order mode", 2: "standard mode"}
HEATING_ADVISER_TYPES = ("Type 1", "Type 2")
#: §15.2.4 gives "add" and "remove" in the example and "associate" in the field table.
DEVICE_ACTIONS = ("add", "remove", "associate")
#: §15.2.3: the region of a recognition number, as the body sends it (1/2/3 or a name) and Pro+ answers it.
REGION_NAMES = {Region.BRUSSELS: "Brussels", Region.FLANDERS: "Flamish", Region.WALLONIA: "Wallonia"}
REGION_CODES = {Region.BRUSSELS: 1, Region.FLANDERS: 2, Region.WALLONIA: 3}
#: The four technical information flags: FieldDesk's key, the body's key, and the `field_name`s Pro+ answers.
TECHNICAL_FIELDS: dict[str, tuple[str, ...]] = {
    "authorised_technician": ("authorized technician", "authorised technician"),
    "chimney_sweep": ("chimney sweep",),
    "heating_adviser": ("heating adviser", "heating advisor"),
    "works_for_oca": ("works for an oca", "works for oca"),
}


# --- wire models ------------------------------------------------------------------------------------


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


def _rows(value: object) -> object:
    return _as_list(value)


class WireTechnicalInformation(_Wire):
    id: Id = None
    technician_id: Id = None
    field_name: Text = None
    field_type: Text = None
    field_value: Text = None  # text, or JSON in text for checkbox fields: "[\"Type 1\"]"
    created_at: Text = None
    updated_at: Text = None


class WireRecognitionNumber(_Wire):
    id: Id = None
    technician_id: Id = None
    region: Text = None  # "Brussels" in answers, 1 in bodies
    type: Text = None
    number: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireTechnician(_Wire):
    id: Id = None
    customer_id: Id = None
    user_id: Id = None
    name: Text = None
    mobile: Text = None
    email: Text = None
    status: Flag = None  # true in answers, "1" in bodies
    created_at: Text = None
    updated_at: Text = None
    wo_status: Text = None
    external_id: Text = None
    can_technician_send_email: Text = None
    can_send_to_brussels: Text = None
    identification_number: Text = None
    technician_technical_informations: Annotated[list[WireTechnicalInformation], BeforeValidator(_rows)] = Field(
        default_factory=list)
    technician_recognition_numbers: Annotated[list[WireRecognitionNumber], BeforeValidator(_rows)] = Field(
        default_factory=list)


class WireAssignment(_Wire):
    id: Id = None
    device_id: Id = None
    technician_id: Id = None
    associated_on: Text = None
    removed_on: Text = None
    created_at: Text = None
    updated_at: Text = None


class WireDevice(_Wire):
    id: Id = None
    customer_id: Id = None
    type: Text = None  # "1" testo 300, "2" testo 330, "3" testo 557s
    device_group: Text = None  # 1 heating, 2 cooling
    serial_number: Text = None
    purchase_date: Text = None
    mfg_date: Text = None
    status: Text = None
    created_at: Text = None
    updated_at: Text = None
    assigned_technicians: Annotated[list[WireAssignment], BeforeValidator(_rows)] = Field(default_factory=list)


# --- answers ----------------------------------------------------------------------------------------


def _data(payload: object) -> tuple[object, str]:
    envelope = raise_for_envelope(payload)
    if envelope is not None:
        return envelope.data, "data"
    if isinstance(payload, Mapping) and "data" in payload:
        return payload["data"], "data"
    return payload, "answer"


def parse_devices_response(payload: object) -> list[WireDevice]:
    """§14 get-devices: the company's devices (an envelope with a list; one object or null tolerated)."""
    data, root = _data(payload)
    if data is None or data == "":
        return []
    if isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list):
        raise unreadable_answer(VENDOR, f"{root}: expected a list of devices, "
                                  f"got {describe_kind(data)}")
    devices: list[WireDevice] = []
    for index, item in enumerate(data):
        where = f"{root}[{index}]"
        if not isinstance(item, Mapping):
            raise unreadable_answer(VENDOR, f"{where}: expected a device object, "
                                      f"got {describe_kind(item)}")
        try:
            devices.append(WireDevice.model_validate(dict(item)))
        except ValidationError as exc:
            raise unreadable_answer(VENDOR, _describe_validation(exc, where)) from None
    return devices


def parse_technician_response(payload: object) -> WireTechnician:
    """§15/§16: the technician Pro+ created, updated or found (a list of one is tolerated)."""
    data, root = _data(payload)
    if isinstance(data, list) and len(data) == 1:
        data, root = data[0], f"{root}[0]"
    if not isinstance(data, Mapping) or not data:
        raise unreadable_answer(VENDOR, f"{root}: expected a technician, got {describe_kind(data)}")
    try:
        return WireTechnician.model_validate(dict(data))
    except ValidationError as exc:
        raise unreadable_answer(VENDOR, _describe_validation(exc, root)) from None


def check_success(payload: object) -> None:
    """§19/§20: only the envelope counts (RejectedError for `"success": false`); the data is not used."""
    if raise_for_envelope(payload) is None:
        raise unreadable_answer(VENDOR, f"expected an object with \"success\", "
                                  f"got {describe_kind(payload)}")


# --- values -----------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/](\d{1,2})[-/](\d{4})")
_TIME_RE = re.compile(r"[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


def _date_parts(text: str) -> date | None:
    found = _DATE_RE.fullmatch(text)
    if found is None:
        return None
    year, month, day = (found[1], found[2], found[3]) if found[1] else (found[6], found[5], found[4])
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def iso_date(value: object) -> str | None:
    """`2021-01-04`, `04-01-2021`, `2022-4-8` (and a date-time's date) as `YYYY-MM-DD`; None when blank or
    not a date."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    parsed = _date_parts(text.replace("T", " ").split(" ", 1)[0])
    return parsed.isoformat() if parsed else None


def iso_datetime(value: object) -> str | None:
    """`2021-03-23 01:00:43` (or with `dd-mm-yyyy`) as `YYYY-MM-DD HH:MM:SS`; a bare date gets no time."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    head, _, tail = text.replace("T", " ").partition(" ")
    day = _date_parts(head)
    if day is None:
        return None
    found = _TIME_RE.match(" " + tail[:8]) if tail else None
    if found is None:
        return day.isoformat()
    try:
        moment = datetime(day.year, day.month, day.day, int(found[1]), int(found[2]), int(found[3] or 0))
    except ValueError:
        return day.isoformat()
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _int(value: object) -> int | None:
    return whole_number(value if isinstance(value, int | str) else None)


def _flag(value: object) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes"):
        return True
    if text in ("0", "false", "no"):
        return False
    return None


def _adviser_types(value: object) -> list[str]:
    """`["Type 1"]`, `"[\\"Type 1\\"]"` (JSON in text) or `"Type 1"`: the list of types."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                return [text]
        elif not text:
            return []
        else:
            return [text]
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    return []


def _region(value: object) -> str | None:
    region = normalise_region(value)
    return region.value if region else (None if value in (None, "") else str(value))


# --- mapping ----------------------------------------------------------------------------------------


def technician_record(wire: WireTechnician) -> dict[str, Any]:
    """A Pro+ technician as FieldDesk keeps it."""
    information: dict[str, Any] = {"authorised_technician": None, "chimney_sweep": None, "heating_adviser": [],
                                   "works_for_oca": None}
    by_name = {name: key for key, names in TECHNICAL_FIELDS.items() for name in names}
    for row in wire.technician_technical_informations:
        key = by_name.get((row.field_name or "").strip().lower())
        if key == "heating_adviser":
            information[key] = _adviser_types(row.field_value)
        elif key is not None:
            information[key] = _flag(row.field_value)
        elif row.field_name:
            information.setdefault("other", {})[row.field_name] = row.field_value
    return {
        "id": wire.id,
        "external_id": wire.external_id,
        "name": wire.name or "",
        "mobile": wire.mobile or "",
        "email": wire.email or "",
        "active": wire.status,
        "working_mode": _int(wire.wo_status),
        "technical_information": information,
        "recognition_numbers": [{"region": _region(n.region), "type": n.type, "number": n.number}
                                for n in wire.technician_recognition_numbers],
    }


def device_record(wire: WireDevice) -> dict[str, Any]:
    """A Pro+ measuring device as FieldDesk keeps it."""
    group, kind = _int(wire.device_group), _int(wire.type)
    return {
        "id": wire.id,
        "group": DEVICE_GROUPS.get(group or 0, wire.device_group),
        "type": DEVICE_TYPES.get(kind or 0, wire.type),
        "serial_number": wire.serial_number or "",
        "purchase_date": iso_date(wire.purchase_date),
        "mfg_date": iso_date(wire.mfg_date),
        "status": _int(wire.status) if _int(wire.status) is not None else _flag(wire.status),
        "technicians": [{"technician_id": a.technician_id, "associated_on": iso_datetime(a.associated_on),
                         "removed_on": iso_datetime(a.removed_on)}
                        for a in wire.assigned_technicians if a.technician_id is not None],
    }


def technician_from_body(body: Mapping[str, Any], proplus_id: int | None) -> dict[str, Any]:
    """The record a validated create-technician body stands for (what the cache shows while it is queued)."""
    info = body.get("technical_information") or {}
    return {
        "id": proplus_id,
        "external_id": body["external_id"],
        "name": body["name"],
        "mobile": body["mobile"],
        "email": body["email"],
        "active": _flag(body["status"]) if "status" in body else None,
        "working_mode": _int(body.get("wo_status")),
        "technical_information": {
            "authorised_technician": _flag(info.get("authorised_technician")),
            "chimney_sweep": _flag(info.get("chimney_sweep")),
            "heating_adviser": _adviser_types(info.get("heating_adviser")),
            "works_for_oca": _flag(info.get("works_for_oca")),
        },
        "recognition_numbers": [{"region": _region(c.get("region")), "type": str(c.get("type")),
                                 "number": str(c.get("number"))} for c in body.get("certificates") or []],
    }


def device_from_body(body: Mapping[str, Any]) -> dict[str, Any]:
    """The record a validated create-device body stands for, before Pro+ has given it an id."""
    return {"id": None, "group": DEVICE_GROUPS[int(body["device_group"])], "type": DEVICE_TYPES[int(body["type"])],
            "serial_number": body["serial_number"], "purchase_date": body["purchase_date"],
            "mfg_date": body["mfg_date"], "status": 1, "technicians": []}


def same_instrument(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether two device records are the same instrument: create-device has no external id, so a device is its
    group, type and serial number (the serial number is printed on the instrument)."""
    def key(record: Mapping[str, Any]) -> tuple[str, object, object]:
        return str(record.get("serial_number") or "").strip().casefold(), record.get("type"), record.get("group")
    return key(one) == key(other)


def same_device(record: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """Whether a device record is the one a (validated) create-device body registers."""
    return same_instrument(record, device_from_body(body))


# --- checking bodies before they are queued -----------------------------------------------------------


class StaffValidationError(BodyValidationError):
    """A create-technician, create-device or link body breaks the document's rules; `errors` lists each
    problem with the JSON path of its field, said through a template (`FieldError.said`, context "FieldCheck")."""


_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PHONE_RE = re.compile(r"\+?[0-9 ./()\-]{6,20}")
_MAX_TEXT = 255  # Laravel's default string column


class _Checker:
    def __init__(self, body: object, what: str) -> None:
        self.errors: list[FieldError] = []
        if not isinstance(body, Mapping):
            self.errors.append(FieldError.said("body", QT_TRANSLATE_NOOP(
                "FieldCheck", "must be a JSON object with the {what} fields, not {kind}"), what=what,
                kind=kind_text(body)))
            self.body: Mapping[str, Any] = {}
        else:
            self.body = body

    def add(self, path: str, template: str, /, **values: object) -> None:
        """The problem `template` (marked with `QT_TRANSLATE_NOOP("FieldCheck", ...)`) with its `{names}`."""
        self.errors.append(FieldError.said(path, template, **values))

    def text(self, data: Mapping[str, Any], key: str, path: str, *, required: bool) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "required"))
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be text, not {kind}"), kind=kind_text(value))
            return None
        text = str(value).strip()
        if not text.isprintable():
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be one line of printable text"))
            return None
        if len(text) > _MAX_TEXT:
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be at most {limit} characters"), limit=_MAX_TEXT)
            return None
        return text

    def choice(self, data: Mapping[str, Any], key: str, path: str, codes: tuple[int, ...], *,
               required: bool, words: Mapping[str, int] | None = None) -> int | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "required"))
            return None
        if isinstance(value, bool) and codes == (0, 1):
            return int(value)
        number = None if isinstance(value, bool) or not isinstance(value, str | int | float) else _int(
            int(value) if isinstance(value, float) and value.is_integer() else value)
        if number is None and words and isinstance(value, str):
            number = words.get(value.strip().lower())
        if number not in codes:
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be one of {allowed}"),
                     allowed=", ".join(map(str, codes)))
            return None
        return number

    def whole(self, data: Mapping[str, Any], key: str, path: str, *, required: bool) -> int | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "required"))
            return None
        number = None if isinstance(value, bool) or not isinstance(value, str | int) else _int(value)
        if number is None or not 0 <= number < 2**63:
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a whole number"))
            return None
        return number

    def day(self, data: Mapping[str, Any], key: str, path: str) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "required"))
            return None
        found = iso_date(value) if isinstance(value, str) else None
        if found is None or value.strip() != value.strip().split(" ")[0]:
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a date like 2022-04-08 (yyyy-mm-dd or dd-mm-yyyy)"))
            return None
        if not "1990-01-01" <= found <= date.today().isoformat():
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a date between 1990 and today"))
            return None
        return found

    def objects(self, data: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Mapping[str, Any]]]:
        value = data.get(key)
        if value is None or value == "":
            return []
        if not isinstance(value, list):
            self.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a list, not {kind}"), kind=kind_text(value))
            return []
        found = []
        for index, item in enumerate(value):
            if isinstance(item, Mapping):
                found.append((f"{path}[{index}]", item))
            else:
                self.add(f"{path}[{index}]", QT_TRANSLATE_NOOP("FieldCheck", "must be an object"))
        return found

    def raise_if_any(self) -> None:
        if self.errors:
            raise StaffValidationError(self.errors)


_YES_NO = (0, 1)
_BOOL_WORDS = {"true": 1, "false": 0, "yes": 1, "no": 0}


def validate_technician_body(body: object) -> dict[str, Any]:
    """A create-technician body (§15.1.4, §15.2) checked field by field; returns it normalised as it is sent
    (codes as the document's examples send them). Raises StaffValidationError naming every bad field."""
    check = _Checker(body, "create-technician")
    data = check.body
    check.raise_if_any()
    out: dict[str, Any] = {}
    proplus_id = check.whole(data, "id", "id", required=False)
    if proplus_id is not None:
        out["id"] = proplus_id
    for key in ("external_id", "name", "mobile", "email"):
        value = check.text(data, key, key, required=True)
        if value is not None:
            out[key] = value
    if "mobile" in out and not _PHONE_RE.fullmatch(out["mobile"]):
        check.add("mobile", QT_TRANSLATE_NOOP(
            "FieldCheck", "may only contain digits, spaces and + / . - ( ) (6 to 20 characters)"))
    if "email" in out and not _EMAIL_RE.fullmatch(out["email"]):
        check.add("email", QT_TRANSLATE_NOOP("FieldCheck", "not a valid e-mail address"))
    status = check.choice(data, "status", "status", _YES_NO, required=False, words=_BOOL_WORDS)
    if status is not None:
        out["status"] = str(status)
    mode = check.choice(data, "wo_status", "wo_status", (1, 2), required=False)
    if mode is not None:
        out["wo_status"] = str(mode)
    info = data.get("technical_information")
    if not isinstance(info, Mapping):
        if info in (None, ""):
            check.add("technical_information", QT_TRANSLATE_NOOP("FieldCheck", "required"))
        else:
            check.add("technical_information", QT_TRANSLATE_NOOP("FieldCheck", "must be an object, not {kind}"),
                      kind=kind_text(info))
    else:
        checked: dict[str, Any] = {}
        for key in ("authorised_technician", "chimney_sweep", "works_for_oca"):
            flag = check.choice(info, key, f"technical_information.{key}", _YES_NO, required=True, words=_BOOL_WORDS)
            if flag is not None:
                checked[key] = flag  # a Number in §15.2.2
        adviser = info.get("heating_adviser")
        path = "technical_information.heating_adviser"
        if adviser is None or adviser == "" or adviser == []:
            check.add(path, QT_TRANSLATE_NOOP("FieldCheck", "required"))
        elif not isinstance(adviser, list | str) or not all(isinstance(a, str) for a in _listed(adviser)):
            check.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a list of {allowed}"),
                      allowed=", ".join(HEATING_ADVISER_TYPES))
        else:
            types = _adviser_types(adviser)
            unknown = [t for t in types if t not in HEATING_ADVISER_TYPES]
            if unknown or not types:
                check.add(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a list of {allowed}"),
                          allowed=", ".join(HEATING_ADVISER_TYPES))
            else:
                checked["heating_adviser"] = list(dict.fromkeys(types))
        out["technical_information"] = checked
    certificates = []
    for at, item in check.objects(data, "certificates", "certificates"):
        region = normalise_region(item.get("region")) if not isinstance(item.get("region"), bool) else None
        if item.get("region") in (None, ""):
            check.add(f"{at}.region", QT_TRANSLATE_NOOP("FieldCheck", "required"))
        elif region is None:
            check.add(f"{at}.region", QT_TRANSLATE_NOOP(
                "FieldCheck", "must be Brussels, Flamish or Wallonia (or 1, 2, 3)"))
        kind = check.whole(item, "type", f"{at}.type", required=True)
        number = check.text(item, "number", f"{at}.number", required=True)
        if region is not None and kind is not None and number is not None:
            certificates.append({"region": REGION_CODES[region], "type": kind, "number": number})
    if certificates:
        out["certificates"] = certificates
    devices = []
    for at, item in check.objects(data, "devices", "devices"):
        device_id = check.whole(item, "id", f"{at}.id", required=True)
        action = check.text(item, "action", f"{at}.action", required=True)
        if action is not None and action.lower() not in DEVICE_ACTIONS:
            check.add(f"{at}.action", QT_TRANSLATE_NOOP("FieldCheck", "must be one of {allowed}"),
                      allowed=", ".join(DEVICE_ACTIONS))
        elif device_id is not None and action is not None:
            devices.append({"id": device_id, "action": action.lower()})
    if devices:
        out["devices"] = devices
    check.raise_if_any()
    return out


def _listed(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


def validate_device_body(body: object) -> dict[str, Any]:
    """A create-device body (§19.1.4) checked; returns it as it is sent (codes as text, dates `YYYY-MM-DD`)."""
    check = _Checker(body, "create-device")
    data = check.body
    check.raise_if_any()
    out: dict[str, Any] = {}
    group = check.choice(data, "device_group", "device_group", (1, 2), required=True,
                         words={"heating": 1, "cooling": 2})
    kind = check.choice(data, "type", "type", (1, 2, 3), required=True,
                        words={name: code for code, name in DEVICE_TYPES.items()})
    serial = check.text(data, "serial_number", "serial_number", required=True)
    purchase = check.day(data, "purchase_date", "purchase_date")
    made = check.day(data, "mfg_date", "mfg_date")
    check.raise_if_any()
    assert group is not None and kind is not None and serial is not None and purchase and made
    out.update(device_group=str(group), type=str(kind), serial_number=serial, purchase_date=purchase, mfg_date=made)
    return out


def validate_link(device_id: object, technician_id: object, action: object) -> dict[str, Any]:
    """A link-unlink-device body (§20.1.4), as sent: ids and action as text."""
    check = _Checker({"device_id": device_id, "technician_id": technician_id, "action": action}, "link")
    device = check.whole(check.body, "device_id", "device_id", required=True)
    technician = check.whole(check.body, "technician_id", "technician_id", required=True)
    if action not in ("link", "unlink"):
        check.add("action", QT_TRANSLATE_NOOP("FieldCheck", "must be link or unlink"))
    check.raise_if_any()
    return {"device_id": str(device), "technician_id": str(technician), "action": action}


def technician_body(record: Mapping[str, Any]) -> dict[str, Any]:
    """A create-technician body for a technician record (the window's form edits records)."""
    info = record.get("technical_information") or {}

    def flag(value: object) -> str:
        return "1" if value else "0"

    body: dict[str, Any] = {
        "external_id": record.get("external_id") or "", "name": record.get("name") or "",
        "mobile": record.get("mobile") or "", "email": record.get("email") or "",
        "status": flag(record.get("active")),
        "technical_information": {
            "authorised_technician": flag(info.get("authorised_technician")),
            "chimney_sweep": flag(info.get("chimney_sweep")),
            "heating_adviser": list(info.get("heating_adviser") or []),
            "works_for_oca": flag(info.get("works_for_oca")),
        },
        "certificates": [{"region": _region_code(n.get("region")), "type": n.get("type"), "number": n.get("number")}
                         for n in record.get("recognition_numbers") or []],
    }
    if record.get("id") is not None:
        body["id"] = record["id"]
    if record.get("working_mode") is not None:
        body["wo_status"] = str(record["working_mode"])
    return body


def _region_code(value: object) -> object:
    region = normalise_region(value)
    return REGION_CODES[region] if region else value


def device_body(group: str, kind: str, serial_number: str, purchase_date: str, mfg_date: str) -> dict[str, Any]:
    """A create-device body from the window's choices (group and type by their names)."""
    groups = {name: code for code, name in DEVICE_GROUPS.items()}
    types = {name: code for code, name in DEVICE_TYPES.items()}
    return {"device_group": str(groups.get(group, group)), "type": str(types.get(kind, kind)),
            "serial_number": serial_number, "purchase_date": purchase_date, "mfg_date": mfg_date}


#: The outbox operations (app.vendors.proplus.sync.staff sends them).
CREATE_TECHNICIAN, CREATE_DEVICE, LINK_DEVICE = "create-technician", "create-device", "link-unlink-device"
