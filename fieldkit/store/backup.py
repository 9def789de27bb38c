"""Backups through SQLite's online backup API: a consistent copy even while the
window writes, rotated so the folder keeps only the newest few.

A restore checks the backup as carefully as an open does, saves the current file
as a backup of its own first, and copies page by page into the live file, so a
restore that fails half-way leaves the current database as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from pathlib import Path

from fieldkit.errors import InvalidInput, StorageError
from fieldkit.paths import backup_dir
from fieldkit.store.health import leave_no_sidecars

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
    with leave_no_sidecars(source):
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst, pages=1024)
            finally:
                dst.close()
        finally:
            src.close()


def make_backup(
    database: Path, *, target: Path | None = None, label: str = "", keep: int = KEEP_BACKUPS
) -> Path:
    """Copy `database` to `target` (default: the rotated backups folder)."""
    rotate = target is None
    if target is None:
        target = backup_dir(database) / backup_name(database, label)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise InvalidInput(f"{target} already exists; choose another name.")
        _copy(database, partial)
        partial.replace(target)
    except OSError as error:
        raise StorageError(
            f"Cannot write the backup to {target.parent}: {error.strerror or error}."
        ) from None
    except sqlite3.Error as error:
        raise StorageError(f"Cannot back up {database}: {error}.") from None
    finally:
        # Where the folder cannot be made, neither can the partial file; a failing
        # clean-up must not hide the error above.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    if rotate:
        backups = list_backups(database)
        for old in backups[: max(0, len(backups) - keep)]:
            old.unlink(missing_ok=True)
    return target


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Replace the contents of `database` with `backup`. Returns the safety copy of
    the database as it was before (None when there was no database yet)."""
    from fieldkit.store.sqlite_file import inspect_file

    if not backup.is_file():
        raise InvalidInput(f"There is no backup file at {backup}.")
    inspect_file(backup, check_health=True)  # raises for a foreign, damaged or newer file
    safety = None
    if database.exists() and database.stat().st_size > 0:
        safety = make_backup(database, label="before-restore")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        with leave_no_sidecars(backup):
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                target = sqlite3.connect(database, timeout=5)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
    except OSError as error:
        raise StorageError(f"Cannot restore into {database}: {error.strerror or error}.") from None
    except sqlite3.Error as error:
        raise StorageError(f"Cannot restore into {database}: {error}.") from None
    return safety
