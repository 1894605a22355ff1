"""ui.qtconstants holds Qt enum values as ints (see its docstring); they must be Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import qtconstants as c


def test_the_constants_are_qts_values() -> None:
    role = Qt.ItemDataRole
    assert (c.DISPLAY_ROLE, c.DECORATION_ROLE, c.TOOLTIP_ROLE, c.TEXT_ALIGNMENT_ROLE, c.USER_ROLE) == (
        role.DisplayRole.value, role.DecorationRole.value, role.ToolTipRole.value, role.TextAlignmentRole.value,
        role.UserRole.value)
    align = Qt.AlignmentFlag
    assert (c.ALIGN_LEFT, c.ALIGN_H_CENTER, c.ALIGN_V_CENTER, c.ALIGN_CENTER) == (
        align.AlignLeft.value, align.AlignHCenter.value, align.AlignVCenter.value, align.AlignCenter.value)
    assert (c.HORIZONTAL, c.VERTICAL) == (Qt.Orientation.Horizontal.value, Qt.Orientation.Vertical.value)
    assert c.TOOL_BUTTON_TEXT_BESIDE_ICON == Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value
