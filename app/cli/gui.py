"""`fielddesk gui [--pane NAME] [--screenshot FILE.png]`: the window (also what runs without a command)."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "gui"
HELP = "open the window"
#: The window's panes, in its order. app/ cannot import ui/ to read `ui.main_window.PANES` (it would load Qt),
#: so they are repeated here; tests/test_cli.py checks that both lists agree.
PANES = ("clients", "appliances", "workorders", "certificates", "technicians", "slots", "heatpumps", "customers",
         "outbox")


def add_arguments(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(NAME, help=HELP)
    parser.add_argument("--pane", choices=PANES, help="pane to show first (default: the one shown when the window last "
                        "closed)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")


def run_window(args: argparse.Namespace) -> int:
    """Runs the window on its own loop (qasync), not under asyncio.run like the other nouns."""
    # Imported here: app/ never imports Qt; only opening a window does.
    from ui.app import run_gui

    return run_gui(home=args.home, profile=args.profile, pane=getattr(args, "pane", None),
                   screenshot=getattr(args, "screenshot", None))
