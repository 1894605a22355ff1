"""Checks a body before it is sent to (or queued for) Totalmobile Connect: required fields, the lengths the document
gives (`String (64)`, `String [32]`), types and enumeration values. Every problem names its field path from the
body's root, e.g. `Customer.PrimaryContact.FirstName: at most 64 characters`, `JobCodes[1].CodeExternalId:
required`. The checked body comes back normalised: dates as yyyy-MM-dd, enumerations as their numbers.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any, NamedTuple

from app.i18n import QT_TRANSLATE_NOOP
from app.vendors.errors import BodyValidationError, FieldError
from app.vendors.totalmobile import enums as E
from app.vendors.totalmobile.models import parse_date
from app.vendors.values import whole_number


class F(NamedTuple):
    """One documented field: its kind ("str", "int", "dec", "bool", "date", an IntEnum, a nested spec, or a list of
    one of those), the document's maximum length, and whether a POST needs it."""

    kind: Any
    length: int | None = None
    required: bool = False


class ListOf(NamedTuple):
    kind: Any


Spec = dict[str, F]
#: Cross-field rules: (body) -> problems, paths relative to the object.
Rule = Callable[[Mapping[str, Any]], list[FieldError]]

ADDRESS: Spec = {"ExternalId": F("str", 64), "Line1": F("str", 128), "Line2": F("str", 128),
                 "Line3": F("str", 128), "City": F("str", 64), "PostCode": F("str", 48), "Region": F("str", 64)}
CONTACT: Spec = {"ExternalId": F("str", 64), "Address": F(ADDRESS), "FirstName": F("str", 64),
                 "LastName": F("str", 64), "HomePhone": F("str", 32), "WorkPhone": F("str", 32),
                 "MobilePhone": F("str", 32), "EmailAddress": F("str", 64)}
INVOICE_ADDRESS: Spec = {"ContactName": F("str"), "ContactMobileNumber": F("str"), "ContactLandlineNumber": F("str"),
                         "ContactEmailAddress": F("str"), "Line1": F("str", 128, True), "Line2": F("str", 128),
                         "Line3": F("str", 128), "City": F("str", 64), "Region": F("str", 64),
                         "PostCode": F("str", 48), "Country": F("str", 48), "Zone": F("str", 48)}
CUSTOMER: Spec = {"ExternalId": F("str", 64, True), "OrganisationExternalId": F("str", 64, True),
                  "Name": F("str", 64), "LandlordReference": F("str", 128), "PrimaryContact": F(CONTACT, None, True),
                  "PrimaryAddress": F(ADDRESS, None, True), "InvoiceAddress": F(INVOICE_ADDRESS)}
ORDER_CONTACT: Spec = {"ContactName": F("str"), "HomePhone": F("str"), "WorkPhone": F("str"),
                       "MobilePhone": F("str"), "EmailAddress": F("str"),
                       "MessagingPreference": F(E.MessagingPreference), "ContactPreference": F(E.ContactPreference)}
JOB_CODE: Spec = {"CodeExternalId": F("str", None, True), "Description": F("str"), "ShortDescription": F("str"),
                  "ContractExternalId": F("str"), "WorkTypeExternalId": F("str"), "WorkCategoryExternalId": F("str"),
                  "SortCode": F("str"), "UnitOfMeasure": F("str"), "StandardMinuteValue": F("int"),
                  "ResourceCategoryExternalId": F("str"), "ResourceSubCategoryExternalId": F("str"),
                  "SkillExternalId": F("str"), "Quantity": F("dec"), "StandardPrice": F("dec"),
                  "StandardCost": F("dec"), "Location": F("str"), "Planned": F("bool"), "CostCentre": F("str"),
                  "AccountCode": F("str"), "SorSequenceNumber": F("str"), "TradeCode": F("str"),
                  "IsPricingOnly": F("bool"), "Capital": F("bool"), "DiagnosticCode": F("bool")}
