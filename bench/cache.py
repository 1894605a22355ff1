"""Build a cache with many clients for benchmarks: fictional bulk data, saved by the code a first pull runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.paths import resolve_paths
from app.sandbox.demo_data import bulk_clients
from app.store.db import Store
from app.vendors.proplus.models import client_records
from app.vendors.proplus.sync import save_pulled_clients


def build_cache(home: Path, count: int) -> Path:
    """A FieldDesk home whose cache holds `count` clients with one appliance each, as a first pull of them leaves
    it (checked and saved as a pull does, search index and pane rows built in one go). Reused if present.

    Built in a process of its own: the records take ~600 MB, which a benchmark's own process must not hold. Its
    peak memory would count them, and so would that of every program it starts (Linux counts, in a child's peak,
    the parent's memory it started from)."""
    paths = resolve_paths(home).ensure()
    marker = paths.data_dir / f".bench-pulled-{count}"
    if not marker.exists():
        subprocess.run([sys.executable, "-m", "bench.cache", str(home), str(count)], check=True,
                       cwd=Path(__file__).resolve().parent.parent)
    return home


def _build(home: Path, count: int) -> None:
    paths = resolve_paths(home).ensure()
    store = Store(paths.database)
    save_pulled_clients(store, client_records(bulk_clients(count)))
    store.close()
    (paths.data_dir / f".bench-pulled-{count}").touch()


if __name__ == "__main__":
    _build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
