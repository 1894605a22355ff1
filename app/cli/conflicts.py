"""`fielddesk conflicts list [--json]` and `conflicts resolve ID (--mine | --theirs)`: fields changed both
here and at a vendor, every vendor's in one list."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import EXIT_OK, InputError, print_json, whole_number

NAME = "conflicts"
HELP = "fields changed both here and at a vendor"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every vendor's conflicts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    resolve = actions.add_parser("resolve", help="choose the value to keep")
    resolve.add_argument("id", type=whole_number)
    side = resolve.add_mutually_exclusive_group(required=True)
    side.add_argument("--mine", dest="keep", action="store_const", const="local",
                      help="keep the local value: the queued write sends it with the next sync")
    side.add_argument("--theirs", dest="keep", action="store_const", const="server",
                      help="take the vendor's value: the cache takes it and no queued write sends the field")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    return _resolve(desk, args)


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _list(desk: Any, args: argparse.Namespace) -> int:
    from app.services.startup import vendor_label

    conflicts = desk.conflicts.list()
    if args.json:
        print_json([c.as_json() for c in conflicts])
        return EXIT_OK
    for c in conflicts:
        print(f"{c.id:>5} {vendor_label(c.vendor):<8} {c.entity:<8} {c.record_key} {c.field_path}: "
              f"local {_value(c.local)}, server {_value(c.server)}")
    print(f"{len(conflicts)} conflict(s)", file=sys.stderr)
    return EXIT_OK


def _resolve(desk: Any, args: argparse.Namespace) -> int:
    if not any(c.id == args.id for c in desk.conflicts.list()):
        raise InputError(f"conflict {args.id}: no such conflict (see 'fielddesk conflicts list')")
    try:
        conflict = desk.conflicts.resolve(args.id, args.keep)
    except LookupError as exc:  # resolved meanwhile, or a vendor this FieldDesk cannot apply values of
        raise InputError(str(exc.args[0]) if exc.args else str(exc)) from exc
    if args.keep == "local":
        outcome = f"kept the local value {_value(conflict.local)}; the next sync sends it"
    else:
        outcome = f"took the server's value {_value(conflict.server)}"
    print(f"conflict {conflict.id}: {conflict.field_path} of {conflict.record_key}: {outcome}", file=sys.stderr)
    return EXIT_OK
