"""Register a measuring device (§19 create-device) and link or unlink a device and a technician (§20)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.staff_rules import StaffValidationError, device_body, validate_device_body
from ui.errors import error_boundary
from ui.forms.technician_form import error_label, field_with_error, problem_text
from ui.models.devices import group_name
from ui.widgets import GuardedDialog, grow_to_fit

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: The instruments each group is measured with (§19: heating testo 300/330, cooling testo 557s; a testo 330 is
#: also used on cooling installations).
TYPES_BY_GROUP = {"heating": ("testo 300", "testo 330"), "cooling": ("testo 557s", "testo 330")}


def _date_edit(parent: QWidget, when: QDate) -> QDateEdit:
    edit = QDateEdit(when, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setMinimumDate(QDate(1990, 1, 1))
    return edit


class RegisterDeviceDialog(GuardedDialog):
    draft_kind = "device"

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.queued_id: int | None = None
        self.setWindowTitle(self.tr("Register a measuring device"))
        intro = QLabel(self.tr("The device is registered with Pro+ at the next sync; it is listed here at once."),
                       self)
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)  # the dialog's width; its height follows the problems shown
        self.group = QComboBox(self)
        for group in TYPES_BY_GROUP:
            self.group.addItem(group_name(group), group)
        self.kind = QComboBox(self)
        self.group.currentIndexChanged.connect(self._group_changed)
        self._group_changed()
        self.serial = QLineEdit(self)
        self.serial.setObjectName("field_serial_number")
        self.serial.setPlaceholderText(self.tr("As printed on the instrument"))
        self.serial.textEdited.connect(lambda _t: self.show_problems())
        today = QDate.currentDate()
        self.purchased = _date_edit(self, today)
        self.made = _date_edit(self, today.addMonths(-3))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Type"), self.kind)
        for label, key, editor in ((self.tr("Serial number"), "serial_number", self.serial),
                                   (self.tr("Purchase date"), "purchase_date", self.purchased),
                                   (self.tr("Manufacturing date"), "mfg_date", self.made)):
            box, self.errors[key] = field_with_error(editor, self, label)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._touched = False

    def _group_changed(self) -> None:
        current = self.kind.currentData()
        self.kind.clear()
        for kind in TYPES_BY_GROUP[self.group.currentData()]:
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))

    def body(self) -> dict[str, Any]:
        return device_body(self.group.currentData(), self.kind.currentData(), self.serial.text().strip(),
                           self.purchased.date().toString("yyyy-MM-dd"), self.made.date().toString("yyyy-MM-dd"))

    def show_problems(self, *, all_fields: bool = False, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        self._touched = self._touched or all_fields
        problems: dict[str, str] = dict(extra or {})
        try:
            validate_device_body(self.body())
        except StaffValidationError as exc:
            for error in exc.errors:
                problems.setdefault(error.path, problem_text(error))
        for key, label in self.errors.items():
            message = problems.get(key) if self._touched or key != "serial_number" or self.serial.text() else None
            label.setText(message or "")
            label.setVisible(bool(message))
        grow_to_fit(self)
        return problems

    def save(self) -> bool:
        if self.show_problems(all_fields=True):
            return False
        with error_boundary(self, self.tr("Registering the device")):
            try:
                self.queued_id = self.desk.staff.queue_device(self.body())
            except StaffValidationError as exc:  # already registered (checked against the cache)
                self.show_problems(extra={e.path: problem_text(e) for e in exc.errors})
                return False
            self.accept()
            return True
        return False


class LinkDialog(QDialog):
    """Give a device to a technician (`action` "link") or take it back ("unlink")."""

    def __init__(self, desk: FieldDesk, device: Mapping[str, Any], technicians: Sequence[Mapping[str, Any]],
                 action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.device, self.action = desk, device, action
        self.queued_id: int | None = None
        holders = {a["technician_id"] for a in device.get("technicians") or [] if not a.get("removed_on")}
        # Only technicians Pro+ has numbered can be linked; unlinking offers the ones who have it now.
        choices = [t for t in technicians if t.get("id") is not None
                   and ((t["id"] in holders) == (action == "unlink"))]
        name = f"{device.get('type') or ''} {device.get('serial_number') or ''}".strip()
        self.setWindowTitle(self.tr("Link device") if action == "link" else self.tr("Unlink device"))
        question = (self.tr("Give {device} to:") if action == "link" else self.tr("Take {device} back from:"))
        label = QLabel(question.format(device=name), self)
        label.setMinimumWidth(360)
        self.technician = QComboBox(self)
        for technician in choices:
            self.technician.addItem(f"{technician['name']} ({technician.get('external_id') or technician['id']})",
                                    technician["id"])
        self.error = error_label(self)
        if not choices:
            self.error.setText(self.tr("No technician can be chosen: none has this device.") if action == "unlink"
                               else self.tr("No technician can be chosen: every technician known to Pro+ has it."))
            self.error.show()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Pro+ records the date; the change is sent with the next sync."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Technician"), self.technician)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        technician = self.technician.currentData()
        if technician is None:
            return False
        device = self.device["id"] if self.device.get("id") is not None else self.device["local_id"]
        with error_boundary(self, self.tr("Changing who has the device")):
            try:
                self.queued_id = self.desk.staff.queue_link(device, technician, self.action)
            except StaffValidationError as exc:
                self.error.setText(problem_text(exc.errors[0]))
                self.error.show()
                return False
            self.accept()
            return True
        return False

