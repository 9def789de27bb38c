"""One SQLite file as FieldKit uses it: inspected without being touched, opened with
the same settings everywhere, and its failures told apart: the environment's
(locked, full, damaged, not ours) become one sentence, anything else is a bug.

It sits under database, migrate and backup, which all need it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as DriverDatabaseError
from sqlalchemy.exc import OperationalError

from fieldkit.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    NewerSchema,
    NotAFieldKitDatabase,
    StorageError,
)
from fieldkit.store import schema
from fieldkit.store.health import describe_sqlite_error, leave_no_sidecars, quick_check

BUSY_TIMEOUT_MS = 5000
#: Page cache per connection; grows only as pages are read (SQLite's default of
#: 2 MiB makes the clock tables' random-order inserts thrash).
CACHE_KIB = 32 * 1024


def inspect_file(path: Path, *, check_health: bool = False) -> str:
    """The schema revision of an existing FieldKit file; raises if it is not one, is
    damaged, or is newer than this FieldKit. Never writes to the file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(schema.SQLITE_HEADER))
    except OSError as error:
        raise StorageError(f"Cannot read {path}: {error.strerror or error}.") from None
    if header != schema.SQLITE_HEADER:
        raise NotAFieldKitDatabase(f"{path} is not a FieldKit database.")
    with readonly(path) as connection:
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != schema.APPLICATION_ID:
                raise NotAFieldKitDatabase(
                    f"{path} is an SQLite database of another program, not of FieldKit."
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as error:
            raise classify(path, error) from None
        if check_health:
            problems = quick_check(connection)
            if problems:
                raise DatabaseDamaged(
                    f"{path} is damaged ({problems[0]}); restore a backup with 'fieldkit restore'."
                )
    revision = row[0] if row else None
    if revision is None:
        raise NotAFieldKitDatabase(
            f"{path} has no schema version; it is not a complete FieldKit database."
        )
    if revision == schema.SCHEMA_HEAD:
        return revision
    if revision not in schema.KNOWN_REVISIONS:
        raise NewerSchema(
            f"{path} was written by a newer FieldKit (schema {revision}); "
            "update FieldKit to open it."
        )
    return str(revision)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA synchronous = NORMAL")
        dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("fieldkit_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextlib.contextmanager
def readonly(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with leave_no_sidecars(path):
        try:
            connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as error:
            raise classify(path, error) from None
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            yield connection
        finally:
            connection.close()


def classify(path: Path, error: sqlite3.Error) -> StorageError:
    message = str(error).lower()
    if "no such table" in message:
        return NotAFieldKitDatabase(f"{path} is not a FieldKit database.")
    if "not a database" in message:
        return NotAFieldKitDatabase(f"{path} is not a FieldKit database (or it is damaged).")
    if "malformed" in message or "corrupt" in message:
        return DatabaseDamaged(
            f"{path} is damaged ({error}); restore a backup with 'fieldkit restore'."
        )
    if "locked" in message or "busy" in message:
        return DatabaseBusy(f"{path} is busy in another program; try again in a moment.")
    return StorageError(describe_sqlite_error(path, error))


@contextlib.contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """The environment's SQLite failures (full disk, locked, damaged) become one
    sentence; anything else is a bug and propagates as it is (qutebrowser's split)."""
    try:
        yield
    except OperationalError as error:
        original = error.orig
        if isinstance(original, sqlite3.Error):
            classified = classify(path, original)
            if type(classified) is not StorageError or _is_environmental(original):
                raise classified from error
        raise
    except DriverDatabaseError as error:
        # A damaged page surfaces as SQLite's plain DatabaseError (SQLITE_CORRUPT,
        # SQLITE_NOTADB); its subclasses (IntegrityError, ...) are bugs and propagate.
        if type(error.orig) is sqlite3.DatabaseError:
            raise classify(path, error.orig) from error
        raise
    except sqlite3.DatabaseError as error:
        raise classify(path, error) from error


def _is_environmental(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return any(word in message for word in ("disk", "full", "readonly", "i/o", "permission"))
