"""A field check's problem is shown under its field in the user's language (Dutch and French here): the testresults.io
customer dialog, the Pro+ work order dialog, the Podero registration dialog, the Totalmobile booking row, the Pro+
client form and the technician and device forms. The command line keeps the English words (tests/test_cli_* compare
them)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.services.fielddesk import FieldDesk
from ui.dialogs.customer import CustomerDialog
from ui.dialogs.register_heat_pump import RegisterHeatPumpDialog
from ui.dialogs.workorder import WorkOrderDialog
from ui.resources import translations_dir
from ui.widgets import error_color

NAMES = re.compile(r"\{(\w*)[^{}]*\}")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_field_check_message_has_a_translation_with_the_same_values(language: str) -> None:
    root = ET.parse(translations_dir() / f"fielddesk_{language}.ts").getroot()
    [context] = [c for c in root.iter("context") if c.findtext("name") == "FieldCheck"]
    messages = list(context.iter("message"))
    # The checks' messages: customers, work orders, heat pumps, Totalmobile, Pro+ clients, technicians and devices.
    assert len(messages) >= 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        said = translation.text or ""
        assert said.strip() and said != source, source
        assert set(NAMES.findall(said)) == set(NAMES.findall(source)), (source, said)
        # It can be filled with the English message's values: no stray brace, no placeholder misspelt.
        said.format(**dict.fromkeys(NAMES.findall(source), "x"))


@pytest.mark.parametrize(("installed", "subdomain", "name"), [
    ("nl_BE", "'Frigotherm Oostende': gebruik kleine letters, cijfers en koppeltekens (niet als eerste of laatste "
              "teken), hoogstens 63", "is verplicht"),
    ("fr_BE", "'Frigotherm Oostende' : utilisez des minuscules, des chiffres et des traits d'union (ni en premier ni "
              "en dernier), 63 au plus", "est obligatoire"),
], indirect=["installed"])
def test_the_customer_dialog_says_the_problem_in_the_users_language(installed: list[QTranslator], desk: FieldDesk,
                                                                  qtbot: Any, subdomain: str, name: str) -> None:
    dialog = CustomerDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.subdomain_edit.setText("Frigotherm Oostende")
    dialog.submit()
    assert dialog.isVisible() and desk.outbox.entries() == []
    assert dialog.error_text("Subdomain") == subdomain
    assert dialog.error_text("Name") == name
    assert "lower-case letters" not in dialog.error_text("Subdomain") and "required" not in dialog.error_text("Name")
    assert dialog.subdomain_edit.text() == "Frigotherm Oostende"  # nothing typed is lost


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_work_order_dialog_says_the_problem_in_dutch(installed: list[QTranslator], desk: FieldDesk,
                                                         qtbot: Any) -> None:
    dialog = WorkOrderDialog(desk)
    qtbot.addWidget(dialog)
    dialog.external_name.clear()
    dialog.start_time.setText("25:99")
    dialog.save()
    assert desk.outbox.entries() == []
    assert dialog.error_text("external_name") == "verplicht"
    assert dialog.error_text("start_time") == "moet een tijdstip in de vorm UU:MM zijn (bv. 11:12), niet '25:99'"
    assert "expected" not in dialog.error_text("start_time") and dialog.error_text("external_name") != "required"
    assert dialog.start_time.text() == "25:99"


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_heat_pump_registration_says_the_problems_in_dutch(installed: list[QTranslator], desk: FieldDesk,
                                                               qtbot: Any) -> None:
    dialog = RegisterHeatPumpDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["model"].setText("Air 9")
    dialog.edits["maximum_temperature_limit"].setText("215")
    dialog.comment.setPlainText("x" * 301)
    dialog.submit()
    assert desk.outbox.entries() == []
    assert dialog.problem_text("manufacturer") == "verplicht (tekst)"
    assert dialog.problem_text("maximum_temperature_limit") == "215 °C ligt buiten -30 tot 90 °C"
    assert dialog.problem_text("comment") == "hoogstens 300 tekens (hier zijn het er 301)"
    assert "characters" not in dialog.problem_text("comment") and "outside" not in \
        dialog.problem_text("maximum_temperature_limit")
    assert dialog.problem_text("model") == ""


@pytest.mark.parametrize(("installed", "expected"), [
    ("nl_BE", "Niet geboekt: Instructies: bevat een stuurteken"),
    ("fr_BE", "Non réservé : Instructions : contient un caractère de contrôle"),
], indirect=["installed"])
def test_the_booking_row_says_the_problem_in_the_users_language(installed: list[QTranslator], qloop: Any, qtbot: Any,
                                                                slots_pane: Any, expected: str) -> None:
    """Instructions pasted from a word processor may hold a line break as a control character (U+000B): Totalmobile's
    check refuses it before anything is sent, and the booking row says why, in the user's words."""
    from tests.ui.test_slots_pane import bookable, settle

    pane, state = slots_pane
    before = len(state.visits)
    row, column = bookable(pane)
    pane.instructions.setText("Sleutel\x0bonder de mat")
    pane.book_index(pane.model.index(row, column))
    settle(pane, qloop)
    assert len(state.visits) == before  # nothing booked
    assert pane.booking_reason.text() == expected
    assert "control character" not in pane.booking_reason.text()
    assert pane.instructions.text() == "Sleutel\x0bonder de mat" and pane.instructions.hasFocus()
    assert error_color() in pane.booking_reason.styleSheet(), "a refusal stands out from the row's hints"
    assert pane.book_button.isEnabled()  # fix the text and book again
    pane.instructions.setText("Sleutel onder de mat")
    pane.book_index(pane.model.index(row, column))
    settle(pane, qloop)
    assert len(state.visits) == before + 1
    assert error_color() not in pane.booking_reason.styleSheet()


