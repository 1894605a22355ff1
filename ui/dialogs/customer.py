"""Create or change a testresults.io customer: name, subdomain, target groups (and, for an existing one, archived).
Each problem the check finds is shown under its field, and nothing typed is lost: the dialog stays open until the
change is queued."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import CustomerValidationError
from ui.labels import field_problem
from ui.widgets import GuardedDialog, muted, problem_label, with_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

#: The fields the dialog edits, by their documented (wire) names.
FIELDS = ("Name", "Subdomain", "Appliances", "Archived")


class CustomerDialog(GuardedDialog):
    """A new customer (`customer` None) or a change of a cached one (its row from `CustomerService`)."""

    draft_kind = "customer"

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None, customer: dict[str, Any] | None = None
                 ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer = customer
        #: The new customer's local id once queued (creating only).
        self.created: str | None = None
        #: The queued write's outbox id (None when an edit changed nothing).
        self.queued: int | None = None
        wire = customer["wire"] if customer else {}
        self.setWindowTitle(self.tr("New customer") if customer is None else
                            self.tr("Change customer “{name}”").format(name=customer["name"]))
        self.setMinimumWidth(560)
        self.errors: dict[str, QLabel] = {}

        self.name_edit = QLineEdit(wire.get("Name") or "", self)
        self.name_edit.setObjectName("Name")
        self.name_edit.setMaxLength(200)  # longer than allowed, so the check says why rather than cutting it
        self.subdomain_edit = QLineEdit(wire.get("Subdomain") or "", self)
        self.subdomain_edit.setObjectName("Subdomain")
        self.subdomain_edit.setPlaceholderText(self.tr("e.g. orvelle"))
        self.appliances_edit = QLineEdit(wire.get("Appliances") or "", self)
        self.appliances_edit.setObjectName("Appliances")
        self.appliances_edit.setPlaceholderText(self.tr("e.g. Workshop:workshop01,Van 2:van2tablet"))
        self.archived_check = QCheckBox(self.tr("Archived (kept at testresults.io, hidden from daily use)"), self)
        self.archived_check.setObjectName("Archived")
        self.archived_check.setChecked(bool(wire.get("Archived")))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add(form, "Name", self.tr("Name"), self.name_edit)
        self._add(form, "Subdomain", self.tr("Subdomain"), self.subdomain_edit,
                  self.tr("Lower-case letters, digits and hyphens; the customer's address at testresults.io."))
        self._add(form, "Appliances", self.tr("Target groups"), self.appliances_edit,
                  self.tr("Comma-separated, each “label:technical name” (a name alone is its own label)."))
        if customer is not None:
            self._add(form, "Archived", "", self.archived_check)
        else:
            self.archived_check.setVisible(False)  # a new customer is always active

        self.summary = problem_label(self, "summary")
        intro = muted(self.tr("The new customer is saved here at once and created at testresults.io with the next "
                              "sync.") if customer is None else
                      self.tr("Your change shows here at once and is sent to testresults.io with the next sync."),
                      self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create") if customer is None else self.tr("Save"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped hints and problems need at the present width (a window is not laid out
        by height-for-width on its own, so they would overlap)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = self.heightForWidth(self.width())
        if needed < 0:
            needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def draft_key(self) -> str:
        return str(self.customer["local_id"]) if self.customer else ""

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A field with its hint and its (hidden) problem underneath."""
        box, self.errors[name] = with_problem(self, widget, name, hint, label=label)
        if label:
            form.addRow(label, box)
        else:
            form.addRow(box)

    def fields(self) -> dict[str, Any]:
        """What the form says, by wire name (text as typed: the service's check cleans and judges it)."""
        fields: dict[str, Any] = {"Name": self.name_edit.text(), "Subdomain": self.subdomain_edit.text(),
                                  "Appliances": self.appliances_edit.text()}
        if self.customer is not None:
            fields["Archived"] = self.archived_check.isChecked()
        return fields

    def submit(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.summary.setVisible(False)
        try:
            if self.customer is None:
                self.created, self.queued = self.desk.customers.create(self.fields())
            else:
                self.queued = self.desk.customers.update(self.customer["local_id"], self.fields())
        except CustomerValidationError as exc:
            self.show_problems([(e.path, field_problem(e)) for e in exc.errors])
            return
        except LookupError:  # deleted meanwhile (e.g. by a sync): say so, keep what was typed
            self.summary.setText(self.tr("This customer is no longer in the cache (deleted at testresults.io?). "
                                         "Cancel, or copy what you typed."))
            self.summary.setVisible(True)
            self._fit_height()
            return
        self.accept()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Each problem under its field (the others together above the buttons); focus on the first bad field."""
        unplaced = []
        first: QWidget | None = None
        editors: dict[str, QWidget] = {"Name": self.name_edit, "Subdomain": self.subdomain_edit,
                                       "Appliances": self.appliances_edit, "Archived": self.archived_check}
        for path, message in problems:
            label = self.errors.get(path)
            if label is None:
                unplaced.append(f"{path}: {message}")
                continue
            label.setText(f"{label.text()}\n{message}" if label.text() else message)
            label.setVisible(True)
            if first is None:
                first = editors[path]
        if unplaced:
            self.summary.setText("\n".join(unplaced))
            self.summary.setVisible(True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()

    def error_text(self, name: str) -> str:
        """The problem shown under a field ('' when none)."""
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
