"""How the client form lays out each Pro+ block: which fields, in which sub-section, in what order.

One group per table of the Pro+ document (§7.2.1 client, §7.2.2 general appliance fields, §7.2.3-5 region
blocks, §7.2.6 cooling and its parts). Inside a table the fields keep the document's order, except that
address fields are gathered into one "Location" group and long tables are split into sub-sections at the
document's own topic boundaries (installation, heating system, appliance, burner ...).

Every wire field of a block (`BLOCK_FIELDS`) is either shown here or listed in `HIDDEN` (ids, timestamps,
nested lists, fields Pro+ fills in itself, fields that appear only in the document's examples). Hidden
fields are never dropped: the form starts from the original record and only writes what the user changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.startup import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    title: str  # English, context "ClientForm"
    fields: tuple[str, ...]


def _section(title: str, *fields: str) -> Section:
    return Section(title, fields)



#: The "same address as client" checkbox is drawn at the top of the section holding this marker.
SAME_AS_CLIENT = "same_as_client"

SECTIONS: dict[str, tuple[Section, ...]] = {
    "client": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Client"),
                 "name", "region", "contact_person", "phone", "fax", "email"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Address"),
                 "address", "house_no", "post_bus", "postal_code", "city"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Region-specific details"),
                 "brussels_type_1", "brussels_type_2", "region_type", "region_preciser", "region_enterprise_name",
                 "region_company_name", "region_kbo", "wallonia_client_type_other"),
    ),
    "heating": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Heating appliance"),
                 "name", "region", "allowMoveOfInstallation", "telephone", "email"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Location"),
                 SAME_AS_CLIENT, "address", "house_no", "post_bus", "post_code", "city",
                 "thirdparty_street_id", "thirdparty_address_id", "thirdparty_unit_id"),
    ),
    "brussels": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Visit and installation"),
                 "brussels_reason_handling", "brussels_other_reason", "floor", "building_name",
                 "installation_contact_person", "occupation_date", "installation_email", "installation_tel",
                 "installation_reference_epb_unit", "no_environmental_permit"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Heating system"),
                 "heating_system_identification", "heating_system_type_one", "heating_system_type_two",
                 "heating_system_no_of_boilers", "heating_system_no_of_building", "heating_system_permit_date"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Use, connection and fuel"),
                 "appliance_type_one", "appliance_type_two", "multiple_system_index", "appliance_condensing",
                 "appliance_connected_as", "appliance_connected_as_a", "appliance_connected_as_b",
                 "appliance_connected_as_c", "appliance_fall_detector", "bicombustible_index",
                 "appliance_fuel_type", "appliance_gas_type_one", "appliance_other_gas", "fuel_mal_function_index",
                 "appliance_gas_type_two", "appliance_solid_type", "appliance_other_solid",
                 "appliance_exhaust_channel", "appliance_other_info"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Appliance"),
                 "device_name", "device_plate_present", "device_make", "device_type", "device_manufacturing_no",
                 "device_year", "device_nominal_power_min", "device_nominal_power_max", "device_flow_rate",
                 "device_unit"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Burner"),
                 "burner_power_modulation", "no_of_traps", "burner_plate_present", "burner_make", "burner_type",
                 "burner_year", "burner_manufacturing_no", "burner_flow_rate", "burner_flow_rate_unit",
                 "burner_flow_rate_max", "burner_flow_rate_unit_max"),
    ),
    "flanders": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Appliance type and fuel"),
                 "heating_device_type", "type_b", "type_c", "fuel", "gas_type", "solid_fuel", "other_gas_type",
                 "other_solid_fuel", "gas_type_premix"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Appliance"),
                 "device_make", "device_type", "device_year", "device_manufacturing_no", "device_nominal_power",
                 "device_unit", "device_fall_detector"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Burner"),
                 "burner_make", "burner_type", "burner_year", "brand_manufacturing_no", "flow_gas",
                 "flow_gas_unit"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Quality labels"),
                 "label_gaseous", "label_liquid", "label_fixed", "energy_level", "post_code"),
    ),
    "wallonie": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Client at the installation"),
                 "client_type", "company_name", "fax"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Fuel"),
                 "fuel", "different", "solid_fuel_type", "liquid_fuel_type", "gaseous_fuel_type"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Appliance"),
                 "device_identification", "device_make", "device_type", "device_year", "device_serial_no",
                 "device_nominal_power", "device_no_of_generator", "device_connection", "device_connection_type",
                 "device_condensation", "device_nameplate", "device_fall_detector"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Burner"),
                 "burner_select_type", "burner_no_of_type", "burner_as_gas", "burner_as_single_gas_or_liquid",
                 "burner_make", "burner_type", "burner_year", "burner_serial_number"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Central heating"),
                 "central_heating_coolant", "central_heating_production"),
    ),
    "cooling": (
        _section(QT_TRANSLATE_NOOP("ClientForm", "Cooling appliance"),
                 "name", "commissioning_date", "brand", "type", "kind", "telephone", "email"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Location"),
                 SAME_AS_CLIENT, "address", "house_no", "post_code", "city"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Refrigerant and installation"),
                 "refrigerant", "kg_precharge", "kg_startup", "vrv", "hermatically_sealed_sys",
                 "inspection_frequency", "leak_detection_system", "leak_detection_type", "operation", "hd", "ld",
                 "electrical_connection"),
        _section(QT_TRANSLATE_NOOP("ClientForm", "Filled in by Pro+"),
                 "gwp", "co2", "certification_date", "next_certification_date", "qr_id"),
    ),
    "condensor": (
        _section("", "brand", "type", "serial_number", "kind", "others", "number_of_fans"),
    ),
    "verdamper": (
        _section("", "brand", "type", "performance", "serial_number", "glycol", "cold_room_temperature",
                 "relative_humidity", "number_of_fans", "expansion_valve_brand", "expansion_valve_type",
                 "expansion_valve_outlet"),
    ),
    "compressor": (
        _section("", "brand", "type", "serial_number", "motor_capacity_control", "hd_pressure_switch",
                 "ld_pressure_switch", "oil_pressure_switch_point", "visual_oil_level_present",
                 "crankcase_resistance_current"),
    ),
}

_COMMON_HIDDEN = ("id", "created_at", "updated_at")

#: Fields of each block the form does not show (kept unchanged in the record).
HIDDEN: dict[str, frozenset[str]] = {
    "client": frozenset((*_COMMON_HIDDEN, "third_party_id", "street", "wallonia_type", "status", "logo",
                         "heating_appliance", "cooling_appliance")),
    "heating": frozenset((*_COMMON_HIDDEN, "client_id", "third_party_id", "brussels", "flanders", "wallonie")),
    # Only in the document's example (company ...) or "not applicable any more" (no_of_epb).
    "brussels": frozenset((*_COMMON_HIDDEN, "heating_appliance_id", "heating_system_no_of_epb", "company_name",
                           "company", "enterprise_number", "client_type", "client_type2")),
    "flanders": frozenset((*_COMMON_HIDDEN, "heating_appliance_id")),
    "wallonie": frozenset((*_COMMON_HIDDEN, "heating_appliance_id", "company", "sub_fuel_type",
                           "burner_flame_course")),
    "cooling": frozenset((*_COMMON_HIDDEN, "client_id", "third_party_id", "mobile_cooling_appliance_id",
                          "mobile_cooling_appliance_page4_id", "region", "condensors", "verdampers",
                          "compressors")),
    "condensor": frozenset((*_COMMON_HIDDEN, "mobile_condensor_id", "cooling_appliance_id")),
    "verdamper": frozenset((*_COMMON_HIDDEN, "mobile_verdamper_id", "cooling_appliance_id")),
    "compressor": frozenset((*_COMMON_HIDDEN, "mobile_compressor_id", "cooling_appliance_id")),
}

#: Shown but not editable: Pro+ computes or assigns them.
READ_ONLY: dict[str, frozenset[str]] = {
    "cooling": frozenset(("gwp", "co2", "certification_date", "next_certification_date", "qr_id")),
}

#: Fields only meaningful in one region, shown only when the appliance is there.
BRUSSELS_ONLY: dict[str, frozenset[str]] = {
    "heating": frozenset(("thirdparty_street_id", "thirdparty_address_id", "thirdparty_unit_id")),
}

#: Fields Pro+ documents as a real JSON boolean (sent as true/false, not as text).
BOOLEAN_FIELDS: frozenset[tuple[str, str]] = frozenset({("heating", "allowMoveOfInstallation")})

#: Input hints (a placeholder, not a rule: the rules live in app.vendors.proplus.validate).
DATE_HINT = QT_TRANSLATE_NOOP("ClientForm", "yyyy-mm-dd")
YEAR_HINT = QT_TRANSLATE_NOOP("ClientForm", "yyyy")
HINTS: dict[tuple[str, str], str] = {
    ("brussels", "occupation_date"): DATE_HINT,
    ("brussels", "heating_system_permit_date"): DATE_HINT,
    ("cooling", "commissioning_date"): DATE_HINT,
    **{(block, field): YEAR_HINT for block in ("brussels", "flanders", "wallonie")
       for field in ("device_year", "burner_year")},
}

#: Client address field -> appliance address field, for "same address as client".
ADDRESS_FIELDS: tuple[tuple[str, str], ...] = (
    ("address", "address"),
    ("house_no", "house_no"),
    ("post_bus", "post_bus"),
    ("postal_code", "post_code"),
    ("city", "city"),
)

#: Cooling parts: appliance key, enums block, singular and plural titles (context "ClientForm").
COOLING_PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("condensors", "condensor",
     QT_TRANSLATE_NOOP("ClientForm", "Condenser"), QT_TRANSLATE_NOOP("ClientForm", "Condensers")),
    ("verdampers", "verdamper",
     QT_TRANSLATE_NOOP("ClientForm", "Evaporator"), QT_TRANSLATE_NOOP("ClientForm", "Evaporators (verdampers)")),
    ("compressors", "compressor",
     QT_TRANSLATE_NOOP("ClientForm", "Compressor"), QT_TRANSLATE_NOOP("ClientForm", "Compressors")),
)


def shown_fields(block: str) -> tuple[str, ...]:
    """The block's fields the form shows, in layout order (without the same-as-client marker)."""
    return tuple(f for section in SECTIONS[block] for f in section.fields if f != SAME_AS_CLIENT)
