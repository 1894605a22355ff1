"""What the window's technician and device forms need from the Pro+ package: the codes and their names, the
body a form builds, and the checks (the same the command line runs). Imported when the pane opens."""

from app.vendors.proplus.staff import (
    DEVICE_GROUPS,
    DEVICE_TYPES,
    HEATING_ADVISER_TYPES,
    WORKING_MODES,
    FieldError,
    StaffValidationError,
    device_body,
    technician_body,
    validate_device_body,
    validate_technician_body,
)

__all__ = ["DEVICE_GROUPS", "DEVICE_TYPES", "HEATING_ADVISER_TYPES", "WORKING_MODES", "FieldError",
           "StaffValidationError", "device_body", "technician_body", "validate_device_body",
           "validate_technician_body"]
