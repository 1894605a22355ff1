"""The sync engine's state and reports, as front ends read them."""

from app.sync.engine import VendorReport
from app.sync.state import SyncState

__all__ = ["SyncState", "VendorReport"]
