"""Looking after the database file: backups, restores, health checks."""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, DatabaseDamaged
from fieldkit.store import Store
from fieldkit.store.backup import make_backup, restore_backup

__all__ = ["back_up", "check", "restore"]


def back_up(store: Store, target: Path | None = None) -> Path:
    """A consistent copy, by default into the rotated backups folder."""
    return make_backup(store.path, target=target)


def restore(database: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `database` (whose current state is backed up first).
    Refused (DatabaseBusy) while any FieldKit process, this one included, has the
    database open."""
    return restore_backup(database, backup)


def check(store: Store) -> None:
    problems = store.quick_check()
    if problems:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is damaged ({problem}); restore a backup with 'fieldkit restore'."
            ),
            path=str(store.path),
            problem=problems[0],
        )
