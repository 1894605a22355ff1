"""Fictional Pro+ demo data: clients with heating and cooling appliances across Belgium's three regions.

Everything about people is invented: names are built from made-up syllables, e-mail addresses use the
reserved example.be / example.com domains, phone numbers use the 555 exchange, and enterprise (KBO) numbers
fail the official mod-97 check so none can belong to a real company. Cities, postal codes, appliance and
refrigerant brands are real, so the data looks like what a Belgian installer has.

Values are shaped as the Pro+ server sends them (§8, §22 of the vendor document): most numbers as strings,
codes as "0"/"1"/..., "-1" for an unset choice, null for empty, `same_as_client` as "1"/"0".
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.vendors.bulk import gc_paused

__all__ = ["bulk_clients", "demo_clients"]

JSONDict = dict[str, Any]

_FIRST_START = ("Ar", "Bel", "Cor", "Dav", "El", "Fen", "Gil", "Hal", "Il", "Jor", "Kal", "Lio", "Mar", "Nel",
                "Or", "Pim", "Quen", "Ros", "Sil", "Tam", "Ul", "Vin", "Wen", "Xan", "Yor", "Zel")
_FIRST_END = ("ran", "lis", "mo", "dine", "vek", "tha", "rik", "selle", "nor", "bie", "lane", "zo", "wen",
              "ette", "ard", "ina")
_LAST_START = ("Brak", "Dorv", "Flim", "Grun", "Hov", "Krel", "Lom", "Mirv", "Noz", "Pled", "Quar", "Rov",
               "Smer", "Tolv", "Vrim", "Wask", "Zorn", "Blev", "Kwast", "Tremb")
_LAST_MIDDLE = ("e", "a", "o", "i", "ee", "au")
_LAST_END = ("mont", "dael", "ghem", "bosch", "velde", "rieux", "court", "sart", "hove", "linde", "champ",
             "broek")
_NL_PARTICLES = ("", "", "Van ", "De ", "Van de ", "Vander")
_FR_PARTICLES = ("", "", "", "Le ", "Du ", "De ")

_NL_STREETS = ("Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Schoolstraat", "Beukenlaan",
               "Lindelaan", "Nieuwstraat", "Kapelstraat", "Veldstraat")
_FR_STREETS = ("Rue de la Station", "Rue de l'Église", "Rue du Moulin", "Avenue des Tilleuls", "Rue Haute",
               "Rue des Écoles", "Rue du Centre", "Chemin des Prés", "Rue de la Fontaine", "Place du Marché")

# (city, postal code, telephone zone)
_CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "brussels": (
        ("Bruxelles", "1000", "2"), ("Schaerbeek", "1030", "2"), ("Etterbeek", "1040", "2"),
        ("Ixelles", "1050", "2"), ("Saint-Gilles", "1060", "2"), ("Anderlecht", "1070", "2"),
        ("Jette", "1090", "2"), ("Evere", "1140", "2"), ("Woluwe-Saint-Pierre", "1150", "2"),
        ("Uccle", "1180", "2"), ("Forest", "1190", "2"), ("Woluwe-Saint-Lambert", "1200", "2"),
    ),
    "flanders": (
        ("Antwerpen", "2000", "3"), ("Mechelen", "2800", "15"), ("Turnhout", "2300", "14"),
        ("Leuven", "3000", "16"), ("Hasselt", "3500", "11"), ("Genk", "3600", "89"), ("Brugge", "8000", "50"),
        ("Oostende", "8400", "59"), ("Kortrijk", "8500", "56"), ("Harelbeke", "8530", "56"),
        ("Gent", "9000", "9"), ("Aalst", "9300", "53"), ("Sint-Niklaas", "9100", "3"),
    ),
    "wallonia": (
        ("Liège", "4000", "4"), ("Verviers", "4800", "87"), ("Namur", "5000", "81"), ("Dinant", "5500", "82"),
        ("Charleroi", "6000", "71"), ("Arlon", "6700", "63"), ("Marche-en-Famenne", "6900", "84"),
        ("Mons", "7000", "65"), ("Tournai", "7500", "69"), ("Wavre", "1300", "10"),
        ("Ottignies-Louvain-la-Neuve", "1348", "10"), ("Nivelles", "1400", "67"),
    ),
}
# Every documented spelling of the client `region` (§7.2.1), so importers meet them all.
_REGION_SPELLINGS: dict[str, tuple[str, ...]] = {
    "brussels": ("Brussel", "Bruxelles", "Brüssel"),
    "flanders": ("Vlaanderen", "Flandre", "Flandern", "Flamish"),
    "wallonia": ("Wallonie", "Wallonia", "Wallonië", "Wallonien"),
}
_REGIONS = ("brussels", "flanders", "wallonia")
_APPLIANCE_REGION = {"brussels": "1", "flanders": "2", "wallonia": "3"}
_BLOCK_KEY = {"brussels": "brussels", "flanders": "flanders", "wallonia": "wallonie"}


@dataclass(frozen=True)
class _Boiler:
    make: str
    model: str
    fuel: str  # "gas" or "oil"
    condensing: bool
    power_min: int
    power_max: int


_BOILERS: tuple[_Boiler, ...] = (
    _Boiler("Vaillant", "ecoTEC plus", "gas", True, 5, 25),
    _Boiler("Vaillant", "ecoTEC pro", "gas", True, 6, 24),
    _Boiler("Viessmann", "Vitodens 100-W", "gas", True, 4, 25),
    _Boiler("Viessmann", "Vitodens 200-W", "gas", True, 3, 32),
    _Boiler("Bosch", "Condens 5300i WM", "gas", True, 5, 24),
    _Boiler("Buderus", "Logamax plus GB192i", "gas", True, 4, 25),
    _Boiler("Remeha", "Calenta Ace", "gas", True, 4, 28),
    _Boiler("Remeha", "Tzerra Ace", "gas", True, 3, 24),
    _Boiler("De Dietrich", "Naneo", "gas", True, 5, 24),
    _Boiler("Saint Roch", "Ecoline", "gas", False, 12, 24),
    _Boiler("Viessmann", "Vitoladens 300-C", "oil", True, 13, 29),
    _Boiler("Buderus", "Logano plus GB125", "oil", True, 18, 30),
    _Boiler("De Dietrich", "Elidens", "oil", True, 15, 24),
    _Boiler("Remeha", "Gas 220 Ace", "gas", False, 45, 80),
)
_OIL_BURNERS = (("Riello", "RDB 2.2"), ("Weishaupt", "WL5"), ("Elco", "Vectron"), ("Bentone", "BF1"))
_NL_PLACES = ("kelder", "zolder", "keuken", "garage", "berging", "badkamer")
_FR_PLACES = ("cave", "grenier", "cuisine", "garage", "buanderie", "chaufferie")

# Refrigerant codes are Pro+-internal and undocumented; this table is the sandbox's own guess. GWP values
# are the usual AR4 figures; co2 is kg × GWP / 1000 (tonnes CO2-eq), as in the §7.3.4 sample.
_REFRIGERANTS: tuple[tuple[int, str, int], ...] = ((1, "R32", 675), (2, "R410A", 2088), (3, "R134a", 1430),
                                                   (4, "R407C", 1774), (5, "R404A", 3922))
_COOLING_BRANDS: tuple[tuple[str, str], ...] = (
    ("Daikin", "Perfera"), ("Daikin", "Sky Air"), ("Mitsubishi Electric", "MSZ-LN"),
    ("Mitsubishi Electric", "City Multi"), ("Carrier", "XPower"), ("Toshiba", "Shorai"),
    ("LG", "Artcool"), ("Panasonic", "Etherea"), ("Fujitsu", "KM"),
)
_COMPRESSOR_BRANDS = ("Copeland", "Danfoss", "Bitzer", "Tecumseh")
_VALVE_BRANDS = ("Danfoss", "Carel", "Emerson", "Sanhua")

_EPOCH = date(2019, 1, 1)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-")).lower()


def _fictional_kbo(rng: random.Random) -> str:
    """A 10-digit enterprise number whose mod-97 check digits are deliberately wrong."""
    base = rng.randrange(20_000_000, 99_999_999)
    check = 97 - base % 97
    wrong = check % 97 + 1 if check != 97 else 1
    digits = f"0{base:08d}{wrong:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def _stamp(day: date, rng: random.Random) -> str:
    return f"{day.isoformat()} {rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def _phone(zone: str, number: int) -> str:
    number %= 10_000
    return f"+32 {zone} 555 {number // 100:02d} {number % 100:02d}"


def _person(rng: random.Random, french: bool) -> tuple[str, str]:
    first = rng.choice(_FIRST_START) + rng.choice(_FIRST_END)
    root = rng.choice(_LAST_START) + rng.choice(_LAST_MIDDLE) + rng.choice(_LAST_END)
    particle = rng.choice(_FR_PARTICLES if french else _NL_PARTICLES)
    last = f"{particle}{root.lower()}" if particle.endswith("r") else f"{particle}{root}"
    return first, last


class _Ids:
    """Id sequences per record kind, as separate database tables would hand them out."""

    def __init__(self, **starts: int) -> None:
        self._next = dict(starts)

    def __call__(self, kind: str) -> int:
        value = self._next.get(kind, 1)
        self._next[kind] = value + 1
        return value


def demo_clients(count: int = 60, seed: int = 7) -> list[JSONDict]:
    """`count` fictional clients, the same for the same seed, spread over Brussels, Flanders and Wallonia.

    Each has 1-3 heating appliances with the region block that matches their region; about a third also
    have a cooling appliance with condensers, evaporators (verdampers) and compressors.
    """
    rng = random.Random(seed)
    ids = _Ids(client=1001, heating_appliance=5001, cooling_appliance=8001)
    clients: list[JSONDict] = []
    for index in range(count):
        # Rotate regions so even a handful of clients covers all three.
        region = _REGIONS[index % 3]
        client = _demo_client(rng, ids, index, region)
        for number in range(rng.choice((1, 1, 1, 2, 2, 3))):
            client["heating_appliance"].append(_heating_appliance(rng, ids, client, region, number))
        if (index // 3 + seed) % 3 == 0:
            client["cooling_appliance"].append(_cooling_appliance(rng, ids, client, region))
        clients.append(client)
    return clients


def _demo_client(rng: random.Random, ids: _Ids, index: int, region: str) -> JSONDict:
    french = region == "wallonia" or (region == "brussels" and rng.random() < 0.6)
    city, postal_code, zone = rng.choice(_CITIES[region])
    street = rng.choice(_FR_STREETS if french else _NL_STREETS)
    house_no = str(rng.randrange(1, 180))
    first, last = _person(rng, french)
    company = rng.random() < 0.2
    if company:
        root = rng.choice(_LAST_START) + rng.choice(_LAST_MIDDLE) + rng.choice(_LAST_END)
        name = rng.choice((f"{root} SRL", f"Résidence {root}") if french else (f"{root} BV", f"VME {root}"))
        email = f"info.{_ascii(root)}@example.com"
        contact = f"{first} {last}"
    else:
        name = f"{first} {last}"
        email = f"{_ascii(first)}.{_ascii(last.replace(' ', ''))}@example.be"
        contact = None
    created = _EPOCH + timedelta(days=rng.randrange(0, 1500))
    updated = created + timedelta(days=rng.randrange(0, 400))

    client: JSONDict = {
        "id": ids("client"),
        "third_party_id": None,
        "name": name,
        "region": rng.choice(_REGION_SPELLINGS[region]),
        "brussels_type_1": None,
        "brussels_type_2": None,
        "street": None,
        "city": city,
        "postal_code": postal_code,
        "contact_person": contact,
        "fax": None,
        "phone": _phone(zone, 100 + index),
        "email": email,
        "region_type": None,
        "region_preciser": None,
        "region_enterprise_name": None,
        "region_company_name": name if company else None,
        "house_no": house_no,
        "post_bus": rng.choice((None, None, None, "1", "2", "B")),
        "region_kbo": _fictional_kbo(rng) if company else None,
        "status": 1,
        "address": f"{street} {house_no}",
        "wallonia_type": None,
        "wallonia_client_type_other": None,
        "created_at": _stamp(created, rng),
        "updated_at": _stamp(updated, rng),
        "heating_appliance": [],
        "cooling_appliance": [],
    }
    if region == "brussels":
        if company:
            client["brussels_type_1"] = rng.choice(("Entreprise", "Copropriété") if french
                                                   else ("Onderneming", "Medeëigendom"))
            client["region_enterprise_name"] = name
        else:
            client["brussels_type_1"] = "Particulier"
        client["brussels_type_2"] = rng.choice(("Propriétaire", "Déclarant") if french
                                               else ("Eigenaar", "Aanvrager milieuvergunning"))
    elif region == "wallonia":
        client["wallonia_client_type_other"] = rng.choice(("Propriétaire", "Locataire"))
    return client


def _location(rng: random.Random, client: JSONDict, region: str, same: bool) -> JSONDict:
    """Where an appliance stands: the client's address, or another one in the same region."""
    if same:
        return {"address": client["address"], "city": client["city"], "post_code": client["postal_code"],
                "house_no": client["house_no"], "post_bus": client["post_bus"]}
    city, postal_code, _zone = rng.choice(_CITIES[region])
    street = rng.choice(_NL_STREETS if region == "flanders" else _FR_STREETS)
    house_no = str(rng.randrange(1, 180))
    return {"address": f"{street} {house_no}", "city": city, "post_code": postal_code,
            "house_no": house_no, "post_bus": None}


