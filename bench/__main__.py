"""Run every benchmark in its own process and print one line per result: `python -m bench`."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ("bench_startup", "bench_filter", "bench_sync_stall", "bench_sync_latency", "bench_listing",
              "bench_webhook", "bench_slots", "bench_history", "bench_downloads")


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        done = subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False)
        if done.returncode != 0:
            failed.append(name)
    if failed:
        print(f"over budget or failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
