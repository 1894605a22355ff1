"""The form's checks: the push-client validator the CLI uses, run on the record the form would save.

`app.vendors.proplus.validate` is the one place for the Pro+ field rules; this module only runs it on
`{"client": [record]}` and turns its path-addressed problems ("client[0].heating_appliance[1].brussels.
device_year: must be a 4-digit year") into sentences naming the field for the widget at that path, in the
user's language (each problem is a `FieldError` said with a template, context "FieldCheck": `field_problem`).

One rule is added here until the validator has it: a Belgian postal code has 4 digits (the validator only
asks for a whole number). It is applied where the region says the address is in Belgium.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.entities import normalise_region
from app.services.proplus import FieldError, PushValidationError, validate_push_body
from ui.labels import field_problem

ROOT = "client[0]"
_BELGIAN_POSTAL_CODE = re.compile(r"[1-9][0-9]{3}")
_POSTAL_CODE_TEMPLATE = str(QT_TRANSLATE_NOOP("FieldCheck", "must be 4 digits (a Belgian postal code)"))


def record_problems(record: Mapping[str, Any]) -> dict[str, FieldError]:
    """Problems of a client record (appliances included), by path relative to the client
    (`name`, `heating_appliance[0].brussels.device_year`); the first problem of each path."""
    problems: dict[str, FieldError] = {}
    try:
        validate_push_body({"client": [dict(record)]})
    except PushValidationError as exc:
        for error in exc.errors:
            problems.setdefault(_relative(error), error)
    for path, error in _postal_code_problems(record).items():
        problems.setdefault(path, error)
    return problems


def _relative(error: FieldError) -> str:
    path = error.path
    if path == ROOT:
        return ""
    return path.removeprefix(ROOT + ".") if path.startswith(ROOT + ".") else path


def _postal_code_problems(record: Mapping[str, Any]) -> dict[str, FieldError]:
    found: dict[str, FieldError] = {}
    client_region = normalise_region(record.get("region"))

    def check(path: str, value: object, belgian: bool) -> None:
        text = "" if value is None else str(value).strip()
        if belgian and text and not _BELGIAN_POSTAL_CODE.fullmatch(text):
            found[path] = FieldError.said(path, _POSTAL_CODE_TEMPLATE)

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


def field_message(label: str, error: FieldError, *, choice: bool = False) -> str:
    """"Name" + "required" -> "Name is required"; "Appliance year" + "must be a 4-digit year" -> ..., the problem
    in the user's language (`field_problem`); the sentence's shape follows its English words.

    `choice`: the field is a drop-down, where "must be one of 0, 1, 2" (codes) means nothing to a user.
    """
    problem = error.message
    if choice and problem.startswith("must be one of"):
        return QCoreApplication.translate("ClientForm", "{field}: choose one of the listed values").format(
            field=label)
    if problem == "required":
        return QCoreApplication.translate("ClientForm", "{field} is required").format(field=label)
    said = field_problem(error)
    if problem.startswith(("must ", "may ")):
        return QCoreApplication.translate("ClientForm", "{field} {problem}").format(field=label, problem=said)
    if problem.startswith("not "):
        return QCoreApplication.translate("ClientForm", "{field} is {problem}").format(field=label, problem=said)
    return QCoreApplication.translate("ClientForm", "{field}: {problem}").format(field=label, problem=said)