@pytest.fixture
def slots_pane(home: Any, qloop: Any, qtbot: Any) -> Iterator[tuple[Any, Any]]:
    import httpx

    from app.sandbox.totalmobile import ConnectState, create_connect_app
    from ui.panes.slots import SlotsPane

    state = ConnectState()
    desk = FieldDesk.open(home, "sandbox",
                          transports={"totalmobile": httpx.ASGITransport(app=create_connect_app(state))})
    try:
        pane = SlotsPane(desk)
        qtbot.addWidget(pane)
        pane.resize(1200, 760)
        pane.show()
        pane.activateWindow()
        pane.reload()
        pane.set_order("FD-24001")
        qloop.run_until_complete(pane.load())
        yield pane, state
    finally:
        qloop.run_until_complete(desk.aclose())


def test_a_translation_that_lost_a_value_falls_back_to_the_english_problem(qapp: Any) -> None:
    from app.services.customers import FieldError
    from ui.labels import field_problem

    class Losing(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return "moet tekst zijn, niet {waarde}" if context == "FieldCheck" else ""

        def isEmpty(self) -> bool:
            return False

    translator = Losing()
    qapp.installTranslator(translator)
    try:
        error = FieldError.said("Name", "must be text, not {value}", value="3")
        assert QCoreApplication.translate("FieldCheck", "must be text, not {value}") == "moet tekst zijn, niet {waarde}"
        assert field_problem(error) == "must be text, not 3"
        assert field_problem(FieldError("Name", "an older message")) == "an older message"
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_slots_pane_messages_name_each_problem_after_its_field_in_dutch(installed: list[QTranslator]) -> None:
    """Availability by trade, the hand-over to Connect and cancelling show a refused check through `problem_text`."""
    from app.services.planner import BodyValidationError, FieldError
    from ui.labels import problem_text

    refused = BodyValidationError([FieldError.said("Postcode", "required"),
                                   FieldError.said("", "a {name} must be a JSON object", name="Booking")])
    assert str(refused) == "Postcode: required\na Booking must be a JSON object"  # the log and the command line
    assert problem_text(refused) == "Postcode: verplicht\neen Booking moet een JSON-object zijn"


# --- the Pro+ client form, the technician form and the device forms --------------------------------------------


@pytest.mark.parametrize(("installed", "expected"), [
    ("nl_BE", {"heating_appliance[0].region": "Gewest: onbekend gewest 'Narnia' (verwacht: 1 = Brussel, "
                                              "2 = Vlaanderen, 3 = Wallonië)",
               "email": "E-mail is geen geldig e-mailadres",
               "postal_code": "Postcode moet 4 cijfers zijn (een Belgische postcode)"}),
    ("fr_BE", {"heating_appliance[0].region": "Région : région inconnue 'Narnia' (attendu : 1 = Bruxelles, "
                                              "2 = Flandre, 3 = Wallonie)",
               "email": "E-mail : pas une adresse e-mail valide",
               "postal_code": "Code postal doit compter 4 chiffres (un code postal belge)"}),
], indirect=["installed"])
def test_the_client_form_says_the_problems_in_the_users_language(installed: list[QTranslator], qtbot: Any,
                                                                 expected: dict[str, str]) -> None:
    """The Pro+ client checks (the ones `clients push` runs) name the field in the form's own sentence and say the
    problem in the user's words, the value it found included; the form's record of them stays English."""
    from app.services.proplus import client_from_record
    from tests.ui.test_client_form import _existing_record
    from ui.forms import ClientFormDialog

    record = _existing_record()
    record["heating_appliance"][0]["region"] = "Narnia"
    record["email"] = "nope"
    record["postal_code"] = "123"
    dialog = ClientFormDialog(client_from_record(record))
    qtbot.addWidget(dialog)
    dialog.revalidate()
    assert dialog.field_errors() == expected
    assert dialog.problems["heating_appliance[0].region"] == ("unknown region 'Narnia' (expected 1 = Brussels, "
                                                              "2 = Flanders, 3 = Wallonia)")
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_technician_form_says_the_problems_in_dutch(installed: list[QTranslator], desk: FieldDesk,
                                                        qtbot: Any) -> None:
    from ui.forms.technician_form import TechnicianDialog

    dialog = TechnicianDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, "geen-adres")
    dialog.name.setText("x" * 256)
    dialog.add_number("wallonia", "1", "")
    assert not dialog.save()
    errors = {key: label.text() for key, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert errors == {"external_id": "Verplicht", "name": "Mag hoogstens 255 tekens lang zijn", "mobile": "Verplicht",
                      "email": "Geen geldig e-mailadres", "certificates": "Rij 1: Nummer: verplicht"}
    assert desk.outbox.entries() == []


@pytest.mark.parametrize("installed", ["nl_BE"], indirect=True)
def test_the_device_forms_say_the_problems_in_dutch(installed: list[QTranslator], desk: FieldDesk,
                                                    qtbot: Any) -> None:
    """Registering a device (its own checks, then the cache's: already registered) and linking it (the cache's
    check: the technician has it already, said with the technician's number)."""
    from ui.forms.device_form import LinkDialog, RegisterDeviceDialog

    first = RegisterDeviceDialog(desk)
    qtbot.addWidget(first)
    first.show()
    assert not first.save()
    assert first.errors["serial_number"].text() == "Verplicht"
    first.serial.setText("GUI-557-9")
    assert first.save()
    again = RegisterDeviceDialog(desk)
    qtbot.addWidget(again)
    again.serial.setText("GUI-557-9")
    assert not again.save()
    assert again.errors["serial_number"].text() == ("Er is al een toestel van deze groep en dit type met dit "
                                                    "serienummer geregistreerd")
    [device] = [d for d in desk.staff.devices() if d["serial_number"] == "GUI-557-9"]
    link = LinkDialog(desk, device, desk.staff.technicians(), "link")
    qtbot.addWidget(link)
    technician = link.technician.currentData()
    desk.staff.queue_link(device["local_id"], technician, "link")  # meanwhile, elsewhere in the window
    assert not link.save()
    assert link.error.text() == f"Technicus {technician} heeft dit toestel al"


# --- the kind of value a check found ("not a list") -------------------------------------------------------------


def _refused(check: Any) -> Any:
    from app.vendors.errors import BodyValidationError

    with pytest.raises(BodyValidationError) as caught:
        check()
    return caught.value


@pytest.mark.parametrize(("installed", "expected"), [
    ("nl_BE", ["client[0].fax: moet tekst of een getal zijn, niet een lijst",
               "client[0].heating_appliance[0].brussels: moet een object of leeg (null) zijn, niet een getal",
               "client[0].cooling_appliance: moet een lijst van objecten zijn, niet tekst",
               "client[0].email: moet tekst of een getal zijn, niet een object",
               "name: moet tekst zijn, niet waar/onwaar",
               "(body): moet een JSON-object met de velden van push-wo zijn, niet leeg (null)"]),
    ("fr_BE", ["client[0].fax: doit être du texte ou un nombre, pas une liste",
               "client[0].heating_appliance[0].brussels: doit être un objet ou vide (null), pas un nombre",
               "client[0].cooling_appliance: doit être une liste d'objets, pas du texte",
               "client[0].email: doit être du texte ou un nombre, pas un objet",
               "name: doit être du texte, pas vrai/faux",
               "(body): doit être un objet JSON avec les champs de push-wo, pas vide (null)"]),
], indirect=["installed"])
def test_the_kind_of_value_a_check_found_is_said_in_the_users_language(installed: list[QTranslator],
                                                                       expected: list[str]) -> None:
    """A push body with a list where text belongs: the window names the list in the user's words, the command line
    keeps the English message."""
    from app.services.proplus import validate_push_body
    from app.vendors.proplus.staff import validate_technician_body
    from app.vendors.proplus.workorders import validate_work_order
    from ui.labels import field_problems, problem_text

    pushed = _refused(lambda: validate_push_body({"client": {
        "name": "a", "fax": [1, 2], "email": {"a": 1}, "heating_appliance": [{"name": "h", "brussels": 3}],
        "cooling_appliance": "koelcel"}}))
    technician = _refused(lambda: validate_technician_body({"name": True}))
    work_order = _refused(lambda: validate_work_order(None))
    lines = [*problem_text(pushed).splitlines(), field_problems(e for e in technician.errors if e.path == "name"),
             problem_text(work_order)]
    assert sorted(lines) == sorted(expected)
    assert "client[0].fax: must be text or a number, not a list" in str(pushed).splitlines()  # the command line
    assert not any(line.endswith((" a list", " a number", " an object", " true/false", " null", " text"))
                   for line in lines)


def test_a_kind_word_is_translated_with_its_message_or_the_english_problem_is_shown(qapp: Any) -> None:
    """The word the check found is translated in the message's context ("FieldCheck"); a translation that lost
    `{kind}`, or a word's translation that does not fit, leaves the whole problem in English. A word not translated
    yet stays English inside the translated sentence, as any string Qt has no translation for."""
    from app.services.proplus import validate_push_body
    from ui.labels import field_problem

    translations: dict[str, str] = {}

    class Dutch(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return translations.get(source, source)  # not translated: the English source

        def isEmpty(self) -> bool:
            return False

    [error] = _refused(lambda: validate_push_body({"client": {"name": "a", "fax": [1, 2]}})).errors
    translator = Dutch()
    qapp.installTranslator(translator)
    try:
        translations.update({"must be text or a number, not {kind}": "moet tekst of een getal zijn, niet {kind}",
                             "a list": "een lijst"})
        assert field_problem(error) == "moet tekst of een getal zijn, niet een lijst"
        translations["must be text or a number, not {kind}"] = "moet tekst of een getal zijn, niet {soort}"
        assert field_problem(error) == "must be text or a number, not a list"
        translations.update({"must be text or a number, not {kind}": "moet tekst of een getal zijn, niet {kind}",
                             "a list": "een {lijst"})
        assert field_problem(error) == "must be text or a number, not a list"
        del translations["a list"]  # no Dutch word yet: the English word in the Dutch sentence
        assert field_problem(error) == "moet tekst of een getal zijn, niet a list"
    finally:
        qapp.removeTranslator(translator)
    assert error.message == "must be text or a number, not a list"
