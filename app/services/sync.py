"""The sync engine's state and reports, as front ends read them."""

from app.sync.engine import SyncState, VendorReport

__all__ = ["SyncState", "VendorReport"]
