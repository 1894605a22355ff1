"""Paged tables over the cache, as the window's models read them (see app.store.tables)."""

from app.store.tables import BoundTable, CountWorker

__all__ = ["BoundTable", "CountWorker"]
