"""Every Pro+ enumeration (§7.2) as code -> English label, and an English label for every field.

Labels are English source strings marked for `pyside6-lupdate` (context "ProPlus"); the UI translates
them at display time. Two kinds of enumeration exist in the document:

- numeric codes (Brussels, cooling): "0", "1", ... with `-1` meaning "not set";
- documented text values (Flanders, Wallonia, client types), often in three languages. Pro+'s own
  examples send an index into the documented list instead (`"fuel": "1"`), so an index is accepted too.

Enumerations marked `documented=False` are inferred from the examples (e.g. Flemish and Walloon fall
detectors use the Brussels 0 = Yes / 1 = No convention); they label values but are never validated.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.regions import Region, normalise_region
from app.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "BLOCKS",
    "BLOCK_FIELDS",
    "ENUMERATIONS",
    "FIELD_LABELS",
    "NOT_SET",
    "REGION_FIELDS",
    "REGION_LABELS",
    "Enumeration",
    "code_text",
    "describe_value",
    "enumeration",
    "field_label",
    "is_unset",
]

#: Block names, in the order a client's data nests.
BLOCKS = ("client", "heating", "brussels", "flanders", "wallonie", "cooling", "condensor", "verdamper",
          "compressor")

#: The code Pro+ uses for "nothing chosen" in its numeric enumerations.
NOT_SET = "-1"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def code_text(value: object) -> str:
    """A scalar as the text Pro+ would send: 6 -> "6", 6.0 -> "6", True -> "true", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # Python refuses to print ints past ~4300 digits; such a value is no code anyway.
        return str(value) if value.bit_length() <= 1000 else "<number too large>"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 100:  # no code is this long; int() of a long digit string is slow
            return text
        # "06" and "6.0" are the code 6; anything else stays as typed.
        body = text[1:] if text.startswith("-") else text
        if body.isascii() and body.isdigit():
            return str(int(text))
        if body.isascii() and body.endswith(".0") and body[:-2].isdigit():
            return str(int(float(text)))
        return text
    return str(value)


def is_unset(value: object) -> bool:
    """None, "", "-1" and -1 all mean "not set" in Pro+ enumerations."""
    return code_text(value) in ("", NOT_SET)


@dataclass(frozen=True)
class Enumeration:
    """Allowed values of one field, in document order, each with its English label."""

    choices: tuple[tuple[str, str], ...]
    #: True: codes are "0", "1", ...; False: documented text values, an index into them is accepted.
    numeric: bool = True
    #: False: inferred from examples, not from the field table; used for labels, never for validation.
    documented: bool = True

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.choices)

    def label(self, value: object) -> str | None:
        """The English label for a value, or None when the value is not one of the choices."""
        text = code_text(value)
        for code, label in self.choices:
            if code == text:
                return label
        if self.numeric:
            return None
        folded = _fold(text)
        for code, label in self.choices:
            if _fold(code) == folded:
                return label
        if text.isascii() and text.isdigit() and int(text) < len(self.choices):
            return self.choices[int(text)][1]
        return None

    def accepts(self, value: object) -> bool:
        return is_unset(value) or self.label(value) is not None


def _codes(*labels: str) -> tuple[tuple[str, str], ...]:
    """Labels for the codes "0", "1", "2", ... in order."""
    return tuple((str(index), label) for index, label in enumerate(labels))


YES = QT_TRANSLATE_NOOP("ProPlus", "Yes")
NO = QT_TRANSLATE_NOOP("ProPlus", "No")
OTHER = QT_TRANSLATE_NOOP("ProPlus", "Other")
OWNER = QT_TRANSLATE_NOOP("ProPlus", "Owner")
TENANT = QT_TRANSLATE_NOOP("ProPlus", "Tenant")
COMPANY = QT_TRANSLATE_NOOP("ProPlus", "Company")
CO_OWNERSHIP = QT_TRANSLATE_NOOP("ProPlus", "Co-ownership")
SOLID = QT_TRANSLATE_NOOP("ProPlus", "Solid fuel")
LIQUID = QT_TRANSLATE_NOOP("ProPlus", "Liquid fuel")
GASEOUS = QT_TRANSLATE_NOOP("ProPlus", "Gas")
WOOD_PELLETS = QT_TRANSLATE_NOOP("ProPlus", "Wood pellets")
LOGS = QT_TRANSLATE_NOOP("ProPlus", "Logs")
WOOD_CHIPS = QT_TRANSLATE_NOOP("ProPlus", "Wood chips")
PREMIX = QT_TRANSLATE_NOOP("ProPlus", "Premix")
NOT_PREMIX = QT_TRANSLATE_NOOP("ProPlus", "Not premix")
NO_LABEL = QT_TRANSLATE_NOOP("ProPlus", "No label")
ENERGY_LABEL = QT_TRANSLATE_NOOP("ProPlus", "Energy label")

#: 0 = Yes, 1 = No: the document's convention for every yes/no code.
YES_NO = Enumeration(_codes(YES, NO))
_YES_NO_INFERRED = Enumeration(_codes(YES, NO), documented=False)

#: Text "true"/"false" (same_as_client also arrives as "1"/"0", where 1 means the same address).
TRUE_FALSE = Enumeration((("true", YES), ("false", NO), ("1", YES), ("0", NO)), numeric=False)

FLOW_RATE_UNIT = Enumeration(_codes(
    QT_TRANSLATE_NOOP("ProPlus", "kW"),
    QT_TRANSLATE_NOOP("ProPlus", "kg/h"),
    QT_TRANSLATE_NOOP("ProPlus", "l/h"),
    QT_TRANSLATE_NOOP("ProPlus", "m³/h"),
))

