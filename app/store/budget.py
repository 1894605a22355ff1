"""A vendor's daily call counter, kept in the cache's meta table so a restart does not reset it."""

from __future__ import annotations

from app.store.db import Store
from app.vendors.http import CallBudget

#: Calls between saves: a crash forgets at most this many, and no call waits for the disk.
BUDGET_SAVE_EVERY = 25


def persistent_budget(store: Store, vendor: str, limit: int) -> CallBudget:
    """Saved every few calls, not every call: each save is a durable commit, and waiting for the disk on every
    request would stall the event loop that also drives the UI. Saving `used + BUDGET_SAVE_EVERY` errs on the
    safe side: after a crash the count is never too low."""
    key = f"budget.{vendor}"
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    day, used = (row[0].split(":", 1) if row else (None, "0"))

    def save(day: str, used: int) -> None:
        if used % BUDGET_SAVE_EVERY == 0:
            store.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                               "value = excluded.value", (key, f"{day}:{used + BUDGET_SAVE_EVERY}"))

    return CallBudget(vendor, limit, day=day, used=int(used), on_change=save)
