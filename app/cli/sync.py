"""`fielddesk sync [--vendor ID ...]`: send queued writes, then pull into the cache."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import InputError, report_errors

NAME = "sync"
HELP = "send queued writes, then pull into the cache"


def add_arguments(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(NAME, help=HELP)
    parser.add_argument("--vendor", action="append", metavar="ID", help="only this vendor (repeatable)")


async def run(desk: Any, args: argparse.Namespace) -> int:
    print(f"profile: {desk.settings.profile}", file=sys.stderr)
    vendors = args.vendor or desk.vendors
    unknown = [v for v in vendors if v not in desk.vendors]
    if unknown:
        raise InputError(f"--vendor: {', '.join(unknown)} is not configured in this profile "
                         f"(available: {', '.join(desk.vendors) or 'none'})")
    if not vendors:
        raise InputError("no vendor is configured for the live profile; see README 'Live configuration'")

    def progress(vendor: str, phase: str, done: int, total: int) -> None:
        if total:
            print(f"\r{vendor}: {phase} {done}/{total}", end="", file=sys.stderr, flush=True)

    reports = await desk.sync(vendors, progress)
    print(file=sys.stderr)
    for report in reports:
        print(f"{report.vendor}: pulled {report.pulled}, sent {report.sent}, rejected {report.rejected}, "
              f"still queued {report.deferred}")
    return report_errors(reports)
