"""testresults.io wire models (the document's field names), the edit body's check and the customer row the
cache keeps. Answers are read tolerantly (unknown fields kept, null for absent ones); anything that is not a
customer is an unreadable answer."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictBool, ValidationError, field_validator

from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import BodyValidationError, FieldError, unreadable_answer
from app.vendors.values import is_text

VENDOR = "testresults"
#: The record-link entity of a customer account.
CUSTOMER = "customer"
CREATE_CUSTOMER, UPDATE_CUSTOMER, DELETE_CUSTOMER = "create-customer", "update-customer", "delete-customer"

#: The fields FieldDesk writes (the documented POST and PUT bodies); `Archived` only with PUT.
EDITABLE = ("Name", "Subdomain", "Appliances", "Archived")
NAME_MAX, APPLIANCES_MAX = 100, 1000
SUBDOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class WireCustomer(BaseModel):
    """A customer account as testresults.io answers it (list, archive, details, create, update)."""

    model_config = ConfigDict(extra="allow")
    Id: str
    Name: str = ""
    AccountNumber: str | None = None
    Address: str | None = None
    CostCenter: str | None = None
    Currency: str | None = None
    Tax: int | float | None = None
    Discounts: str | None = None
    MinimumConsumptionInH: int | float | None = None
    DueDays: int | float | None = None
    TechnicalName: str | None = None
    Subdomain: str | None = None
    Appliances: str | None = None
    DataVersion: str | None = None
    Archived: StrictBool = False

    @field_validator("Id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a customer without an Id")
        return value

    @field_validator("Name", mode="before")
    @classmethod
    def _name(cls, value: object) -> object:
        return "" if value is None else value


def parse_customer(payload: object) -> WireCustomer:
    try:
        return WireCustomer.model_validate(payload)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise unreadable_answer(VENDOR, f"customer{'.' + where if where else ''}: {error['msg']}") from exc


def parse_customers(payload: object) -> list[WireCustomer]:
    """A list answer (also accepted: an object wrapping the list in `Customers`/`Items`/`Data`/`value`)."""
    items: object = payload
    if isinstance(payload, dict):
        items = next((payload[k] for k in ("Customers", "Items", "Data", "value") if isinstance(payload.get(k), list)),
                     payload)
    if not isinstance(items, list):
        raise unreadable_answer(VENDOR, "expected a list of customers")
    return [parse_customer(item) for item in items]


def target_groups(appliances: str | None) -> list[tuple[str, str]]:
    """`Appliances` ("Label:name,Other") as (label, technical name) pairs; a bare name is its own label."""
    groups = []
    for part in (appliances or "").split(","):
        label, _, name = part.strip().partition(":")
        if label.strip() or name.strip():
            groups.append((label.strip(), (name or label).strip()))
    return groups


def customer_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The cache's columns of a customer record (the wire fields as JSON)."""
    return {"name": record.get("Name") or "", "subdomain": record.get("Subdomain") or "",
            "account_number": record.get("AccountNumber") or "", "currency": record.get("Currency") or "",
            "archived": record.get("Archived") is True}


def editable_of(record: Mapping[str, Any]) -> dict[str, Any]:
    """The editable fields of a customer record (the base an edit is made on)."""
    return {key: record.get(key) for key in EDITABLE}


class CustomerValidationError(BodyValidationError):
    """A customer's fields break the documented rules; `errors` names every bad field."""


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def validate_customer_fields(fields: object, *, creating: bool) -> dict[str, Any]:
    """Check the fields a user gives for a new customer (`creating`: Name and Subdomain required) or a change of
    one (only what is given). Returns them cleaned (names stripped); CustomerValidationError names each bad one."""
    if not isinstance(fields, Mapping):
        raise CustomerValidationError([FieldError.said("(body)", QT_TRANSLATE_NOOP(
            "FieldCheck", "must be a JSON object with the customer's fields"))])
    allowed = EDITABLE if not creating else EDITABLE[:3]
    errors = [FieldError.said(str(key), QT_TRANSLATE_NOOP("FieldCheck", "not a field FieldDesk can set (it can set "
                                                                      "{fields})"), fields=", ".join(allowed))
              for key in fields if key not in allowed][:10]
    clean: dict[str, Any] = {}
    if "Name" in fields or creating:
        name = fields.get("Name")
        if name is not None and not isinstance(name, str):
            errors.append(FieldError.said("Name", QT_TRANSLATE_NOOP("FieldCheck", "must be text, not {value}"),
                                          value=_shown(name)))
        elif name is None or not name.strip():
            errors.append(FieldError.said("Name", QT_TRANSLATE_NOOP("FieldCheck", "is required")))
        elif not is_text(name):
            errors.append(FieldError.said("Name", QT_TRANSLATE_NOOP(
                "FieldCheck", "contains characters that are not valid text (a lone surrogate)")))
        elif len(name.strip()) > NAME_MAX:
            errors.append(FieldError.said("Name", QT_TRANSLATE_NOOP("FieldCheck", "has {count} characters; at most "
                                                                                "{limit}"),
                                          count=len(name.strip()), limit=NAME_MAX))
        else:
            clean["Name"] = name.strip()
    if "Subdomain" in fields or creating:
        subdomain = fields.get("Subdomain")
        if subdomain is not None and not isinstance(subdomain, str):
            errors.append(FieldError.said("Subdomain", QT_TRANSLATE_NOOP("FieldCheck", "must be text, not {value}"),
                                          value=_shown(subdomain)))
        elif subdomain is None or not subdomain.strip():
            errors.append(FieldError.said("Subdomain", QT_TRANSLATE_NOOP("FieldCheck", "is required")))
        elif not SUBDOMAIN.fullmatch(subdomain.strip()):
            errors.append(FieldError.said("Subdomain", QT_TRANSLATE_NOOP(
                "FieldCheck", "{value}: use lower-case letters, digits and hyphens (not first or last), at most 63"),
                value=_shown(subdomain)))
        else:
            clean["Subdomain"] = subdomain.strip()
    if "Appliances" in fields:
        appliances = fields["Appliances"]
        if appliances is not None and not isinstance(appliances, str):
            errors.append(FieldError.said("Appliances", QT_TRANSLATE_NOOP(
                "FieldCheck", "must be text (target groups, comma separated), not {value}"), value=_shown(appliances)))
        elif appliances is not None and not is_text(appliances):
            errors.append(FieldError.said("Appliances", QT_TRANSLATE_NOOP(
                "FieldCheck", "contains characters that are not valid text (a lone surrogate)")))
        elif appliances is not None and len(appliances.strip()) > APPLIANCES_MAX:
            errors.append(FieldError.said("Appliances", QT_TRANSLATE_NOOP("FieldCheck", "has {count} characters; at "
                                                                                      "most {limit}"),
                                          count=len(appliances.strip()), limit=APPLIANCES_MAX))
        else:
            clean["Appliances"] = (appliances or "").strip() or None
    if "Archived" in fields and not creating:
        if isinstance(fields["Archived"], bool):
            clean["Archived"] = fields["Archived"]
        else:
            errors.append(FieldError.said("Archived", QT_TRANSLATE_NOOP("FieldCheck", "must be true or false, not "
                                                                                    "{value}"),
                                          value=_shown(fields["Archived"])))
    if errors:
        raise CustomerValidationError(errors)
    return clean
