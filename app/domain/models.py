"""FieldDesk's own entities. Vendor packages map their wire models to and from these."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.regions import Region


class ApplianceKind(StrEnum):
    HEATING = "heating"
    COOLING = "cooling"


# The region block of a heating appliance, named as Pro+ names it.
REGION_BLOCK = {Region.BRUSSELS: "brussels", Region.FLANDERS: "flanders", Region.WALLONIA: "wallonie"}
COOLING_PARTS = ("condensors", "verdampers", "compressors")
#: The key under which a client record lists its appliances of each kind, as Pro+ names the lists: the shape of a
#: client's vendor version, which the cache rebuilds from the client's rows (app.store.clients.AS_STORED).
APPLIANCE_LISTS = {ApplianceKind.HEATING: "heating_appliance", ApplianceKind.COOLING: "cooling_appliance"}


@dataclass
class Appliance:
    local_id: str
    kind: ApplianceKind
    name: str
    region: Region | None = None
    proplus_id: int | None = None
    third_party_id: str | None = None
    # Every field as the vendor knows it (region block or cooling parts included), so nothing is lost.
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def block_name(self) -> str | None:
        """'brussels' / 'flanders' / 'wallonie' for heating appliances with a region."""
        if self.kind is ApplianceKind.HEATING and self.region is not None:
            return REGION_BLOCK[self.region]
        return None

    @property
    def block(self) -> dict[str, Any]:
        name = self.block_name
        value = self.fields.get(name) if name else None
        return value if isinstance(value, dict) else {}

    @property
    def make(self) -> str:
        """Make or brand, wherever the vendor put it."""
        if self.kind is ApplianceKind.COOLING:
            return _text(self.fields.get("brand"))
        return _text(self.block.get("device_make"))

    @property
    def year(self) -> str:
        if self.kind is ApplianceKind.COOLING:
            return _text(self.fields.get("commissioning_date"))[:4]
        return _text(self.block.get("device_year"))


@dataclass
class Client:
    local_id: str
    name: str
    region: Region | None = None
    address: str = ""
    house_no: str = ""
    post_bus: str = ""
    city: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    proplus_id: int | None = None
    third_party_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    appliances: list[Appliance] = field(default_factory=list)


def _text(value: object) -> str:
    return "" if value is None else str(value)