def _heating_appliance(rng: random.Random, ids: _Ids, client: JSONDict, region: str, number: int) -> JSONDict:
    boiler = rng.choice(_BOILERS)
    same = number == 0 or rng.random() < 0.5
    french = region == "wallonia" or (region == "brussels" and client["email"].endswith(".com"))
    place = rng.choice(_FR_PLACES if french else _NL_PLACES)
    appliance_id = ids("heating_appliance")
    year = rng.randrange(2003, 2024)
    created = _EPOCH + timedelta(days=rng.randrange(0, 1500))
    appliance: JSONDict = {
        "id": appliance_id,
        "client_id": client["id"],
        "third_party_id": None,
        "same_as_client": "1" if same else "0",
        "name": f"{boiler.make} {place}",
        "region": _APPLIANCE_REGION[region],
        **_location(rng, client, region, same),
        "telephone": client["phone"] if same else None,
        "email": client["email"] if same else None,
        # The samples show null timestamps on older appliances; keep a few like that.
        "created_at": _stamp(created, rng) if rng.random() < 0.8 else None,
        "updated_at": None,
        "brussels": None,
        "flanders": None,
        "wallonie": None,
    }
    if appliance["created_at"] is not None:
        appliance["updated_at"] = appliance["created_at"]
    block_key = _BLOCK_KEY[region]
    builder = {"brussels": _brussels_block, "flanders": _flanders_block, "wallonia": _wallonie_block}[region]
    block = builder(rng, boiler, year, client)
    appliance[block_key] = {"id": ids(block_key), "heating_appliance_id": appliance_id, **block}
    return appliance