# Wallonia's three-language lists as the document prints them (a table read row by row: Dutch, French,
# German, each with a solid, liquid and gaseous column where the row has one).
_WALLONIA_FUEL_TYPES = (
    ("Houten pellets", WOOD_PELLETS),
    ("Diesel brandstof", QT_TRANSLATE_NOOP("ProPlus", "Diesel fuel")),
    ("Nat G20-gas", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G20")),
    ("Pellets bois", WOOD_PELLETS),
    ("Gasoil", QT_TRANSLATE_NOOP("ProPlus", "Gas oil")),
    ("Gaz nat G20", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G20")),
    ("Holzpellets", WOOD_PELLETS),
    ("Heizöl extra", QT_TRANSLATE_NOOP("ProPlus", "Heating oil extra")),
    ("Erdgas G20", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G20")),
    ("Houtblokken", LOGS),
    ("Extra gasolie", QT_TRANSLATE_NOOP("ProPlus", "Gas oil extra")),
    ("Nat G25-gas", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G25")),
    ("Bûches", LOGS),
    ("Gasoil extra", QT_TRANSLATE_NOOP("ProPlus", "Gas oil extra")),
    ("Gaz nat G25", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G25")),
    ("Holz-scheite", LOGS),
    ("Heizöl ultra", QT_TRANSLATE_NOOP("ProPlus", "Heating oil ultra")),
    ("Erdgas G25", QT_TRANSLATE_NOOP("ProPlus", "Natural gas G25")),
    ("Houtpellets", WOOD_CHIPS),  # the row's French and German entries are wood chips
    ("Zware brandstof", QT_TRANSLATE_NOOP("ProPlus", "Heavy fuel oil")),
    ("Propaan", QT_TRANSLATE_NOOP("ProPlus", "Propane")),
    ("Plaquettes", WOOD_CHIPS),
    ("Fuel lourd", QT_TRANSLATE_NOOP("ProPlus", "Heavy fuel oil")),
    ("Propane", QT_TRANSLATE_NOOP("ProPlus", "Propane")),
    ("Hackschnitzel", WOOD_CHIPS),
    ("Schwerer Heizöl", QT_TRANSLATE_NOOP("ProPlus", "Heavy fuel oil")),
    ("Propan", QT_TRANSLATE_NOOP("ProPlus", "Propane")),
    ("Granen", QT_TRANSLATE_NOOP("ProPlus", "Cereals")),
    ("Butaan", QT_TRANSLATE_NOOP("ProPlus", "Butane")),
    ("Céréales", QT_TRANSLATE_NOOP("ProPlus", "Cereals")),
    ("Butane", QT_TRANSLATE_NOOP("ProPlus", "Butane")),
    ("Getreide", QT_TRANSLATE_NOOP("ProPlus", "Cereals")),
    ("Butan", QT_TRANSLATE_NOOP("ProPlus", "Butane")),
    ("Steenkool", QT_TRANSLATE_NOOP("ProPlus", "Coal")),
    ("Charbon", QT_TRANSLATE_NOOP("ProPlus", "Coal")),
    ("Biogaz", QT_TRANSLATE_NOOP("ProPlus", "Biogas")),
    ("Kohle", QT_TRANSLATE_NOOP("ProPlus", "Coal")),
    ("Biogaz", QT_TRANSLATE_NOOP("ProPlus", "Biogas")),
    ("Anders", OTHER),
    ("Autre", OTHER),
    ("Andere", OTHER),
)

_OWNER_TENANT = Enumeration((
    ("Eigenaar", OWNER), ("Huurder", TENANT), ("Anders", OTHER),
    ("Propriétaire", OWNER), ("Locataire", TENANT), ("Autre", OTHER),
    ("Eigentümer", OWNER), ("Mieter", TENANT), ("Andere", OTHER),
), numeric=False)


ENUMERATIONS: dict[str, dict[str, Enumeration]] = {
    "client": {
        "brussels_type_1": Enumeration((
            ("Particulier", QT_TRANSLATE_NOOP("ProPlus", "Private individual")),
            ("Medeëigendom", CO_OWNERSHIP),
            ("Onderneming", COMPANY),
            ("Copropriété", CO_OWNERSHIP),
            ("Entreprise", COMPANY),
        ), numeric=False),
        "brussels_type_2": Enumeration((
            ("Eigenaar", OWNER),
            ("Aanvrager milieuvergunning", QT_TRANSLATE_NOOP("ProPlus", "Environmental permit applicant")),
            ("Propriétaire", OWNER),
            ("Déclarant", QT_TRANSLATE_NOOP("ProPlus", "Declarant")),
            ("Titulaire permis d'environnement", QT_TRANSLATE_NOOP("ProPlus", "Environmental permit holder")),
        ), numeric=False),
        "wallonia_client_type_other": _OWNER_TENANT,
    },
    "heating": {
        "same_as_client": TRUE_FALSE,
        "allowMoveOfInstallation": TRUE_FALSE,
    },
    "brussels": {
        "brussels_reason_handling": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Periodic check"),
            QT_TRANSLATE_NOOP("ProPlus", "Replacement"),
            QT_TRANSLATE_NOOP("ProPlus", "Installation"),
            QT_TRANSLATE_NOOP("ProPlus", "Conformity"),
            QT_TRANSLATE_NOOP("ProPlus", "Intervention"),
            QT_TRANSLATE_NOOP("ProPlus", "Relocation"),
            OTHER,
        )),
        "heating_system_type_one": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Type 1"),
            QT_TRANSLATE_NOOP("ProPlus", "Type 2"),
        )),
        "heating_system_type_two": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Individual"),
            QT_TRANSLATE_NOOP("ProPlus", "Collective"),
            QT_TRANSLATE_NOOP("ProPlus", "Individual heating of an EPB apartment"),
            QT_TRANSLATE_NOOP("ProPlus", "Individual heating of the entire building"),
        )),
        "appliance_type_one": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Water heater"),
            QT_TRANSLATE_NOOP("ProPlus", "Boiler"),
        )),
        "appliance_type_two": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Space heating"),
            QT_TRANSLATE_NOOP("ProPlus", "Domestic hot water"),
            QT_TRANSLATE_NOOP("ProPlus", "Space heating and domestic hot water"),
            QT_TRANSLATE_NOOP("ProPlus", "Only used when another appliance fails"),
        )),
        "multiple_system_index": YES_NO,
        "appliance_condensing": YES_NO,
        "appliance_connected_as": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Type A"),
            QT_TRANSLATE_NOOP("ProPlus", "Type B1"),
            QT_TRANSLATE_NOOP("ProPlus", "Type B (overpressure)"),
            QT_TRANSLATE_NOOP("ProPlus", "Type B"),
            QT_TRANSLATE_NOOP("ProPlus", "Type C"),
            QT_TRANSLATE_NOOP("ProPlus", "Type C (non-concentric)"),
        )),
        "appliance_fall_detector": YES_NO,
        "bicombustible_index": YES_NO,
        # The document lists FuelOil for codes 2, 3 and 4; kept as documented.
        "appliance_fuel_type": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Natural gas"),
            QT_TRANSLATE_NOOP("ProPlus", "Propane"),
            QT_TRANSLATE_NOOP("ProPlus", "Fuel oil"),
            QT_TRANSLATE_NOOP("ProPlus", "Fuel oil"),
            QT_TRANSLATE_NOOP("ProPlus", "Fuel oil"),
        )),
        "appliance_gas_type_one": Enumeration(_codes(
            "I2E+", "I2N", "I2E(S)", "I2E(R)",
            OTHER,
            QT_TRANSLATE_NOOP("ProPlus", "Unknown"),
        )),
        "fuel_mal_function_index": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Natural gas"),
            QT_TRANSLATE_NOOP("ProPlus", "Propane"),
            QT_TRANSLATE_NOOP("ProPlus", "Gas boiler"),
        )),
        "appliance_gas_type_two": Enumeration(_codes(
            NOT_PREMIX,
            PREMIX,
            QT_TRANSLATE_NOOP("ProPlus", "Gas boiler"),
        )),
        "appliance_solid_type": Enumeration(_codes(WOOD_PELLETS, LOGS, OTHER)),
        "appliance_exhaust_channel": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Individual"),
            QT_TRANSLATE_NOOP("ProPlus", "Collective"),
            OTHER,
        )),
        "device_plate_present": YES_NO,
        "device_unit": YES_NO,
        "burner_power_modulation": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "1 stage"),
            QT_TRANSLATE_NOOP("ProPlus", "2 stages"),
            QT_TRANSLATE_NOOP("ProPlus", "Modulating"),
        )),
        "burner_plate_present": YES_NO,
        "burner_flow_rate_unit": FLOW_RATE_UNIT,
        "burner_flow_rate_unit_max": FLOW_RATE_UNIT,
    },
    "flanders": {
        "heating_device_type": Enumeration((
            ("Type B", QT_TRANSLATE_NOOP("ProPlus", "Type B")),
            ("Type C", QT_TRANSLATE_NOOP("ProPlus", "Type C")),
        ), numeric=False),
        "fuel": Enumeration((("Gas", GASEOUS), ("Liquid", LIQUID), ("Fixed", SOLID)), numeric=False),
        "gas_type": Enumeration((
            ("Natural Gas", QT_TRANSLATE_NOOP("ProPlus", "Natural gas")),
            ("LPG", QT_TRANSLATE_NOOP("ProPlus", "LPG")),
            ("Other", OTHER),
            ("Not Premix", NOT_PREMIX),
            ("Premix", PREMIX),
            ("Gas Boiler", QT_TRANSLATE_NOOP("ProPlus", "Gas boiler")),
        ), numeric=False),
        "solid_fuel": Enumeration((
            ("Wood", QT_TRANSLATE_NOOP("ProPlus", "Wood")),
            ("Logs", LOGS),
            ("Other fuel", QT_TRANSLATE_NOOP("ProPlus", "Other fuel")),
        ), numeric=False),
        "device_unit": Enumeration((
            ("Ja", YES), ("Nee", NO), ("Oui", YES), ("Non", NO), ("Nein", NO),
        ), numeric=False),
        "label_gaseous": Enumeration((
            ("GasNo", NO_LABEL),
            ("GasWhite", QT_TRANSLATE_NOOP("ProPlus", "White label")),
            ("GasHR", QT_TRANSLATE_NOOP("ProPlus", "HR label")),
            ("GasHRPlus", QT_TRANSLATE_NOOP("ProPlus", "HR+ label")),
            ("GasHRTop", QT_TRANSLATE_NOOP("ProPlus", "HR Top label")),
            ("GasEnergy", ENERGY_LABEL),
        ), numeric=False),
        "label_liquid": Enumeration((
            ("LiquidNo", NO_LABEL),
            ("LiquidOptimiz", QT_TRANSLATE_NOOP("ProPlus", "Optimaz label")),
            ("LiquidOptimizElite", QT_TRANSLATE_NOOP("ProPlus", "Optimaz Elite label")),
            ("LiquidEnergy", ENERGY_LABEL),
        ), numeric=False),
        "label_fixed": Enumeration((("FixedNo", NO_LABEL), ("FixedEnergy", ENERGY_LABEL)), numeric=False),
        "device_fall_detector": _YES_NO_INFERRED,
        # Examples send "0" and "3": read as the Brussels flow-rate units.
        "flow_gas_unit": Enumeration(FLOW_RATE_UNIT.choices, documented=False),
    },
    "wallonie": {
        "device_fall_detector": _YES_NO_INFERRED,
        "client_type": _OWNER_TENANT,
        "fuel": Enumeration((
            ("Solide", SOLID), ("Vloeistof", LIQUID), ("Gas", GASEOUS),
            ("Solide", SOLID), ("Liquide", LIQUID), ("Gazeux", GASEOUS),
            ("Fest", SOLID), ("Flüssig", LIQUID), ("Gasförmig", GASEOUS),
        ), numeric=False),
        "device_condensation": Enumeration((("true", YES), ("false", NO)), numeric=False),
        "device_nameplate": Enumeration((("true", YES), ("false", NO)), numeric=False),
        "burner_select_type": Enumeration((
            ("1 Allure", QT_TRANSLATE_NOOP("ProPlus", "Single stage")),
            ("Plusieurs allures", QT_TRANSLATE_NOOP("ProPlus", "Multi-stage")),
            ("Modulant", QT_TRANSLATE_NOOP("ProPlus", "Modulating")),
            ("Verschillende vlamgangen", QT_TRANSLATE_NOOP("ProPlus", "Multi-stage")),
            ("Modulerende", QT_TRANSLATE_NOOP("ProPlus", "Modulating")),
            ("1 Verbrennungsgang", QT_TRANSLATE_NOOP("ProPlus", "Single stage")),
            ("mehrere Verbrennungsgänge (Anzahl:)", QT_TRANSLATE_NOOP("ProPlus", "Multi-stage")),
            ("Erdgas Modulierend", QT_TRANSLATE_NOOP("ProPlus", "Modulating")),
        ), numeric=False),
        "burner_as_gas": Enumeration((
            ("Eenheid", QT_TRANSLATE_NOOP("ProPlus", "Unit")),
            ("Ventilatorbrander", QT_TRANSLATE_NOOP("ProPlus", "Forced-draught burner")),
            ("Unit", QT_TRANSLATE_NOOP("ProPlus", "Unit")),
            ("Air pulsé (séparable)", QT_TRANSLATE_NOOP("ProPlus", "Forced-draught burner (separable)")),
            ("Gebläse (trennbar)", QT_TRANSLATE_NOOP("ProPlus", "Forced-draught burner (separable)")),
        ), numeric=False),
        "burner_as_single_gas_or_liquid": Enumeration((
            ("Premix", PREMIX), ("Non-Premix", NOT_PREMIX), ("Prémix", PREMIX), ("Non-prémix", NOT_PREMIX),
            ("Nicht-Premix", NOT_PREMIX),
        ), numeric=False),
        "solid_fuel_type": Enumeration(_WALLONIA_FUEL_TYPES, numeric=False),
        # The document repeats the first nine entries of the solid fuel list here.
        "liquid_fuel_type": Enumeration(_WALLONIA_FUEL_TYPES[:9], numeric=False),
        "device_connection_type": Enumeration((
            ("B", QT_TRANSLATE_NOOP("ProPlus", "Type B")),
            ("connectiontext", QT_TRANSLATE_NOOP("ProPlus", "Other connection (see text)")),
            ("C", QT_TRANSLATE_NOOP("ProPlus", "Type C")),
        ), numeric=False),
    },
    "cooling": {
        "same_as_client": TRUE_FALSE,
        "vrv": YES_NO,
        "hermatically_sealed_sys": YES_NO,
        "inspection_frequency": Enumeration((
            ("0", QT_TRANSLATE_NOOP("ProPlus", "No periodic inspection")),
            ("3", QT_TRANSLATE_NOOP("ProPlus", "every 3 months")),
            ("6", QT_TRANSLATE_NOOP("ProPlus", "every 6 months")),
            ("12", QT_TRANSLATE_NOOP("ProPlus", "every 12 months")),
            ("24", QT_TRANSLATE_NOOP("ProPlus", "every 24 months")),
        )),
        "leak_detection_system": YES_NO,
        "operation": YES_NO,
        "electrical_connection": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "230 V - 1 PH - 50 Hz"),
            QT_TRANSLATE_NOOP("ProPlus", "230 V - 3 PH - 50 Hz"),
            QT_TRANSLATE_NOOP("ProPlus", "400 V - 3 PH+N - 50 Hz"),
        )),
    },
    "condensor": {
        "kind": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Air"),
            QT_TRANSLATE_NOOP("ProPlus", "Water"),
            QT_TRANSLATE_NOOP("ProPlus", "Evaporative condenser"),
            OTHER,
        )),
    },
    "verdamper": {
        "performance": Enumeration(_codes(
            QT_TRANSLATE_NOOP("ProPlus", "Air cooler"),
            QT_TRANSLATE_NOOP("ProPlus", "Water cooler"),
        )),
        "glycol": Enumeration(_codes(YES, NO, QT_TRANSLATE_NOOP("ProPlus", "n/a"))),
    },
    "compressor": {
        # Not in the field table; the examples send "0"/"1" like the documented yes/no fields.
        "motor_capacity_control": _YES_NO_INFERRED,
        "visual_oil_level_present": _YES_NO_INFERRED,
    },
}

