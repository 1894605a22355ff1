"""`fielddesk devices list [--json]`, `devices create --file DEVICE.json` (the documented create-device body)
and `devices link|unlink --device ID --technician ID` (Pro+ ids): the company's measuring devices."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, print_json, print_push_errors, whole_number
from app.cli.technicians import queue_and_send, send_staff_write

NAME = "devices"
HELP = "Pro+ measuring devices"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cached measuring devices")
    listing.add_argument("--json", action="store_true", help="print JSON")
    create = actions.add_parser("create", help="queue a Pro+ create-device and send it")
    create.add_argument("--file", required=True, metavar="DEVICE.json", help="the create-device body")
    for action, verb in (("link", "give a device to a technician"), ("unlink", "take a device from a technician")):
        command = actions.add_parser(action, help=verb)
        command.add_argument("--device", type=whole_number, required=True, metavar="ID", help="Pro+ device id")
        command.add_argument("--technician", type=whole_number, required=True, metavar="ID", help="Pro+ technician id")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(desk, args)
    if args.action == "create":
        return await queue_and_send(desk, args.file, "create-device", desk.staff.queue_device)
    from app.services.staff_rules import StaffValidationError

    try:
        entry_id = desk.staff.queue_link(args.device, args.technician, args.action)
    except StaffValidationError as exc:
        print_push_errors(f"--device {args.device} --technician {args.technician}", exc, args.action)
        return EXIT_USAGE
    return await send_staff_write(desk, entry_id, "later changes of this device wait behind it")


def _list(desk: Any, args: argparse.Namespace) -> int:
    from app.services.staff import device_json

    devices = desk.staff.devices()
    if args.json:
        print_json([device_json(d) for d in devices])
        return EXIT_OK
    for d in devices:
        holders = ", ".join(str(a["technician_id"]) for a in d["technicians"] if not a.get("removed_on")) or "-"
        pid = "queued" if d.get("id") is None else str(d["id"])
        print(f"{pid:>6} {d['group'] or '-':<8} {d['type'] or '-':<11} {d['serial_number']:<16} "
              f"bought {d['purchase_date'] or '-':<10} made {d['mfg_date'] or '-':<10} status {d['status']} "
              f"technician(s) {holders}")
    print(f"{len(devices)} device(s)", file=sys.stderr)
    return EXIT_OK
