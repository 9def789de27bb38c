"""Opening a FieldKit database: check it without touching it, migrate it after a
backup, and hand out short sessions on one SQLite file in WAL mode.

A file that is not ours, is damaged, or comes from a newer FieldKit is refused with
one sentence and left exactly as it was: every check runs on a read-only
connection before anything writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as DriverDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    NewerSchema,
    NotAFieldKitDatabase,
    StorageError,
)
from fieldkit.store import schema
from fieldkit.store.health import (
    OpenMarker,
    describe_sqlite_error,
    leave_no_sidecars,
    quick_check,
)
from fieldkit.sync import recording

BUSY_TIMEOUT_MS = 5000
#: Page cache per connection; grows only as pages are read (SQLite's default of
#: 2 MiB makes the clock tables' random-order inserts thrash).
CACHE_KIB = 32 * 1024


class FieldKitSession(Session):
    """Sessions of this class log every local change (see sync.recording)."""


recording.install(FieldKitSession)


class Store:
    """One open database. Use `read()` for queries and `write()` for changes; both
    are short transactions, so a window and a command line can share the file."""

    def __init__(self, path: Path, engine: Engine, marker: OpenMarker | None) -> None:
        self.path = path
        self.engine = engine
        self._marker = marker
        self._reader = sessionmaker(engine, class_=FieldKitSession, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(fieldkit_begin="IMMEDIATE"),
            class_=FieldKitSession,
            expire_on_commit=False,
        )
        self.replica_id = self._read_meta("replica_id")

    def _read_meta(self, key: str) -> str:
        with _storage_errors(self.path), self.engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT value FROM meta WHERE key = ?", (key,)
            ).scalar()
        if value is None:
            raise NotAFieldKitDatabase(f"{self.path} has no FieldKit identity.")
        return str(value)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, _storage_errors(self.path):
            yield session
            session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that takes the write lock at once (BEGIN IMMEDIATE), so it
        waits for another writer instead of failing half-way with 'locked'."""
        with self._writer() as session, _storage_errors(self.path):
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def quick_check(self) -> list[str]:
        """Problems SQLite's quick_check finds (an empty list means healthy)."""
        with _readonly(self.path) as connection:
            return quick_check(connection)

    def close(self) -> None:
        self.engine.dispose()
        if self._marker is not None:
            self._marker.release()
            self._marker = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path | str, *, create: bool = True) -> Store:
    """Open (or create) the database at `path`, migrated to the current schema."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file.")
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        if not create:
            raise StorageError(f"There is no database at {path}.")
        _create(path)
    marker = OpenMarker.for_database(path)
    revision = inspect_file(path, check_health=marker.previous_run_crashed())
    if revision != schema.SCHEMA_HEAD:
        from fieldkit.store.migrate import upgrade_with_backup

        upgrade_with_backup(path, revision)
    marker.acquire()
    engine = None
    try:
        engine = make_engine(path)
        store = Store(path, engine, marker)
    except BaseException:
        if engine is not None:
            engine.dispose()  # its pooled connection would keep -wal and -shm beside the file
        marker.release()
        raise
    return store


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
    with _readonly(path) as connection:
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != schema.APPLICATION_ID:
                raise NotAFieldKitDatabase(
                    f"{path} is an SQLite database of another program, not of FieldKit."
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as error:
            raise _classify(path, error) from None
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


def _create(path: Path) -> None:
    """Build a new database beside `path` and move it into place only when complete,
    so a crash during creation never leaves a half-made file under the real name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=".fieldkit-new-", suffix=".sqlite", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        blocker = _file_in_the_way(path.parent)
        reason = f"{blocker} is a file, not a folder" if blocker else error.strerror or error
        raise StorageError(f"Cannot create a database in {path.parent}: {reason}.") from None
    temporary_path = Path(temporary)
    try:
        from fieldkit.store.migrate import create_schema

        create_schema(temporary_path)
        os.replace(temporary_path, path)
    except OSError as error:
        raise StorageError(f"Cannot create {path}: {error.strerror or error}.") from None
    finally:
        for leftover in (temporary_path, *_sidecars(temporary_path)):
            leftover.unlink(missing_ok=True)


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing ancestor of `folder` when it is not a folder itself."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


@contextlib.contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with leave_no_sidecars(path):
        try:
            connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as error:
            raise _classify(path, error) from None
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            yield connection
        finally:
            connection.close()


def _classify(path: Path, error: sqlite3.Error) -> StorageError:
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
def _storage_errors(path: Path) -> Iterator[None]:
    """The environment's SQLite failures (full disk, locked, damaged) become one
    sentence; anything else is a bug and propagates as it is (qutebrowser's split)."""
    try:
        yield
    except OperationalError as error:
        original = error.orig
        if isinstance(original, sqlite3.Error):
            classified = _classify(path, original)
            if type(classified) is not StorageError or _is_environmental(original):
                raise classified from error
        raise
    except DriverDatabaseError as error:
        # A damaged page surfaces as SQLite's plain DatabaseError (SQLITE_CORRUPT,
        # SQLITE_NOTADB); its subclasses (IntegrityError, ...) are bugs and propagate.
        if type(error.orig) is sqlite3.DatabaseError:
            raise _classify(path, error.orig) from error
        raise
    except sqlite3.DatabaseError as error:
        raise _classify(path, error) from error


def _is_environmental(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return any(word in message for word in ("disk", "full", "readonly", "i/o", "permission"))
