"""Qt item models: `SqlTableModel` pages large tables from the cache; `FilteredTableModel` holds a few rows."""

from ui.models.appliances import ApplianceTableModel
from ui.models.base import NUMBER_ALIGNMENT, ClientIdRole, LocalIdRole, PagedSource, SqlTableModel
from ui.models.clients import ClientTableModel
from ui.models.memory import FilteredTableModel, PreparedRows
from ui.models.outbox import OutboxTableModel

__all__ = ["NUMBER_ALIGNMENT", "ApplianceTableModel", "ClientIdRole", "ClientTableModel", "FilteredTableModel",
           "LocalIdRole", "OutboxTableModel", "PagedSource", "PreparedRows", "SqlTableModel"]
