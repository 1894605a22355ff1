"""Decode a large JSON answer element by element.

`json.loads` holds the GIL for the whole document: on 10,000 clients that is a stall of a few hundred
milliseconds for the UI thread even when decoding runs in a worker. Decoding the top-level container one
element at a time gives the interpreter a chance to switch threads between elements, with the same result.
"""

from __future__ import annotations

import json
from typing import Any

_decoder = json.JSONDecoder()
_WS = " \t\n\r"


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def _array(text: str, pos: int) -> tuple[list[Any], int]:
    """Decode the array starting at text[pos] == '[' element by element."""
    items: list[Any] = []
    pos = _skip(text, pos + 1)
    if pos < len(text) and text[pos] == "]":
        return items, pos + 1
    while True:
        item, pos = _decoder.raw_decode(text, _skip(text, pos))
        items.append(item)
        pos = _skip(text, pos)
        if pos >= len(text):
            raise json.JSONDecodeError("unterminated array", text, pos)
        if text[pos] == "]":
            return items, pos + 1
        if text[pos] != ",":
            raise json.JSONDecodeError("expected ',' or ']'", text, pos)
        pos += 1


def _value(text: str, pos: int) -> tuple[Any, int]:
    pos = _skip(text, pos)
    if pos < len(text) and text[pos] == "[":
        return _array(text, pos)
    return _decoder.raw_decode(text, pos)


def loads(content: bytes | str) -> Any:
    """Like json.loads; arrays at the top level or directly under a top-level key decode per element."""
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    if text.startswith("\ufeff"):
        text = text[1:]
    pos = _skip(text, 0)
    if pos < len(text) and text[pos] == "{":
        result: dict[str, Any] = {}
        pos = _skip(text, pos + 1)
        if pos < len(text) and text[pos] == "}":
            pos += 1
        else:
            while True:
                key, pos = _decoder.raw_decode(text, _skip(text, pos))
                if not isinstance(key, str):
                    raise json.JSONDecodeError("expected a key", text, pos)
                pos = _skip(text, pos)
                if pos >= len(text) or text[pos] != ":":
                    raise json.JSONDecodeError("expected ':'", text, pos)
                result[key], pos = _value(text, pos + 1)
                pos = _skip(text, pos)
                if pos < len(text) and text[pos] == "}":
                    pos += 1
                    break
                if pos >= len(text) or text[pos] != ",":
                    raise json.JSONDecodeError("expected ',' or '}'", text, pos)
                pos += 1
        value: Any = result
    else:
        value, pos = _value(text, pos)
    if _skip(text, pos) != len(text):
        raise json.JSONDecodeError("extra data", text, pos)
    return value
