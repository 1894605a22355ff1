"""Child process for tests/test_crash_replay.py: open FieldDesk live and replay its outbox until empty.

    python tests/faults/crash_child.py HOME BASE_URL

The secret key comes from the environment (FIELDDESK_PROPLUS_SECRET_KEY), as for a user. Prints
"ready N" (N writes waiting) once the desk is open and the replay is about to start, and "done N" (N still
waiting) at the end; exits 0 when the outbox is empty. The parent kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path


async def replay(home: str, rounds: int = 20) -> int:
    import httpx

    from app.services.fielddesk import FieldDesk
    from app.vendors.http import RetryPolicy

    desk = FieldDesk.open(home, "live", retry=RetryPolicy(max_retries=1, initial_delay=0.05),
                          timeout=httpx.Timeout(5.0), deadline=20)
    try:
        print(f"ready {len(desk.outbox.entries())}", flush=True)
        for _ in range(rounds):
            await desk.sync()
            if not desk.outbox.entries():
                break
        left = len(desk.outbox.entries())
    finally:
        await desk.aclose()
    print(f"done {left}", flush=True)
    return left


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(f"usage: {argv[0]} HOME BASE_URL", file=sys.stderr)
        return 2
    home, base_url = argv[1], argv[2]
    os.environ["FIELDDESK_PROPLUS_BASE_URL"] = base_url
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for `app`
    return 0 if asyncio.run(replay(home)) == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
