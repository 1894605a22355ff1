"""Wire models of Totalmobile Connect (document v1.34, section 2.0): field names exactly as documented.

Tolerant of what Connect (ASP.NET Web API) and the document do: unknown extra fields are kept; numbers and
booleans may come as strings ("5", "true"); "" means null for numbers, dates and enumerations; dates come as
`yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss` (with fraction or zone) or `yyyy-MM-dd HH:mm:ss` (BookingSummary's window),
and once in a while `dd-MM-yyyy`; enumerations come as numbers or as their names (enums.py), and a number the
document does not list is kept as a number rather than refusing the whole answer.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import IntEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError  # noqa: F401  (re-exported)

from app.vendors.totalmobile import enums as E
from app.vendors.totalmobile.enums import parse_enum

_DAY_FIRST = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def _blank_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def parse_date(value: Any) -> dt.date | None:
    value = _blank_none(value)
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, str):
        raise ValueError("expected a date yyyy-MM-dd")
    text = value.strip()
    found = _DAY_FIRST.match(text)
    if found:
        return dt.date(int(found[3]), int(found[2]), int(found[1]))
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError("expected a date yyyy-MM-dd") from None


def parse_datetime(value: Any) -> dt.datetime | None:
    value = _blank_none(value)
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if not isinstance(value, str):
        raise ValueError("expected a date and time yyyy-MM-dd HH:mm:ss")
    text = value.strip().replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    # .NET writes up to seven fractional digits; Python reads six.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        day = parse_date(value)
        assert day is not None
        return dt.datetime.combine(day, dt.time())


def _enum(enum: type[IntEnum]) -> Any:
    def check(value: Any) -> Any:
        value = _blank_none(value)
        if value is None:
            return None
        try:
            return parse_enum(enum, value)
        except ValueError:
            if isinstance(value, int) and not isinstance(value, bool):
                return value  # a value newer than the document: kept, shown as its number
            raise
    return BeforeValidator(check)


WireDate = Annotated[dt.date | None, BeforeValidator(parse_date)]
WireDateTime = Annotated[dt.datetime | None, BeforeValidator(parse_datetime)]
WireInt = Annotated[int | None, BeforeValidator(_blank_none)]
WireFloat = Annotated[float | None, BeforeValidator(_blank_none)]
WireBool = Annotated[bool | None, BeforeValidator(_blank_none)]


def _text(value: Any) -> Any:
    """Strings as sent; a number where the document says String (ids) becomes its text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return value


WireStr = Annotated[str | None, BeforeValidator(_text)]


class Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def wire(self) -> dict[str, Any]:
        """The JSON Connect takes: documented names, no unset fields, dates as yyyy-MM-dd."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


# -- authorisation ------------------------------------------------------------------------------------------------
class TokenAnswer(Wire):
    access_token: str
    token_type: str | None = "bearer"
    expires_in: WireInt = None
    user_name: WireStr = Field(None, alias="userName")
    issued: WireStr = Field(None, alias=".issued")
    expires: WireStr = Field(None, alias=".expires")


class ErrorAnswer(Wire):
    """The Error object: `Message` and `ModelState` (field -> list of messages)."""

    Message: WireStr = None
    ModelState: dict[str, Any] | None = None


# -- reference data -----------------------------------------------------------------------------------------------
class PlanningWindow(Wire):
    Id: int
    Name: WireStr = None
    StartHour: WireInt = None
    StartMinute: WireInt = None
    EndHour: WireInt = None
    EndMinute: WireInt = None

    @property
    def start(self) -> str:
        return f"{self.StartHour or 0:02d}:{self.StartMinute or 0:02d}"

    @property
    def end(self) -> str:
        return f"{self.EndHour or 0:02d}:{self.EndMinute or 0:02d}"


_PlanningWindow = PlanningWindow


class AttributeItem(Wire):
    AttributeName: WireStr = None
    Value: WireStr = None


class Attribute(Wire):
    OrderId: WireInt = None
    Attribute: list[AttributeItem] | None = None


class NameValuePair(Wire):
    Name: WireStr = None
    Value: WireStr = None


class JobCode(Wire):
    CodeExternalId: WireStr = None
    Description: WireStr = None
    ShortDescription: WireStr = None
    ContractExternalId: WireStr = None
    WorkTypeExternalId: WireStr = None
    WorkCategoryExternalId: WireStr = None
    SortCode: WireStr = None
    UnitOfMeasure: WireStr = None
    StandardMinuteValue: WireInt = None
    ResourceCategoryExternalId: WireStr = None
    ResourceSubCategoryExternalId: WireStr = None
    SkillExternalId: WireStr = None
    Quantity: WireFloat = None
    StandardPrice: WireFloat = None
    StandardCost: WireFloat = None
    Location: WireStr = None
    Planned: WireBool = None
    CostCentre: WireStr = None
    AccountCode: WireStr = None
    SorSequenceNumber: WireStr = None
    TradeCode: WireStr = None
    IsPricingOnly: WireBool = None
    Capital: WireBool = None
    DiagnosticCode: WireBool = None


class Code(Wire):
    CodeExternalId: WireStr = None
    LocationExternalId: WireStr = None
    Quantity: WireFloat = None


class RateBook(Wire):
    CodeExternalId: WireStr = None
    ContractExternalId: WireStr = None
    ContractName: WireStr = None
    Price: WireFloat = None


# -- customers and contacts ---------------------------------------------------------------------------------------
class Address(Wire):
    ExternalId: WireStr = None
    Line1: WireStr = None
    Line2: WireStr = None
    Line3: WireStr = None
    City: WireStr = None
    PostCode: WireStr = None
    Region: WireStr = None


_Address = Address


class Contact(Wire):
    ExternalId: WireStr = None
    Address: _Address | None = None
    FirstName: WireStr = None
    LastName: WireStr = None
    HomePhone: WireStr = None
    WorkPhone: WireStr = None
    MobilePhone: WireStr = None
    EmailAddress: WireStr = None


_Contact = Contact


class InvoiceAddress(Wire):
    ContactName: WireStr = None
    ContactMobileNumber: WireStr = None
    ContactLandlineNumber: WireStr = None
    ContactEmailAddress: WireStr = None
    Line1: WireStr = None
    Line2: WireStr = None
    Line3: WireStr = None
    City: WireStr = None
    Region: WireStr = None
    PostCode: WireStr = None
    Country: WireStr = None
    Zone: WireStr = None


_InvoiceAddress = InvoiceAddress


class Customer(Wire):
    ExternalId: WireStr = None
    OrganisationExternalId: WireStr = None
    Name: WireStr = None
    LandlordReference: WireStr = None
    PrimaryContact: _Contact | None = None
    PrimaryAddress: _Address | None = None
    InvoiceAddress: _InvoiceAddress | None = None


_Customer = Customer


class OrderContact(Wire):
    ContactName: WireStr = None
    HomePhone: WireStr = None
    WorkPhone: WireStr = None
    MobilePhone: WireStr = None
    EmailAddress: WireStr = None
    MessagingPreference: Annotated[E.MessagingPreference | int | None, _enum(E.MessagingPreference)] = None
    ContactPreference: Annotated[E.ContactPreference | int | None, _enum(E.ContactPreference)] = None


_OrderContact = OrderContact


class CustomerAddress(Wire):
    ExternalId: WireStr = None
    Address1: WireStr = None
    Address2: WireStr = None
    Address3: WireStr = None
    City: WireStr = None
    PostCode: WireStr = None
    Region: WireStr = None
    PropertyType: WireStr = None
    OwnershipType: WireStr = None
    PropertyScheme: WireStr = None
    PropertyWarningDescription: WireStr = None
    AccessNotes: WireStr = None
    BuildDate: WireStr = None
    HousingAreaExternalId: WireStr = None
    NumberOfBedrooms: WireStr = None


_CustomerAddress = CustomerAddress


class CustomerContact(Wire):
    ExternalId: WireStr = None
    FirstName: WireStr = None
    LastName: WireStr = None
    Salutation: WireStr = None
    HomePhone: WireStr = None
    WorkPhone: WireStr = None
    MobilePhone: WireStr = None
    HomeEmail: WireStr = None
    WorkEmail: WireStr = None
    ContactPreference: Annotated[E.ContactPreference | int | None, _enum(E.ContactPreference)] = None
    MessagingPreference: Annotated[E.MessagingPreference | int | None, _enum(E.MessagingPreference)] = None
    ContactWarningDescription: WireStr = None


_CustomerContact = CustomerContact


class CustomerModel(Wire):
    """Customer (POST, version 4): a property with its address and contact."""

    ExternalId: WireStr = None
    Name: WireStr = None
    ParentExternalId: WireStr = None
    CustomerAddress: _CustomerAddress | None = None
    CustomerContact: _CustomerContact | None = None
    OrganisationExternalId: WireStr = None
    TenancyCommencementDate: WireDate = None
    TenancyType: WireStr = None
    PairedWorkingRequired: WireBool = None
    ContractArea: WireStr = None
    ExcludeForDecency: WireBool = None
    ExcludeForDecencyReasonExternalId: WireStr = None
    RepairingResponsibilityExternalId: WireStr = None
    LinkedPropertyForDecencyExternalId: WireStr = None
    Active: WireBool = None
    CustomFields: list[NameValuePair] | None = None


# -- sales orders -------------------------------------------------------------------------------------------------
class SalesOrder(Wire):
    OrderCloudId: WireStr = None
    PrimaryOrderNumber: WireStr = None
    SecondaryOrderNumber: WireStr = None
    UseExistingCustomerDetails: WireBool = None
    Customer: _Customer | None = None
    OrderContact: _OrderContact | None = None
    ContractExternalId: WireStr = None
    TargetDateUTC: WireDate = None
    PriorityExternalId: WireStr = None
    OrderStatus: Annotated[E.OrderStatus | int | None, _enum(E.OrderStatus)] = None
    LastVisitResultType: Annotated[E.VisitResultType | int | None, _enum(E.VisitResultType)] = None
    JobDescription: WireStr = None
    JobCodes: list[JobCode] | None = None
    CancelReason: WireStr = None
    CancelDescription: WireStr = None
    NeverMessage: WireBool = None
    TwoToAttend: WireBool = None
    IsInspectionJob: WireBool = None
    InvokeDiagnosis: WireBool = None
    PropertyWarningDescription: WireStr = None
    ContactWarningDescription: WireStr = None
    OrderSource: Annotated[E.OrderSource | int | None, _enum(E.OrderSource)] = None
    CrmId: WireStr = None
    CodeTemplateId: WireInt = None
    ContractorType: Annotated[E.ContractorType | int | None, _enum(E.ContractorType)] = None
    OutOfHours: WireBool = None
    WorkStream: WireStr = None


class SalesOrderUpdate(Wire):
    PrimaryOrderNumber: WireStr = None
    ContractExternalId: WireStr = None
    OrderStatus: Annotated[E.OrderStatus | int | None, _enum(E.OrderStatus)] = None
    JobDescription: WireStr = None
    PriorityExternalId: WireStr = None
    TargetDateUTC: WireDate = None
    CancelReason: WireStr = None
    CancelDescription: WireStr = None
    JobCodes: list[JobCode] | None = None


# -- availability and booking -------------------------------------------------------------------------------------
class Availability(Wire):
    """The availability request (sent as query parameters) and its echo in the answer."""

    PrimaryOrderNumber: WireStr = None
    Date: WireDate = None
    IgnoreWeekends: WireBool = None
    Duration: WireInt = None
    VisitExternalId: WireStr = None
    TwoToAttend: WireBool = None
    LimitByPreferredSkills: WireBool = None
    LimitByPreferredZones: WireBool = None
    LimitByValidZoneDays: WireBool = None
    OverrideTargetDate: WireBool = None
    OverrideTargetDateReason: WireStr = None
    NumberOfWeeks: WireInt = None
    ResourceExternalId: WireStr = None


_Availability = Availability


class AvailabilityDay(Wire):
    Date: WireDate = None
    AvailabilityStatus: Annotated[E.AvailabilityStatus | int | None, _enum(E.AvailabilityStatus)] = None
    TravelTime: WireInt = None


class AvailabilityPlanningWindow(Wire):
    PlanningWindowId: int
    AvailabilityDays: list[AvailabilityDay] = Field(default_factory=list)


class AvailabilityResponse(Wire):
    Availability: _Availability | None = None
    PlanningWindows: list[PlanningWindow] = Field(default_factory=list)
    AvailabilityPlanningWindows: list[AvailabilityPlanningWindow] = Field(default_factory=list)


class AvailabilityByTrade(Wire):
    Date: WireDate = None
    NumberOfWeeks: WireInt = None
    Skills: list[str] | None = None
    Postcode: WireStr = None
    SchedulingAttributes: list[AttributeItem] | None = None
    TargetDate: WireDate = None
    TwoToAttend: WireBool = None
    Duration: WireInt = None


_AvailabilityByTrade = AvailabilityByTrade


class AvailabilityByTradeResponse(Wire):
    Availability: _AvailabilityByTrade | None = None
    PlanningWindows: list[PlanningWindow] = Field(default_factory=list)
    AvailabilityPlanningWindows: list[AvailabilityPlanningWindow] = Field(default_factory=list)


class Booking(Wire):
    PrimaryOrderNumber: WireStr = None
    Date: WireDate = None
    PlanningWindowId: WireInt = None
    IgnoreWeekends: WireBool = None
    Duration: WireInt = None
    TwoToAttend: WireBool = None
    VisitExternalId: WireStr = None
    VisitInstructions: WireStr = None
    MessagingPreference: Annotated[E.MessagingPreference | int | None, _enum(E.MessagingPreference)] = None
    ShelveAppointment: WireBool = None
    LimitByPreferredSkills: WireBool = None
    LimitByPreferredZones: WireBool = None
    LimitByValidZoneDays: WireBool = None
    OverrideTargetDate: WireBool = None
    OverrideTargetDateReason: WireStr = None  # the document types it as a date; its name says text
    ResourceExternalId: WireStr = None


class BookingResponse(Wire):
    PrimaryOrderNumber: WireStr = None
    Date: WireDate = None
    PlanningWindow: _PlanningWindow | None = None
    Duration: WireInt = None
    IgnoreWeekends: WireBool = None
    TwoToAttend: WireBool = None
    VisitExternalId: WireStr = None
    VisitInstructions: WireStr = None
    MessagingPreference: Annotated[E.MessagingPreference | int | None, _enum(E.MessagingPreference)] = None
    LimitByPreferredSkills: WireBool = None
    LimitByPreferredZones: WireBool = None
    LimitByValidZoneDays: WireBool = None
    OverrideTargetDate: WireBool = None
    OverrideTargetDateReason: WireStr = None


class Appointment(Wire):
    PrimaryOrderNumber: WireStr = None
    OrderRaisedDate: WireDate = None
    VisitExternalId: WireStr = None
    VisitResultType: Annotated[E.VisitResultType | int | None, _enum(E.VisitResultType)] = None
    VisitResultTypeName: WireStr = None
    VisitStatus: Annotated[E.VisitStatus | int | None, _enum(E.VisitStatus)] = None
    VisitStatusName: WireStr = None
    Resource: WireStr = None
    VisitInstructions: WireStr = None
    OperativeComments: WireStr = None
    PlanningWindowStart: WireDateTime = None
    PlanningWindowEnd: WireDateTime = None


class BookingSummaryResponse(Wire):
    Customer: _Customer | None = None
    Appointments: list[Appointment] = Field(default_factory=list)


# -- sub-contractors, invoices, accounts ---------------------------------------------------------------------------
class BookSubContractorOrder(Wire):
    PrimaryOrderNumber: WireStr = None
    SupplierExternalId: WireStr = None


class BookSubContractorOrderResponse(Wire):
    PrimaryOrderNumber: WireStr = None
    SupplierExternalId: WireStr = None
    SupplierName: WireStr = None


class BookSubContractorOrderUpdateCode(Wire):
    CodeExternalId: WireStr = None
    LocationExternalId: WireStr = None
    Quantity: WireFloat = None


class BookSubContractorOrderUpdate(Wire):
    PrimaryOrderNumber: WireStr = None
    SubcontractOrderId: WireInt = None
    CustomerExternalId: WireStr = None
    CategoryExternalId: WireStr = None
    Comments: WireStr = None
    Codes: list[BookSubContractorOrderUpdateCode] | None = None


class PurchaseInvoiceLine(Wire):
    CodeExternalId: WireStr = None
    UnitCost: WireFloat = None
    LineCost: WireFloat = None
    Description: WireStr = None
    PrimaryOrderNumber: WireStr = None
    PurchasingCardNumber: WireStr = None
    ResourceExternalId: WireStr = None
    Quantity: WireInt = None
    UOM: WireStr = None
    DeliveryDate: WireDate = None
    PurchaseOrderNumber: WireStr = None


class PurchaseInvoice(Wire):
    SupplierExternalId: WireStr = None
    PurchaseInvoiceCategory: Annotated[E.PurchaseInvoiceCategory | int | None, _enum(E.PurchaseInvoiceCategory)] = None
    SupplierInvoiceReference: WireStr = None
    InvoiceDateUTC: WireDate = None
    PaymentTerms: Annotated[E.PaymentTerms | int | None, _enum(E.PaymentTerms)] = None
    EarlySettlementDiscount: WireBool = None
    EarlySettlementDiscountPercent: WireStr = None
    EarlySettlementDiscountValue: WireFloat = None
    EarlySettlementDate: WireDate = None
    GoodsValue: WireFloat = None
    DeliveryCost: WireFloat = None
    OtherCosts: WireFloat = None
    VAT: WireFloat = None
    LabourCost: WireFloat = None
    Comments: WireStr = None
    PurchaseInvoiceLines: list[PurchaseInvoiceLine] | None = None


class UserAccount(Wire):
    UserName: WireStr = None
    FirstName: WireStr = None
    LastName: WireStr = None
    Email: WireStr = None
    ProfileName: WireStr = None
    Token: WireStr = None
    Url: WireStr = None


class ResponseCallback(Wire):
    CloudExternalId: WireStr = None
    StatusCode: WireInt = None
    Message: WireStr = None