def _serial(rng: random.Random, length: int = 10) -> str:
    return "".join(rng.choice("0123456789") for _ in range(length))


def _brussels_block(rng: random.Random, boiler: _Boiler, year: int, client: JSONDict) -> JSONDict:
    gas = boiler.fuel == "gas"
    connected_as = rng.choice(("1", "3", "4"))  # B1, B, C
    oil_burner = None if gas else rng.choice(_OIL_BURNERS)
    return {
        "company_name": None,
        "company": None,
        "enterprise_number": None,
        "client_type": None,
        "client_type2": None,
        "floor": rng.choice(("-1", "0", "0", "1", "2")),
        "building_name": None,
        "installation_contact_person": client["contact_person"] or client["name"],
        "installation_email": client["email"],
        "installation_tel": client["phone"],
        "installation_reference_epb_unit": None,
        "no_environmental_permit": None,
        "heating_system_identification": None,
        "brussels_reason_handling": rng.choice(("0", "0", "0", "1", "2", "4")),
        "brussels_other_reason": None,
        "heating_system_type_one": "0" if boiler.power_max <= 100 else "1",
        "heating_system_type_two": rng.choice(("0", "0", "1", "2")),
        "heating_system_no_of_boilers": "1",
        "heating_system_no_of_building": None,
        "heating_system_no_of_epb": None,
        "heating_system_permit_date": None,
        "appliance_type_one": "1",
        "appliance_type_two": rng.choice(("0", "2")),
        "appliance_condensing": "0" if boiler.condensing else "1",
        "appliance_connected_as": connected_as,
        "appliance_connected_as_a": None,
        "appliance_connected_as_b": "B23" if connected_as in ("1", "3") else None,
        "appliance_connected_as_c": "C13" if connected_as == "4" else None,
        "appliance_fall_detector": "-1",
        "appliance_fuel_type": "0" if gas else "2",
        "appliance_gas_type_one": rng.choice(("0", "1")) if gas else "-1",
        "appliance_other_gas": None,
        "appliance_gas_type_two": ("1" if boiler.condensing else "0") if gas else "-1",
        "appliance_solid_type": "-1",
        "appliance_other_solid": None,
        "appliance_exhaust_channel": "0",
        "appliance_other_info": None,
        "device_name": boiler.model,
        "device_plate_present": "0",
        "device_make": boiler.make,
        "device_type": boiler.model,
        "device_manufacturing_no": _serial(rng),
        "device_year": str(year),
        "device_nominal_power_min": str(boiler.power_min),
        "device_nominal_power_max": str(boiler.power_max),
        "device_flow_rate": None,
        "device_unit": "0",
        "burner_power_modulation": "2" if gas else "0",
        "burner_plate_present": "0",
        "burner_make": oil_burner[0] if oil_burner else None,
        "burner_type": oil_burner[1] if oil_burner else None,
        "burner_year": str(year) if oil_burner else None,
        "burner_manufacturing_no": _serial(rng, 8) if oil_burner else None,
        "burner_flow_rate": f"{boiler.power_max * 0.105:.2f}" if gas else f"{boiler.power_max * 0.085:.2f}",
        "burner_flow_rate_unit": "3" if gas else "1",  # m3h for gas, kgh for oil
    }


