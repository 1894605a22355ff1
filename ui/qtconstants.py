"""Values of Qt enums as plain ints, for the code that runs before the window's first frame.

The first time anything in Qt's `Qt` namespace is touched from Python (an enum value, an argument or a
return value of that type), PySide builds all of its 93 Python enums at once: about 30 ms, a sixth of
a bare window's start-up. The main window paints its first frame without that: item models compare
roles with these ints (Qt passes roles as ints), enum-typed widget settings are written as properties,
and header labels come from a C++ model (see `ui.widgets.RecordTable`). The values are part of Qt's
API and do not change; `tests/ui/test_qtconstants.py` checks them against the enums.
"""

from __future__ import annotations

# Qt::ItemDataRole
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 256

# Qt::AlignmentFlag
ALIGN_LEFT = 0x1
ALIGN_H_CENTER = 0x4
ALIGN_V_CENTER = 0x80
ALIGN_CENTER = ALIGN_H_CENTER | ALIGN_V_CENTER

# Qt::Orientation
HORIZONTAL = 1
VERTICAL = 2

# Qt::ToolButtonStyle
TOOL_BUTTON_TEXT_BESIDE_ICON = 2
