"""ui.qtconstants holds Qt enum values as ints (see its docstring); they must be Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import qtconstants as c


def test_the_constants_are_qts_values() -> None:
    role, align = Qt.ItemDataRole, Qt.AlignmentFlag
    expected = {
        "DISPLAY_ROLE": role.DisplayRole, "DECORATION_ROLE": role.DecorationRole, "TOOLTIP_ROLE": role.ToolTipRole,
        "TEXT_ALIGNMENT_ROLE": role.TextAlignmentRole, "USER_ROLE": role.UserRole,
        "ALIGN_LEFT": align.AlignLeft, "ALIGN_H_CENTER": align.AlignHCenter, "ALIGN_V_CENTER": align.AlignVCenter,
        "ALIGN_CENTER": align.AlignCenter, "HORIZONTAL": Qt.Orientation.Horizontal, "VERTICAL": Qt.Orientation.Vertical,
        "TOOL_BUTTON_TEXT_BESIDE_ICON": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    }
    assert {name: getattr(c, name) for name in expected} == {name: value.value for name, value in expected.items()}
