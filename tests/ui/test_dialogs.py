"""Conflicts, credentials and sync-settings dialogs, driven as a user would."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services.fielddesk import FieldDesk
from app.store.time import now_iso
from ui.dialogs.conflicts import ConflictsDialog
from ui.dialogs.credentials import CredentialsDialog
from ui.dialogs.settings import SyncSettingsDialog


def _conflict_on_email(desk: FieldDesk) -> str:
    client = desk.clients.list()[0]
    client.email = client.fields["email"] = "technieker@example.be"
    desk.clients.save(client)
    with desk.store.transaction() as conn:
        conn.execute("INSERT INTO conflicts (vendor, entity, record_key, field_path, local_value, server_value, "
                     "created_at) VALUES ('proplus', 'client', ?, 'email', ?, ?, ?)",
                     (client.local_id, json.dumps("technieker@example.be"),
                                                       json.dumps("kantoor@example.be"), now_iso()))
    desk.engine.refresh_state()
    return client.local_id


def test_conflicts_show_both_values_and_the_server_value_can_win(qtbot: QtBot, desk: FieldDesk) -> None:
    local_id = _conflict_on_email(desk)
    dialog = ConflictsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[1] == "E-mail" and row[2] == "technieker@example.be" and row[3] == "kantoor@example.be"
    with qtbot.waitSignal(dialog.resolved):
        dialog.server_button.click()
    assert dialog.table.rowCount() == 0 and desk.engine.state.conflicts == 0
    assert desk.clients.get(local_id).email == "kantoor@example.be"  # type: ignore[union-attr]
    [entry] = desk.outbox.entries()
    assert "email" not in entry.payload["client"][0], "the queued write no longer sends the field"


def test_keeping_the_local_value_keeps_the_queued_write(qtbot: QtBot, desk: FieldDesk) -> None:
    local_id = _conflict_on_email(desk)
    dialog = ConflictsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.keep_button.click()
    assert desk.conflicts.list() == []
    assert desk.clients.get(local_id).email == "technieker@example.be"  # type: ignore[union-attr]
    assert desk.outbox.entries()[0].payload["client"][0]["email"] == "technieker@example.be"


def test_credentials_dialog_needs_every_secret_and_hides_it(qtbot: QtBot) -> None:
    dialog = CredentialsDialog("proplus", "authentication failed")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    edit = dialog.fields["SECRET_KEY"]
    assert edit.echoMode() == edit.EchoMode.Password
    qtbot.keyClicks(edit, "new-key")
    assert save.isEnabled() and dialog.secrets() == {"SECRET_KEY": "new-key"}


def test_credentials_dialog_says_where_the_secret_goes(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    with_keyring = CredentialsDialog("proplus", "authentication failed", keyring=True)
    without = CredentialsDialog("proplus", "authentication failed", keyring=False)
    for dialog in (with_keyring, without):
        qtbot.addWidget(dialog)
    said = [" ".join(label.text() for label in d.findChildren(QLabel)) for d in (with_keyring, without)]
    assert "keyring" in said[0] and "until you quit" not in said[0]
    assert "until you quit" in said[1] and "FIELDDESK_PROPLUS_SECRET_KEY" in said[1]


def test_sync_settings_in_minutes(qtbot: QtBot) -> None:
    dialog = SyncSettingsDialog(300)
    qtbot.addWidget(dialog)
    assert dialog.minutes.value() == 5
    dialog.minutes.setValue(0)
    assert dialog.minutes.text() == "Only on demand" and dialog.interval_seconds() == 0
    dialog.minutes.setValue(15)
    assert dialog.interval_seconds() == 900