def _flanders_block(rng: random.Random, boiler: _Boiler, year: int, client: JSONDict) -> JSONDict:
    gas = boiler.fuel == "gas"
    type_c = boiler.condensing and rng.random() < 0.8
    oil_burner = None if gas else rng.choice(_OIL_BURNERS)
    return {
        "heating_device_type": "1" if type_c else "0",  # 0 = type B, 1 = type C
        "type_b": None if type_c else "B23",
        "type_c": rng.choice(("C13", "C33", "C43")) if type_c else None,
        "fuel": "0" if gas else "1",  # 0 = gas, 1 = liquid
        "gas_type": rng.choice(("0", "0", "1")) if gas else None,
        "solid_fuel": None,
        "other_gas_type": None,
        "device_type": boiler.model,
        "device_make": boiler.make,
        "device_year": str(year),
        "device_manufacturing_no": _serial(rng),
        "device_nominal_power": str(boiler.power_max),
        "device_unit": "0",
        "burner_make": oil_burner[0] if oil_burner else None,
        "burner_type": oil_burner[1] if oil_burner else None,
        "burner_year": str(year) if oil_burner else None,
        "brand_manufacturing_no": None,
        "flow_gas": f"{boiler.power_max * 0.105:.2f}" if gas else None,
        "label_gaseous": rng.choice(("2", "3", "4")) if gas else None,
        "label_liquid": rng.choice(("1", "2")) if not gas else None,
        "label_fixed": None,
        "energy_level": None,
        "post_code": None,
        "device_fall_detector": rng.choice(("-1", "0")),
        "other_solid_fuel": None,
        "gas_type_premix": ("1" if boiler.condensing else "0") if gas else None,
        "flow_gas_unit": "3" if gas else None,
    }