SALES_ORDER: Spec = {
    "OrderCloudId": F("str"), "PrimaryOrderNumber": F("str", 32, True), "SecondaryOrderNumber": F("str", 32),
    "UseExistingCustomerDetails": F("bool"), "Customer": F(CUSTOMER, None, True), "OrderContact": F(ORDER_CONTACT),
    "ContractExternalId": F("str", 64, True), "TargetDateUTC": F("date", None, True),
    "PriorityExternalId": F("str", None, True), "OrderStatus": F(E.OrderStatus),
    "LastVisitResultType": F(E.VisitResultType), "JobDescription": F("str", None, True),
    "JobCodes": F(ListOf(JOB_CODE)), "CancelReason": F("str"), "CancelDescription": F("str"),
    "NeverMessage": F("bool"), "TwoToAttend": F("bool"), "IsInspectionJob": F("bool"), "InvokeDiagnosis": F("bool"),
    "PropertyWarningDescription": F("str", 4000), "ContactWarningDescription": F("str", 4000),
    "OrderSource": F(E.OrderSource), "CrmId": F("str"), "CodeTemplateId": F("int"),
    "ContractorType": F(E.ContractorType), "OutOfHours": F("bool"), "WorkStream": F("str")}
SALES_ORDER_UPDATE: Spec = {
    "PrimaryOrderNumber": F("str", 64, True), "ContractExternalId": F("str", 64, True),
    "OrderStatus": F(E.OrderStatus), "JobDescription": F("str"), "PriorityExternalId": F("str"),
    "TargetDateUTC": F("date"), "CancelReason": F("str"), "CancelDescription": F("str"),
    "JobCodes": F(ListOf(JOB_CODE))}
CODE: Spec = {"CodeExternalId": F("str", None, True), "LocationExternalId": F("str"),
              "Quantity": F("dec", None, True)}
CUSTOMER_ADDRESS: Spec = {
    "ExternalId": F("str", 64, True), "Address1": F("str", 128, True), "Address2": F("str", 128),
    "Address3": F("str", 128), "City": F("str", 64, True), "PostCode": F("str", 48, True), "Region": F("str", 64),
    "PropertyType": F("str", 64), "OwnershipType": F("str", 64), "PropertyScheme": F("str", 64),
    "PropertyWarningDescription": F("str", 4000), "AccessNotes": F("str", 2048), "BuildDate": F("str", 64),
    "HousingAreaExternalId": F("str", 128), "NumberOfBedrooms": F("str", 8)}
CUSTOMER_CONTACT: Spec = {
    "ExternalId": F("str", 64, True), "FirstName": F("str", 64, True), "LastName": F("str", 64, True),
    "Salutation": F("str", 20), "HomePhone": F("str", 32), "WorkPhone": F("str", 32), "MobilePhone": F("str", 32),
    "HomeEmail": F("str", 64), "WorkEmail": F("str", 64), "ContactPreference": F(E.ContactPreference),
    "MessagingPreference": F(E.MessagingPreference), "ContactWarningDescription": F("str", 4000)}
NAME_VALUE: Spec = {"Name": F("str", 64), "Value": F("str")}
CUSTOMER_MODEL: Spec = {
    "ExternalId": F("str", 64, True), "Name": F("str", 64, True), "ParentExternalId": F("str", 64),
    "CustomerAddress": F(CUSTOMER_ADDRESS, None, True), "CustomerContact": F(CUSTOMER_CONTACT, None, True),
    "OrganisationExternalId": F("str", 64, True), "TenancyCommencementDate": F("date"),
    "TenancyType": F("str", 64), "PairedWorkingRequired": F("bool"), "ContractArea": F("str", 128),
    "ExcludeForDecency": F("bool"), "ExcludeForDecencyReasonExternalId": F("str", 64),
    "RepairingResponsibilityExternalId": F("str", 64), "LinkedPropertyForDecencyExternalId": F("str", 64),
    "Active": F("bool"), "CustomFields": F(ListOf(NAME_VALUE))}
BOOKING: Spec = {
    "PrimaryOrderNumber": F("str", None, True), "Date": F("date", None, True), "PlanningWindowId": F("int", None, True),
    "IgnoreWeekends": F("bool"), "Duration": F("int"), "TwoToAttend": F("bool"), "VisitExternalId": F("str"),
    "VisitInstructions": F("str"), "MessagingPreference": F(E.MessagingPreference), "ShelveAppointment": F("bool"),
    "LimitByPreferredSkills": F("bool"), "LimitByPreferredZones": F("bool"), "LimitByValidZoneDays": F("bool"),
    "OverrideTargetDate": F("bool"), "OverrideTargetDateReason": F("str"), "ResourceExternalId": F("str")}

