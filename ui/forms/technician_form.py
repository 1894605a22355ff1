"""Add or update a Pro+ technician: every field of create-technician (§15.2), each with its problem shown under
it as the user types. The checks are the ones `fielddesk technicians create` runs (`validate_technician_body`);
Save queues the write (the cache shows it at once, the sync sends it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.staff_rules import HEATING_ADVISER_TYPES, StaffValidationError, validate_technician_body
from ui.errors import error_boundary
from ui.labels import field_problem, region_name
from ui.widgets import GuardedDialog, grow_to_fit, problem_label, with_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk
    from app.services.staff_rules import FieldError

REGIONS = ("brussels", "flanders", "wallonia")
REGION_CODES: dict[Any, Any] = {"brussels": 1, "flanders": 2, "wallonia": 3}  # §15.2.3 as the body sends them


def problem_text(error: FieldError) -> str:
    """A check's problem (`FieldError`, said with a template) in the user's language, as a line of its own under
    its field ("required" -> "Required")."""
    text = field_problem(error)
    return text[:1].upper() + text[1:]


def error_label(parent: QWidget) -> QLabel:
    """A hidden problem line named "fieldError", as the technician and device forms name theirs."""
    label = problem_label(parent)
    label.setObjectName("fieldError")
    return label


def field_with_error(editor: QWidget, parent: QWidget, label: str) -> tuple[QWidget, QLabel]:
    """The editor with its problem line ("fieldError") underneath (hidden while there is none), named `label`."""
    box, error = with_problem(parent, editor, label=label)
    error.setObjectName("fieldError")
    return box, error


class TechnicianDialog(GuardedDialog):
    """A technician to add (`record` None) or update (its cached record)."""

    draft_kind = "technician"

    def __init__(self, desk: FieldDesk, record: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.record = dict(record or {})
        self.queued_id: int | None = None
        #: Fields the user has changed or that Save checked: only their problems are shown.
        self._shown: set[str] = set()
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Edit technician") if record else self.tr("New technician"))

        intro = QLabel(self.tr("Pro+ adds the technician, or updates the one with this external id. The change "
                               "is saved here at once and sent with the next sync."), self)
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)  # the dialog's width; its height follows the problems shown
        self.external_id = self._line("external_id")
        self.name = self._line("name")
        self.mobile = self._line("mobile")
        self.email = self._line("email")
        if record and record.get("id") is not None:
            # It is how Pro+ knows this technician; changing it would describe another one.
            self.external_id.setReadOnly(True)
            self.external_id.setToolTip(self.tr("The external id is how Pro+ recognises this technician"))
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(record is None or bool(record.get("active", True)))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Work-order mode"), 1)
        self.mode.addItem(self.tr("Standard mode"), 2)
        self.mode.setCurrentIndex(1 if self.record.get("working_mode") == 2 else 0)

        general = QFormLayout()
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, key, editor in ((self.tr("External id"), "external_id", self.external_id),
                                   (self.tr("Name"), "name", self.name), (self.tr("Mobile"), "mobile", self.mobile),
                                   (self.tr("E-mail"), "email", self.email)):
            box, self.errors[key] = field_with_error(editor, self, label)
            general.addRow(label, box)
        general.addRow(self.tr("Status"), self.active)
        general.addRow(self.tr("Working mode"), self.mode)

        info = self.record.get("technical_information") or {}
        technical = QGroupBox(self.tr("Technical information"), self)
        self.authorised = QCheckBox(self.tr("Authorised technician"), technical)
        self.chimney = QCheckBox(self.tr("Chimney sweep"), technical)
        self.oca = QCheckBox(self.tr("Works for an OCA"), technical)
        self.advisers = {kind: QCheckBox(self.tr("Heating adviser type {type}").format(type=kind[-1]), technical)
                         for kind in HEATING_ADVISER_TYPES}
        for box, key in ((self.authorised, "authorised_technician"), (self.chimney, "chimney_sweep"),
                         (self.oca, "works_for_oca")):
            box.setChecked(bool(info.get(key)))
        for kind, box in self.advisers.items():
            box.setChecked(kind in (info.get("heating_adviser") or []) or (record is None and kind == "Type 1"))
        advisers = QWidget(technical)
        row = QHBoxLayout(advisers)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.advisers.values():
            row.addWidget(box)
        row.addStretch(1)
        adviser_box, self.errors["technical_information.heating_adviser"] = field_with_error(advisers, technical, "")
        technical_layout = QVBoxLayout(technical)
        for widget in (self.authorised, self.chimney, adviser_box, self.oca):
            technical_layout.addWidget(widget)

        numbers = QGroupBox(self.tr("Recognition numbers"), self)
        self.numbers = QTableWidget(0, 3, numbers)
        self.numbers.setHorizontalHeaderLabels([self.tr("Region"), self.tr("Type"), self.tr("Number")])
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.numbers.verticalHeader().setVisible(False)
        self.numbers.setMinimumHeight(110)
        for number in self.record.get("recognition_numbers") or []:
            self.add_number(number.get("region"), number.get("type"), number.get("number"))
        self.numbers.itemChanged.connect(lambda _item: self._edited("certificates"))
        add = QPushButton(self.tr("Add number"), numbers)
        add.clicked.connect(lambda: self.add_number("brussels", "0", ""))
        remove = QPushButton(self.tr("Remove"), numbers)
        remove.clicked.connect(self._remove_number)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        self.errors["certificates"] = error_label(numbers)
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.addWidget(self.numbers)
        numbers_layout.addWidget(self.errors["certificates"])
        numbers_layout.addLayout(buttons_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(general)
        layout.addWidget(technical)
        layout.addWidget(numbers)
        layout.addWidget(self.buttons)
        for box in (self.authorised, self.chimney, self.oca, *self.advisers.values()):
            box.toggled.connect(lambda _on: self._edited("technical_information.heating_adviser"))

    # -- drafts: the editors, and the recognition numbers' rows ------------------------------------------------
    def draft_key(self) -> str:
        return str(self.record.get("local_id") or "")

    def draft_state(self) -> dict[str, Any]:
        state = super().draft_state()
        state["numbers"] = self._number_rows()
        return state

    def restore_draft(self, state: dict[str, Any]) -> None:
        super().restore_draft(state)
        numbers = state.get("numbers")
        if isinstance(numbers, list):
            self.numbers.setRowCount(0)
            for number in numbers:
                if isinstance(number, dict):
                    self.add_number(number.get("region"), number.get("type"), number.get("number"))

    def _line(self, key: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setObjectName(f"field_{key}")
        value = self.record.get(key)
        editor.setText("" if value is None else str(value))
        editor.textEdited.connect(lambda _text: self._edited(key))
        return editor

    def add_number(self, region: object, kind: object, number: object) -> None:
        row = self.numbers.rowCount()
        self.numbers.insertRow(row)
        regions = QComboBox(self.numbers)
        for code in REGIONS:
            regions.addItem(region_name(code), code)
        regions.setCurrentIndex(max(regions.findData(region), 0))
        regions.currentIndexChanged.connect(lambda _i: self._edited("certificates"))
        self.numbers.setCellWidget(row, 0, regions)
        self.numbers.setItem(row, 1, QTableWidgetItem("" if kind is None else str(kind)))
        self.numbers.setItem(row, 2, QTableWidgetItem("" if number is None else str(number)))

    def _number_rows(self) -> list[dict[str, Any]]:
        """The recognition numbers' rows as shown: each one's region code, type and number."""
        rows = []
        for row in range(self.numbers.rowCount()):
            regions = self.numbers.cellWidget(row, 0)
            kind, number = self.numbers.item(row, 1), self.numbers.item(row, 2)
            rows.append({"region": regions.currentData() if isinstance(regions, QComboBox) else None,
                         "type": kind.text() if kind else "", "number": number.text() if number else ""})
        return rows

    def _remove_number(self) -> None:
        row = self.numbers.currentRow()
        if row >= 0:
            self.numbers.removeRow(row)
            self._edited("certificates")

    # -- the body and its problems ------------------------------------------------------------------------
    def body(self) -> dict[str, Any]:
        """The create-technician body this form stands for."""
        certificates = [{"region": REGION_CODES.get(row["region"], row["region"]), "type": row["type"].strip(),
                         "number": row["number"].strip()} for row in self._number_rows()]
        body: dict[str, Any] = {
            "external_id": self.external_id.text().strip(), "name": self.name.text().strip(),
            "mobile": self.mobile.text().strip(), "email": self.email.text().strip(),
            "status": 1 if self.active.isChecked() else 0, "wo_status": self.mode.currentData(),
            "technical_information": {
                "authorised_technician": int(self.authorised.isChecked()),
                "chimney_sweep": int(self.chimney.isChecked()),
                "heating_adviser": [kind for kind, box in self.advisers.items() if box.isChecked()],
                "works_for_oca": int(self.oca.isChecked())},
            "certificates": certificates,
        }
        if self.record.get("id") is not None:
            body["id"] = self.record["id"]
        return body

    def problems(self) -> dict[str, str]:
        """Problems by the key of the line that shows them (certificate problems share one line)."""
        try:
            validate_technician_body(self.body())
        except StaffValidationError as exc:
            found: dict[str, str] = {}
            for error in exc.errors:
                if error.path.startswith("certificates["):
                    index = error.path[len("certificates["):].split("]")[0]
                    field = error.path.rsplit(".", 1)[-1]
                    label = {"type": self.tr("Type"), "number": self.tr("Number")}.get(field, field)
                    found.setdefault("certificates", self.tr("Row {row}: {field}: {problem}").format(
                        row=int(index) + 1, field=label, problem=field_problem(error)))
                else:
                    found.setdefault(error.path if error.path in self.errors else "external_id", problem_text(error))
            return found
        return {}

    def _edited(self, key: str) -> None:
        self._shown.add(key)
        self.show_problems()

    def show_problems(self, *, all_fields: bool = False) -> dict[str, str]:
        problems = self.problems()
        for key, label in self.errors.items():
            message = problems.get(key) if all_fields or key in self._shown else None
            label.setText(message or "")
            label.setVisible(bool(message))
        grow_to_fit(self)
        return problems

    def save(self) -> bool:
        """Check every field; when all are valid, queue the write and close."""
        if self.show_problems(all_fields=True):
            return False
        with error_boundary(self, self.tr("Saving the technician")):
            try:
                self.queued_id = self.desk.staff.queue_technician(self.body())
            except StaffValidationError as exc:  # checks against the cache (an id it does not know)
                first = exc.errors[0]
                label = self.errors.get(first.path, self.errors["external_id"])
                label.setText(problem_text(first))
                label.show()
                return False
            self.accept()
            return True
        return False