def _wallonie_block(rng: random.Random, boiler: _Boiler, year: int, client: JSONDict) -> JSONDict:
    gas = boiler.fuel == "gas"
    oil_burner = None if gas else rng.choice(_OIL_BURNERS)
    return {
        "client_type": client.get("wallonia_client_type_other") or "Propriétaire",
        "company_name": client["region_company_name"],
        "company": None,
        "fax": None,
        "sub_fuel_type": None,
        "fuel": "2" if gas else "1",  # 0 = solid, 1 = liquid, 2 = gaseous
        "different": None,
        "device_no_of_generator": "1",
        "device_connection": None,
        "device_identification": None,
        "device_condensation": "1" if boiler.condensing else "0",
        "device_nameplate": "1",
        "device_make": boiler.make,
        "device_type": boiler.model,
        "device_year": str(year),
        "device_serial_no": _serial(rng),
        "device_nominal_power": str(boiler.power_max),
        "burner_select_type": "2" if gas else "0",  # modulating / single stage
        "burner_flame_course": None,
        "burner_as_gas": "0" if gas else None,
        "burner_as_single_gas_or_liquid": ("0" if boiler.condensing else "1") if gas else None,
        "burner_make": oil_burner[0] if oil_burner else None,
        "burner_type": oil_burner[1] if oil_burner else None,
        "burner_year": str(year) if oil_burner else None,
        "burner_serial_number": _serial(rng, 8) if oil_burner else None,
        "solid_fuel_type": None,
        "liquid_fuel_type": None if gas else "1",
        "gaseous_fuel_type": rng.choice(("0", "1")) if gas else None,
        "device_connection_type": "2" if boiler.condensing else "0",
        "burner_no_of_type": None,
        "central_heating_coolant": "0",
        "central_heating_production": "0",
        "device_fall_detector": "-1",
    }


