"""What every `fieldkit` command shares: exit codes, the argument parser that ends
in one sentence, and opening the chosen database."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.paths import DB_ENV, default_db_path

if TYPE_CHECKING:
    from fieldkit.store import Store

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

#: A command: parsed arguments in, exit status out. Expected failures are raised as
#: FieldKitError and printed by `fieldkit.cli.run` as one sentence.
Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}.\n")


def db_path(args: argparse.Namespace) -> Path:
    return args.db.expanduser() if args.db else default_db_path()


def open_database(args: argparse.Namespace, *, create: bool = False) -> Store:
    """Only `demo` and the user's own default database may start a new file: a
    misspelt --db must say so, not answer from an empty database."""
    from fieldkit.store import open_store

    default = args.db is None and not os.environ.get(DB_ENV)
    return open_store(db_path(args), create=create or default)