PURCHASE_INVOICE_LINE: Spec = {
    "CodeExternalId": F("str", None, True), "UnitCost": F("dec"), "LineCost": F("dec"), "Description": F("str"),
    "PrimaryOrderNumber": F("str", 32), "PurchasingCardNumber": F("str", 64), "ResourceExternalId": F("str"),
    "Quantity": F("int"), "UOM": F("str"), "DeliveryDate": F("date"), "PurchaseOrderNumber": F("str", None, True)}
PURCHASE_INVOICE: Spec = {
    "SupplierExternalId": F("str", None, True), "PurchaseInvoiceCategory": F(E.PurchaseInvoiceCategory, None, True),
    "SupplierInvoiceReference": F("str", 64, True), "InvoiceDateUTC": F("date", None, True),
    "PaymentTerms": F(E.PaymentTerms, None, True), "EarlySettlementDiscount": F("bool"),
    "EarlySettlementDiscountPercent": F("str"), "EarlySettlementDiscountValue": F("dec"),
    "EarlySettlementDate": F("date"), "GoodsValue": F("dec", None, True), "DeliveryCost": F("dec"),
    "OtherCosts": F("dec"), "VAT": F("dec"), "LabourCost": F("dec"), "Comments": F("str"),
    "PurchaseInvoiceLines": F(ListOf(PURCHASE_INVOICE_LINE))}
RATE_BOOK: Spec = {"CodeExternalId": F("str", None, True), "ContractExternalId": F("str", None, True),
                   "ContractName": F("str"), "Price": F("dec", None, True)}
BOOK_SUBCONTRACTOR_ORDER: Spec = {"PrimaryOrderNumber": F("str", None, True),
                                  "SupplierExternalId": F("str", None, True)}
SUBCONTRACTOR_CODE: Spec = {"CodeExternalId": F("str"), "LocationExternalId": F("str"), "Quantity": F("dec")}
BOOK_SUBCONTRACTOR_ORDER_UPDATE: Spec = {
    "PrimaryOrderNumber": F("str", None, True), "SubcontractOrderId": F("int"), "CustomerExternalId": F("str"),
    "CategoryExternalId": F("str"), "Comments": F("str"), "Codes": F(ListOf(SUBCONTRACTOR_CODE))}


def _sales_order_rules(body: Mapping[str, Any]) -> list[FieldError]:
    problems: list[FieldError] = []
    customer = body.get("Customer")
    if body.get("UseExistingCustomerDetails") is True and isinstance(customer, Mapping):
        # "only an external ID and Organisation external ID can be provided for a customer"
        for key in customer:
            if key not in ("ExternalId", "OrganisationExternalId"):
                problems.append(FieldError.said(f"Customer.{key}", QT_TRANSLATE_NOOP(
                    "FieldCheck", "not allowed with UseExistingCustomerDetails (only ExternalId and "
                    "OrganisationExternalId)")))
    return problems


def _update_rules(body: Mapping[str, Any]) -> list[FieldError]:
    problems: list[FieldError] = []
    if body.get("OrderStatus") in (E.OrderStatus.CANCEL, 11, "11", "Cancel") and not _filled(body.get("CancelReason")):
        problems.append(FieldError.said("CancelReason", QT_TRANSLATE_NOOP(
            "FieldCheck", "required to cancel an order (OrderStatus 11)")))
    if _filled(body.get("PriorityExternalId")) and not _filled(body.get("TargetDateUTC")):
        problems.append(FieldError.said("TargetDateUTC", QT_TRANSLATE_NOOP(
            "FieldCheck", "required when PriorityExternalId is set")))
    return problems


