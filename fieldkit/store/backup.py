"""Backups through SQLite's online backup API: a consistent copy even while the
window writes, rotated so the folder keeps only the newest few. A copy is a
rollback-journal (DELETE mode) file, which opens where nothing can be written (a
write-protected stick, a read-only share); a WAL file cannot.

A restore checks the backup as carefully as an open does, refuses while a FieldKit
has the database open, saves the current file as a backup of its own first (never
rotating the folder, which could remove the backup being restored), and copies page
by page into the live file, so a restore that fails half-way leaves the current
database as it was. The restored database is in WAL mode again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, DatabaseBusy, InvalidInput, StorageError
from fieldkit.paths import attachments_dir, backup_dir
from fieldkit.store.health import OpenMarker
from fieldkit.store.sqlite_file import (
    holds_data,
    inspect_file,
    journal_files,
    readonly,
    refuse_leftover_journals,
)

KEEP_BACKUPS = 10
SUFFIX = ".fkbackup.sqlite"
_LABEL = re.compile(r"[^A-Za-z0-9-]+")


def backup_name(database: Path, label: str = "", now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    clean = _LABEL.sub("-", label).strip("-")
    return f"{database.stem}-{stamp}{'-' + clean if clean else ''}{SUFFIX}"


def list_backups(database: Path) -> list[Path]:
    """This database's backups, oldest first (names sort by time). Only names that
    backup_name() makes for this database: "field.sqlite" must not claim (and rotate
    away) the backups of "field-old.sqlite" in the same folder."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    own = re.compile(
        rf"{re.escape(database.stem)}-\d{{8}}T\d{{12}}Z(-[A-Za-z0-9-]+)?{re.escape(SUFFIX)}"
    )
    return sorted(path for path in folder.iterdir() if own.fullmatch(path.name))


def _copy(source: Path, target: Path) -> None:
    with readonly(source) as src:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=1024)
            # The copy carries the source's WAL mode in its header; a WAL file
            # cannot be read where its -shm cannot be made.
            mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise sqlite3.OperationalError(f"the copy stayed in {mode} mode")
        finally:
            dst.close()


_BLOB_NAME = re.compile(r"[0-9a-f]{64}")


def mirror_attachments(source: Path, target: Path) -> int:
    """Copy the attached files (named by their sha256) that `target` lacks, so a
    backup carries the photos its database refers to and a restore brings them
    back. A file whose content does not match its name is not copied. Returns
    how many files were copied; OSError is the caller's to report."""
    if not source.is_dir() or (target.is_dir() and target.samefile(source)):
        return 0
    copied = 0
    for blob in sorted(source.iterdir()):
        if not _BLOB_NAME.fullmatch(blob.name) or (target / blob.name).exists():
            continue
        target.mkdir(parents=True, exist_ok=True)
        partial = target / f".{blob.name}.partial"
        digest = hashlib.sha256()
        try:
            with blob.open("rb") as reader, partial.open("wb") as writer:
                for chunk in iter(lambda: reader.read(1 << 20), b""):
                    digest.update(chunk)
                    writer.write(chunk)
            if digest.hexdigest() != blob.name:
                continue  # damaged on this disk: better missing than wrong
            os.chmod(partial, 0o600)
            partial.replace(target / blob.name)
            copied += 1
        finally:
            partial.unlink(missing_ok=True)
    return copied


def make_backup(
    database: Path,
    *,
    target: Path | None = None,
    label: str = "",
    keep: int = KEEP_BACKUPS,
    rotate: bool = True,
) -> Path:
    """Copy `database` to `target` (default: the backups folder, which is then
    rotated to the newest `keep` unless `rotate` is false)."""
    rotate = rotate and target is None
    if target is None:
        target = backup_dir(database) / backup_name(database, label)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name."),
                path=str(target),
            )
        _copy(database, partial)
        os.chmod(partial, 0o600)  # personal data: as private as the database itself
        partial.replace(target)
        mirror_attachments(attachments_dir(database), attachments_dir(target))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {folder}: {reason}."),
            folder=str(target.parent),
            reason=error.strerror or str(error),
        ) from None
    except sqlite3.Error as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot back up {path}: {reason}."),
            path=str(database),
            reason=str(error),
        ) from None
    finally:
        # Where the folder cannot be made, neither can the partial file; a failing
        # clean-up must not hide the error above.
        with contextlib.suppress(OSError):
            for leftover in (partial, *journal_files(partial)):
                leftover.unlink(missing_ok=True)
    if rotate:
        backups = list_backups(database)
        for old in backups[: max(0, len(backups) - keep)]:
            old.unlink(missing_ok=True)
    return target


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Replace the contents of `database` with `backup`. Returns the safety copy of
    the database as it was before (None when there was no database yet)."""
    if not backup.is_file():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no backup file at {path}."), path=str(backup)
        )
    has_data = holds_data(database)  # refuses a folder, a device, a missing drive
    if os.path.lexists(database) and backup.samefile(database):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is the database itself; choose a backup file."),
            path=str(backup),
        )
    holder = OpenMarker.for_database(database).open_elsewhere()
    if holder is not None:
        raise DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is open in FieldKit (process {pid}); close FieldKit first."
            ),
            path=str(database),
            pid=holder,
        )
    inspect_file(backup, check_health=True)  # raises for a foreign, damaged or newer file
    if not has_data:
        refuse_leftover_journals(
            database,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot restore a backup at {path}: {names} of an earlier database are still "
                "beside it; move them elsewhere first, as they may hold its last changes.",
            ),
        )
    safety = None
    if has_data:
        # Not rotated: rotating here could delete the very backup being restored.
        safety = make_backup(database, label="before-restore", rotate=False)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        with readonly(backup) as source:
            target = sqlite3.connect(database, timeout=5)
            try:
                source.backup(target)
                # A live database is in WAL mode (a reader never blocks a writer);
                # the backup, and so the copy, may be a rollback-journal file.
                target.execute("PRAGMA journal_mode = WAL")
            finally:
                target.close()
        mirror_attachments(attachments_dir(backup), attachments_dir(database))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot restore into {path}: {reason}."),
            path=str(database),
            reason=error.strerror or str(error),
        ) from None
    except sqlite3.Error as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot restore into {path}: {reason}."),
            path=str(database),
            reason=str(error),
        ) from None
    return safety
