"""Translated names for values the domain keeps as codes (regions, appliance kinds, outbox states).

Kept in one place so every pane and model shows the same words; `pyside6-lupdate` finds the strings
through the literal `QCoreApplication.translate("Labels", ...)` calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.services.startup import vendor_label

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.services.customers import FieldError
    from app.services.fielddesk import OutboxEntry
    from app.services.sync import Text


def region_name(region: str | None) -> str:
    """'brussels' / 'flanders' / 'wallonia' as the user reads it; '' when unknown."""
    if region == "brussels":
        return QCoreApplication.translate("Labels", "Brussels")
    if region == "flanders":
        return QCoreApplication.translate("Labels", "Flanders")
    if region == "wallonia":
        return QCoreApplication.translate("Labels", "Wallonia")
    return region or ""


def kind_name(kind: str | None) -> str:
    if kind == "heating":
        return QCoreApplication.translate("Labels", "Heating")
    if kind == "cooling":
        return QCoreApplication.translate("Labels", "Cooling")
    return kind or ""


def outbox_state_name(state: str) -> str:
    if state == "pending":
        return QCoreApplication.translate("Labels", "Waiting to be sent")
    if state == "rejected":
        return QCoreApplication.translate("Labels", "Rejected")
    return state


def said(text: Text | None, english: str) -> str:
    """FieldDesk's words about a vendor (`Text`, context "VendorError") in the user's language; `english` when
    there is no text or its translation does not fit it."""
    return _translated("VendorError", text, english)


def _translated(context: str, text: Text | None, english: str) -> str:
    if text is None:
        return english
    try:
        return _translate(context, text)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}: the English text still says it
        return english


def _translate(context: str, text: Text) -> str:
    """`text` in the user's language, and each `Text` among its values (a word it names: `{kind}`, "a list") in the
    same context before it fills the template."""
    values = {name: _translate(context, cast("Text", value)) if _is_text(value) else value
              for name, value in text.values.items()}
    return QCoreApplication.translate(context, text.template).format(**values)


def _is_text(value: object) -> bool:
    """Whether a value is a `Text`, read by its attributes (as `problem_text` reads errors: no sync module needed)."""
    return (isinstance(value, tuple) and isinstance(getattr(value, "template", None), str)
            and isinstance(getattr(value, "values", None), Mapping))


def field_problem(error: FieldError) -> str:
    """What a field check found wrong with one field (`FieldError`), in the user's language when FieldDesk said it
    with a template (context "FieldCheck"); its English `message` otherwise, or when the translation does not fit."""
    return _translated("FieldCheck", error.text, error.message)


def field_problems(errors: Iterable[FieldError]) -> str:
    """Every problem of a body check, one a line, each after its field's path ("path: problem")."""
    return "\n".join(f"{e.path}: {field_problem(e)}" if e.path else field_problem(e) for e in errors)


def outbox_summary(entry: OutboxEntry) -> str:
    """What a queued write does, in the user's language when it was queued with a template (else as stored)."""
    return _translated("Outbox", entry.summary_template, entry.summary)


def outbox_error(entry: OutboxEntry) -> str:
    """Why a queued write's last try failed: FieldDesk's words in the user's language, a vendor's as it said them."""
    return said(entry.last_error_template, entry.last_error or "")


def problem_text(error: object) -> str:
    """What went wrong. A vendor error (`VendorError`: read by its attributes, so the first frame needs no sync
    module) in FieldDesk's own words in the user's language, or the vendor's words as it said them; a body check's
    problems (`BodyValidationError`) each after its field, in the user's language."""
    problems = getattr(error, "errors", None)
    if isinstance(error, ValueError) and isinstance(problems, list) and problems and all(
            isinstance(getattr(p, "path", None), str) and isinstance(getattr(p, "message", None), str)
            for p in problems):
        return field_problems(cast("list[FieldError]", problems))
    message, text = getattr(error, "message", None), getattr(error, "text", None)
    if not isinstance(message, str) or not isinstance(getattr(error, "vendor", None), str):
        return str(error)
    return said(cast("Text | None", text), message)


def vendor_problem(error: object) -> str:
    """`problem_text` after the vendor's name, for messages that may name several vendors."""
    vendor = getattr(error, "vendor", None)
    return f"{vendor_name(vendor)}: {problem_text(error)}" if isinstance(vendor, str) else str(error)


def vendor_name(vendor: str) -> str:
    """The vendor's name as the vendor registry gives it (brand names are not translated)."""
    return vendor_label(vendor)


def sync_phase_name(phase: str) -> str:
    if phase == "send":
        return QCoreApplication.translate("Labels", "sending changes")
    if phase == "pull":
        return QCoreApplication.translate("Labels", "downloading")
    if phase == "save":
        return QCoreApplication.translate("Labels", "saving")
    return phase


def proplus_label(block: str, field: str) -> str:
    """A Pro+ field's label in the user's language."""
    # Imported here: only the appliances pane needs the Pro+ enumerations, and not for the first paint.
    from app.services.proplus import field_label

    return QCoreApplication.translate("ProPlus", field_label(block, field))


def proplus_value(block: str, field: str, value: object) -> str:
    """A Pro+ value as the user reads it: enumeration codes become translated labels."""
    from app.services.proplus import REGION_FIELDS, describe_value, enumeration  # see proplus_label

    text = describe_value(block, field, value)
    if text and (enumeration(block, field) is not None or (block, field) in REGION_FIELDS):
        return QCoreApplication.translate("ProPlus", text)
    return text  # free text (a make, a serial number) is shown as typed, never "translated"


def local_time(iso: str | None) -> str:
    """An ISO-8601 timestamp (UTC or with offset; without one, local) in the user's local time and date
    format."""
    if not iso:
        return ""
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone()  # the local time zone
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no user locale (e.g. LANG=C): ISO reads best
        return stamp.strftime("%Y-%m-%d %H:%M")
    pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # short formats often use two-digit years; a record's date needs all four
        pattern = pattern.replace("yy", "yyyy")
    local = QDateTime(QDate(stamp.year, stamp.month, stamp.day), QTime(stamp.hour, stamp.minute, stamp.second))
    return locale.toString(local, pattern)