def _inspection_frequency(tonnes_co2: float, leak_detection: bool) -> int:
    """EU F-gas thresholds; a leak detection system halves how often checks are due."""
    if tonnes_co2 < 5:
        return 0
    months = 12 if tonnes_co2 < 50 else 6 if tonnes_co2 < 500 else 3
    return months * 2 if leak_detection else months


def _cooling_appliance(rng: random.Random, ids: _Ids, client: JSONDict, region: str) -> JSONDict:
    brand, series = rng.choice(_COOLING_BRANDS)
    commercial = rng.random() < 0.3
    cold_room = commercial and rng.random() < 0.5
    if cold_room:
        code, _name, gwp = _REFRIGERANTS[4] if rng.random() < 0.5 else _REFRIGERANTS[3]
        kg = rng.choice((8.5, 14.0, 22.0, 140.0))
    elif commercial:
        code, _name, gwp = _REFRIGERANTS[1]
        kg = rng.choice((4.2, 6.8, 11.5, 26.0))
    else:
        code, _name, gwp = rng.choice(_REFRIGERANTS[:2])
        kg = rng.choice((0.75, 1.05, 1.4, 2.4, 3.3))
    tonnes = kg * gwp / 1000
    leak_detection = commercial and rng.random() < 0.5
    frequency = _inspection_frequency(tonnes, leak_detection)
    commissioned = _EPOCH + timedelta(days=rng.randrange(0, 1400))
    certified = commissioned + timedelta(days=rng.randrange(30, 300))
    next_check = certified + timedelta(days=frequency * 30) if frequency else None
    appliance_id = ids("cooling_appliance")
    indoor_units = rng.choice((1, 1, 2, 3)) if not cold_room else 1
    stamp = _stamp(commissioned, rng)

    def part(kind: str, fields: JSONDict) -> JSONDict:
        return {"id": ids(kind), "cooling_appliance_id": appliance_id, **fields,
                "created_at": stamp, "updated_at": stamp}

    condensors = [part("condensors", {
        "mobile_condensor_id": None, "brand": brand, "type": f"{series} outdoor",
        "serial_number": _serial(rng, 9), "kind": "0", "others": None,
        "number_of_fans": "2" if commercial else "1",
    })]
    verdampers = [part("verdampers", {
        "mobile_verdamper_id": None, "brand": brand, "type": f"{series} indoor",
        "performance": "0", "serial_number": _serial(rng, 9), "glycol": "2",
        "cold_room_temperature": rng.choice(("-18.00", "2.00", "4.00")) if cold_room else None,
        "relative_humidity": "85.00" if cold_room else None, "number_of_fans": "1",
        "expansion_valve_brand": rng.choice(_VALVE_BRANDS) if commercial else None,
        "expansion_valve_type": "TE 2" if commercial else None, "expansion_valve_outlet": None,
    }) for _ in range(indoor_units)]
    compressors = [part("compressors", {
        "mobile_compressor_id": None,
        "brand": rng.choice(_COMPRESSOR_BRANDS) if commercial else brand,
        "type": "Scroll" if not cold_room else "Semi-hermetic",
        "motor_capacity_control": "1" if commercial else "0", "hd_pressure_switch": "42",
        "ld_pressure_switch": "1.5", "oil_pressure_switch_point": None,
        "visual_oil_level_present": "1" if cold_room else "0", "crankcase_resistance_current": None,
        "serial_number": _serial(rng, 9),
    })]
    return {
        "id": appliance_id,
        "mobile_cooling_appliance_id": None,
        "mobile_cooling_appliance_page4_id": None,
        "client_id": client["id"],
        "third_party_id": None,
        "same_as_client": "1",
        "name": f"{brand} {'koelcel' if cold_room else series}",
        "region": None,  # the samples leave a cooling appliance's region empty
        "address": client["address"],
        "city": client["city"],
        "telephone": client["phone"],
        "email": client["email"],
        "post_code": client["postal_code"],
        "house_no": client["house_no"],
        "certification_date": certified.isoformat(),
        "next_certification_date": next_check.isoformat() if next_check else None,
        "qr_id": None,
        "created_at": stamp,
        "updated_at": stamp,
        "commissioning_date": commissioned.isoformat(),
        "brand": brand,
        "type": series,
        "kind": "Koelcel" if cold_room else ("Multi-split" if indoor_units > 1 else "Split"),
        "vrv": "0" if "City Multi" in series or "Sky Air" in series else "1",
        "refrigerant": code,
        "kg_precharge": f"{kg:.3f}",
        "gwp": f"{gwp:.2f}",
        "co2": f"{tonnes:.4f}",
        "kg_startup": f"{kg:g}",
        "hermatically_sealed_sys": "1" if commercial else "0",
        "inspection_frequency": frequency,
        "leak_detection_system": "0" if leak_detection else "1",
        "leak_detection_type": "Elektronisch" if leak_detection else None,
        "operation": "0",
        "hd": "28" if not cold_room else "18",
        "ld": "8" if not cold_room else "2",
        "electrical_connection": 2 if commercial else rng.choice((0, 0, 1)),
        "condensors": condensors,
        "verdampers": verdampers,
        "compressors": compressors,
    }


