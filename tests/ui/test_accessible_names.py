"""A screen reader can tell every control apart: each list, filter box, text box and button a user can reach with
the keyboard has an accessible name, as Qt's accessibility interface reports it to the screen reader (its own
name, or the label it is the buddy of)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.services.fielddesk import FieldDesk
from tests.ui.test_dialog_problems_fit import CASES
from tests.ui.test_pane_layout import first_start, wait_until
from ui.panes.registry import PANES

CONTROLS = (QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox, QAbstractButton, QTextEdit, QPlainTextEdit)


def unnamed(top: QWidget) -> list[str]:
    """The keyboard-reachable controls under `top` that a screen reader would announce without a name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # Qt's own parts of a control (a spin box's text, a combo box's list): the control is named
        parent = widget.parentWidget()
        if isinstance(widget, QAbstractItemView) and parent and parent.inherits("QComboBoxPrivateContainer"):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in "
                         f"{type(widget.window()).__name__}")
    return found


@pytest.mark.parametrize("pane", [spec.name for spec in PANES])
def test_every_control_of_a_pane_has_a_name(desk: FieldDesk, qtbot: Any, qloop: Any, pane: str) -> None:
    window = first_start(desk, qtbot, pane)
    shown = window.stack.currentWidget()
    wait_until(qloop, lambda: shown.isVisible())
    missing = unnamed(shown)
    assert not missing, "\n".join(missing)


def test_the_window_s_own_controls_have_names(desk: FieldDesk, qtbot: Any) -> None:
    window = first_start(desk, qtbot, "clients", read=False)
    assert unnamed(window.nav) == [] and QAccessible.queryAccessibleInterface(window.nav).text(
        QAccessible.Text.Name)


@pytest.mark.parametrize("make", [case[0] for case in CASES], ids=[case[0].__name__.strip("_") for case in CASES])
def test_every_control_of_a_dialog_has_a_name(desk: FieldDesk, qtbot: Any,
                                              make: Callable[[FieldDesk], QDialog]) -> None:
    dialog = make(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    missing = unnamed(dialog)
    assert not missing, "\n".join(missing)


def _others() -> list[Callable[[FieldDesk], QDialog]]:
    """The window's other dialogs, as it opens them."""
    from ui.dialogs.conflicts import ConflictsDialog
    from ui.dialogs.credentials import CredentialsDialog
    from ui.dialogs.settings import SyncSettingsDialog
    from ui.dialogs.webhook import WebhookDialog
    from ui.panes.certificates import FetchDialog
    from ui.panes.slots import CancelOrderDialog, TradeDialog
    from ui.webhook import WebhookControl

    def webhook(desk: FieldDesk) -> QDialog:
        control = WebhookControl(desk)
        dialog = WebhookDialog(control)
        control.setParent(dialog)
        return dialog

    return [ConflictsDialog, lambda _desk: CredentialsDialog("proplus", "", keyring=False),
            lambda _desk: SyncSettingsDialog(300), webhook, lambda _desk: FetchDialog(),
            lambda _desk: CancelOrderDialog("FD-24001"), lambda _desk: TradeDialog()]


@pytest.mark.parametrize("index", range(7), ids=["conflicts", "credentials", "settings", "webhook",
                                                 "fetch-certificates", "cancel-order", "by-trade"])
def test_every_control_of_the_other_dialogs_has_a_name(desk: FieldDesk, qtbot: Any, index: int) -> None:
    dialog = _others()[index](desk)
    qtbot.addWidget(dialog)
    dialog.show()
    missing = unnamed(dialog)
    assert not missing, "\n".join(missing)
