"""A day in the field for the sandbox Pro+: it moves its open work orders on one status and calls a running
webhook receiver for each, so the receiver (`fielddesk webhook serve`, or Work orders → Webhook… in the window)
can be tried without a real Pro+.

    python -m app.sandbox.proplus_field_day URL [--home DIR] [--count N]
"""

from __future__ import annotations

import argparse
import asyncio
import sys

import httpx

from app.paths import resolve_paths
from app.sandbox.proplus import ProPlusState
from app.sandbox.proplus_workorders import IN_PROGRESS, PLANNED, deliver_webhooks, now_text


def main(argv: list[str] | None = None) -> int:
    """`python -m app.sandbox.proplus_field_day URL [--home DIR] [--count N]`: the sandbox Pro+ moves its open work
    orders on one status and calls the webhook receiver at URL for each (a day in the field, for trying the
    receiver). The state is the sandbox profile's, under the home folder."""
    parser = argparse.ArgumentParser(prog="python -m app.sandbox.proplus_field_day", description=main.__doc__)
    parser.add_argument("url", help="the receiver's URL, as `fielddesk webhook serve` prints it")
    parser.add_argument("--home", help="FieldDesk's home folder (default: as fielddesk finds it)")
    parser.add_argument("--count", type=int, default=5, help="work orders to move on (default 5)")
    args = parser.parse_args(argv)
    state_file = resolve_paths(args.home).sandbox_dir / "proplus.json"
    if not state_file.exists():
        print(f"no sandbox Pro+ state at {state_file}: run `fielddesk sync` in the sandbox first", file=sys.stderr)
        return 2
    state = ProPlusState(state_file)
    with state.lock:
        open_ones = [o for o in state.work_orders.orders if o["status"] in (PLANNED, IN_PROGRESS)][:args.count]
        calls = [state.work_orders.advance(order, now_text()) for order in open_ones]
        state.save()
    try:
        statuses = asyncio.run(deliver_webhooks(args.url, calls))
    except httpx.HTTPError as exc:
        print(f"cannot reach {args.url}: {exc}", file=sys.stderr)
        return 1
    for call, status in zip(calls, statuses, strict=True):
        print(f"work order {call['external_id']}: status {call['Status']} -> HTTP {status}")
    return 0 if all(s == 200 for s in statuses) else 1


if __name__ == "__main__":
    raise SystemExit(main())
