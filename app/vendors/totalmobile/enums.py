"""Totalmobile Connect's enumerations, as the document (v1.34) lists them.

Connect sends and accepts them as integers. Quirks kept here, in one place:

- the MessagingPreference table has its columns swapped in the document ("Name 0, Value Message"); the values are
  0 Message, 1 DontMessage, 2 NeverMessage all the same;
- a name ("Booked") is accepted wherever a number is expected, since ASP.NET's JSON reader takes both, and a
  number sent as a string ("5") too.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TypeVar

from app.vendors.values import whole_number


class ContactPreference(IntEnum):
    NONE = 0
    EMAIL_ONLY = 1
    MOBILE_TEXT_ONLY = 2
    HOME_TEXT_ONLY = 3
    EMAIL_AND_MOBILE_TEXT = 4
    EMAIL_AND_HOME_TEXT = 5


class MessagingPreference(IntEnum):
    MESSAGE = 0
    DONT_MESSAGE = 1
    NEVER_MESSAGE = 2


class OrderStatus(IntEnum):
    NONE = 0
    CANCEL = 11


class OrderSource(IntEnum):
    DEFAULT = 0
    TENANT_PORTAL = 1


class VisitStatus(IntEnum):
    PLANNED = 0
    ACCEPTED = 1
    STARTED = 2
    COMPLETED = 3
    PENDING_DELETION = 4
    BOOKED = 5
    SHELVED = 6


class VisitResultType(IntEnum):
    COMPLETED = 0
    NO_ACCESS = 1
    FOLLOW_ON_REQUIRED = 2
    ABANDON = 3


class AvailabilityStatus(IntEnum):
    NOT_AVAILABLE = 0
    AVAILABLE = 1
    PREFERRED = 2


class ContractorType(IntEnum):
    INTERNAL = 0
    EXTERNAL = 1


#: OrderContractorType has the same values as ContractorType in the document.
OrderContractorType = ContractorType


class PaymentTerms(IntEnum):
    NOT_APPLICABLE = 0  # "N/A"
    NET_MONTHLY = 1
    NO_DAYS = 2


class PurchaseInvoiceCategory(IntEnum):
    PURCHASE_ORDER = 0
    SUBCONTRACTOR_ORDER = 1


#: The document's names where they are not the member's name in CamelCase. Keyed by (enumeration, value): members
#: of different IntEnums with the same value are equal, and would share one dict entry.
_SPECIAL_NAMES: dict[tuple[type, int], str] = {(PaymentTerms, 0): "N/A"}

E = TypeVar("E", bound=IntEnum)


def wire_name(member: IntEnum) -> str:
    """The document's name of a value: "NotAvailable", "PendingDeletion", "N/A"."""
    special = _SPECIAL_NAMES.get((type(member), int(member)))
    return special or "".join(part.capitalize() for part in member.name.split("_"))


def parse_enum(enum: type[E], value: object) -> E:
    """A member from a number, a numeric string or the document's name (any case); ValueError when none."""
    if isinstance(value, bool):
        raise ValueError(f"expected one of {allowed(enum)}")
    if isinstance(value, int):
        return enum(value)
    if isinstance(value, str):
        text = value.strip()
        number = whole_number(text, max_digits=10)
        if number is not None:
            return enum(number)
        folded = text.replace(" ", "").replace("_", "").casefold()
        for member in enum:
            if folded in (wire_name(member).casefold().replace("/", ""), member.name.replace("_", "").casefold()):
                return member
    raise ValueError(f"expected one of {allowed(enum)}")


def allowed(enum: type[IntEnum]) -> str:
    return ", ".join(f"{m.value} ({wire_name(m)})" for m in enum)
