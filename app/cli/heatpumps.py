"""`fielddesk heatpumps status [--json] [--offline]` (Podero heat pumps, refreshed first unless --offline) and
`heatpumps register --file PUMP.json` (the documented register body, queued through the outbox and sent)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, print_json, queue_from_file, refresh, send_now

NAME = "heatpumps"
HELP = "Podero heat pumps: status, and registering one on site"
VENDOR = "podero"
ICONS = {"ok": "✓", "warning": "!", "error": "✗", "unknown": "?"}


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="every heat pump, errors and warnings first (read from Podero "
                                               "first; from the cache when it cannot be reached)")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--offline", action="store_true", help="show the cache without asking Podero")
    register = actions.add_parser("register", help="queue a Podero registration of a user's heat pump and send it")
    register.add_argument("--file", required=True, metavar="PUMP.json", help="the register body (Podero API v2.0)")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "status":
        return await _status(desk, args)
    return await _register(desk, args)


async def _status(desk: Any, args: argparse.Namespace) -> int:
    from app.services.heatpumps import as_json

    fresh = True if args.offline else await refresh(desk, VENDOR)
    pumps = desk.heatpumps.all()
    if args.json:
        print_json([as_json(p) for p in pumps])
    else:
        for p in pumps:
            print(_line(p))
        print(f"{len(pumps)} heat pump(s)", file=sys.stderr)
    return EXIT_OK if fresh else EXIT_VENDOR


def _status_text(name: str, value: str) -> str:
    return f"{name} {ICONS.get(value, '?')} {value}"


def _line(p: dict[str, Any]) -> str:
    wire = p["wire"]
    power = wire.get("current_power_consumption_w")
    flags = " STALE" if p["stale"] else ""
    flags += " (registration queued)" if p["pending"] else ""
    name = f"{p['manufacturer']} {p['model']}"
    return (f"{name:<22} {_status_text('connection', p['connection_status']):<22} "
            f"{_status_text('monitoring', p['monitoring_status']):<22} "
            f"{_status_text('steering', p['steering_status']):<20} "
            f"{'-' if power is None else f'{power:g} W':>7}  outdoor {_temp(wire.get('outdoor_temperature'))} "
            f"indoor {_temp(wire.get('indoor_actual_temperature'))}/{_temp(wire.get('indoor_target_temperature'))}"
            f"  updated {p['state_updated_at'] or '-'}{flags}")


def _temp(value: object) -> str:
    return "-" if value is None else f"{value:g}°C" if isinstance(value, int | float) else str(value)


async def _register(desk: Any, args: argparse.Namespace) -> int:
    from app.services.heatpumps import RegisterValidationError

    queued = queue_from_file(args.file, desk.heatpumps.register, RegisterValidationError, "heat pump register")
    if queued is None:
        return EXIT_USAGE
    local_id, entry_id = queued
    code = await send_now(desk, VENDOR, entry_id, done="registered")
    pump = desk.heatpumps.get(local_id) if code == EXIT_OK else None
    if pump is not None:
        print(f"registered heat pump {pump['podero_id']}")
        if pump["authorization_url"]:
            print(f"authorise the cloud service: {pump['authorization_url']}")
        if pump["embeddable_url"]:
            print(f"onboarding form: {pump['embeddable_url']}")
    return code
