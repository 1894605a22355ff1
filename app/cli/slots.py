"""`fielddesk slots show|book` (Totalmobile Connect appointment slots)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, err, print_json, whole_number

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
    book.add_argument("--messaging", choices=("message", "dont-message", "never-message"),
                      help="the customer's messaging preference for this visit")
    book.add_argument("--shelve", action="store_true", help="create a shelved appointment")
    trade = actions.add_parser("trade", help="availability by trade, for work not yet tied to an order")
    trade.add_argument("--postcode", required=True, metavar="CODE", help="the postcode of the visit")
    trade.add_argument("--skill", action="append", default=[], metavar="NAME",
                       help="a skill the resource must have (repeat for several)")
    trade.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="a day of the first week (default: this week)")
    trade.add_argument("--weeks", type=_weeks, default=1, metavar="N", help="weeks to show, 1 to 5 (default 1)")
    trade.add_argument("--duration", type=whole_number, metavar="MINUTES", help="the visit's duration")
    trade.add_argument("--target-date", type=_day, metavar="YYYY-MM-DD", help="the job's target date")
    trade.add_argument("--two-to-attend", action="store_true", help="paired working is required")
    trade.add_argument("--attribute", action="append", default=[], metavar="NAME=VALUE",
                       help="a scheduling attribute (repeat for several)")
    trade.add_argument("--json", action="store_true", help="print JSON (as slots show, with an empty order)")
    handover = actions.add_parser("handover", help="create a Connect user account token and print the jump URL to "
                                                   "Connect's own booking screen")
    handover.add_argument("--user", required=True, metavar="NAME", help="the planner's Connect user name")
    handover.add_argument("--first-name", metavar="TEXT")
    handover.add_argument("--last-name", metavar="TEXT")
    handover.add_argument("--email", metavar="ADDRESS")
    handover.add_argument("--profile-name", metavar="TEXT", help="the Connect profile the account gets")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if args.action == "show":
        return await _show(desk, args)
    if args.action == "trade":
        return await _trade(desk, args)
    if args.action == "handover":
        return await _handover(desk, args)
    return await _book(desk, args)


async def _trade(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, VendorError

    pairs = [item.partition("=") for item in args.attribute]
    if any(not sep or not name.strip() for name, sep, _value in pairs):
        err("--attribute: give NAME=VALUE")
        return EXIT_USAGE
    try:
        grid = await desk.planner.slots_by_trade(args.postcode, skills=args.skill, date=args.date, weeks=args.weeks,
                                                 duration=args.duration, target_date=args.target_date,
                                                 two_to_attend=args.two_to_attend,
                                                 attributes={name: value for name, _sep, value in pairs})
    except BodyValidationError as exc:
        for problem in exc.errors:
            err(f"trade {problem}")
        return EXIT_USAGE
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    if args.json:
        print_json(grid.as_json())
        return EXIT_OK
    _print_grid(grid, ignore_weekends=False)
    return EXIT_OK


async def _handover(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, VendorError

    try:
        url, token = await desk.planner.handover(args.user, first_name=args.first_name, last_name=args.last_name,
                                                 email=args.email, profile=args.profile_name)
    except BodyValidationError as exc:
        for problem in exc.errors:
            err(f"handover {problem}")
        return EXIT_USAGE
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    if not url:
        err("Totalmobile answered without a jump URL; the single sign-in token is printed instead")
        print(token or "")
        return EXIT_VENDOR if not token else EXIT_OK
    print(url)
    return EXIT_OK


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
    _print_grid(grid, ignore_weekends=args.ignore_weekends)
    print(f"order {grid.order}; windows by id: " + ", ".join(f"{w.id} {w.name}" for w in grid.windows)
          + f"; fetched {grid.fetched_at}", file=sys.stderr)
    return EXIT_OK


def _print_grid(grid: Any, *, ignore_weekends: bool) -> None:
    days = [d for d in grid.days if not (ignore_weekends and dt.date.fromisoformat(d.date).weekday() >= 5)]
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


async def _book(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, OfflineError, SlotTakenError, VendorError

    try:
        messaging = {"message": 0, "dont-message": 1, "never-message": 2}.get(args.messaging or "")
        visit = await desk.planner.book(args.order, args.date, args.window, visit=args.visit,
                                        instructions=args.instructions, resource=args.resource, messaging=messaging,
                                        shelve=args.shelve)
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
