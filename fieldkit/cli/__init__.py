"""The `fieldkit` command: the same services as the window, for scripts, support
and tests. Every expected failure ends as one sentence on stderr and exit 1.

Each area keeps its commands in its own module with a `register(commands)` that
adds its subparsers and returns their handlers by name."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from fieldkit import __version__
from fieldkit.cli.common import EXIT_FAILURE, EXIT_OK, Handler, Parser, db_path
from fieldkit.errors import FieldKitError
from fieldkit.paths import DB_ENV

#: The modules that contribute commands, in the order `--help` lists them.
COMMAND_MODULES = (
    "fieldkit.cli.core",
    "fieldkit.cli.transfer",
    "fieldkit.cli.sync",
    "fieldkit.cli.selftest",
    "fieldkit.cli.privacy",
)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = Parser(
        prog="fieldkit",
        description="FieldKit: meeting notes, partners and community problems for the "
        "'Bibliotekos pažangai 2' coordinators. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"FieldKit {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help=f"database file (default: ${DB_ENV}, else the user's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for name in COMMAND_MODULES:
        handlers.update(importlib.import_module(name).register(commands))
    return parser, handlers


def run(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from fieldkit.app import run_window

        return run_window(db_path(args))
    try:
        return handlers[args.command](args)
    except FieldKitError as error:
        print(f"fieldkit: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("fieldkit: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `fieldkit meetings | head`: the reader left; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
