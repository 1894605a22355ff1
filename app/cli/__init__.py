"""`fielddesk` / `python -m app`: the same use cases as the GUI, from a terminal.

One module per noun (`app/cli/<noun>.py`): its NAME, HELP, `add_arguments(commands)` and
`async run(desk, args) -> int`; `gui` alone runs the window instead (`run_window(args)`). `COMMANDS` below lists
them, and the commands the parser offers derive from it. A noun's module is imported when its command runs or
the whole parser is built (help, bad usage): opening the window loads `gui` alone.

Exit status: 0 success, 1 the vendor or the network failed (nothing is lost), 2 bad usage or bad input.
With --json, stdout carries only JSON.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType

from app.cli import gui
from app.cli.common import EXIT_OK, EXIT_USAGE, EXIT_VENDOR, InputError, err, read_json_file
from app.services.fielddesk import FieldDesk
from app.services.startup import (
    ConfigError,
    DamagedCacheError,
    HomeError,
    StoreError,
    VendorError,
    cache_work,
    is_text,
    redact,
    resolve_paths,
    setup_logging,
)

__all__ = ["COMMANDS", "EXIT_OK", "EXIT_USAGE", "EXIT_VENDOR", "InputError", "build_parser", "main", "noun",
           "read_json_file"]

#: Every noun of the command line, in the order help lists them; each is the module `app/cli/<noun>.py`.
COMMANDS: tuple[str, ...] = ("gui", "sync", "clients", "workorders", "webhook", "technicians", "devices",
                             "certificates", "slots", "orders", "bookings", "jobcodes", "heatpumps", "climate",
                             "customers", "outbox", "conflicts", "cache")


def noun(name: str) -> ModuleType:
    """The module of the command `name` (one of COMMANDS)."""
    return importlib.import_module(f"app.cli.{name}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's arguments (all of them take ~5 ms to build,
    a share of the window's start-up)."""
    parser = argparse.ArgumentParser(prog="fielddesk", description="FieldDesk: field service for heating "
                                     "and cooling. Without a command, opens the window.")
    parser.add_argument("--home", metavar="DIR", help="folder for config, cache, downloads and logs "
                        "(default: FIELDDESK_HOME, else the per-user folders)")
    parser.add_argument("--profile", choices=("sandbox", "live"),
                        help="sandbox: built-in simulators with demo data; live: the configured vendors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        noun(name).add_arguments(commands)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` names, "gui" when it names none; None when help is asked before it."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help"):
            return None
        if token in ("--home", "--profile"):
            next(tokens, None)
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return "gui"


#: Arguments that name files: any name the system allows, bytes its encoding cannot read included.
PATH_ARGUMENTS = frozenset({"home", "file", "screenshot", "source"})


def _unreadable_argument(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The option (or positional) given bytes that are no text in the system's encoding (Python passes them on
    as lone surrogates, which no vendor, JSON file or database takes), if any."""
    for dest, value in vars(args).items():
        if dest in PATH_ARGUMENTS:
            continue
        if any(isinstance(v, str) and not is_text(v) for v in (value if isinstance(value, list) else [value])):
            return _argument_name(parser, dest)
    return None


def _argument_name(parser: argparse.ArgumentParser, dest: str) -> str:
    """How the command line spells the argument stored in `dest` (searched through the subcommands)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                name = _argument_name(child, dest)
                if name != dest:
                    return name
        elif action.dest == dest:
            return action.option_strings[0] if action.option_strings else str(action.metavar or dest)
    return dest


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command_in(argv)
    parser = build_parser(only=gui.NAME if command == gui.NAME else None)
    args = parser.parse_args(argv)
    unreadable = _unreadable_argument(parser, args)
    if unreadable is not None:
        err(f"{unreadable}: contains characters that are not valid text (bytes this system's encoding cannot read)")
        return EXIT_USAGE
    if args.command in (None, gui.NAME):
        return gui.run_window(args)
    import asyncio

    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a name gets "?", not a traceback
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        return asyncio.run(_run(noun(args.command), args))
    except (ConfigError, StoreError, HomeError, InputError) as exc:
        err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        err("interrupted; queued writes are kept")
        return EXIT_VENDOR
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing to report, and Python must not print a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except VendorError as exc:  # a command that has no words of its own for it
        err(str(exc))
        return EXIT_VENDOR
    except Exception as exc:  # a fault in FieldDesk itself
        return _unexpected(args, exc)


def _unexpected(args: argparse.Namespace, exc: Exception) -> int:
    """A fault no command expected: one line on stderr (secrets redacted) and the traceback in the log file (also
    redacted), never a traceback in the terminal. Queued writes are in the cache: nothing is lost."""
    where = ""
    if logging.getLogger().handlers:  # the log file is set up (without it, logging would print the traceback)
        logging.getLogger(__name__).error("'%s' failed", args.command, exc_info=exc)
        where = f"; the details are in {resolve_paths(args.home).log_file}"
    err(f"{args.command} failed: {redact(str(exc)) or type(exc).__name__} (a fault in FieldDesk; queued writes are "
        f"kept{where})")
    return EXIT_VENDOR


async def _run(command: ModuleType, args: argparse.Namespace) -> int:
    setup_logging(resolve_paths(args.home).ensure().log_file)
    without_cache = getattr(command, "run_without_cache", None)
    if without_cache is not None:
        handled: int | None = without_cache(args)  # commands that must work on a damaged cache
        if handled is not None:
            return handled
    work = cache_work(args.home)
    if work is not None:  # on a large cache this takes a while: say so before the wait
        err("the last session did not close the cache cleanly: checking it (a large cache can take a minute)"
            if work == "check" else
            "upgrading the cache for this version, after keeping a copy of it (a large cache can take a minute)")
    desk = FieldDesk.open(args.home, args.profile)
    # Said first by every command, so a write never goes to the sandbox (or a live vendor) unnoticed.
    err(f"profile: {desk.settings.describe()}")
    try:
        code: int = await command.run(desk, args)
        return code
    except sqlite3.DatabaseError as exc:  # damage the first look at the cache did not reach
        desk.store.mark_suspect()
        raise DamagedCacheError(desk.store.path, str(exc)) from exc
    finally:
        await desk.aclose()
