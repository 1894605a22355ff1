"""The client form: Pro+ fields grouped as the document groups them, checked as the user types, and saved
back as the wire record Pro+ expects (codes for drop-downs, "1"/"0" for same-as-client, extras kept)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QScrollArea

from app.domain.models import ApplianceKind, Client
from app.domain.regions import Region
from app.vendors.proplus.enums import BLOCK_FIELDS, field_label
from app.vendors.proplus.mapping import client_from_record, client_record
from app.vendors.proplus.validate import validate_push_body
from ui.forms import ClientFormDialog
from ui.forms.fields import ChoiceCell, FieldCell, RegionCell, TextCell
from ui.forms.layout import HIDDEN, SECTIONS
from ui.forms.pages import CoolingPage, HeatingPage


def _dialog(qtbot: Any, client: Client | None = None) -> ClientFormDialog:
    dialog = ClientFormDialog(client)
    qtbot.addWidget(dialog)
    return dialog


def _type(qtbot: Any, cell: FieldCell, text: str, *, replace: bool = True) -> None:
    """Type into a text cell as a user would (select all + type)."""
    assert isinstance(cell, TextCell)
    editor = cell.line_edit
    if replace:
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(editor, text)


def _shown_error(cell: FieldCell) -> str | None:
    return cell.error_label.text() if not cell.error_label.isHidden() else None


def _existing_record() -> dict[str, Any]:
    return {
        "id": 42,
        "third_party_id": "fd-client-1",
        "name": "Demo Heating BV",
        "region": "Brussel",
        "address": "Voorbeeldstraat",
        "house_no": "12",
        "post_bus": "",
        "city": "Brussel",
        "postal_code": "1000",
        "phone": "02 123 45 67",
        "email": "info@example.invalid",
        "status": 1,
        "custom_vendor_field": {"nested": [1, 2]},
        "heating_appliance": [{
            "id": 7,
            "third_party_id": "fd-heat-1",
            "same_as_client": "0",
            "name": "Boiler basement",
            "region": "1",
            "address": "Elders 3",
            "post_code": "1050",
            "city": "Elsene",
            "appliance_extra": "keep me",
            "flanders": None,
            "wallonie": None,
            "brussels": {
                "id": 99,
                "brussels_reason_handling": "0",
                "device_year": 2000,
                "device_make": "Vaillant",
                "appliance_gas_type_one": "-1",
                "block_extra": "keep me too",
            },
        }],
        "cooling_appliance": [{
            "id": 8,
            "name": "Cold room",
            "same_as_client": "1",
            "refrigerant": 2,
            "condensors": [{"id": 5, "brand": "Daikin", "kind": "0", "part_extra": True}],
        }],
    }


# --- layout -------------------------------------------------------------------------------------------


def test_every_wire_field_is_either_shown_or_deliberately_hidden() -> None:
    for block, fields in BLOCK_FIELDS.items():
        shown = [f for section in SECTIONS[block] for f in section.fields]
        assert len(shown) == len(set(shown)), block
        assert set(shown) | HIDDEN[block] == set(fields), block
        assert not set(shown) & HIDDEN[block], block


def test_sections_follow_the_document(qtbot: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    texts = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert texts == ["Client: Demo Heating BV", "Heating: Boiler basement", "Cooling: Cold room"]
    heating = dialog.appliance_pages()[0]
    assert isinstance(heating, HeatingPage)
    # Labels come from the Pro+ field labels; enumerations are drop-downs with an empty "not set" choice.
    grid = heating.blocks["brussels"].grids[0]
    assert grid.labels["brussels_reason_handling"].text() == field_label("brussels", "brussels_reason_handling")
    reason = heating.block_cells()["brussels_reason_handling"]
    assert isinstance(reason, ChoiceCell)
    assert reason.combo.itemData(0) == "" and reason.combo.itemText(0) == "(not set)"
    assert [reason.combo.itemData(i) for i in range(1, reason.combo.count())] == ["0", "1", "2", "3", "4", "5", "6"]
    assert reason.combo.currentText() == "Periodic check"


# --- validation as the user types ---------------------------------------------------------------------


def test_empty_name_disables_save_and_says_name_is_required(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    name = dialog.client_page.cells["name"]
    assert not dialog.save_button.isEnabled()  # a new client has no name yet
    assert _shown_error(name) is None  # ... but no scolding before the user typed anything

    _type(qtbot, name, "Acme")
    assert dialog.save_button.isEnabled()
    assert _shown_error(name) is None

    _type(qtbot, name, "")
    assert not dialog.save_button.isEnabled()
    assert _shown_error(name) == "Name is required"
    assert "required" in (dialog.summary.text())
    assert name.editor.styleSheet()  # styled invalid

    _type(qtbot, name, "Acme 2")
    assert dialog.save_button.isEnabled()
    assert _shown_error(name) is None
    assert not name.editor.styleSheet()


def test_three_digit_year_shows_the_year_message(qtbot: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    heating = dialog.appliance_pages()[0]
    assert isinstance(heating, HeatingPage)
    year = heating.block_cells()["device_year"]
    assert dialog.save_button.isEnabled()

    _type(qtbot, year, "199")
    expected = f"{field_label('brussels', 'device_year')} must be a 4-digit year"
    assert _shown_error(year) == expected
    assert not dialog.save_button.isEnabled()
    assert dialog.field_errors() == {"heating_appliance[0].brussels.device_year": expected}
    # The section with the problem is marked in the list.
    assert dialog.sections.item(1).toolTip().splitlines() == ["Heating: Boiler basement", expected]
    assert dialog.sections.item(0).toolTip() == "Client: Demo Heating BV"
    assert dialog.sections.item(1).icon().cacheKey() != dialog.sections.item(0).icon().cacheKey()

    _type(qtbot, year, "1995")
    assert _shown_error(year) is None
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(("field", "bad", "message"), [
    ("email", "not-an-email", "E-mail is not a valid e-mail address"),
    ("postal_code", "123", "Postal code must be 4 digits (a Belgian postal code)"),
    ("fax", "12a", "Fax must be a whole number"),
    ("phone", "02 12x", "Telephone may only contain digits, spaces and + / . - ( )"),
])
def test_client_field_formats(qtbot: Any, field: str, bad: str, message: str) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    cell = dialog.client_page.cells[field]
    _type(qtbot, cell, bad)
    assert _shown_error(cell) == message
    assert not dialog.save_button.isEnabled()


def test_cooling_decimals_and_part_brand(qtbot: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    cooling = dialog.appliance_pages()[1]
    assert isinstance(cooling, CoolingPage)
    _type(qtbot, cooling.cells["kg_precharge"], "1,5")
    assert _shown_error(cooling.cells["kg_precharge"]) == "Pre-charge (kg) must be a decimal number"
    _type(qtbot, cooling.cells["kg_precharge"], "1.5")
    assert dialog.save_button.isEnabled()

    card = cooling.parts["verdampers"].add_part()
    assert not dialog.save_button.isEnabled()  # an evaporator needs a brand
    assert dialog.problems == {"cooling_appliance[0].verdampers[0].brand": "required"}
    dialog.show_first_problem()
    assert _shown_error(card.cells["brand"]) == "Brand is required"
    _type(qtbot, card.cells["brand"], "Guentner")
    assert dialog.save_button.isEnabled()


# --- round trip -----------------------------------------------------------------------------------------


def test_new_client_with_brussels_heating_and_cooling_round_trips(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    client_page = dialog.client_page
    _type(qtbot, client_page.cells["name"], "Fictional Bakery")
    client_page.region_cell.select_region(Region.BRUSSELS)
    _type(qtbot, client_page.cells["address"], "Bakkerstraat")
    _type(qtbot, client_page.cells["house_no"], "5")
    _type(qtbot, client_page.cells["postal_code"], "1000")
    _type(qtbot, client_page.cells["city"], "Brussel")
    _type(qtbot, client_page.cells["email"], "bakery@example.invalid")

    heating = dialog.add_heating_appliance()
    assert heating.region() is Region.BRUSSELS  # a new appliance starts in the client's region
    _type(qtbot, heating.cells["name"], "Oven boiler")
    reason = heating.block_cells()["brussels_reason_handling"]
    assert isinstance(reason, ChoiceCell)
    reason.select_label("Installation")
    _type(qtbot, heating.block_cells()["device_year"], "2019")
    fuel = heating.block_cells()["appliance_fuel_type"]
    assert isinstance(fuel, ChoiceCell)
    fuel.select_label("Natural gas")

    cooling = dialog.add_cooling_appliance()
    _type(qtbot, cooling.cells["name"], "Cold store")
    _type(qtbot, cooling.cells["kg_precharge"], "3.5")
    frequency = cooling.cells["inspection_frequency"]
    assert isinstance(frequency, ChoiceCell)
    frequency.select_label("every 12 months")
    condenser = cooling.parts["condensors"].add_part()
    _type(qtbot, condenser.cells["brand"], "Daikin")
    kind = condenser.cells["kind"]
    assert isinstance(kind, ChoiceCell)
    kind.select_label("Water")

    assert dialog.save_button.isEnabled(), dialog.problems
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ClientFormDialog.DialogCode.Accepted
    client = dialog.result_client()

    assert client.name == "Fictional Bakery"
    assert client.region is Region.BRUSSELS
    assert (client.address, client.house_no, client.postal_code, client.city) == (
        "Bakkerstraat", "5", "1000", "Brussel")
    assert client.fields["region"] == "Brussel"
    assert client.proplus_id is None and client.local_id
    assert [a.kind for a in client.appliances] == [ApplianceKind.HEATING, ApplianceKind.COOLING]

    heat = client.appliances[0]
    assert heat.name == "Oven boiler" and heat.region is Region.BRUSSELS
    assert heat.fields["region"] == "1"
    assert heat.fields["same_as_client"] == "1"
    assert heat.fields["address"] == "Bakkerstraat" and heat.fields["post_code"] == "1000"
    assert heat.fields["brussels"] == {"brussels_reason_handling": "2", "device_year": "2019",
                                       "appliance_fuel_type": "0"}
    assert heat.year == "2019"
    assert heat.fields.get("flanders") is None and heat.fields.get("wallonie") is None

    cool = client.appliances[1]
    assert cool.name == "Cold store"
    assert cool.fields["same_as_client"] == "1"
    assert cool.fields["kg_precharge"] == "3.5"
    assert cool.fields["inspection_frequency"] == "12"
    assert cool.fields["condensors"] == [{"brand": "Daikin", "kind": "1"}]
    assert cool.fields["verdampers"] == [] and cool.fields["compressors"] == []

    # What the GUI saves is what the CLI's validator accepts.
    validate_push_body({"client": [client_record(client)]})


def test_editing_keeps_ids_unknown_fields_and_untouched_values(qtbot: Any) -> None:
    original = client_from_record(_existing_record(), local_id="local-1")
    snapshot = copy.deepcopy(original)
    dialog = _dialog(qtbot, original)
    _type(qtbot, dialog.client_page.cells["name"], "Demo Heating NV")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client = dialog.result_client()

    assert original == snapshot  # the caller's client is not touched
    assert (client.local_id, client.proplus_id, client.third_party_id) == ("local-1", 42, "fd-client-1")
    assert client.name == "Demo Heating NV" and client.fields["name"] == "Demo Heating NV"
    assert client.fields["custom_vendor_field"] == {"nested": [1, 2]}
    assert client.fields["status"] == 1  # not shown, sent back as it came

    heat, cool = client.appliances
    before_heat, before_cool = original.appliances
    assert (heat.local_id, heat.proplus_id, heat.third_party_id) == (before_heat.local_id, 7, "fd-heat-1")
    assert heat.fields["appliance_extra"] == "keep me"
    assert heat.fields["brussels"] == before_heat.fields["brussels"]  # 2000 stays a number, "-1" stays "-1"
    assert heat.fields["same_as_client"] == "0" and heat.fields["address"] == "Elders 3"
    assert (cool.local_id, cool.proplus_id) == (before_cool.local_id, 8)
    assert cool.fields["refrigerant"] == 2
    assert cool.fields["condensors"] == [{"id": 5, "brand": "Daikin", "kind": "0", "part_extra": True}]
    # The same-as-client cooling appliance now carries the client's address.
    assert cool.fields["address"] == "Voorbeeldstraat" and cool.fields["post_code"] == "1000"


def test_unknown_codes_survive_and_stay_selected(qtbot: Any) -> None:
    record = _existing_record()
    record["heating_appliance"][0]["brussels"]["brussels_reason_handling"] = "9"
    dialog = _dialog(qtbot, client_from_record(record))
    heating = dialog.appliance_pages()[0]
    assert isinstance(heating, HeatingPage)
    reason = heating.block_cells()["brussels_reason_handling"]
    assert isinstance(reason, ChoiceCell)
    assert reason.code() == "9" and "9" in reason.combo.currentText()
    assert dialog.record()["heating_appliance"][0]["brussels"]["brussels_reason_handling"] == "9"
    # The validator does not know code 9: the drop-down says so in words, not with a list of codes.
    assert _shown_error(reason) == "Reason for the visit: choose one of the listed values"
    assert not dialog.save_button.isEnabled()
    reason.select_label("Replacement")
    assert _shown_error(reason) is None and dialog.save_button.isEnabled()
    assert dialog.record()["heating_appliance"][0]["brussels"]["brussels_reason_handling"] == "1"


# --- region switch, same address, appliance list --------------------------------------------------------


def test_switching_region_swaps_the_block(qtbot: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    heating = dialog.appliance_pages()[0]
    assert isinstance(heating, HeatingPage)
    assert heating.active_block_name() == "brussels"
    assert "brussels_reason_handling" in heating.block_cells()
    assert not heating.cells["thirdparty_street_id"].isHidden()
    assert heating.block_heading.text().startswith("Brussels")

    heating.region_cell.select_region(Region.FLANDERS)
    assert heating.active_block_name() == "flanders"
    assert heating.blocks["brussels"].isHidden() and not heating.blocks["flanders"].isHidden()
    assert "label_gaseous" in heating.block_cells() and "brussels_reason_handling" not in heating.block_cells()
    assert heating.cells["thirdparty_street_id"].isHidden()  # a Brussels-only field
    assert heating.block_heading.text().startswith("Flanders")
    _type(qtbot, heating.block_cells()["device_year"], "20")
    assert "heating_appliance[0].flanders.device_year" in dialog.field_errors()
    _type(qtbot, heating.block_cells()["device_year"], "2020")

    heating.region_cell.select_region(Region.WALLONIA)
    assert heating.active_block_name() == "wallonie" and heating.blocks["flanders"].isHidden()
    heating.region_cell.select_region(Region.FLANDERS)  # what was typed is still there
    assert heating.block_cells()["device_year"].text() == "2020"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    heat = dialog.result_client().appliances[0]
    assert heat.region is Region.FLANDERS and heat.fields["region"] == "2"
    assert heat.fields["flanders"] == {"device_year": "2020"}
    assert heat.fields["brussels"] is None
    assert heat.block_name == "flanders" and heat.year == "2020"


def test_same_address_as_client_copies_locks_and_follows(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    client_page = dialog.client_page
    _type(qtbot, client_page.cells["name"], "Fictional Florist")
    _type(qtbot, client_page.cells["address"], "Bloemenlaan")
    _type(qtbot, client_page.cells["postal_code"], "9000")
    _type(qtbot, client_page.cells["city"], "Gent")
    heating = dialog.add_heating_appliance()
    _type(qtbot, heating.cells["name"], "Shop boiler")
    heating.same_as_client.setChecked(False)
    heating.same_as_client.setChecked(True)

    address = heating.cells["address"]
    assert isinstance(address, TextCell)
    assert address.text() == "Bloemenlaan" and heating.cells["post_code"].text() == "9000"
    assert heating.cells["city"].text() == "Gent"
    assert not address.line_edit.isEnabled()  # locked while it follows the client

    _type(qtbot, client_page.cells["address"], "Bloemenlaan", replace=False)
    _type(qtbot, client_page.cells["house_no"], "7")
    assert address.text() == "BloemenlaanBloemenlaan"
    assert heating.cells["house_no"].text() == "7"
    assert heating.record()["same_as_client"] == "1"

    heating.same_as_client.setChecked(False)
    assert address.line_edit.isEnabled()
    _type(qtbot, address, "Achterdeur 1")
    _type(qtbot, client_page.cells["city"], "Gent-Centrum")
    assert heating.cells["city"].text() == "Gent"  # no longer follows
    record = heating.record()
    assert record["same_as_client"] == "0" and record["address"] == "Achterdeur 1"


def test_add_and_remove_appliances(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    assert not dialog.remove_button.isEnabled()  # the client itself cannot be removed
    qtbot.mouseClick(dialog.add_cooling_button, Qt.MouseButton.LeftButton)
    assert dialog.sections.count() == 4 and dialog.sections.currentRow() == 3
    assert dialog.sections.item(3).text() == "New cooling appliance"
    assert not dialog.save_button.isEnabled()  # it has no name yet
    assert dialog.remove_button.isEnabled()

    asked: list[str] = []

    def refuse(page: Any) -> bool:
        asked.append(page.list_text())
        return False

    monkeypatch.setattr(dialog, "confirm_remove", refuse)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["New cooling appliance"] and dialog.sections.count() == 4

    monkeypatch.setattr(dialog, "confirm_remove", lambda page: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.sections.count() == 3
    assert dialog.save_button.isEnabled()

    dialog.sections.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client = dialog.result_client()
    assert [a.name for a in client.appliances] == ["Cold room"]
    assert client_record(client)["heating_appliance"] == []


def test_part_rows_can_be_removed(qtbot: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    cooling = dialog.appliance_pages()[1]
    assert isinstance(cooling, CoolingPage)
    condensers = cooling.parts["condensors"]
    second = condensers.add_part()
    _type(qtbot, second.cells["brand"], "Bitzer")
    assert [c.title.text() for c in condensers.cards] == ["Condenser 1", "Condenser 2"]
    qtbot.mouseClick(condensers.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert [c.title.text() for c in condensers.cards] == ["Condenser 1"]
    assert dialog.record()["cooling_appliance"][0]["condensors"] == [{"brand": "Bitzer"}]


def test_region_drop_down_uses_labels_and_codes(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    region = dialog.client_page.region_cell
    assert isinstance(region, RegionCell)
    assert [region.combo.itemText(i) for i in range(region.combo.count())] == [
        "(not set)", "Brussels", "Flanders", "Wallonia"]
    region.select_region(Region.WALLONIA)
    assert dialog.client_page.record()["region"] == "Wallonie"


def test_renders_cleanly_at_1100_by_750(qtbot: Any, tmp_path: Any) -> None:
    dialog = _dialog(qtbot, client_from_record(_existing_record()))
    dialog.resize(1100, 750)
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        page = dialog.stack.currentWidget()
        assert isinstance(page, QScrollArea)
        # Nothing scrolls sideways; long blocks scroll down.
        assert page.horizontalScrollBar().maximum() == 0
        image = dialog.grab()
        assert (image.width(), image.height()) == (1100, 750)
        assert image.save(str(tmp_path / f"form-{row}.png"))
        # Every field on the page gets at least the width it asks for.
        for edit in page.findChildren(QLineEdit):
            if edit.isVisibleTo(page):
                assert edit.width() >= edit.minimumSizeHint().width()
