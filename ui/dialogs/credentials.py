"""Asking for a vendor's credentials after it refused ours (401). Saved in the OS keyring only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.startup import vendor_spec
from ui.labels import vendor_name


class CredentialsDialog(QDialog):
    def __init__(self, vendor: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vendor = vendor
        self.setWindowTitle(self.tr("{vendor}: sign in again").format(vendor=vendor_name(vendor)))
        message = QLabel(self.tr(
            "{vendor} refused FieldDesk's credentials ({reason}). Syncing with {vendor} is paused; your "
            "queued changes are kept. Enter the new credentials: they are stored in your system's keyring, "
            "never in FieldDesk's files.").format(vendor=vendor_name(vendor), reason=reason), self)
        message.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"SECRET_KEY": self.tr("Security key"), "PASSWORD": self.tr("Password"),
                  "TOKEN": self.tr("API token"), "APIKEY": self.tr("API key")}
        for key in vendor_spec(vendor).secret_keys:
            edit = QLineEdit(self)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update_ok)
            form.addRow(labels.get(key, key), edit)
            self.fields[key] = edit
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._update_ok()

    def secrets(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}

    def _update_ok(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(all(self.secrets().values()))
