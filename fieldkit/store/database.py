"""Opening a FieldKit database: check it without touching it, migrate it after a
backup, and hand out short sessions on one SQLite file in WAL mode.

A file that is not ours, is damaged, or comes from a newer FieldKit is refused with
one sentence and left exactly as it was: every check runs on a read-only
connection before anything writes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.errors import QT_TRANSLATE_NOOP, NotAFieldKitDatabase, StorageError
from fieldkit.store import schema
from fieldkit.store.health import OpenMarker, quick_check
from fieldkit.store.sqlite_file import (
    dangling_link,
    holds_data,
    inspect_file,
    journal_files,
    make_engine,
    readonly,
    refuse_leftover_journals,
    storage_errors,
)
from fieldkit.sync import recording


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
        with storage_errors(self.path), self.engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT value FROM meta WHERE key = ?", (key,)
            ).scalar()
        if value is None:
            raise NotAFieldKitDatabase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} has no FieldKit replica id; it is not a complete FieldKit database.",
                ),
                path=str(self.path),
            )
        return str(value)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, storage_errors(self.path):
            yield session
            session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that takes the write lock at once (BEGIN IMMEDIATE), so it
        waits for another writer instead of failing half-way with 'locked'."""
        with self._writer() as session, storage_errors(self.path):
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def quick_check(self) -> list[str]:
        """Problems SQLite's quick_check finds (an empty list means healthy)."""
        with readonly(self.path) as connection:
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
    """Open (or create) the database at `path`, migrated to the current schema.
    With `create=False` a missing database is refused and nothing is made."""
    path = Path(path).expanduser()
    if not holds_data(path):
        if not create:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(path)
            )
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
    # The file passed the check that the dead processes' markers asked for.
    marker.clear_stale()
    return store


def _create(path: Path) -> None:
    """Build a new database beside `path` and move it into place only when complete,
    so a crash during creation never leaves a half-made file under the real name.
    `path` is missing or an empty regular file (or a link to one: the database is
    made where the link points, and the link stays)."""
    refuse_leftover_journals(
        path,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot create a new database at {path}: {names} of an earlier database are still "
            "beside it; move them elsewhere first, as they may hold its last changes.",
        ),
    )
    replacing = os.path.lexists(path)  # a zero-byte file (open_store checked)
    destination = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = destination.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".fieldkit-new-", suffix=".sqlite", dir=folder)
        os.close(handle)
    except OSError as error:
        link = _missing_drive(folder)
        if link is not None:
            raise dangling_link(link) from None
        blocker = _file_in_the_way(folder)
        if blocker is not None:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot create a database in {folder}: {blocker} is a file, not a folder.",
                ),
                folder=str(folder),
                blocker=str(blocker),
            ) from None
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create a database in {folder}: {reason}."),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from None
    temporary_path = Path(temporary)
    try:
        from fieldkit.store.migrate import create_schema

        create_schema(temporary_path)
        _move_into_place(temporary_path, destination, replacing=replacing)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    finally:
        for leftover in (temporary_path, *journal_files(temporary_path)):
            leftover.unlink(missing_ok=True)


def _move_into_place(new: Path, destination: Path, *, replacing: bool) -> None:
    """Never over a database that another FieldKit made meanwhile (two started at
    once on a new laptop): a hard link fails where a name exists, and then that
    database is the one to open."""
    if replacing:
        if destination.stat().st_size == 0:
            os.replace(new, destination)
        return
    try:
        os.link(new, destination)
    except FileExistsError:
        return
    except OSError:
        # No hard links here (FAT32 sticks): the plain move, refusing to replace.
        if os.path.lexists(destination):
            return
        os.replace(new, destination)


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing ancestor of `folder` when it is not a folder itself."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def _missing_drive(folder: Path) -> Path | None:
    """The nearest ancestor of `folder` that is a link to a missing target."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return None
        if candidate.is_symlink():
            return candidate
    return None
