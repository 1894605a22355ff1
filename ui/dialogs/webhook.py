"""Turning the work-order webhook receiver on or off: where it listens, and the URL to set in the Pro+ profile."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.webhook import WebhookControl


class WebhookDialog(QDialog):
    def __init__(self, control: WebhookControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.setWindowTitle(self.tr("Work-order webhook"))
        intro = QLabel(self.tr(
            "Pro+ can call FieldDesk whenever a work order changes (its status, its certificate). FieldDesk then "
            "listens on the address and port below; set the URL shown in your Pro+ profile. Pro+ must be able "
            "to reach this computer (a public address or an HTTPS proxy in front of it). Off by default."), self)
        intro.setWordWrap(True)
        on, host, port = control.desk.webhook_preferences()
        self.enabled = QCheckBox(self.tr("Receive Pro+'s work-order calls"), self)
        self.enabled.setChecked(on)
        self.host = QLineEdit(host, self)
        self.host.setToolTip(self.tr("127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(port)
        self.url = QLineEdit(self)
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("URL for Pro+"))  # its row's label names the row, not the box
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url.text()))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("URL for Pro+"), url_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close,
                                   self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        control.state_changed.connect(self._show_state)
        self._show_state()
        self.resize(620, self.sizeHint().height())

    def apply(self) -> None:
        self.control.desk.set_webhook_preferences(self.enabled.isChecked(), self.host.text(), self.port.value())
        self.control.apply_preferences()

    def _show_state(self) -> None:
        url = self.control.url
        self.url.setText(url or "")
        self.url.setPlaceholderText(self.tr("(shown while the receiver runs)"))
        self.copy.setEnabled(bool(url))
        receiver = self.control.receiver
        if self.control.problem:
            self.status.setText(self.tr("Not receiving: {problem}").format(problem=self.control.problem))
        elif receiver is not None and url:
            self.status.setText(self.tr("Receiving. Calls so far: {applied} applied, {refused} refused.").format(
                applied=receiver.applied, refused=receiver.refused))
        else:
            self.status.setText(self.tr("Not receiving."))
