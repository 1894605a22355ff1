"""Marking strings for translation without importing Qt.

`app/` must run without Qt, yet labels it defines (enumeration values, field names) are shown in the
GUI in English, Dutch or French. They are marked here with the name `pyside6-lupdate` recognises,
and `ui/` translates them at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
