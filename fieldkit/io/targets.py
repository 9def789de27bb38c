"""Where an export may be written: never over the database or its companions,
never over a folder, never over a file of another kind than the one asked for
(a slip of `-o` must not replace a document with a spreadsheet)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError
from fieldkit.store import Store


def checked_target(
    store: Store,
    target: Path,
    suffixes: Sequence[str],
    replaceable: Callable[[Path], bool] | None = None,
) -> Path:
    """`target` made ready to be written: a link followed to its file, never the
    database. An existing file is replaced only when its name ends in one of
    `suffixes` (".xlsx"), or, given `replaceable`, when that says it may be (the JSON
    export looks inside for its own format)."""
    target = target.expanduser()
    if target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name for the export."),
            path=str(target),
        )
    if target.is_symlink():
        target = target.resolve()
    if not target.exists():
        return target
    database = store.path
    for protected in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        if protected.exists() and target.samefile(protected):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is the database itself; choose another file name."
                ),
                path=str(target),
            )
    if replaceable is not None:
        return replaceable(target)
    if target.suffix.lower() not in suffixes:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} already exists and is not a {suffix} file; choose another file name.",
            ),
            path=str(target),
            suffix=suffixes[0],
        )
    return target
