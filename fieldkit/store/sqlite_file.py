"""One SQLite file as FieldKit uses it: inspected without being touched, opened with
the same settings everywhere, and its failures told apart: the environment's
(locked, full, damaged, not ours) become one sentence, anything else is a bug.

It sits under database, migrate and backup, which all need it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as DriverDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from fieldkit.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseBusy,
    DatabaseDamaged,
    NewerSchema,
    NotAFieldKitDatabase,
    StorageError,
)
from fieldkit.model.collation import SQL_FUNCTION, lithuanian_order
from fieldkit.store import schema
from fieldkit.store.health import leave_no_sidecars, quick_check

BUSY_TIMEOUT_MS = 5000
# Page cache per connection; grows only as pages are read (SQLite's default of
# 2 MiB makes the clock tables' random-order inserts thrash).
CACHE_KIB = 32 * 1024


def holds_data(path: Path) -> bool:
    """Whether `path` is a regular file with something in it (False: nothing is
    there, or an empty file). Refuses what must never be opened or replaced: a
    folder, a device, a pipe, and a link whose target is missing (a database on a
    drive that is not connected)."""
    if not os.path.lexists(path):
        return False
    try:
        info = path.stat()
    except FileNotFoundError:
        raise dangling_link(path) from None
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot use {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=str(path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a regular file."), path=str(path)
        )
    return info.st_size > 0


def dangling_link(link: Path) -> StorageError:
    target = link.parent / os.readlink(link)
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors", "{link} points to {target}, which does not exist; is the drive connected?"
        ),
        link=str(link),
        target=str(target),
    )


def journal_files(path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside a database while it is open or after a crash."""
    return Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")


def refuse_leftover_journals(path: Path, message: str) -> None:
    """Before a new file takes the place of a missing or empty `path`: SQLite would
    replay an old -wal or -journal into it, and they may be the only copy of the
    last changes of a database gone missing, so they are named, never removed.
    `message` is the whole refusal for the caller's action, holding {path} and
    {names} and marked with QT_TRANSLATE_NOOP("Errors", ...)."""
    bases = {path, path.resolve()}
    leftovers = sorted(
        {side for base in bases for side in journal_files(base) if os.path.lexists(side)}
    )
    if leftovers:
        names = ", ".join(leftover.name for leftover in leftovers)
        raise StorageError(message, path=str(path), names=names)


def inspect_file(path: Path, *, check_health: bool = False) -> str:
    """The schema revision of an existing FieldKit file; raises if it is not one, is
    damaged, or is newer than this FieldKit. Never writes to the file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(schema.SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    if header != schema.SQLITE_HEADER:
        raise NotAFieldKitDatabase(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a FieldKit database."), path=str(path)
        )
    with readonly(path) as connection:
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != schema.APPLICATION_ID:
                raise NotAFieldKitDatabase(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is an SQLite database of another program, not of FieldKit.",
                    ),
                    path=str(path),
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as error:
            raise classify(path, error) from None
        if check_health:
            problems = quick_check(connection)
            if problems:
                raise DatabaseDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is damaged ({problem}); restore a backup with 'fieldkit restore'.",
                    ),
                    path=str(path),
                    problem=problems[0],
                )
    revision = row[0] if row else None
    if revision is None:
        raise NotAFieldKitDatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} has no schema version; it is not a complete FieldKit database."
            ),
            path=str(path),
        )
    if revision == schema.SCHEMA_HEAD:
        return revision
    if revision not in schema.KNOWN_REVISIONS:
        raise NewerSchema(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer FieldKit (schema {revision}); "
                "update FieldKit to open it.",
            ),
            path=str(path),
            revision=revision,
        )
    return str(revision)


def make_engine(path: Path) -> Engine:
    """An engine on exactly `path`. Not through a URL: a name holding "?", "#" or
    "%41" would name another file there. The connections may move between threads
    (the window queries on a worker thread), one at a time, as the pool hands them."""
    filename = os.fspath(Path(path).absolute())  # never taken for a "file:" URI

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(filename, isolation_level=None, check_same_thread=False)

    # "sqlite://" alone would mean an in-memory database and its one-connection pool.
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA synchronous = NORMAL")
        dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # ORDER BY fk_lt_sort_key(name): Lithuanian alphabetical order in SQL
        dbapi_connection.create_function(SQL_FUNCTION, -1, lithuanian_order, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("fieldkit_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextlib.contextmanager
def readonly(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to `path`. A WAL-mode file in a folder nobody
    may write to (a write-protected stick, a read-only share) cannot be read that
    way, as SQLite cannot make its -shm there; with no -wal beside it, nothing can
    be writing it either, and it is read as immutable."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with leave_no_sidecars(path):
        connection = _connect_readonly(path, uri)
        if _needs_immutable(path, connection):
            connection.close()
            connection = _connect_readonly(path, f"{uri}&immutable=1")
        try:
            yield connection
        finally:
            connection.close()


def _connect_readonly(path: Path, uri: str) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise classify(path, error) from None
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # touches no file
    return connection


def _needs_immutable(path: Path, connection: sqlite3.Connection) -> bool:
    """SQLite opens the file only on the first read; whether that read fails
    because the folder cannot take the -shm file, and reading without is safe."""
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        name = getattr(error, "sqlite_errorname", "")
        message = str(error).lower()
        cannot_write_beside = (
            name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))
            or "readonly database" in message
            or "unable to open" in message
        )
        return (
            cannot_write_beside
            and not os.path.lexists(f"{path.resolve()}-wal")
            and not os.access(path.resolve().parent, os.W_OK)
        )
    return False


def classify(path: Path, error: sqlite3.Error) -> StorageError:
    message = str(error).lower()
    if "no such table" in message:
        return NotAFieldKitDatabase(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a FieldKit database."), path=str(path)
        )
    if "not a database" in message:
        return NotAFieldKitDatabase(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a FieldKit database (or it is damaged)."),
            path=str(path),
        )
    if "malformed" in message or "corrupt" in message:
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is damaged ({problem}); restore a backup with 'fieldkit restore'."
            ),
            path=str(path),
            problem=str(error),
        )
    if "locked" in message or "busy" in message:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is busy in another program; try again in a moment."
            ),
            path=str(path),
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "Cannot use the database {path}: {reason}."),
        path=str(path),
        reason=str(error),
    )


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
