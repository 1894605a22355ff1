"""Every dialog that checks what the user typed shows each problem whole under its field: it grows to make room,
so no problem line is cut off at the size the dialog opened with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.services.fielddesk import FieldDesk
from ui.dialogs.customer import CustomerDialog
from ui.dialogs.register_heat_pump import RegisterHeatPumpDialog
from ui.dialogs.workorder import WorkOrderDialog
from ui.forms.client_form import ClientFormDialog
from ui.forms.device_form import RegisterDeviceDialog
from ui.forms.technician_form import TechnicianDialog


def _customer(dialog: Any) -> None:
    dialog.subdomain_edit.setText("Frigotherm Oostende")
    dialog.appliances_edit.setText("a:b:c,")
    dialog.submit()


def _heat_pump(dialog: Any) -> None:
    dialog.edits["model"].setText("Air 9")
    dialog.edits["maximum_temperature_limit"].setText("215")
    dialog.comment.setPlainText("x" * 301)
    dialog.submit()


def _work_order(dialog: Any) -> None:
    dialog.external_name.clear()
    dialog.start_time.setText("25:99")
    dialog.save()


def _technician(dialog: Any) -> None:
    dialog.email.setText("geen-adres")
    dialog.save()


def _device(dialog: Any) -> None:
    dialog.save()


def _new_client(_desk: FieldDesk) -> QDialog:
    return ClientFormDialog(None)


def _client(dialog: Any) -> None:
    dialog.accept()  # Save with every field empty


CASES = [(CustomerDialog, _customer), (RegisterHeatPumpDialog, _heat_pump), (WorkOrderDialog, _work_order),
         (TechnicianDialog, _technician), (RegisterDeviceDialog, _device), (_new_client, _client)]


@pytest.mark.parametrize("installed", ["en_BE", "nl_BE", "fr_BE"], indirect=True)  # Dutch and French run longer
@pytest.mark.parametrize(("make", "type_badly"), CASES, ids=["customer", "heat-pump", "work-order", "technician",
                                                              "device", "client"])
def test_each_problem_is_shown_whole(installed: Any, desk: FieldDesk, qtbot: Any, make: Callable[[FieldDesk], QDialog],
                                     type_badly: Callable[[Any], None]) -> None:
    dialog = make(desk)
    qtbot.addWidget(dialog)
    dialog.show()  # as a user opens it, then types and saves
    qtbot.waitExposed(dialog)
    type_badly(dialog)
    QApplication.processEvents()
    dialog.layout().activate()
    problems = [label for label in dialog.findChildren(QLabel)
                if (label.objectName().startswith("error-") or label.objectName() == "fieldError")
                and label.isVisible() and label.text()]
    assert problems, "the bad input showed no problem"
    for label in problems:
        assert label.height() >= label.heightForWidth(label.width()), f"{label.objectName()} is cut off"
