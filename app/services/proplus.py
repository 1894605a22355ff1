"""What the window's Pro+ forms and labels need from the Pro+ package: its field catalogue (labels,
enumerations), its validation and its record mapping. The UI imports these from here, not from the vendor."""

from app.vendors.proplus.enums import (
    BLOCK_FIELDS,
    REGION_FIELDS,
    REGION_LABELS,
    code_text,
    describe_value,
    enumeration,
    field_label,
    is_unset,
)
from app.vendors.proplus.mapping import APPLIANCE_LISTS, appliance_from_record, appliance_key, client_from_record
from app.vendors.proplus.validate import FieldError, PushValidationError, validate_push_body

__all__ = [
    "APPLIANCE_LISTS", "BLOCK_FIELDS", "REGION_FIELDS", "REGION_LABELS", "FieldError", "PushValidationError",
    "appliance_from_record", "appliance_key", "client_from_record", "code_text", "describe_value", "enumeration",
    "field_label", "is_unset", "validate_push_body",
]
