"""`fielddesk clients list [--search TEXT] [--json]` and `clients push --file CLIENT.json` (Pro+)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    print_json_texts,
    queue_from_file,
    send_queued,
)

NAME = "clients"
HELP = "Pro+ clients"
VENDOR = "proplus"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list cached clients")
    listing.add_argument("--search", metavar="TEXT", help="match name, city, postal code, phone or e-mail")
    listing.add_argument("--json", action="store_true", help="print JSON")
    push = actions.add_parser("push", help="queue a Pro+ push-client (add or update) and send it")
    push.add_argument("--file", required=True, metavar="CLIENT.json", help="the push-client body")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    return await _push(desk, args)


def _list(desk: Any, args: argparse.Namespace) -> int:
    if args.json:
        print_json_texts(desk.clients.listing(args.search))  # streamed: any number of clients in bounded memory
        return EXIT_OK
    clients = desk.clients.iter(args.search)
    count = 0
    for c in clients:
        region = c.region.value if c.region else "-"
        print(f"{c.name:<32} {c.postal_code:>5} {c.city:<20} {region:<9} {len(c.appliances)} appliance(s)")
        count += 1
    print(f"{count} client(s); last sync {desk.engine.state.last_success_at or 'never'}", file=sys.stderr)
    return EXIT_OK


async def _push(desk: Any, args: argparse.Namespace) -> int:
    from app.services.proplus import PushValidationError

    ids = queue_from_file(args.file, desk.clients.queue_push, PushValidationError, "push-client")
    if ids is None:
        return EXIT_USAGE
    print(f"queued {len(ids)} write(s): outbox {', '.join(map(str, ids))}", file=sys.stderr)
    return await send_queued(desk, VENDOR, ids, fix="fix it and run 'fielddesk outbox resubmit ID --file FIXED.json'")