#: The bodies FieldDesk checks, by the document's object name.
BODIES: dict[str, tuple[Spec, Rule | None]] = {
    "SalesOrder": (SALES_ORDER, _sales_order_rules),
    "SalesOrderUpdate": (SALES_ORDER_UPDATE, _update_rules),
    "Code": (CODE, None),
    "CustomerModel": (CUSTOMER_MODEL, None),
    "Booking": (BOOKING, None),
    "JobCode": (JOB_CODE, None),
    "PurchaseInvoice": (PURCHASE_INVOICE, None),
    "RateBook": (RATE_BOOK, None),
    "BookSubContractorOrder": (BOOK_SUBCONTRACTOR_ORDER, None),
    "BookSubContractorOrderUpdate": (BOOK_SUBCONTRACTOR_ORDER_UPDATE, None),
}


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def validate(body: object, name: str) -> dict[str, Any]:
    """The checked, normalised body; BodyValidationError listing every problem."""
    spec, rule = BODIES[name]
    errors: list[FieldError] = []
    if not isinstance(body, Mapping):
        raise BodyValidationError([FieldError.said("", QT_TRANSLATE_NOOP(
            "FieldCheck", "a {name} must be a JSON object"), name=name)])
    checked = _object(body, spec, "", errors, required_off=_relaxed(body, name))
    if rule is not None and not errors:
        errors.extend(rule(body))
    if errors:
        raise BodyValidationError(errors)
    return checked


def _relaxed(body: Mapping[str, Any], name: str) -> set[str]:
    """Required fields the body may leave out: an existing customer's contact and address."""
    if name == "SalesOrder" and body.get("UseExistingCustomerDetails") is True:
        return {"Customer.PrimaryContact", "Customer.PrimaryAddress"}
    return set()


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _object(body: Mapping[str, Any], spec: Spec, prefix: str, errors: list[FieldError],
            required_off: set[str]) -> dict[str, Any]:
    checked: dict[str, Any] = {}
    for key, value in body.items():
        if not isinstance(key, str) or key not in spec:
            close = difflib.get_close_matches(str(key), list(spec), n=1)
            if close:
                errors.append(FieldError.said(_join(prefix, str(key)), QT_TRANSLATE_NOOP(
                    "FieldCheck", "not a field of this object (did you mean {field}?)"), field=repr(close[0])))
            else:
                errors.append(FieldError.said(_join(prefix, str(key)), QT_TRANSLATE_NOOP(
                    "FieldCheck", "not a field of this object")))
            continue
        if value is None:
            continue
        result = _value(value, spec[key], _join(prefix, key), errors, required_off)
        if result is not None:
            checked[key] = result
    for key, field in spec.items():
        path = _join(prefix, key)
        if field.required and path not in required_off and not _filled(body.get(key)):
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "required")))
    return checked


def _value(value: Any, field: F, path: str, errors: list[FieldError], required_off: set[str]) -> Any:
    kind = field.kind
    if isinstance(kind, ListOf):
        if not isinstance(value, list):
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a list")))
            return None
        return [_value(item, F(kind.kind), f"{path}[{i}]", errors, required_off) for i, item in enumerate(value)]
    if isinstance(kind, dict):
        if not isinstance(value, Mapping):
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be an object")))
            return None
        return _object(value, kind, path, errors, required_off)
    if isinstance(kind, type) and issubclass(kind, IntEnum):
        try:
            return int(E.parse_enum(kind, value))
        except ValueError:
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "expected one of {allowed}"),
                                          allowed=E.allowed(kind)))
            return None
    if kind == "str":
        if not isinstance(value, str):
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be text")))
            return None
        if any(ord(c) < 32 and c not in "\t\r\n" for c in value) or "\ufffe" in value or "\uffff" in value:
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "contains a control character")))
            return None
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "contains an invalid character")))
            return None
        if field.length is not None and len(value) > field.length:
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "at most {limit} characters"),
                                          limit=field.length))
            return None
        return value
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be true or false")))
        return None
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**31:
            return value
        whole = whole_number(value, max_digits=10) if isinstance(value, str) else None
        if whole is not None and abs(whole) < 2**31:
            return whole
        errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a whole number")))
        return None
    if kind == "dec":
        number: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                number = None
        if number is None or not math.isfinite(number) or abs(number) >= 1e15:
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a number")))
            return None
        return int(number) if number.is_integer() and not isinstance(value, float) else number
    if kind == "date":
        try:
            day = parse_date(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        if not isinstance(day, dt.date) or not 1900 <= day.year <= 2999:
            errors.append(FieldError.said(path, QT_TRANSLATE_NOOP("FieldCheck", "must be a date yyyy-MM-dd")))
            return None
        return day.isoformat()
    raise AssertionError(f"unknown field kind {kind!r}")
