"""`fielddesk technicians list [--json]`, `technicians create --file TECH.json` (the documented create-technician
body: adds a technician, or updates the one with its id or external id) and `technicians get (--id N |
--external-id X) [--json]` (from Pro+ when it answers, and cached; else from the cache)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, err, print_json, queue_from_file, send_now, whole_number

NAME = "technicians"
HELP = "Pro+ technicians"
VENDOR = "proplus"
MODES = {1: "work-order mode", 2: "standard mode"}


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cached technicians")
    listing.add_argument("--json", action="store_true", help="print JSON")
    create = actions.add_parser("create", help="queue a Pro+ create-technician (add or update) and send it")
    create.add_argument("--file", required=True, metavar="TECH.json", help="the create-technician body")
    get = actions.add_parser("get", help="one technician, read from Pro+ when it answers")
    which = get.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", type=whole_number, metavar="N", help="Pro+ technician id")
    which.add_argument("--external-id", metavar="X", help="your own technician id")
    get.add_argument("--json", action="store_true", help="print JSON")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    if args.action == "get":
        return await _get(desk, args)
    return await queue_and_send(desk, args.file, "create-technician", desk.staff.queue_technician)


def _list(desk: Any, args: argparse.Namespace) -> int:
    from app.services.staff import technician_json

    technicians = desk.staff.technicians()
    if args.json:
        print_json([technician_json(t) for t in technicians])
        return EXIT_OK
    for t in technicians:
        print(_line(t))
    print(f"{len(technicians)} technician(s)", file=sys.stderr)
    return EXIT_OK


def _line(t: dict[str, Any]) -> str:
    active = "-" if t.get("active") is None else ("active" if t["active"] else "inactive")
    mode = MODES.get(t.get("working_mode") or 0, "-")
    pid = "queued" if t.get("id") is None else str(t["id"])
    return (f"{pid:>6} {t.get('external_id') or '-':<12} {t['name']:<28} {t['mobile']:<18} {t['email']:<34} "
            f"{active:<8} {mode:<15} {len(t['devices'])} device(s)")


async def _get(desk: Any, args: argparse.Namespace) -> int:
    from app.services.staff import VendorError, technician_json

    if args.id is None and not args.external_id:
        err("technicians get: give --id or --external-id (not empty)")
        return EXIT_USAGE
    try:
        found, fresh = await desk.staff.fetch_technician(id=args.id, external_id=args.external_id)
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    which = f"id {args.id}" if args.id is not None else f"external id {args.external_id!r}"
    if found is None:
        err(f"Pro+ cannot be reached and the cache has no technician with {which}")
        return EXIT_VENDOR
    if not fresh:
        err("Pro+ cannot be reached: this is the cached technician")
    if args.json:
        print_json(technician_json(found))
        return EXIT_OK
    print(_line(found))
    info = found.get("technical_information") or {}
    for key, label in (("authorised_technician", "authorised technician"), ("chimney_sweep", "chimney sweep"),
                       ("works_for_oca", "works for an OCA")):
        print(f"  {label}: {'yes' if info.get(key) else 'no'}")
    print(f"  heating adviser: {', '.join(info.get('heating_adviser') or []) or '-'}")
    for number in found.get("recognition_numbers") or []:
        print(f"  recognition number {number['region']} type {number['type']}: {number['number']}")
    for device in found.get("devices") or []:
        print(f"  device {device['id']}: {device['type']} {device['serial_number']} since {device['associated_on']}")
    return EXIT_OK


async def queue_and_send(desk: Any, file: str, what: str, queue: Any) -> int:
    """Read and check the file (exit 2 naming each bad field; nothing queued), queue the write, send it now."""
    from app.services.staff_rules import StaffValidationError

    entry_id = queue_from_file(file, queue, StaffValidationError, what)
    if entry_id is None:
        return EXIT_USAGE
    return await send_staff_write(desk, entry_id)


FILE_HINT = "correct the file and run the same command again: it replaces this write"


async def send_staff_write(desk: Any, entry_id: int, fix: str = FILE_HINT) -> int:
    """`queued outbox N`, then the staff write is sent now (send_now); if Pro+ rejects it, `fix` says what to do,
    and how to drop it."""
    return await send_now(desk, VENDOR, entry_id,
                          fix=f"{fix}; or drop it with 'fielddesk outbox discard {entry_id} --yes'")