# ---------------------------------------------------------------------- bulk data for benchmarks


def bulk_clients(count: int, seed: int = 1) -> list[JSONDict]:
    """`count` fictional clients with one heating appliance each, built fast for benchmarks.

    A few hundred varied templates are made with the demo generator; the bulk is shallow copies of them
    with fresh ids, names and addresses, so 100,000 clients take a second or two instead of a minute.
    """
    with gc_paused():
        return _bulk_clients(count, random.Random(seed))


def _bulk_clients(count: int, rng: random.Random) -> list[JSONDict]:
    template_ids = _Ids()
    templates: list[tuple[str, JSONDict, JSONDict, JSONDict]] = []
    index = 0
    while len(templates) < 240:
        region = _REGIONS[index % 3]
        client = _demo_client(rng, template_ids, index, region)
        index += 1
        # Bulk clients are people: a company template would leave its name in fields copied below.
        if client["region_kbo"] is not None:
            continue
        appliance = _heating_appliance(rng, template_ids, client, region, 0)
        templates.append((region, client, appliance, appliance[_BLOCK_KEY[region]]))

    firsts = [a + b for a in _FIRST_START for b in _FIRST_END]
    lasts = [a + b + c for a in _LAST_START for b in _LAST_MIDDLE for c in _LAST_END]
    streets = {r: _FR_STREETS if r == "wallonia" else _NL_STREETS if r == "flanders"
               else _FR_STREETS + _NL_STREETS for r in _REGIONS}
    randrange = rng.randrange
    clients: list[JSONDict] = []
    for index in range(count):
        region, client_t, appliance_t, block_t = templates[randrange(len(templates))]
        client_id = index + 1
        city, postal_code, zone = _CITIES[region][randrange(len(_CITIES[region]))]
        region_streets = streets[region]
        house_no = str(randrange(1, 180))
        address = f"{region_streets[randrange(len(region_streets))]} {house_no}"
        first = firsts[randrange(len(firsts))]
        last = lasts[randrange(len(lasts))]
        phone = _phone(zone, index)
        email = f"{first.lower()}.{last.lower()}.{client_id}@example.com"
        block_key = _BLOCK_KEY[region]
        block = dict(block_t)
        block["id"] = client_id
        block["heating_appliance_id"] = client_id
        if block_key == "brussels":
            block.update(installation_contact_person=f"{first} {last}", installation_email=email,
                         installation_tel=phone)
        appliance = dict(appliance_t)
        appliance.update(id=client_id, client_id=client_id, address=address, city=city,
                         post_code=postal_code, house_no=house_no, telephone=phone, email=email)
        appliance[block_key] = block
        client = dict(client_t)
        client.update(id=client_id, name=f"{first} {last}", city=city, postal_code=postal_code,
                      address=address, house_no=house_no, phone=phone, email=email,
                      heating_appliance=[appliance], cooling_appliance=[])
        clients.append(client)
    return clients


# --- technicians and measuring devices (§14-§16, §19, §20) ----------------------------------------------

_ADVISER = (["Type 1"], ["Type 2"], ["Type 1", "Type 2"])
#: (group, type, count): heating instruments are testo 300 and 330, cooling ones testo 557s; plus one testo
#: 330 for cooling work, as installers use it for both.
_DEVICE_MIX = ((1, 1, 4), (1, 2, 3), (2, 3, 4), (2, 2, 1))


