"""Pro+ codes read as English labels, and every wire field has a label a user can read."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.vendors.proplus import enums
from app.vendors.proplus.enums import (
    BLOCK_FIELDS,
    BLOCKS,
    ENUMERATIONS,
    FIELD_LABELS,
    describe_value,
    field_label,
)
from app.vendors.proplus.models import BLOCK_MODELS


@pytest.mark.parametrize(("block", "field", "value", "label"), [
    ("brussels", "brussels_reason_handling", "2", "Installation"),
    ("brussels", "brussels_reason_handling", 0, "Periodic check"),
    ("brussels", "brussels_reason_handling", "6", "Other"),
    ("brussels", "burner_flow_rate_unit", "1", "kg/h"),
    ("brussels", "burner_flow_rate_unit_max", "3", "m³/h"),
    ("brussels", "appliance_condensing", "0", "Yes"),
    ("brussels", "appliance_condensing", "1", "No"),
    ("brussels", "appliance_connected_as", "5", "Type C (non-concentric)"),
    ("brussels", "appliance_gas_type_one", "4", "Other"),
    ("brussels", "heating_system_type_two", "1", "Collective"),
    ("cooling", "inspection_frequency", 6, "every 6 months"),
    ("cooling", "inspection_frequency", "0", "No periodic inspection"),
    ("cooling", "electrical_connection", 0, "230 V - 1 PH - 50 Hz"),
    ("cooling", "electrical_connection", "2", "400 V - 3 PH+N - 50 Hz"),
    ("cooling", "vrv", "1", "No"),
    ("condensor", "kind", "2", "Evaporative condenser"),
    ("verdamper", "performance", "1", "Water cooler"),
    ("verdamper", "glycol", 2, "n/a"),
    ("heating", "same_as_client", "1", "Yes"),
    ("heating", "same_as_client", "false", "No"),
    ("heating", "allowMoveOfInstallation", True, "Yes"),
])
def test_numeric_codes_read_as_english(block: str, field: str, value: object, label: str) -> None:
    assert describe_value(block, field, value) == label


@pytest.mark.parametrize(("block", "field", "value", "label"), [
    ("flanders", "label_gaseous", "GasHR", "HR label"),
    ("flanders", "label_gaseous", "gashrplus", "HR+ label"),
    ("flanders", "fuel", "Gas", "Gas"),
    ("flanders", "fuel", "1", "Liquid fuel"),  # the examples send an index into the documented list
    ("flanders", "heating_device_type", "0", "Type B"),
    ("flanders", "device_unit", "Nee", "No"),
    ("flanders", "device_unit", 0, "Yes"),
    ("wallonie", "client_type", "Propriétaire", "Owner"),
    ("wallonie", "client_type", "Locataire", "Tenant"),
    ("wallonie", "fuel", "Gazeux", "Gas"),
    ("wallonie", "fuel", "0", "Solid fuel"),
    ("wallonie", "solid_fuel_type", "Bûches", "Logs"),
    ("wallonie", "device_condensation", "true", "Yes"),
    ("client", "brussels_type_1", "Copropriété", "Co-ownership"),
    ("client", "brussels_type_2", "1", "Environmental permit applicant"),
    ("client", "wallonia_client_type_other", "Mieter", "Tenant"),
])
def test_text_enumerations_read_as_english(block: str, field: str, value: object, label: str) -> None:
    assert describe_value(block, field, value) == label


@pytest.mark.parametrize(("block", "field", "value", "label"), [
    ("client", "region", "Brüssel", "Brussels"),
    ("client", "region", "Vlaanderen", "Flanders"),
    ("heating", "region", "3", "Wallonia"),
    ("heating", "region", 1, "Brussels"),
    ("cooling", "region", "Mars", "Mars"),
])
def test_regions_read_as_english(block: str, field: str, value: object, label: str) -> None:
    assert describe_value(block, field, value) == label


@pytest.mark.parametrize("value", [None, "", "  ", "-1", -1])
def test_unset_values_describe_as_empty(value: object) -> None:
    assert describe_value("brussels", "appliance_fuel_type", value) == ""


def test_unknown_codes_and_free_text_come_back_as_they_are() -> None:
    assert describe_value("brussels", "brussels_reason_handling", "9") == "9"
    assert describe_value("cooling", "inspection_frequency", 5) == "5"
    assert describe_value("flanders", "label_gaseous", "GasPurple") == "GasPurple"
    assert describe_value("cooling", "brand", "Daikin") == "Daikin"
    assert describe_value("cooling", "kg_precharge", 12.5) == "12.5"
    assert describe_value("nowhere", "nothing", 3) == "3"
    assert describe_value("verdamper", "performance", "test") == "test"  # as §22.2.2 prints it


@pytest.mark.parametrize("block", BLOCKS)
def test_every_wire_field_has_a_label_in_document_order(block: str) -> None:
    model = BLOCK_MODELS[block]
    wire_names = {field.alias or name for name, field in model.model_fields.items()}
    assert set(FIELD_LABELS[block]) == wire_names
    assert set(BLOCK_FIELDS[block]) == wire_names
    assert len(BLOCK_FIELDS[block]) == len(wire_names)
    for name in wire_names:
        label = field_label(block, name)
        assert label and label != name


def test_block_order_follows_the_document() -> None:
    brussels = BLOCK_FIELDS["brussels"]
    assert brussels.index("brussels_reason_handling") < brussels.index("floor") < brussels.index("device_year")
    assert brussels.index("device_year") < brussels.index("burner_flow_rate_unit_max")
    cooling = BLOCK_FIELDS["cooling"]
    assert cooling.index("name") < cooling.index("inspection_frequency") < cooling.index("electrical_connection")
    assert BLOCK_FIELDS["client"][:4] == ["id", "third_party_id", "name", "region"]


def test_field_label_falls_back_to_a_readable_name() -> None:
    assert field_label("brussels", "brussels_reason_handling") == "Reason for the visit"
    assert field_label("heating", "allowMoveOfInstallation") == "Installation may be moved"
    assert field_label("client", "some_new_field") == "Some new field"


def test_every_enumerated_field_is_a_wire_field_of_its_block() -> None:
    for block, fields in ENUMERATIONS.items():
        assert set(fields) <= set(BLOCK_FIELDS[block]), block


def test_numeric_codes_are_the_documented_ones() -> None:
    brussels = ENUMERATIONS["brussels"]
    assert brussels["brussels_reason_handling"].codes == ("0", "1", "2", "3", "4", "5", "6")
    assert brussels["burner_flow_rate_unit"].codes == ("0", "1", "2", "3")
    assert brussels["appliance_type_two"].codes == ("0", "1", "2", "3")
    assert ENUMERATIONS["cooling"]["inspection_frequency"].codes == ("0", "3", "6", "12", "24")
    assert ENUMERATIONS["condensor"]["kind"].codes == ("0", "1", "2", "3")
    assert ENUMERATIONS["verdamper"]["glycol"].codes == ("0", "1", "2")


def _all_labels() -> set[str]:
    labels = {label for fields in FIELD_LABELS.values() for label in fields.values()}
    for fields in ENUMERATIONS.values():
        for enumeration in fields.values():
            labels.update(label for _, label in enumeration.choices)
    labels.update(enums.REGION_LABELS.values())
    return labels


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None
                    and not (Path(__file__).parents[1] / ".venv/bin/pyside6-lupdate").exists(),
                    reason="pyside6-lupdate not installed")
def test_lupdate_finds_every_label(tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(__file__).parents[1] / ".venv/bin/pyside6-lupdate")
    ts = tmp_path / "proplus.ts"
    subprocess.run([tool, enums.__file__, "-ts", str(ts)], check=True, capture_output=True, timeout=60)
    found = {msg.findtext("source") for ctx in ET.parse(ts).getroot().iter("context")
             if ctx.findtext("name") == "ProPlus" for msg in ctx.iter("message")}
    # Gas categories (I2E+, ...) are standard codes, the same in every language: not marked on purpose.
    untranslated = _all_labels() - found - {"I2E+", "I2N", "I2E(S)", "I2E(R)"}
    assert untranslated == set()
