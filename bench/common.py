"""Shared benchmark plumbing: a simulator in its own process (so its JSON work never shares our GIL)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.sandbox.proplus import SANDBOX_SECRET_KEY, ProPlusState

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def simulator(folder: Path, clients: list[dict[str, Any]] | None = None, *, demo: int = 0,
              latency: float = 0.0) -> Iterator[str]:
    """Serve Pro+ from a separate process on 127.0.0.1; yields its base URL.

    `clients` go through a state file (which the simulator then rewrites on every write: fine for pull
    benchmarks); `demo` starts it with demo clients and no file, so writes cost the simulator nothing extra.
    """
    args = ["--latency", str(latency)]
    if clients is not None:
        state_file = folder / "proplus-state.json"
        ProPlusState(state_file, clients=clients).save()
        args += ["--state", str(state_file)]
    else:
        args += ["--demo", str(demo)]
    process = subprocess.Popen([sys.executable, "-m", "app.sandbox.server", "--vendor", "proplus", *args],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("serving"):
            raise RuntimeError(f"simulator did not start: {line!r}")
        yield line.rsplit(" ", 1)[-1].strip()
    finally:
        process.terminate()
        process.wait(10)


def live_environment(home: Path, base_url: str) -> None:
    os.environ.update({"FIELDDESK_HOME": str(home), "FIELDDESK_PROFILE": "live",
                       "FIELDDESK_PROPLUS_BASE_URL": base_url, "FIELDDESK_PROPLUS_SECRET_KEY": SANDBOX_SECRET_KEY,
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})


def report(name: str, value: float, unit: str, budget: str, **details: Any) -> dict[str, Any]:
    result = {"benchmark": name, "value": round(value, 3), "unit": unit, "budget": budget, **details}
    print(result, flush=True)
    return result
