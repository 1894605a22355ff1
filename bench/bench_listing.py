"""`fielddesk clients list --json` over 100,000 cached clients: peak memory (budget: under 150 MB) and time
(budget: under 3 s), in a process of its own as a user runs it. The listing streams in batches."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.cache import build_cache
from bench.common import ROOT, report

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "100000"))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        home = build_cache(Path(os.environ.get("BENCH_HOME") or Path(tmp) / "home"), CLIENTS)
        env = {**os.environ, "FIELDDESK_PROFILE": "sandbox", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        started = time.perf_counter()
        with open(os.devnull, "wb") as sink, tempfile.TemporaryFile() as errors:
            listing = subprocess.Popen([sys.executable, "-m", "app", "--home", str(home), "clients", "list", "--json"],
                                       stdout=sink, stderr=errors, cwd=ROOT, env=env)
            _pid, status, usage = os.wait4(listing.pid, 0)  # this child's own peak, not the cache builder's
            elapsed = time.perf_counter() - started
            listing.returncode = os.waitstatus_to_exitcode(status)
            if listing.returncode != 0:
                errors.seek(0)
                raise RuntimeError(errors.read().decode(errors="replace")[-2000:])
    peak_mb = usage.ru_maxrss / 1024
    report("list_json_100k_seconds", elapsed, "s", "< 3 s", clients=CLIENTS)
    report("list_json_100k_peak_memory", peak_mb, "MB", "< 150 MB", clients=CLIENTS)
    return 0 if elapsed < 3 and peak_mb < 150 else 1


if __name__ == "__main__":
    sys.exit(main())
