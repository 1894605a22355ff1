"""`fielddesk jobcodes get|create|update|ratebooks|rate` (Totalmobile Connect job codes, SOR codes, and their
rate books per contract)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, err, print_json, print_push_errors, read_json_file

NAME = "jobcodes"
HELP = "Totalmobile job codes (SOR) and their rate books"


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    get = actions.add_parser("get", help="one job code, as Connect has it (JSON)")
    get.add_argument("code", metavar="CODE")
    create = actions.add_parser("create", help="create a job code")
    create.add_argument("--file", required=True, metavar="JOBCODE.json", help="the JobCode body")
    update = actions.add_parser("update", help="update a job code")
    update.add_argument("code", metavar="CODE")
    update.add_argument("--file", required=True, metavar="JOBCODE.json", help="the JobCode fields to set")
    books = actions.add_parser("ratebooks", help="a job code's rate books (all, or one contract's)")
    books.add_argument("code", metavar="CODE")
    books.add_argument("--contract", metavar="ID")
    rate = actions.add_parser("rate", help="set a job code's price on a contract (RateBook PUT)")
    rate.add_argument("code", metavar="CODE")
    rate.add_argument("--contract", required=True, metavar="ID")
    rate.add_argument("--price", required=True, metavar="AMOUNT")
    rate.add_argument("--name", metavar="TEXT", help="the contract name")


async def run(desk: Any, args: argparse.Namespace) -> int:
    from app.services.planner import BodyValidationError, VendorError

    planner = desk.planner
    try:
        if args.action == "get":
            print_json(await planner.job_code(args.code))
        elif args.action == "create":
            await planner.create_job_code(read_json_file(args.file))
            print(f"job code created from {args.file}")
        elif args.action == "update":
            print_json(await planner.update_job_code(args.code, read_json_file(args.file)))
        elif args.action == "ratebooks":
            print_json(await planner.rate_books(args.code, args.contract))
        else:
            print_json(await planner.set_rate(args.code, args.contract, args.price, args.name))
    except BodyValidationError as exc:
        if getattr(args, "file", None):
            print_push_errors(args.file, exc, "JobCode")
        else:
            for problem in exc.errors:
                err(f"{args.action} {problem}")
        return EXIT_USAGE
    except VendorError as exc:
        err(str(exc))
        return EXIT_VENDOR
    return EXIT_OK
