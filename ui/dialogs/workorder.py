"""Creating a Pro+ work order: every field of push-wo (§11.1.4), each checked as the document says, with the
problem shown next to the field. Saving queues it in the outbox (it is sent with the next sync, offline too)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.workorders import CERTIFICATION_LANGUAGES, CERTIFICATION_TYPES, PushValidationError
from ui.labels import field_problem, kind_name
from ui.widgets import GuardedDialog, grow_to_fit, with_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: push-wo fields whose problems are shown at the appliance choice (they all come from it).
_APPLIANCE_FIELDS = ("heating_appliance_id", "cooling_appliance_id", "appliance_group")


class WorkOrderDialog(GuardedDialog):
    draft_kind = "workorder"

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None, *, appliance: str | None = None) -> None:
        """`appliance`: the local id of the appliance to preselect (the work order is created from it)."""
        super().__init__(parent)
        self.desk = desk
        self.created: str | None = None
        self.setWindowTitle(self.tr("New work order"))
        intro = QLabel(self.tr("The work order is created in Pro+ with the next sync; until then it waits in the "
                               "outbox, also without a connection."), self)
        intro.setWordWrap(True)

        self.external_id = QLineEdit(str(desk.workorders.next_external_id()), self)
        self.external_id.setToolTip(self.tr("Your system's work order number: it identifies the work order"))
        self.external_name = QLineEdit(self)
        self.execution_date = QDateEdit(QDate.currentDate(), self)
        self.execution_date.setCalendarPopup(True)
        self.execution_date.setDisplayFormat("yyyy-MM-dd")
        self.start_time = QLineEdit(self)
        self.start_time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.appliance = QComboBox(self)
        self.appliance.setMinimumContentsLength(40)
        self._appliances = desk.workorders.appliance_choices()
        for choice in self._appliances:
            label = self.tr("{client} – {appliance} ({kind}, Pro+ id {id})").format(
                client=choice["client"], appliance=choice["name"], kind=kind_name(choice["kind"]),
                id=choice["proplus_id"])
            self.appliance.addItem(label, choice["local_id"])
        if appliance is not None:
            self.appliance.setCurrentIndex(max(self.appliance.findData(appliance), 0))
        self.certification_type = QComboBox(self)
        self.certification_type.setEditable(True)  # Pro+ may know more types than the document's examples
        self.certification_type.addItems(CERTIFICATION_TYPES)
        self.certification_type.setCurrentText("periodic")
        self.language = QComboBox(self)
        names = {"nl": self.tr("Dutch"), "fr": self.tr("French"), "de": self.tr("German")}
        for code in CERTIFICATION_LANGUAGES:
            self.language.addItem(f"{names[code]} ({code})", code)
        self.company = QSpinBox(self)
        self.company.setRange(0, 2_000_000_000)
        self.company.setSpecialValueText(self.tr("None (0)"))
        self.company.setToolTip(self.tr("Pro+'s id of the contracting company, or none"))
        self.technician = QComboBox(self)
        self.technician.setEditable(True)  # a technician FieldDesk has not cached yet: type the Pro+ id
        self.technician.setToolTip(self.tr("Pro+ technician id (optional)"))
        self.technician.addItem("", None)
        for person in desk.staff.technicians():
            if person.get("id") is not None:
                self.technician.addItem(self.tr("{name} (Pro+ id {id})").format(name=person["name"], id=person["id"]),
                                        person["id"])
        self.comments = QPlainTextEdit(self)
        self.comments.setFixedHeight(70)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, label, editor in (
                ("external_id", self.tr("External id"), self.external_id),
                ("external_name", self.tr("Name"), self.external_name),
                ("execution_date", self.tr("Execution date"), self.execution_date),
                ("start_time", self.tr("Start time"), self.start_time),
                ("appliance", self.tr("Appliance"), self.appliance),
                ("certification_type", self.tr("Certification type"), self.certification_type),
                ("certification_language", self.tr("Certificate language"), self.language),
                ("contracting_company", self.tr("Contracting company"), self.company),
                ("technician_id", self.tr("Technician"), self.technician),
                ("comments", self.tr("Comments"), self.comments)):
            box, self._errors[field] = with_problem(self, editor, field, label=label)
            form.addRow(label, box)
        self.no_appliance = QLabel(self.tr("No appliance has a Pro+ id yet: sync first, or wait until a new "
                                           "client's push is acknowledged."), self)
        self.no_appliance.setWordWrap(True)
        self.no_appliance.setVisible(not self._appliances)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.no_appliance)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def body(self) -> dict[str, Any]:
        """The push-wo body from the form (checked by the service when saved)."""
        body: dict[str, Any] = {
            "external_id": self.external_id.text().strip(),
            "external_name": self.external_name.text().strip(),
            "execution_date": self.execution_date.date().toString("yyyy-MM-dd"),
            "certification_type": self.certification_type.currentText().strip(),
            "certification_language": self.language.currentData(),
            "contracting_company": self.company.value(),
        }
        choice = next((c for c in self._appliances if c["local_id"] == self.appliance.currentData()), None)
        if choice is not None:
            heating = choice["kind"] == "heating"
            body["heating_appliance_id"] = choice["proplus_id"] if heating else 0
            body["appliance_group"] = 1 if heating else 2
            if not heating:
                body["cooling_appliance_id"] = choice["proplus_id"]
        for field, value in (("start_time", self.start_time.text().strip()),
                             ("technician_id", self._technician_id()),
                             ("comments", self.comments.toPlainText().strip())):
            if value:
                body[field] = value
        return body

    def _technician_id(self) -> str:
        typed = self.technician.currentText().strip()
        index = self.technician.findText(typed)
        chosen = self.technician.itemData(index) if index >= 0 else None
        return str(chosen) if chosen is not None else typed

    def save(self) -> None:
        for label in self._errors.values():
            label.hide()
        try:
            self.created, _entry = self.desk.workorders.create(self.body())
        except PushValidationError as exc:
            for problem in exc.errors:
                field = "appliance" if problem.path in _APPLIANCE_FIELDS else problem.path
                label = self._errors.get(field, self._errors["external_id"])
                said = field_problem(problem)
                shown = said if field == problem.path else f"{problem.path}: {said}"
                label.setText(shown if label.isHidden() else f"{label.text()}\n{shown}")
                label.show()
            first = next(f for f, label in self._errors.items() if not label.isHidden())
            self._editor(first).setFocus(Qt.FocusReason.OtherFocusReason)
            grow_to_fit(self)
            return
        self.accept()

    def _editor(self, field: str) -> QWidget:
        return {"external_id": self.external_id, "external_name": self.external_name,
                "execution_date": self.execution_date, "start_time": self.start_time, "appliance": self.appliance,
                "certification_type": self.certification_type, "certification_language": self.language,
                "contracting_company": self.company, "technician_id": self.technician,
                "comments": self.comments}[field]

    def error_text(self, field: str) -> str:
        """The problem shown next to a field ("" when none): for tests and accessibility."""
        label = self._errors[field]
        return "" if label.isHidden() else label.text()
