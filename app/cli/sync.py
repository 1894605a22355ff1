"""`fielddesk sync [--vendor ID ...]`: send queued writes, then pull into the cache."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from app.cli.common import EXIT_OK, EXIT_VENDOR, InputError, err, report_errors

NAME = "sync"
HELP = "send queued writes, then pull into the cache"


def add_arguments(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(NAME, help=HELP)
    parser.add_argument("--vendor", action="append", metavar="ID", help="only this vendor (repeatable)")


class Progress:
    """The vendors' sync progress on stderr. A terminal shows one line, rewritten in place (vendors sync at once, so
    it names the vendor); a file or pipe gets a line per phase when it is done, not a run of carriage returns."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.width = 0  # of the line shown, on a terminal

    def __call__(self, vendor: str, phase: str, done: int, total: int) -> None:
        if not total:
            return
        line = f"{vendor}: {phase} {done}/{total}"
        if self.live:
            # Padded over the longer line it replaces.
            print(f"\r{line:<{self.width}}", end="", file=self.stream, flush=True)
            self.width = len(line)
        elif done >= total:
            print(line, file=self.stream, flush=True)

    def end(self) -> None:
        """Leave the line shown (a terminal): what follows starts on a line of its own."""
        if self.live and self.width:
            print(file=self.stream)
            self.width = 0


async def run(desk: Any, args: argparse.Namespace) -> int:
    vendors = args.vendor or desk.vendors
    unknown = [v for v in vendors if v not in desk.vendors]
    if unknown:
        raise InputError(f"--vendor: {', '.join(unknown)} is not configured in this profile "
                         f"(available: {', '.join(desk.vendors) or 'none'})")
    if not vendors:
        raise InputError("no vendor is configured for the live profile; see README 'Live configuration'")

    progress = Progress(sys.stderr)
    try:
        reports = await desk.sync(vendors, progress)
    finally:
        progress.end()
    waiting = {e.vendor: [0, 0] for e in desk.outbox.entries()}
    for entry in desk.outbox.entries():
        waiting[entry.vendor][entry.state == "rejected"] += 1
    for report in reports:
        pending, rejected = waiting.get(report.vendor, [0, 0])
        print(f"{report.vendor}: pulled {report.pulled}, sent {report.sent}, rejected now {report.rejected}; "
              f"waiting: {pending} to send, {rejected} rejected")
    code = report_errors(reports)
    # Nothing is "done" while a write waits on the user or a vendor is paused: scripts must see that.
    state = desk.engine.state
    for vendor, reason in state.paused.items():
        err(f"{vendor} is paused: {reason}. Fix the credentials, then sync again.")
    rejected_total = sum(r for _p, r in waiting.values())
    if rejected_total:
        err(f"{rejected_total} write(s) were rejected and wait for you: see 'fielddesk outbox list', then "
            "'fielddesk outbox resubmit ID --file FIXED.json' or 'fielddesk outbox discard ID --yes'")
    return EXIT_VENDOR if code or rejected_total or state.paused else EXIT_OK
