"""Checks on values read from user files and vendor answers, shared by every vendor's validation.

`str.isdigit()` alone is not enough: it accepts superscripts and other Unicode digits ("¹", "٣")
that `int()` refuses, so every whole-number parse goes through `whole_number`.
"""

from __future__ import annotations


def whole_number(value: object, max_digits: int = 18) -> int | None:
    """`value` as an int when it is one, or ASCII decimal text (optionally signed) of at most `max_digits`."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if len(str(abs(value))) <= max_digits else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    digits = text[1:] if text[:1] in "+-" and len(text) > 1 else text
    if not (digits.isascii() and digits.isdigit()) or len(digits) > max_digits:
        return None
    return int(text)


def is_text(value: str) -> bool:
    """Valid Unicode (no lone surrogate, which JSON allows and no file or database can store)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