#: Fields holding a region: client spellings (Brussel, Wallonië, ...) or appliance codes 1/2/3.
REGION_FIELDS = {("client", "region"), ("heating", "region"), ("cooling", "region")}

REGION_LABELS: dict[Region, str] = {
    Region.BRUSSELS: QT_TRANSLATE_NOOP("ProPlus", "Brussels"),
    Region.FLANDERS: QT_TRANSLATE_NOOP("ProPlus", "Flanders"),
    Region.WALLONIA: QT_TRANSLATE_NOOP("ProPlus", "Wallonia"),
}


# --- field labels, in document order ----------------------------------------------------------------

_ID = QT_TRANSLATE_NOOP("ProPlus", "Pro+ id")
_CREATED = QT_TRANSLATE_NOOP("ProPlus", "Created at")
_UPDATED = QT_TRANSLATE_NOOP("ProPlus", "Updated at")
_THIRD_PARTY_ID = QT_TRANSLATE_NOOP("ProPlus", "Third-party id")
_NAME = QT_TRANSLATE_NOOP("ProPlus", "Name")
_REGION = QT_TRANSLATE_NOOP("ProPlus", "Region")
_ADDRESS = QT_TRANSLATE_NOOP("ProPlus", "Address")
_CITY = QT_TRANSLATE_NOOP("ProPlus", "City")
_POSTAL_CODE = QT_TRANSLATE_NOOP("ProPlus", "Postal code")
_HOUSE_NO = QT_TRANSLATE_NOOP("ProPlus", "House number")
_POST_BUS = QT_TRANSLATE_NOOP("ProPlus", "Post box")
_TELEPHONE = QT_TRANSLATE_NOOP("ProPlus", "Telephone")
_EMAIL = QT_TRANSLATE_NOOP("ProPlus", "E-mail")
_FAX = QT_TRANSLATE_NOOP("ProPlus", "Fax")
_SAME_AS_CLIENT = QT_TRANSLATE_NOOP("ProPlus", "Same address as client")
_CLIENT_ID = QT_TRANSLATE_NOOP("ProPlus", "Pro+ client id")
_HEATING_ID = QT_TRANSLATE_NOOP("ProPlus", "Pro+ heating appliance id")
_COOLING_ID = QT_TRANSLATE_NOOP("ProPlus", "Pro+ cooling appliance id")
_COMPANY_NAME = QT_TRANSLATE_NOOP("ProPlus", "Company name")
_COMPANY = QT_TRANSLATE_NOOP("ProPlus", "Company")
_CLIENT_TYPE = QT_TRANSLATE_NOOP("ProPlus", "Client type")
_BRAND = QT_TRANSLATE_NOOP("ProPlus", "Brand")
_TYPE = QT_TRANSLATE_NOOP("ProPlus", "Type")
_KIND = QT_TRANSLATE_NOOP("ProPlus", "Kind")
_SERIAL = QT_TRANSLATE_NOOP("ProPlus", "Serial number")
_FANS = QT_TRANSLATE_NOOP("ProPlus", "Number of fans")
_DEVICE_MAKE = QT_TRANSLATE_NOOP("ProPlus", "Appliance make")
_DEVICE_TYPE = QT_TRANSLATE_NOOP("ProPlus", "Appliance type")
_DEVICE_YEAR = QT_TRANSLATE_NOOP("ProPlus", "Appliance year")
_DEVICE_MANUFACTURING_NO = QT_TRANSLATE_NOOP("ProPlus", "Appliance manufacturing number")
_DEVICE_NOMINAL_POWER = QT_TRANSLATE_NOOP("ProPlus", "Appliance nominal power")
_DEVICE_UNIT = QT_TRANSLATE_NOOP("ProPlus", "Appliance unit")
_FALL_DETECTOR = QT_TRANSLATE_NOOP("ProPlus", "Fall detector")
_BURNER_MAKE = QT_TRANSLATE_NOOP("ProPlus", "Burner make")
_BURNER_TYPE = QT_TRANSLATE_NOOP("ProPlus", "Burner type")
_BURNER_YEAR = QT_TRANSLATE_NOOP("ProPlus", "Burner year")
_FUEL = QT_TRANSLATE_NOOP("ProPlus", "Fuel")

