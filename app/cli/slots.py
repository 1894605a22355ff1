"""`fielddesk slots show|book` (Totalmobile Connect appointment slots)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, err, print_json

NAME = "slots"
HELP = "Totalmobile appointment slots: show availability for a sales order, book one"

_MARK = {"NotAvailable": "-", "Available": "free", "Preferred": "PREF"}


def _day(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _weeks(text: str) -> int:
    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if not 1 <= weeks <= 5:
        raise argparse.ArgumentTypeError("give 1 to 5 weeks")
    return weeks


def _window(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a planning window id (a number)") from None


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="availability by planning window and day (live; offline, the last-known "
                                           "grid marked stale)")
    show.add_argument("--order", required=True, metavar="PON", help="the sales order's primary order number")
    show.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="a day of the first week (default: this week)")
    show.add_argument("--weeks", type=_weeks, default=1, metavar="N", help="weeks to show, 1 to 5 (default 1)")
    show.add_argument("--ignore-weekends", action="store_true", help="do not offer Saturdays and Sundays")
    show.add_argument("--resource", metavar="ID", help="only this resource's availability (ResourceExternalId)")
    show.add_argument("--visit", metavar="VISIT_ID", help="re-appointing this visit")
    show.add_argument("--json", action="store_true", help="print JSON")
    book = actions.add_parser("book", help="book a slot (needs a live answer from Totalmobile); prints the visit id")
    book.add_argument("--order", required=True, metavar="PON")
    book.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    book.add_argument("--window", required=True, type=_window, metavar="ID", help="the planning window id")
    book.add_argument("--visit", metavar="VISIT_ID", help="re-appoint this visit instead of booking a new one")
    book.add_argument("--instructions", metavar="TEXT", help="visit instructions")
    book.add_argument("--resource", metavar="ID", help="book this resource (ResourceExternalId)")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "show":
        return await _show(desk, args)
    return await _book(desk, args)


async def _show(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import SlotQuery, VendorError

    query = SlotQuery(args.order, args.date, args.weeks, args.ignore_weekends, args.resource, args.visit)
    try:
        grid = await desk.planner.slots(query)
    except VendorError as exc:
        err(f"{exc} (no availability for {args.order} is cached)" if not exc.status else str(exc))
        return EXIT_VENDOR
    if grid.stale:
        err(f"Totalmobile cannot answer ({grid.reason}): last-known availability from {grid.fetched_at}; "
            "booking needs a live answer")
    if args.json:
        print_json(grid.as_json())
        return EXIT_OK
    days = [d for d in grid.days if not (args.ignore_weekends and dt.date.fromisoformat(d.date).weekday() >= 5)]
    width = max((len(f"{w.name} {w.start}-{w.end}") for w in grid.windows), default=10)
    print(f"{'':<{width}}  " + "  ".join(dt.date.fromisoformat(d.date).strftime("%a %d %b") for d in days))
    for window in grid.windows:
        cells = []
        for day in days:
            slot = next((s for s in day.slots if s.window_id == window.id), None)
            mark = _MARK.get(slot.status, slot.status) if slot else "-"
            travel = f"{slot.travel_time}m" if slot and slot.bookable and slot.travel_time is not None else ""
            cells.append(f"{mark:>4} {travel:>4}")
        print(f"{window.name + ' ' + window.start + '-' + window.end:<{width}}  " + "  ".join(cells))
    print(f"order {grid.order}; windows by id: " + ", ".join(f"{w.id} {w.name}" for w in grid.windows)
          + f"; fetched {grid.fetched_at}", file=sys.stderr)
    return EXIT_OK


async def _book(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, OfflineError, SlotTakenError, VendorError

    try:
        visit = await desk.planner.book(args.order, args.date, args.window, visit=args.visit,
                                        instructions=args.instructions, resource=args.resource)
    except BodyValidationError as exc:
        for problem in exc.errors:
            err(f"booking {problem}")
        return EXIT_USAGE
    except OfflineError as exc:
        err(f"{exc}: not booked; booking needs a live answer from Totalmobile")
        return EXIT_VENDOR
    except SlotTakenError as exc:
        err(f"not booked: {exc} (see the current slots: fielddesk slots show --order {args.order})")
        return EXIT_VENDOR
    except VendorError as exc:
        err(f"not booked: {exc}")
        return EXIT_VENDOR
    print(visit.visit_id)
    return EXIT_OK
