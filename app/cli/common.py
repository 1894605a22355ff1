"""What every noun of the command line shares: exit codes, bad input, reading a JSON file, messages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_VENDOR, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """Bad input from the user; exit 2."""


def err(message: str) -> None:
    print(f"fielddesk: {message}", file=sys.stderr)


def read_json_file(path: str) -> Any:
    """The JSON in `path`; InputError naming the file (and line:column) when it cannot be read or parsed."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from exc


def print_json(value: Any) -> None:
    """`--json` output: on stdout, and nothing else there."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def report_errors(reports: list[Any]) -> int:
    """Each vendor's failure on stderr; exit 1 when any failed."""
    failed = [r for r in reports if r.problem is not None]
    for report in failed:
        err(f"{report.problem} (queued writes are kept and will be sent on the next sync)")
    return EXIT_VENDOR if failed else EXIT_OK


def print_push_errors(file: str, exc: Any) -> None:
    """A PushValidationError: the file, then each bad field's path and problem."""
    err(f"{file}: invalid push-client body:")
    for problem in exc.errors:
        print(f"  {problem.path}: {problem.message}", file=sys.stderr)
