"""Build a cache with many clients for benchmarks (fictional bulk data, written the way a pull writes it)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.paths import resolve_paths
from app.sandbox.demo_data import bulk_clients
from app.store.clients import AS_STORED, write_client
from app.store.db import Store
from app.vendors.proplus.mapping import client_from_record


def build_cache(home: Path, count: int) -> Path:
    """A FieldDesk home whose cache holds `count` clients with one appliance each. Reused if present."""
    paths = resolve_paths(home).ensure()
    marker = paths.data_dir / f".bench-{count}"
    if marker.exists():
        return home
    store = Store(paths.database)
    records = bulk_clients(count)
    for start in range(0, len(records), 5000):
        with store.transaction() as conn:
            for record in records[start:start + 5000]:
                write_client(conn, client_from_record(record), server_data=AS_STORED)  # as a pull stores it
    store.close()
    marker.touch()
    return home


if __name__ == "__main__":
    build_cache(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
