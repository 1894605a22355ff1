"""`fielddesk climate list|setpoint|history|failures` (myBeNext climate controllers, set points, sensor history and
the latest failures). `list` and `failures` read myBeNext first, and the cache when it cannot be reached."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_VENDOR,
    InputError,
    err,
    print_json,
    print_json_stream,
    refresh,
    whole_number,
)

NAME = "climate"
HELP = "myBeNext climate controllers, set points, history and failures"
VENDOR = "benext"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="climate controllers with temperature, set point, mode and state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--offline", action="store_true", help="show the cache without asking myBeNext")
    setpoint = actions.add_parser("setpoint", help="queue a set point change and send it")
    setpoint.add_argument("--product", required=True, type=whole_number, metavar="ID",
                          help="the controller's product id")
    setpoint.add_argument("--value", required=True, type=float, metavar="°C", help="the set point (4 to 28 °C)")
    setpoint.add_argument("--permanent", action="store_true",
                          help="a permanent schedule override (default: temporary, until the next schedule point)")
    history = actions.add_parser("history", help="a property's history (cached; missing parts fetched)")
    history.add_argument("--property", required=True, type=whole_number, metavar="ID", help="the property id")
    history.add_argument("--from", dest="begin", required=True, metavar="DATE",
                         help="first day (YYYY-MM-DD, local time) or an ISO time")
    history.add_argument("--to", dest="end", required=True, metavar="DATE",
                         help="last day, included (YYYY-MM-DD) or an ISO time (excluded)")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.add_argument("--offline", action="store_true", help="only what the cache holds")
    failures = actions.add_parser("failures", help="the latest failure of each product")
    failures.add_argument("--json", action="store_true", help="print JSON")
    failures.add_argument("--offline", action="store_true", help="show the cache without asking myBeNext")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "list":
        return await _list(desk, args)
    if args.action == "setpoint":
        return await _setpoint(desk, args)
    if args.action == "history":
        return await _history(desk, args)
    return await _failures(desk, args)


def controller_json(c: dict[str, Any]) -> dict[str, Any]:
    return {"product": c["product"], "name": c["name"], "temperature": c["temperature"], "setpoint": c["setpoint"],
            "mode": c["mode_text"] or None, "mode_code": c["mode"], "scheduletype": c["scheduletype_text"] or None,
            "scheduletype_code": c["scheduletype"], "synchronised": c["synchronised"], "pending": c["pending"],
            "state": c["state"], "heatdemand": c["heatdemand"], "valvestatus": c["valvestatus_text"] or None,
            "availability": c["availability"]}


async def _list(desk: Any, args: argparse.Namespace) -> int:
    fresh = True if args.offline else await refresh(desk, VENDOR)
    rows = desk.climate.controllers()
    if args.json:
        print_json([controller_json(c) for c in rows])
    else:
        for c in rows:
            temperature = "-" if c["temperature"] is None else f"{c['temperature']:.1f}°C"
            setpoint = "-" if c["setpoint"] is None else f"{c['setpoint']:g}°C"
            print(f"{c['product']:>6} {c['name'][:28]:<28} {temperature:>7} → {setpoint:<7} {c['mode_text']:<14} "
                  f"{c['scheduletype_text']:<30} {c['state']:<24} {c['availability'] or '-'}")
        print(f"{len(rows)} climate controller(s)", file=sys.stderr)
    return EXIT_OK if fresh else EXIT_VENDOR


async def _setpoint(desk: Any, args: argparse.Namespace) -> int:
    from app.services.climate import SetpointError

    if not math.isfinite(args.value):
        raise InputError(f"--value: {args.value} is not a temperature")
    try:
        entry_id = desk.climate.set_setpoint(args.product, args.value, permanent=args.permanent)
    except SetpointError as exc:
        err(f"--value/--product: {exc}; nothing was queued")
        return EXIT_USAGE
    print(f"queued outbox {entry_id}", file=sys.stderr)
    if VENDOR not in desk.vendors:
        err("myBeNext is not set up in this profile: the set point stays queued")
        return EXIT_VENDOR
    [report] = await desk.sync([VENDOR])
    left = next((e for e in desk.outbox.entries() if e.id == entry_id), None)
    if left is None:
        controller = desk.climate.controller(args.product)
        state = controller["state"] if controller else "sent"
        print(f"set point {args.value:g} °C sent to {controller['name'] if controller else args.product}: {state}")
        return EXIT_OK
    if left.state == "rejected":
        err(f"outbox {entry_id}: rejected by myBeNext: {left.last_error} (see 'fielddesk outbox list')")
    else:
        err(f"outbox {entry_id}: not sent yet ({report.problem or left.last_error or 'waiting'}); it stays queued")
    return EXIT_VENDOR


def parse_moment(text: str, option: str, *, end: bool) -> dt.datetime:
    """A day (local midnight; as an end, the midnight after it: the day is included) or an ISO time (local when
    it names no zone)."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            if end:
                day += dt.timedelta(days=1)
            return dt.datetime(day.year, day.month, day.day).astimezone()
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError) as exc:
        raise InputError(f"{option}: {text!r} is not a date (YYYY-MM-DD) or an ISO time") from exc
    return moment if moment.tzinfo else moment.astimezone()


async def _history(desk: Any, args: argparse.Namespace) -> int:
    from app.services.climate import VendorError

    begin = parse_moment(args.begin, "--from", end=False)
    end = parse_moment(args.end, "--to", end=True)
    if end <= begin:
        raise InputError(f"--to: {args.end} is before --from {args.begin}")
    if args.offline or VENDOR not in desk.vendors:
        found = desk.climate.cached(args.property, int(begin.timestamp()), int(end.timestamp()))
        error: Any = None if args.offline else "myBeNext is not set up in this profile"
    else:
        try:
            found = await desk.climate.history(args.property, begin, end)
        except VendorError as exc:
            if exc.status == 404:
                err(f"--property: {exc}")
                return EXIT_USAGE
            raise
        error = found.error
    if error is not None and getattr(error, "status", None) == 404:
        err(f"--property: {error}")
        return EXIT_USAGE
    rows = ({"timestamp": dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "value": v}
            for t, v in found.points)
    if args.json:
        count = print_json_stream(rows)
    else:
        count = 0
        for row in rows:
            value = row["value"]
            print(f"{row['timestamp']}  {'-' if value is None else format(value, 'g')}")
            count += 1
    print(f"{count} point(s)" + ("" if found.complete else " (incomplete: part of the range is not cached)"),
          file=sys.stderr)
    if not found.complete:
        if error is not None:
            err(f"{error}")
        return EXIT_VENDOR
    return EXIT_OK


async def _failures(desk: Any, args: argparse.Namespace) -> int:
    fresh = True if args.offline else await refresh(desk, VENDOR)
    rows = desk.climate.failures()
    if args.json:
        print_json([{"failure": f["failure"], "failuretype": f["failuretype"], "type": f["type_text"],
                     "resource": f["resource"], "product_name": f["product_name"] or None, "status": f["status"],
                     "status_text": f["status_text"], "timestamp": f["timestamp"]} for f in rows])
    else:
        for f in rows:
            print(f"{f['timestamp'] or '-':<22} {f['type_text']:<28} {f['status_text']:<11} "
                  f"{f['product_name'] or f['resource']}")
        print(f"{len(rows)} failure(s)", file=sys.stderr)
    return EXIT_OK if fresh else EXIT_VENDOR
