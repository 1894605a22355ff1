"""`fielddesk bookings (--order PON | --property ID)`: the visits of a sales order or a property (Totalmobile's
booking summary)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, err, print_json

NAME = "bookings"
HELP = "Totalmobile booking summary: the visits of a sales order or a property, with their status"


def add_arguments(commands: Any) -> None:
    parser = commands.add_parser(NAME, help=HELP)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--order", metavar="PON", help="the sales order's primary order number")
    which.add_argument("--property", metavar="ID", help="the property (customer external id)")
    parser.add_argument("--from", dest="start", type=_moment, metavar="YYYY-MM-DD[THH:MM]",
                        help="only visits whose window ends after this")
    parser.add_argument("--to", dest="end", type=_moment, metavar="YYYY-MM-DD[THH:MM]",
                        help="only visits whose window starts before this")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM") from None


async def run(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import VendorError

    if not (args.order or args.property):
        err("bookings: give --order or --property (not empty)")
        return EXIT_USAGE
    try:
        visits, source = await desk.planner.bookings(order=args.order, property_id=args.property,
                                                     window_start=args.start, window_end=args.end)
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    if source == "cache":
        err("Totalmobile cannot be reached: these are the cached visits")
    if args.json:
        print_json([v.as_json() for v in visits])
        return EXIT_OK
    for v in visits:
        when = f"{(v.window_start or '')[:16].replace('T', ' ')}-{(v.window_end or '')[11:16]}"
        print(f"{v.visit_id:<10} {v.order:<12} {when:<22} {v.status or '-':<16} {v.result_type or '':<17} "
              f"{v.resource or ''}")
    print(f"{len(visits)} visit(s)", file=sys.stderr)
    return EXIT_OK
