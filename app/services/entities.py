"""FieldDesk's own entities, as the services hand them to the GUI and the command line."""

from app.domain.models import COOLING_PARTS, REGION_BLOCK, Appliance, ApplianceKind, Client
from app.domain.regions import Region, normalise_region

__all__ = ["COOLING_PARTS", "REGION_BLOCK", "Appliance", "ApplianceKind", "Client", "Region", "normalise_region"]
