"""Data in and out of the database as files: `export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldkit.cli.common import EXIT_OK, Handler, open_database


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    export = commands.add_parser("export", help="export the data")
    export.add_argument("format", choices=["json"])
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="file, or - for stdout"
    )

    return {"export": _cmd_export}


def _cmd_export(args: argparse.Namespace) -> int:
    from fieldkit.io.json_export import export_json, write_json

    with open_database(args) as store:
        if str(args.output) == "-":
            count = write_json(store, sys.stdout)
            print(f"Exported {count} rows.", file=sys.stderr)
            return EXIT_OK
        count = export_json(store, args.output)
    print(f"Exported {count} rows to {args.output}.")
    return EXIT_OK
