"""Reading a file a user hands FieldDesk (a push body, a corrected write): any bytes may arrive. The result
is the parsed JSON or an InputFileError that names the file and the problem; never another exception."""

from __future__ import annotations

import codecs
import json
import math
from pathlib import Path
from typing import Any

MAX_BYTES = 64 * 1024 * 1024  # far beyond any real push body; past it the file is surely not one


class InputFileError(ValueError):
    """The file cannot be used; the message names it and says why."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large a number")
    return value


def read_json_file(path: str) -> Any:
    if not path:
        raise InputFileError("--file: no file name given")
    file = Path(path)
    try:
        if file.is_dir():
            raise InputFileError(f"{path}: is a folder, not a file")
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(f"{path}: {size:,} bytes is too large for a FieldDesk input file")
        data = file.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if data.startswith(bom):
            raise InputFileError(f"{path}: is {name} text; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(f"{path}: byte {exc.start} is not UTF-8 text; save the file as UTF-8") from exc
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise InputFileError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise InputFileError(f"{path}: nested too deeply to be a FieldDesk input file") from exc
    except ValueError as exc:  # NaN/Infinity, 1e309, an integer of more than 4,300 digits
        raise InputFileError(f"{path}: not valid JSON ({exc})") from exc
