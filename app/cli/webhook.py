"""`fielddesk webhook serve [--host H] [--port N]`: receive Pro+'s work-order webhook until stopped."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE, err, port_number

NAME = "webhook"
HELP = "receive Pro+'s work-order webhook"
DEFAULT_PORT = 8765


def add_arguments(commands: Any) -> None:
    actions = commands.add_parser(NAME, help=HELP).add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="listen for Pro+'s calls until stopped (Ctrl+C); prints the URL to "
                                             "set in the Pro+ profile")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for "
                                                           "every network, behind an HTTPS proxy)")
    serve.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")


async def run(desk: Any, args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        err(f"--port {args.port}: must be 0 to 65535")
        return EXIT_USAGE
    receiver = desk.webhook_receiver()  # ConfigError (exit 2) without a secret

    def started(url: str) -> None:
        print(f"Listening. Set this URL in the Pro+ profile (it contains the webhook secret; keep it private):\n"
              f"{url}", file=sys.stderr)
        sys.stderr.flush()

    try:
        await receiver.serve(args.host, args.port, started)
    except OSError as exc:
        err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_USAGE
    print(f"stopped: {receiver.applied} call(s) applied, {receiver.refused} refused", file=sys.stderr)
    return EXIT_OK
