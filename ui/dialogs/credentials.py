"""Asking for a vendor's credentials after it refused ours (401): kept in the OS keyring, or, on a computer
without one, for this session only (the dialog says which before anything is typed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.startup import vendor_spec
from ui.labels import vendor_name


class CredentialsDialog(QDialog):
    def __init__(self, vendor: str, reason: str, parent: QWidget | None = None, *, keyring: bool = True) -> None:
        """`keyring`: whether the computer has a keyring to keep the credentials in."""
        super().__init__(parent)
        self.vendor = vendor
        self.setWindowTitle(self.tr("{vendor}: sign in again").format(vendor=vendor_name(vendor)))
        spec = vendor_spec(vendor)
        if keyring:
            where = self.tr("They are stored in your system's keyring, never in FieldDesk's files.")
        else:
            where = self.tr("This computer has no keyring to store them in: FieldDesk keeps them until you quit. "
                            "To keep them across starts, set {variables} in the environment.").format(
                variables=" / ".join(spec.secret_env(k) for k in spec.credentials))
        message = QLabel(self.tr(
            "{vendor} refused FieldDesk's credentials ({reason}). Syncing with {vendor} is paused; your "
            "queued changes are kept. Enter the new credentials.").format(vendor=vendor_name(vendor),
                                                                          reason=reason) + " " + where, self)
        message.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"SECRET_KEY": self.tr("Security key"), "PASSWORD": self.tr("Password"),
                  "TOKEN": self.tr("API token"), "APIKEY": self.tr("API key"), "HMAC": self.tr("HMAC token")}
        for key in spec.credentials:
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
        """The credentials typed (a vendor with several methods, e.g. myBeNext's password, API key or HMAC, needs
        only the one its configuration uses)."""
        return {key: edit.text().strip() for key, edit in self.fields.items() if edit.text().strip()}

    def _update_ok(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(bool(self.secrets()))
