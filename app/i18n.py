"""Marking strings for translation without importing Qt.

`app/` must run without Qt, yet labels it defines (enumeration values, field names) are shown in the
GUI in English, Dutch or French. They are marked here with the name `pyside6-lupdate` recognises,
and `ui/` translates them at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Text(NamedTuple):
    """A message as a template (English, marked with `QT_TRANSLATE_NOOP`) and the values its `{names}` take: the
    window shows it in the user's language, the command line and the log in English.

    A value may itself be a `Text`: a word or phrase the template names (`{kind}`: "a list"), marked for translation
    in the same context, so the window says it in the user's language too. In English, and wherever a `Text` fills
    a template with `str.format`, it says its English."""

    template: str
    values: Mapping[str, Any] = {}

    def english(self) -> str:
        return self.template.format(**{name: value.english() if isinstance(value, Text) else value
                                       for name, value in self.values.items()})

    def __format__(self, spec: str) -> str:
        # A Text filling a template (`FieldError.said` fills its English message with `str.format`) says its English.
        return format(self.english(), spec)

    def as_json(self) -> dict[str, Any]:
        """The JSON object `dumps` writes: {"template": ..., "values": {...}}, a nested Text as the same kind of
        object in its value's place."""
        return {"template": self.template,
                "values": {name: value.as_json() if isinstance(value, Text) else value
                           for name, value in self.values.items()}}

    def dumps(self) -> str:
        """The JSON form a cache column keeps (read back with `read_text`)."""
        return json.dumps(self.as_json(), ensure_ascii=False)


#: How deep `read_text` follows Texts nested in values; deeper JSON is not FieldDesk's (one level is all it writes).
_MAX_NESTING = 8


def read_text_saying(stored: str | None, english: str | None) -> Text | None:
    """`read_text`, while the text still says `english`, the English column beside it (an older build, without the
    template column, rewrites the English one alone)."""
    text = read_text(stored)
    try:
        return text if text is not None and text.english() == english else None
    except (KeyError, IndexError, ValueError):  # a template its values do not fill
        return None


def read_text(stored: str | None) -> Text | None:
    """A `Text` from its JSON form; None for anything else (written by hand, or damaged): the English text stored
    beside it still says it. A value that is itself a {"template": text, "values": {...}} object (nothing else) is a
    nested `Text`; any other value, as every value of a row written before Texts nested, is read as it is."""
    try:
        found = json.loads(stored) if stored else None
        return _text_from_json(found, 0) if isinstance(found, dict) else None
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def _text_from_json(found: dict[str, Any], depth: int) -> Text:
    if depth > _MAX_NESTING:
        raise ValueError("Texts nested too deep")
    values = {name: _text_from_json(value, depth + 1) if _is_text_json(value) else value
              for name, value in dict(found["values"]).items()}
    return Text(str(found["template"]), values)


def _is_text_json(value: object) -> bool:
    return (isinstance(value, dict) and value.keys() == {"template", "values"} and isinstance(value["template"], str)
            and isinstance(value["values"], dict))
