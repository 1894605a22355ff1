"""myBeNext wire models (`vendor-docs/benext-mybenext-api.txt`) and the documented number tables as words.

Every model keeps unknown fields; numbers may arrive as text. The climate controller's schedule field is spelled
`scheduletype` in lists and in PUT bodies but `schedulertype` in the single-resource example: both are read.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, TypeVar

from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import unreadable_answer

VENDOR = "benext"
SET_SETPOINT = "set-setpoint"  # the outbox operation

# The documented tables' words are marked for translation (context "myBeNext"): the window shows them in the user's
# language (`app.services.climate.documented_words`), the command line in English.
#: §3.7 Mode table.
MODES = {0: QT_TRANSLATE_NOOP("myBeNext", "Idle"), 1: QT_TRANSLATE_NOOP("myBeNext", "Heating"),
         2: QT_TRANSLATE_NOOP("myBeNext", "Cooling"), 3: QT_TRANSLATE_NOOP("myBeNext", "Fan only"),
         4: QT_TRANSLATE_NOOP("myBeNext", "Pending heat"), 5: QT_TRANSLATE_NOOP("myBeNext", "Pending cool"),
         6: QT_TRANSLATE_NOOP("myBeNext", "Vent/economizer"), 7: QT_TRANSLATE_NOOP("myBeNext", "Aux heating"),
         8: QT_TRANSLATE_NOOP("myBeNext", "Stage heating"), 9: QT_TRANSLATE_NOOP("myBeNext", "Stage cooling"),
         10: QT_TRANSLATE_NOOP("myBeNext", "Stage aux heat"), 11: QT_TRANSLATE_NOOP("myBeNext", "3 stage aux heat")}
#: §3.7 Schedule type table.
SCHEDULE_TYPES = {0: QT_TRANSLATE_NOOP("myBeNext", "Following internal schedule"),
                  1: QT_TRANSLATE_NOOP("myBeNext", "Temporary schedule override"),
                  2: QT_TRANSLATE_NOOP("myBeNext", "Permanent schedule override")}
UNKNOWN = QT_TRANSLATE_NOOP("myBeNext", "Unknown")
#: §3.7 Valve status table.
VALVE_STATUSES = {0: UNKNOWN, 1: QT_TRANSLATE_NOOP("myBeNext", "CH (central heating)"),
                  2: QT_TRANSLATE_NOOP("myBeNext", "DHW (domestic hot water)")}
#: §4.1 availability statuses, and the spellings of its example ("product_avail", "product_retry").
AVAILABILITY = {"available": "available", "retrying": "retrying", "unreachable": "unreachable",
                "product_avail": "available", "product_retry": "retrying", "product_unreachable": "unreachable",
                "product_unavail": "unreachable"}
#: §7.2 failure statuses.
FAILURE_STATUSES = {"no_failure": QT_TRANSLATE_NOOP("myBeNext", "No failure"),
                    "failed": QT_TRANSLATE_NOOP("myBeNext", "Failed"),
                    "accepted": QT_TRANSLATE_NOOP("myBeNext", "Accepted")}
#: §7.1's failure types as words: the documented ones (the vendor keeps the list; others are read from their path,
#: `failure_type_words`).
FAILURE_TYPES = {"product/gateway/unavailable": QT_TRANSLATE_NOOP("myBeNext", "Gateway unavailable"),
                 "product/general/unavailable": QT_TRANSLATE_NOOP("myBeNext", "Product unavailable"),
                 None: QT_TRANSLATE_NOOP("myBeNext", "Unknown failure")}
#: §3.3.1.2: set point datatypes and their documented ranges (°C) and steps.
SETPOINT_RANGE = (4.0, 28.0)
WHOLE_STEP_DATATYPES = frozenset({83})  # SecureSetpoint: "allows only whole steps"


def _number(value: object) -> object:
    if isinstance(value, str):
        text = value.strip().split(" ")[0].replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return None
    return value


def _whole(value: object) -> object:
    number = _number(value)
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _boolean(value: object) -> object:
    if isinstance(value, str):
        return {"true": True, "false": False, "1": True, "0": False}.get(value.strip().lower())
    return value


Number = Annotated[float | None, BeforeValidator(_number)]
Whole = Annotated[int | None, BeforeValidator(_whole)]
Flag = Annotated[bool | None, BeforeValidator(_boolean)]


class Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


M = TypeVar("M", bound=Wire)


class WireClimateController(Wire):
    product: Whole = None
    controllable: Flag = None
    datatype: Whole = None
    formattedtemperature: str | None = None
    heatdemand: Flag = None
    mode: Whole = None
    scheduletype: Whole = Field(default=None, validation_alias=AliasChoices("scheduletype", "schedulertype"))
    setpoint: Number = None
    synchronised: Flag = None
    temperature: Number = None
    valvestatus: Whole = None


class WireProduct(Wire):
    product: Whole = None
    account: Whole = None
    name: str | None = None
    producttype: Whole = None
    appearance: Whole = None


class WireProperty(Wire):
    property: Whole = None
    product: Whole = None
    datatype: Whole = None
    name: str | None = None
    value: Any = None
    updated: str | None = None
    receiving: Flag = None
    sending: Flag = None


class WireAvailability(Wire):
    product: Whole = None
    status: str | None = None
    timestamp: str | None = None

    @property
    def plain_status(self) -> str:
        return AVAILABILITY.get((self.status or "").strip().lower(), "unknown")


class WireFailure(Wire):
    failure: Whole = None
    account: Whole = None
    failuretype: str | None = None
    resource: Whole = None
    status: str | None = None
    timestamp: str | None = None


class WireFailureType(Wire):
    failuretype: str | None = None
    impact: Any = None
    resource_type: str | None = Field(default=None, validation_alias=AliasChoices("resourcetype", "resource_type"))


class WireEntry(Wire):
    """A history or energy entry: a property's value at a time (history values are raw text)."""

    property: Whole = None
    timestamp: str
    value: Any = None


def parse_items(model: type[M], items: list[Any], resource: str) -> list[M]:
    out: list[M] = []
    for index, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise unreadable_answer(VENDOR, f"{resource}[{index}].{'.'.join(str(p) for p in first['loc'])}: "
                                            f"{first['msg']}") from exc
    return out


def failure_type_words(failuretype: str | None) -> str:
    """A failure type as words: a documented one's (FAILURE_TYPES), another's path read as words
    ("product/battery/low" -> "Battery low")."""
    known = FAILURE_TYPES.get(failuretype or None)
    if known is not None:
        return known
    assert failuretype is not None
    parts = [p for p in failuretype.split("/") if p]
    if parts and parts[0] == "product":
        parts = parts[1:]
    if parts and parts[0] == "general":
        parts = ["Product", *parts[1:]]
    text = " ".join(p.replace("_", " ") for p in parts)
    return text[:1].upper() + text[1:] if text else failuretype


def entry_value(value: object) -> float | None:
    """A history entry's raw value as a number (history values may be text, e.g. "20.5" or "20.5 gr C")."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            quick = float(value)  # "20.5": the common case, without the slower clean-up below
        except ValueError:
            pass
        else:
            return quick if math.isfinite(quick) else None
    number = _number(value)
    return float(number) if isinstance(number, int | float) else None
