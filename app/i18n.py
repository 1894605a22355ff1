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
    window shows it in the user's language, the command line and the log in English."""

    template: str
    values: Mapping[str, Any] = {}

    def english(self) -> str:
        return self.template.format(**self.values)

    def dumps(self) -> str:
        """The JSON form a cache column keeps (read back with `read_text`)."""
        return json.dumps({"template": self.template, "values": dict(self.values)}, ensure_ascii=False)


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
    beside it still says it."""
    try:
        found = json.loads(stored) if stored else None
        return Text(str(found["template"]), dict(found["values"])) if isinstance(found, dict) else None
    except (ValueError, KeyError, TypeError):
        return None
