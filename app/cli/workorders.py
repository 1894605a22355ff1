"""`fielddesk workorders list|create|get|delete` (Pro+ work orders)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_VENDOR,
    err,
    print_json,
    print_json_stream,
    queue_from_file,
    send_now,
    whole_number,
)

NAME = "workorders"
HELP = "Pro+ work orders"
VENDOR = "proplus"

#: `workorders list --json` fields, per work order (the cache's column names, `id` being Pro+'s).
JSON_FIELDS = ("id", "wo_number", "external_id", "external_name", "execution_date", "start_time", "client_id",
               "heating_appliance_id", "cooling_appliance_id", "appliance_group", "certification_type",
               "certification_language", "contracting_company", "technician_id", "status", "comments",
               "certificate_id", "json_id", "vat_id", "pending", "deleting")


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list cached work orders (Pro+ has no list call: those FieldDesk "
                                              "created, fetched or heard of through the webhook)")
    listing.add_argument("--search", metavar="TEXT", help="match number, external id or name, date, type, status")
    listing.add_argument("--json", action="store_true", help="print JSON")
    create = actions.add_parser("create", help="queue a Pro+ push-wo (create a work order) and send it")
    create.add_argument("--file", required=True, metavar="WO.json", help="the push-wo body (§11.1.4)")
    get = actions.add_parser("get", help="fetch one from Pro+ (and cache it); offline, from the cache")
    _lookup(get, names=True)
    get.add_argument("--json", action="store_true", help="print JSON")
    delete = actions.add_parser("delete", help="queue a Pro+ delete-wo and send it")
    _lookup(delete, names=False)
    delete.add_argument("--yes", action="store_true", required=True, help="confirm the deletion")


def _lookup(parser: argparse.ArgumentParser, *, names: bool) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", type=whole_number, metavar="N", help="Pro+'s work order id")
    which.add_argument("--external-id", metavar="X", help="your system's work order id")
    if names:
        which.add_argument("--external-name", metavar="X", help="your system's work order name")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    if args.action == "create":
        return await _create(desk, args)
    if args.action == "get":
        return await _get(desk, args)
    return await _delete(desk, args)


def as_json(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row["proplus_id"] if key == "id" else row[key] for key in JSON_FIELDS}


def _list(desk: Any, args: argparse.Namespace) -> int:
    rows = desk.workorders.iter(args.search)
    if args.json:
        print_json_stream(as_json(r) for r in rows)
        return EXIT_OK
    count = 0
    for r in rows:
        state = "deleting" if r["deleting"] else "queued" if r["pending"] else f"status {r['status'] or '-'}"
        certificate = "certificate" if r["certificate_id"] else ""
        print(f"{r['external_id']:>8} {r['wo_number'] or '-':<9} {r['execution_date'] or '-':<10} "
              f"{r['start_time'] or '':<5} {r['external_name'][:32]:<32} {state:<10} {certificate}")
        count += 1
    print(f"{count} work order(s)", file=sys.stderr)
    return EXIT_OK


async def _create(desk: Any, args: argparse.Namespace) -> int:
    from app.services.workorders import PushValidationError

    queued = queue_from_file(args.file, desk.workorders.create, PushValidationError, "push-wo")
    if queued is None:
        return EXIT_USAGE
    _local_id, entry_id = queued
    return await send_now(desk, VENDOR, entry_id, done="created")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The work order's identifying values the command line gives (an empty one is none)."""
    given = {"id": args.id, "external_id": args.external_id, "external_name": getattr(args, "external_name", None)}
    return {key: value for key, value in given.items() if value not in (None, "")}


def _no_lookup(args: argparse.Namespace) -> bool:
    """Says so when the command line names no work order."""
    if _given(args):
        return False
    options = "--id, --external-id or --external-name" if hasattr(args, "external_name") else "--id or --external-id"
    err(f"workorders {args.action}: give {options} (not empty)")
    return True


async def _get(desk: Any, args: argparse.Namespace) -> int:
    from app.services.workorders import VendorError

    if _no_lookup(args):
        return EXIT_USAGE
    try:
        row, source = await desk.workorders.fetch(**_given(args))
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    if row is None:
        err("no such work order " + ("in Pro+" if source == "pro+" else "in the cache (Pro+ cannot be reached)"))
        return EXIT_VENDOR if source == "cache" else EXIT_USAGE
    if source == "cache":
        err("Pro+ cannot be reached: this is the cached work order")
    if args.json:
        print_json(as_json(row))
    else:
        for key in JSON_FIELDS:
            print(f"{key:<24} {'' if as_json(row)[key] is None else as_json(row)[key]}")
    return EXIT_OK


async def _delete(desk: Any, args: argparse.Namespace) -> int:
    if _no_lookup(args):
        return EXIT_USAGE
    row = desk.workorders.find(**_given(args))
    if row is None:
        err("no such work order in the cache (fetch it first: fielddesk workorders get ...)")
        return EXIT_USAGE
    entry_id = desk.workorders.delete(row["local_id"])
    return await send_now(desk, VENDOR, entry_id, done="deleted")
