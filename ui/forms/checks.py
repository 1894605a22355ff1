"""The form's checks: the push-client validator the CLI uses, run on the record the form would save.

`app.vendors.proplus.validate` is the one place for the Pro+ field rules; this module only runs it on
`{"client": [record]}` and turns its path-addressed problems ("client[0].heating_appliance[1].brussels.
device_year: must be a 4-digit year") into sentences naming the field for the widget at that path.

One rule is added here until the validator has it: a Belgian postal code has 4 digits (the validator only
asks for a whole number). It is applied where the region says the address is in Belgium.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.entities import normalise_region
from app.services.proplus import FieldError, PushValidationError, validate_push_body

ROOT = "client[0]"
_BELGIAN_POSTAL_CODE = re.compile(r"[1-9][0-9]{3}")
POSTAL_CODE_MESSAGE = "must be 4 digits (a Belgian postal code)"


def record_problems(record: Mapping[str, Any]) -> dict[str, str]:
    """Problems of a client record (appliances included), by path relative to the client
    (`name`, `heating_appliance[0].brussels.device_year`); the first problem of each path."""
    problems: dict[str, str] = {}
    try:
        validate_push_body({"client": [dict(record)]})
    except PushValidationError as exc:
        for error in exc.errors:
            problems.setdefault(_relative(error), error.message)
    for path, message in _postal_code_problems(record).items():
        problems.setdefault(path, message)
    return problems


def _relative(error: FieldError) -> str:
    path = error.path
    if path == ROOT:
        return ""
    return path.removeprefix(ROOT + ".") if path.startswith(ROOT + ".") else path


def _postal_code_problems(record: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    client_region = normalise_region(record.get("region"))

    def check(path: str, value: object, belgian: bool) -> None:
        text = "" if value is None else str(value).strip()
        if belgian and text and not _BELGIAN_POSTAL_CODE.fullmatch(text):
            found[path] = POSTAL_CODE_MESSAGE

    check("postal_code", record.get("postal_code"), client_region is not None)
    for key in ("heating_appliance", "cooling_appliance"):
        appliances = record.get(key)
        if not isinstance(appliances, list):
            continue
        for index, appliance in enumerate(appliances):
            if isinstance(appliance, Mapping):
                region = normalise_region(appliance.get("region")) if key == "heating_appliance" else None
                check(f"{key}[{index}].post_code", appliance.get("post_code"),
                      (region or client_region) is not None)
    return found


def field_message(label: str, problem: str, *, choice: bool = False) -> str:
    """"Name" + "required" -> "Name is required"; "Appliance year" + "must be a 4-digit year" -> ...

    `choice`: the field is a drop-down, where "must be one of 0, 1, 2" (codes) means nothing to a user.
    """
    if choice and problem.startswith("must be one of"):
        return QCoreApplication.translate("ClientForm", "{field}: choose one of the listed values").format(
            field=label)
    problem_text = QCoreApplication.translate("ProPlusValidation", problem)
    if problem == "required":
        return QCoreApplication.translate("ClientForm", "{field} is required").format(field=label)
    if problem.startswith(("must ", "may ")):
        return QCoreApplication.translate("ClientForm", "{field} {problem}").format(
            field=label, problem=problem_text)
    if problem.startswith("not "):
        return QCoreApplication.translate("ClientForm", "{field} is {problem}").format(
            field=label, problem=problem_text)
    return QCoreApplication.translate("ClientForm", "{field}: {problem}").format(field=label, problem=problem_text)
