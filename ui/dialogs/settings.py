"""Sync settings: how often FieldDesk syncs by itself (it also syncs when a vendor comes back)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget


class SyncSettingsDialog(QDialog):
    def __init__(self, interval_seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync settings"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Only on demand"))
        self.minutes.setValue(round(interval_seconds / 60))
        note = QLabel(self.tr("FieldDesk also syncs as soon as a vendor that was unreachable answers again, "
                              "and whenever you press Sync (F5)."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sync automatically every"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def interval_seconds(self) -> float:
        return float(self.minutes.value() * 60)