def demo_technicians(count: int = 6, seed: int = 11) -> list[JSONDict]:
    """Fictional technicians as Pro+ stores them (the §16.2.2 shape): technical information rows with text
    values, recognition numbers per region. Ids start at 1; external ids are the installer's own ("T-0001")."""
    rng = random.Random(seed)
    technicians: list[JSONDict] = []
    for index in range(count):
        french = index % 3 == 2
        first, last = _person(rng, french)
        name = f"{first} {last}"
        created = _stamp(_EPOCH + timedelta(days=rng.randrange(0, 400)), rng)
        tid = index + 1
        region = ("Brussels", "Flamish", "Wallonia")[index % 3]
        numbers = [{"id": tid * 10 + n, "technician_id": tid, "region": region if n == 0 else "Brussels",
                    "type": str(n), "number": f"{rng.randrange(10_000, 99_999)}", "created_at": created,
                    "updated_at": created}
                   for n in range(1 + index % 2)]
        info = [("Authorized technician", "boolean", "1" if index % 4 else "0"),
                ("Chimney Sweep", "boolean", "1" if index % 3 == 1 else "0"),
                ("Heating Adviser", "checkbox", _json_list(_ADVISER[index % 3])),
                ("Works for an OCA", "boolean", "1" if index % 5 == 0 else "0")]
        technicians.append({
            "id": tid, "customer_id": 1, "user_id": 100 + tid, "name": name,
            "mobile": f"+32 4{rng.randrange(70, 99)} 555 {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
            "email": f"{_ascii(first)}.{_ascii(last)}@example.be", "status": index != count - 1,
            "created_at": created, "updated_at": created, "wo_status": "1" if index % 2 == 0 else "2",
            "external_id": f"T-{tid:04d}", "can_technician_send_email": None, "can_send_to_brussels": None,
            "identification_number": f"{rng.randrange(10_000, 99_999)}",
            "technician_recognition_numbers": numbers,
            "technician_technical_informations": [
                {"id": tid * 100 + n, "technician_id": tid, "field_name": field, "field_type": kind,
                 "field_value": value, "created_at": None, "updated_at": None}
                for n, (field, kind, value) in enumerate(info)],
        })
    return technicians


def _json_list(values: list[str]) -> str:
    """A list as Pro+ keeps a checkbox field's value: JSON inside text ("[\"Type 1\"]")."""
    import json

    return json.dumps(values)


def demo_devices(technicians: int = 6, seed: int = 13) -> list[JSONDict]:
    """Fictional testo instruments as get-devices lists them (§14.2.2), most assigned to a technician; some
    were handed from one technician to another (an assignment with `removed_on`)."""
    rng = random.Random(seed)
    devices: list[JSONDict] = []
    assignment = 1
    for group, kind, count in _DEVICE_MIX:
        for _ in range(count):
            did = len(devices) + 1
            made = _EPOCH + timedelta(days=rng.randrange(0, 500))
            bought = made + timedelta(days=rng.randrange(20, 120))
            created = _stamp(bought, rng)
            assigned: list[JSONDict] = []
            if technicians:
                # Every fourth one changed hands; every sixth one is back in the van (its last holder returned it).
                holders = [(did + n) % technicians + 1 for n in range(1 + (did % 4 == 0))]
                start = bought + timedelta(days=rng.randrange(1, 30))
                for position, holder in enumerate(holders):
                    last = position == len(holders) - 1 and did % 6 != 0
                    until = None if last else start + timedelta(days=rng.randrange(60, 300))
                    assigned.append({"id": assignment, "device_id": did, "technician_id": holder,
                                     "associated_on": _stamp(start, rng),
                                     "removed_on": _stamp(until, rng) if until else None,
                                     "created_at": _stamp(start, rng), "updated_at": _stamp(until or start, rng)})
                    assignment += 1
                    if until:
                        start = until + timedelta(days=1)
            devices.append({
                "id": did, "customer_id": 1, "type": str(kind), "device_group": group,
                "serial_number": f"{rng.randrange(10_000_000, 99_999_999)}",
                "purchase_date": bought.isoformat(), "mfg_date": made.isoformat(),
                "status": 1, "created_at": created, "updated_at": created, "assigned_technicians": assigned,
            })
    return devices