FIELD_LABELS: dict[str, dict[str, str]] = {
    "client": {
        "id": _ID,
        "third_party_id": _THIRD_PARTY_ID,
        "name": _NAME,
        "region": _REGION,
        "brussels_type_1": QT_TRANSLATE_NOOP("ProPlus", "Client type (Brussels)"),
        "brussels_type_2": QT_TRANSLATE_NOOP("ProPlus", "Client role (Brussels)"),
        "street": QT_TRANSLATE_NOOP("ProPlus", "Street"),
        "address": _ADDRESS,
        "city": _CITY,
        "postal_code": _POSTAL_CODE,
        "contact_person": QT_TRANSLATE_NOOP("ProPlus", "Contact person"),
        "fax": _FAX,
        "phone": _TELEPHONE,
        "email": _EMAIL,
        "region_type": QT_TRANSLATE_NOOP("ProPlus", "Type (Brussels)"),
        "region_preciser": QT_TRANSLATE_NOOP("ProPlus", "Specification (Brussels)"),
        "region_enterprise_name": QT_TRANSLATE_NOOP("ProPlus", "Enterprise name"),
        "region_company_name": _COMPANY_NAME,
        "house_no": _HOUSE_NO,
        "post_bus": _POST_BUS,
        "region_kbo": QT_TRANSLATE_NOOP("ProPlus", "Enterprise number (KBO)"),
        "wallonia_client_type_other": QT_TRANSLATE_NOOP("ProPlus", "Client type (Wallonia)"),
        "wallonia_type": QT_TRANSLATE_NOOP("ProPlus", "Wallonia type"),
        "status": QT_TRANSLATE_NOOP("ProPlus", "Status"),
        "logo": QT_TRANSLATE_NOOP("ProPlus", "Logo"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
        "heating_appliance": QT_TRANSLATE_NOOP("ProPlus", "Heating appliances"),
        "cooling_appliance": QT_TRANSLATE_NOOP("ProPlus", "Cooling appliances"),
    },
    "heating": {
        "id": _ID,
        "client_id": _CLIENT_ID,
        "third_party_id": _THIRD_PARTY_ID,
        "same_as_client": _SAME_AS_CLIENT,
        "allowMoveOfInstallation": QT_TRANSLATE_NOOP("ProPlus", "Installation may be moved"),
        "name": _NAME,
        "region": _REGION,
        "address": _ADDRESS,
        "city": _CITY,
        "telephone": _TELEPHONE,
        "email": _EMAIL,
        "post_code": _POSTAL_CODE,
        "house_no": _HOUSE_NO,
        "post_bus": _POST_BUS,
        "thirdparty_street_id": QT_TRANSLATE_NOOP("ProPlus", "Public way id (Brussels)"),
        "thirdparty_address_id": QT_TRANSLATE_NOOP("ProPlus", "Address id (Brussels)"),
        "thirdparty_unit_id": QT_TRANSLATE_NOOP("ProPlus", "Unit id (Brussels)"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
        "brussels": QT_TRANSLATE_NOOP("ProPlus", "Brussels"),
        "flanders": QT_TRANSLATE_NOOP("ProPlus", "Flanders"),
        "wallonie": QT_TRANSLATE_NOOP("ProPlus", "Wallonia"),
    },
    "brussels": {
        "id": _ID,
        "heating_appliance_id": _HEATING_ID,
        "brussels_reason_handling": QT_TRANSLATE_NOOP("ProPlus", "Reason for the visit"),
        "brussels_other_reason": QT_TRANSLATE_NOOP("ProPlus", "Other reason"),
        "floor": QT_TRANSLATE_NOOP("ProPlus", "Floor"),
        "building_name": QT_TRANSLATE_NOOP("ProPlus", "Building name"),
        "installation_contact_person": QT_TRANSLATE_NOOP("ProPlus", "Installation contact person"),
        "occupation_date": QT_TRANSLATE_NOOP("ProPlus", "Occupation date"),
        "installation_email": QT_TRANSLATE_NOOP("ProPlus", "Installation e-mail"),
        "installation_tel": QT_TRANSLATE_NOOP("ProPlus", "Installation telephone"),
        "installation_reference_epb_unit": QT_TRANSLATE_NOOP("ProPlus", "EPB unit reference"),
        "no_environmental_permit": QT_TRANSLATE_NOOP("ProPlus", "Environmental permit number"),
        "heating_system_identification": QT_TRANSLATE_NOOP("ProPlus", "Heating system identification"),
        "heating_system_type_one": QT_TRANSLATE_NOOP("ProPlus", "Heating system type"),
        "heating_system_type_two": QT_TRANSLATE_NOOP("ProPlus", "Heating system kind"),
        "heating_system_no_of_boilers": QT_TRANSLATE_NOOP("ProPlus", "Number of boilers"),
        "heating_system_no_of_building": QT_TRANSLATE_NOOP("ProPlus", "Number of buildings"),
        "heating_system_no_of_epb": QT_TRANSLATE_NOOP("ProPlus", "Number of EPB units"),
        "heating_system_permit_date": QT_TRANSLATE_NOOP("ProPlus", "Permit date"),
        "appliance_type_one": QT_TRANSLATE_NOOP("ProPlus", "Appliance kind"),
        "appliance_type_two": QT_TRANSLATE_NOOP("ProPlus", "Appliance use"),
        "multiple_system_index": QT_TRANSLATE_NOOP("ProPlus", "Multiple system"),
        "appliance_condensing": QT_TRANSLATE_NOOP("ProPlus", "Condensing appliance"),
        "appliance_connected_as": QT_TRANSLATE_NOOP("ProPlus", "Connected as"),
        "appliance_connected_as_a": QT_TRANSLATE_NOOP("ProPlus", "Connected as type A: details"),
        "appliance_connected_as_b": QT_TRANSLATE_NOOP("ProPlus", "Connected as type B: details"),
        "appliance_connected_as_c": QT_TRANSLATE_NOOP("ProPlus", "Connected as type C: details"),
        "appliance_fall_detector": _FALL_DETECTOR,
        "bicombustible_index": QT_TRANSLATE_NOOP("ProPlus", "Dual fuel"),
        "appliance_fuel_type": _FUEL,
        "appliance_gas_type_one": QT_TRANSLATE_NOOP("ProPlus", "Gas category"),
        "appliance_other_gas": QT_TRANSLATE_NOOP("ProPlus", "Other gas"),
        "fuel_mal_function_index": QT_TRANSLATE_NOOP("ProPlus", "Fuel (malfunction)"),
        "appliance_gas_type_two": QT_TRANSLATE_NOOP("ProPlus", "Gas appliance type"),
        "appliance_solid_type": QT_TRANSLATE_NOOP("ProPlus", "Solid fuel"),
        "appliance_other_solid": QT_TRANSLATE_NOOP("ProPlus", "Other solid fuel"),
        "appliance_exhaust_channel": QT_TRANSLATE_NOOP("ProPlus", "Exhaust channel"),
        "appliance_other_info": QT_TRANSLATE_NOOP("ProPlus", "Other appliance information"),
        "device_name": QT_TRANSLATE_NOOP("ProPlus", "Appliance name"),
        "device_plate_present": QT_TRANSLATE_NOOP("ProPlus", "Appliance rating plate present"),
        "device_make": _DEVICE_MAKE,
        "device_type": _DEVICE_TYPE,
        "device_manufacturing_no": _DEVICE_MANUFACTURING_NO,
        "device_year": _DEVICE_YEAR,
        "device_nominal_power_min": QT_TRANSLATE_NOOP("ProPlus", "Minimum nominal power"),
        "device_nominal_power_max": QT_TRANSLATE_NOOP("ProPlus", "Maximum nominal power"),
        "device_flow_rate": QT_TRANSLATE_NOOP("ProPlus", "Appliance flow rate"),
        "device_unit": _DEVICE_UNIT,
        "burner_power_modulation": QT_TRANSLATE_NOOP("ProPlus", "Burner power modulation"),
        "no_of_traps": QT_TRANSLATE_NOOP("ProPlus", "Number of stages"),
        "burner_plate_present": QT_TRANSLATE_NOOP("ProPlus", "Burner rating plate present"),
        "burner_make": _BURNER_MAKE,
        "burner_type": _BURNER_TYPE,
        "burner_year": _BURNER_YEAR,
        "burner_manufacturing_no": QT_TRANSLATE_NOOP("ProPlus", "Burner manufacturing number"),
        "burner_flow_rate": QT_TRANSLATE_NOOP("ProPlus", "Burner flow rate"),
        "burner_flow_rate_unit": QT_TRANSLATE_NOOP("ProPlus", "Burner flow rate unit"),
        "burner_flow_rate_max": QT_TRANSLATE_NOOP("ProPlus", "Maximum burner flow rate"),
        "burner_flow_rate_unit_max": QT_TRANSLATE_NOOP("ProPlus", "Maximum burner flow rate unit"),
        "company_name": _COMPANY_NAME,
        "company": _COMPANY,
        "enterprise_number": QT_TRANSLATE_NOOP("ProPlus", "Enterprise number"),
        "client_type": _CLIENT_TYPE,
        "client_type2": QT_TRANSLATE_NOOP("ProPlus", "Client type 2"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
    "flanders": {
        "id": _ID,
        "heating_appliance_id": _HEATING_ID,
        "heating_device_type": QT_TRANSLATE_NOOP("ProPlus", "Heating appliance type"),
        "type_b": QT_TRANSLATE_NOOP("ProPlus", "Type B: details"),
        "type_c": QT_TRANSLATE_NOOP("ProPlus", "Type C: details"),
        "fuel": _FUEL,
        "gas_type": QT_TRANSLATE_NOOP("ProPlus", "Gas type"),
        "solid_fuel": QT_TRANSLATE_NOOP("ProPlus", "Solid fuel"),
        "other_gas_type": QT_TRANSLATE_NOOP("ProPlus", "Other gas type"),
        "device_year": _DEVICE_YEAR,
        "device_manufacturing_no": _DEVICE_MANUFACTURING_NO,
        "device_nominal_power": _DEVICE_NOMINAL_POWER,
        "device_unit": _DEVICE_UNIT,
        "burner_make": _BURNER_MAKE,
        "burner_type": _BURNER_TYPE,
        "burner_year": _BURNER_YEAR,
        "brand_manufacturing_no": QT_TRANSLATE_NOOP("ProPlus", "Burner manufacturing number"),
        "flow_gas": QT_TRANSLATE_NOOP("ProPlus", "Gas flow"),
        "label_gaseous": QT_TRANSLATE_NOOP("ProPlus", "Quality label (gas)"),
        "label_liquid": QT_TRANSLATE_NOOP("ProPlus", "Quality label (liquid fuel)"),
        "label_fixed": QT_TRANSLATE_NOOP("ProPlus", "Quality label (solid fuel)"),
        "energy_level": QT_TRANSLATE_NOOP("ProPlus", "Energy level"),
        "post_code": _POSTAL_CODE,
        "device_fall_detector": _FALL_DETECTOR,
        "other_solid_fuel": QT_TRANSLATE_NOOP("ProPlus", "Other solid fuel"),
        "gas_type_premix": QT_TRANSLATE_NOOP("ProPlus", "Gas premix type"),
        "device_type": _DEVICE_TYPE,
        "flow_gas_unit": QT_TRANSLATE_NOOP("ProPlus", "Gas flow unit"),
        "device_make": _DEVICE_MAKE,
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
    "wallonie": {
        "id": _ID,
        "heating_appliance_id": _HEATING_ID,
        "device_fall_detector": _FALL_DETECTOR,
        "client_type": _CLIENT_TYPE,
        "company_name": _COMPANY_NAME,
        "fax": _FAX,
        "fuel": _FUEL,
        "different": QT_TRANSLATE_NOOP("ProPlus", "Other fuel"),
        "device_no_of_generator": QT_TRANSLATE_NOOP("ProPlus", "Number of generators"),
        "device_connection": QT_TRANSLATE_NOOP("ProPlus", "Appliance connection"),
        "device_condensation": QT_TRANSLATE_NOOP("ProPlus", "Condensing appliance"),
        "device_nameplate": QT_TRANSLATE_NOOP("ProPlus", "Appliance rating plate present"),
        "device_type": _DEVICE_TYPE,
        "device_serial_no": QT_TRANSLATE_NOOP("ProPlus", "Appliance serial number"),
        "device_nominal_power": _DEVICE_NOMINAL_POWER,
        "burner_select_type": QT_TRANSLATE_NOOP("ProPlus", "Burner stages"),
        "burner_as_gas": QT_TRANSLATE_NOOP("ProPlus", "Gas burner kind"),
        "burner_as_single_gas_or_liquid": QT_TRANSLATE_NOOP("ProPlus", "Gas or liquid fuel burner kind"),
        "burner_make": _BURNER_MAKE,
        "burner_type": _BURNER_TYPE,
        "burner_year": _BURNER_YEAR,
        "burner_serial_number": QT_TRANSLATE_NOOP("ProPlus", "Burner serial number"),
        "solid_fuel_type": QT_TRANSLATE_NOOP("ProPlus", "Solid fuel type"),
        "liquid_fuel_type": QT_TRANSLATE_NOOP("ProPlus", "Liquid fuel type"),
        "gaseous_fuel_type": QT_TRANSLATE_NOOP("ProPlus", "Gaseous fuel type"),
        "device_identification": QT_TRANSLATE_NOOP("ProPlus", "Appliance identification"),
        "device_connection_type": QT_TRANSLATE_NOOP("ProPlus", "Appliance connection type"),
        "device_make": _DEVICE_MAKE,
        "device_year": _DEVICE_YEAR,
        "burner_no_of_type": QT_TRANSLATE_NOOP("ProPlus", "Number of burner stages"),
        "central_heating_coolant": QT_TRANSLATE_NOOP("ProPlus", "Central heating coolant"),
        "central_heating_production": QT_TRANSLATE_NOOP("ProPlus", "Central heating production"),
        "company": _COMPANY,
        "sub_fuel_type": QT_TRANSLATE_NOOP("ProPlus", "Fuel subtype"),
        "burner_flame_course": QT_TRANSLATE_NOOP("ProPlus", "Burner flame course"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
    "cooling": {
        "id": _ID,
        "client_id": _CLIENT_ID,
        "third_party_id": _THIRD_PARTY_ID,
        "mobile_cooling_appliance_id": QT_TRANSLATE_NOOP("ProPlus", "Mobile app appliance id"),
        "mobile_cooling_appliance_page4_id": QT_TRANSLATE_NOOP("ProPlus", "Mobile app page 4 id"),
        "same_as_client": _SAME_AS_CLIENT,
        "name": _NAME,
        "region": _REGION,
        "address": _ADDRESS,
        "city": _CITY,
        "telephone": _TELEPHONE,
        "email": _EMAIL,
        "post_code": _POSTAL_CODE,
        "house_no": _HOUSE_NO,
        "commissioning_date": QT_TRANSLATE_NOOP("ProPlus", "Commissioning date"),
        "brand": _BRAND,
        "type": _TYPE,
        "kind": _KIND,
        "vrv": QT_TRANSLATE_NOOP("ProPlus", "VRV system"),
        "refrigerant": QT_TRANSLATE_NOOP("ProPlus", "Refrigerant"),
        "kg_precharge": QT_TRANSLATE_NOOP("ProPlus", "Pre-charge (kg)"),
        "kg_startup": QT_TRANSLATE_NOOP("ProPlus", "Charge at start-up (kg)"),
        "hermatically_sealed_sys": QT_TRANSLATE_NOOP("ProPlus", "Hermetically sealed system"),
        "inspection_frequency": QT_TRANSLATE_NOOP("ProPlus", "Inspection frequency"),
        "leak_detection_system": QT_TRANSLATE_NOOP("ProPlus", "Leak detection system"),
        "leak_detection_type": QT_TRANSLATE_NOOP("ProPlus", "Leak detection type"),
        "operation": QT_TRANSLATE_NOOP("ProPlus", "In operation"),
        "hd": QT_TRANSLATE_NOOP("ProPlus", "High pressure (HD)"),
        "ld": QT_TRANSLATE_NOOP("ProPlus", "Low pressure (LD)"),
        "electrical_connection": QT_TRANSLATE_NOOP("ProPlus", "Electrical connection"),
        "gwp": QT_TRANSLATE_NOOP("ProPlus", "Global warming potential (GWP)"),
        "co2": QT_TRANSLATE_NOOP("ProPlus", "CO₂ equivalent (t)"),
        "certification_date": QT_TRANSLATE_NOOP("ProPlus", "Certification date"),
        "next_certification_date": QT_TRANSLATE_NOOP("ProPlus", "Next certification date"),
        "qr_id": QT_TRANSLATE_NOOP("ProPlus", "QR code id"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
        "condensors": QT_TRANSLATE_NOOP("ProPlus", "Condensers"),
        "verdampers": QT_TRANSLATE_NOOP("ProPlus", "Evaporators"),
        "compressors": QT_TRANSLATE_NOOP("ProPlus", "Compressors"),
    },
    "condensor": {
        "id": _ID,
        "mobile_condensor_id": QT_TRANSLATE_NOOP("ProPlus", "Mobile app condenser id"),
        "cooling_appliance_id": _COOLING_ID,
        "brand": _BRAND,
        "type": _TYPE,
        "serial_number": _SERIAL,
        "kind": _KIND,
        "others": QT_TRANSLATE_NOOP("ProPlus", "Other kind"),
        "number_of_fans": _FANS,
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
    "verdamper": {
        "id": _ID,
        "mobile_verdamper_id": QT_TRANSLATE_NOOP("ProPlus", "Mobile app evaporator id"),
        "cooling_appliance_id": _COOLING_ID,
        "brand": _BRAND,
        "type": _TYPE,
        "performance": QT_TRANSLATE_NOOP("ProPlus", "Performance"),
        "serial_number": _SERIAL,
        "glycol": QT_TRANSLATE_NOOP("ProPlus", "Glycol"),
        "cold_room_temperature": QT_TRANSLATE_NOOP("ProPlus", "Cold room temperature"),
        "relative_humidity": QT_TRANSLATE_NOOP("ProPlus", "Relative humidity"),
        "number_of_fans": _FANS,
        "expansion_valve_brand": QT_TRANSLATE_NOOP("ProPlus", "Expansion valve brand"),
        "expansion_valve_type": QT_TRANSLATE_NOOP("ProPlus", "Expansion valve type"),
        "expansion_valve_outlet": QT_TRANSLATE_NOOP("ProPlus", "Expansion valve outlet"),
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
    "compressor": {
        "id": _ID,
        "mobile_compressor_id": QT_TRANSLATE_NOOP("ProPlus", "Mobile app compressor id"),
        "cooling_appliance_id": _COOLING_ID,
        "brand": _BRAND,
        "type": _TYPE,
        "motor_capacity_control": QT_TRANSLATE_NOOP("ProPlus", "Motor capacity control"),
        "hd_pressure_switch": QT_TRANSLATE_NOOP("ProPlus", "High-pressure switch"),
        "ld_pressure_switch": QT_TRANSLATE_NOOP("ProPlus", "Low-pressure switch"),
        "oil_pressure_switch_point": QT_TRANSLATE_NOOP("ProPlus", "Oil pressure switch point"),
        "visual_oil_level_present": QT_TRANSLATE_NOOP("ProPlus", "Oil sight glass present"),
        "crankcase_resistance_current": QT_TRANSLATE_NOOP("ProPlus", "Crankcase heater current"),
        "serial_number": _SERIAL,
        "created_at": _CREATED,
        "updated_at": _UPDATED,
    },
}

#: Every wire field of each block, in document order (the field tables first, then fields only seen in
#: the examples). Forms show a block's fields in this order.
BLOCK_FIELDS: dict[str, list[str]] = {block: list(labels) for block, labels in FIELD_LABELS.items()}


# --- public helpers ---------------------------------------------------------------------------------


def enumeration(block: str, field: str) -> Enumeration | None:
    return ENUMERATIONS.get(block, {}).get(field)


def field_label(block: str, field: str) -> str:
    """English label of a wire field; an unknown field gets its name made readable."""
    label = FIELD_LABELS.get(block, {}).get(field)
    if label is not None:
        return label
    return field.replace("_", " ").strip().capitalize() or field


def describe_value(block: str, field: str, value: object) -> str:
    """English label for an enumerated code ("2" -> "Installation"); other values as text.

    None, "" and (for enumerated fields) "-1" give "". Unknown codes come back as they are.
    """
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return ""
    if isinstance(value, Mapping | list | tuple):
        return str(value)
    if (block, field) in REGION_FIELDS:
        usable = not isinstance(value, float) or math.isfinite(value)
        region = normalise_region(code_text(value)) if usable else None
        return REGION_LABELS[region] if region is not None else code_text(value)
    found = enumeration(block, field)
    if found is None:
        return value if isinstance(value, str) else code_text(value)
    if is_unset(value):
        return ""
    label = found.label(value)
    return label if label is not None else code_text(value)
