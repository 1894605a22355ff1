"""Register a heat pump on site (Podero's documented register body). Each problem the check finds is shown under
its field, and nothing typed is lost: the dialog stays open until the registration is queued."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.labels import field_problem
from ui.widgets import GuardedDialog, muted, problem_label, with_problem

if TYPE_CHECKING:
    from app.services.fielddesk import FieldDesk

COMMENT_LIMIT = 300
#: Body field path -> the form's field name (nested paths point at their own field).
TEXT_FIELDS = ("manufacturer", "model", "year", "short_name", "long_name", "building_id",
               "minimum_temperature_limit", "maximum_temperature_limit", "minimum_dhw_temperature_limit",
               "dhw_standard_temperature", "away_mode_start", "away_mode_end", "away_mode_minimum_temperature_limit")
FLAGS = ("is_smart_optimization_active", "is_hot_water_heating_enabled", "is_space_heating_enabled",
         "is_space_cooling_enabled", "is_pool_heating_enabled", "is_away_mode_enabled")
PATHS = {"device_model.manufacturer": "manufacturer", "device_model.model": "model", "device_model.year": "year",
         "device_model.device_type.short_name": "short_name", "device_model.device_type.long_name": "long_name",
         "device_model": "manufacturer"}


class RegisterHeatPumpDialog(GuardedDialog):
    draft_kind = "heatpump"

    def __init__(self, desk: FieldDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.heatpumps import PRICE_ZONES

        self.desk = desk
        self.created: str | None = None
        self.setWindowTitle(self.tr("Register a heat pump"))
        self.resize(620, 720)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.flags: dict[str, QCheckBox] = {}
        labels = {
            "manufacturer": self.tr("Manufacturer"), "model": self.tr("Model"), "year": self.tr("Year"),
            "short_name": self.tr("Device type (short)"), "long_name": self.tr("Device type (long)"),
            "building_id": self.tr("Building id (UUID)"),
            "minimum_temperature_limit": self.tr("Minimum temperature (°C)"),
            "maximum_temperature_limit": self.tr("Maximum temperature (°C)"),
            "minimum_dhw_temperature_limit": self.tr("Minimum hot water temperature (°C)"),
            "dhw_standard_temperature": self.tr("Standard hot water temperature (°C)"),
            "away_mode_start": self.tr("Away from (e.g. 2026-12-20T08:00:00Z)"),
            "away_mode_end": self.tr("Away until"),
            "away_mode_minimum_temperature_limit": self.tr("Minimum temperature while away (°C)"),
        }
        flag_labels = {"is_smart_optimization_active": self.tr("Smart optimisation"),
                       "is_hot_water_heating_enabled": self.tr("Hot water heating"),
                       "is_space_heating_enabled": self.tr("Space heating"),
                       "is_space_cooling_enabled": self.tr("Space cooling"),
                       "is_pool_heating_enabled": self.tr("Pool heating"),
                       "is_away_mode_enabled": self.tr("Away mode")}

        def field(form: QFormLayout, name: str, widget: QWidget) -> None:
            box, self.errors[name] = with_problem(self, widget, name, label=labels.get(name, name))
            form.addRow(labels.get(name, name), box)

        def group(title: str, names: tuple[str, ...]) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            for name in names:
                edit = QLineEdit(self)
                edit.setObjectName(name)
                self.edits[name] = edit
                field(form, name, edit)
            return box, form

        device, _device_form = group(self.tr("Device"), ("manufacturer", "model", "year", "short_name", "long_name"))
        place, place_form = group(self.tr("Building and tariff"), ("building_id",))
        self.price_zone = QComboBox(self)
        self.price_zone.addItems(PRICE_ZONES)
        self.price_zone.setCurrentText("BE")
        labels["price_zone"] = self.tr("Price zone")
        field(place_form, "price_zone", self.price_zone)
        self.optimization = QComboBox(self)
        self.optimization.setEditable(True)
        self.optimization.addItems(["Min", "Low", "Mid", "High", "Max"])
        self.optimization.setCurrentText("Mid")
        labels["optimization_level"] = self.tr("Optimisation level")
        field(place_form, "optimization_level", self.optimization)
        heating, heating_form = group(self.tr("Heating and temperature limits"), (
            "minimum_temperature_limit", "maximum_temperature_limit", "minimum_dhw_temperature_limit",
            "dhw_standard_temperature"))
        flags_row = QWidget(self)
        flags_layout = QGridLayout(flags_row)  # three to a row: the labels are long in French and Dutch
        flags_layout.setContentsMargins(0, 0, 0, 0)
        for position, name in enumerate(FLAGS[:5]):
            check = QCheckBox(flag_labels[name], self)
            check.setObjectName(name)
            check.setChecked(name in ("is_space_heating_enabled", "is_hot_water_heating_enabled"))
            self.flags[name] = check
            flags_layout.addWidget(check, *divmod(position, 3))
        flags_layout.setColumnStretch(3, 1)
        heating_form.insertRow(0, flags_row)
        away, away_form = group(self.tr("Away mode"), ("away_mode_start", "away_mode_end",
                                                       "away_mode_minimum_temperature_limit"))
        self.flags["is_away_mode_enabled"] = QCheckBox(flag_labels["is_away_mode_enabled"], self)
        self.flags["is_away_mode_enabled"].setObjectName("is_away_mode_enabled")
        away_form.insertRow(0, self.flags["is_away_mode_enabled"])
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setFixedHeight(70)
        self.comment_count = muted("", self)
        self.comment.textChanged.connect(self._count_comment)
        comment_box = QGroupBox(self.tr("Comment"), self)
        comment_layout = QVBoxLayout(comment_box)
        comment_layout.addWidget(self.comment)
        comment_layout.addWidget(self.comment_count)
        self.comment_error = problem_label(self, "comment")
        comment_layout.addWidget(self.comment_error)
        self.errors["comment"] = self.comment_error
        self._count_comment()
        self.summary = problem_label(self, "summary")

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        for box in (device, place, heating, away, comment_box):
            inner_layout.addWidget(box)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = muted(self.tr("The registration is queued and sent to Podero with the next sync (at once when "
                              "online). Podero then gives a link for the owner to authorise the heat pump's cloud "
                              "service."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def _count_comment(self) -> None:
        length = len(self.comment.toPlainText())
        self.comment_count.setText(self.tr("{count} of {limit} characters").format(count=length, limit=COMMENT_LIMIT))

    def body(self) -> dict[str, Any]:
        """What the form says, as the register body (text as typed: the check converts and judges it)."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        model: dict[str, Any] = {"manufacturer": values["manufacturer"], "model": values["model"]}
        if values["year"]:
            model["year"] = values["year"]
        kind = {k: values[k] for k in ("short_name", "long_name") if values[k]}
        if kind:
            model["device_type"] = kind
        body: dict[str, Any] = {"device_model": model, "price_zone": self.price_zone.currentText(),
                                "optimization_level": self.optimization.currentText().strip() or None}
        for name in ("building_id", "minimum_temperature_limit", "maximum_temperature_limit",
                     "minimum_dhw_temperature_limit", "dhw_standard_temperature", "away_mode_start",
                     "away_mode_end", "away_mode_minimum_temperature_limit"):
            if values[name]:
                body[name] = values[name]
        for name, check in self.flags.items():
            body[name] = check.isChecked()
        comment = self.comment.toPlainText()
        if comment.strip():
            body["comment"] = comment
        return body

    def submit(self) -> None:
        from app.services.heatpumps import RegisterValidationError

        for label in self.errors.values():
            label.setVisible(False)
        self.summary.setVisible(False)
        try:
            self.created, _entry = self.desk.heatpumps.register(self.body())
        except RegisterValidationError as exc:
            self.show_problems([(e.path, field_problem(e)) for e in exc.errors])
            return
        self.accept()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        unplaced = []
        first: QWidget | None = None
        for path, message in problems:
            name = PATHS.get(path, path)
            label = self.errors.get(name)
            if label is None or name in FLAGS:
                unplaced.append(f"{path}: {message}")
                continue
            shown = label.text() + "\n" if label.isVisible() and label.text() else ""
            label.setText(shown + message)
            label.setVisible(True)
            widget = self.edits.get(name) or {"comment": self.comment, "price_zone": self.price_zone,
                                               "optimization_level": self.optimization}.get(name)
            if first is None and widget is not None:
                first = widget
        if unplaced:
            self.summary.setText("\n".join(unplaced))
            self.summary.setVisible(True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem_text(self, name: str) -> str:
        """The problem shown under a field ('' when none)."""
        label = self.errors.get(name)
        return label.text() if label is not None and label.isVisible() else ""
