"""The sync engine's state and reports, and the vendor errors they carry, as front ends read them."""

from app.i18n import Text
from app.sync.engine import VendorReport
from app.sync.state import SyncState
from app.vendors.errors import VendorError

__all__ = ["SyncState", "Text", "VendorError", "VendorReport"]
