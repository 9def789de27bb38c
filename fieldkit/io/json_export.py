"""`export json`: every syncable row of every table, in one deterministic order, so
two databases that hold the same data give byte-identical files (the sync tests
compare replicas this way). Tombstoned rows are included: they are data too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlalchemy import select

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError
from fieldkit.io.files import write_atomically
from fieldkit.io.targets import checked_target
from fieldkit.model import SYNCABLE_CLASSES
from fieldkit.model.values import to_json_value
from fieldkit.store import Store
from fieldkit.store.schema import SCHEMA_HEAD

FORMAT = "fieldkit-export"
FORMAT_VERSION = 1

Progress = Callable[[float, str], None]


def write_json(store: Store, out: IO[str], progress: Progress | None = None) -> int:
    """Write the export to an open text stream; returns the number of rows."""
    tables = sorted(SYNCABLE_CLASSES, key=lambda cls: cls.__tablename__)  # type: ignore[attr-defined]
    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": SCHEMA_HEAD}
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
    out.write('  "tables": {')
    rows_written = 0
    with store.read() as session:
        for index, cls in enumerate(tables):
            table = cls.__table__  # type: ignore[attr-defined]
            columns = sorted(table.columns, key=lambda c: c.key)
            out.write(("," if index else "") + f"\n    {json.dumps(table.name)}: [")
            result = session.execute(select(*columns).order_by(table.c.id))
            first = True
            for row in result:
                record = {c.key: to_json_value(c, v) for c, v in zip(columns, row, strict=True)}
                text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                out.write(("\n      " if first else ",\n      ") + text)
                first = False
                rows_written += 1
            out.write("]" if first else "\n    ]")
            if progress:
                progress((index + 1) / len(tables), table.name)
    out.write("\n  }\n}\n")
    return rows_written


def export_json(store: Store, target: Path, progress: Progress | None = None) -> int:
    """Write the export to `target` atomically: a reader never sees half a file.
    It holds personal data, so it is readable by its owner only (mode 0600)."""
    target = _checked_target(store, target)
    return write_atomically(target, lambda out: write_json(store, out, progress), text=True)


def _checked_target(store: Store, target: Path) -> Path:
    """Where the export may go: never over the database or its companions, never
    over a file that is not an earlier export, and through a link to its target."""
    return checked_target(store, target, (".json",), replaceable=_earlier_export)


def _earlier_export(target: Path) -> Path:
    try:
        with target.open("rb") as existing:
            start = existing.read(256)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(target),
            reason=error.strerror or str(error),
        ) from None
    if FORMAT.encode() not in start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} already exists and is not a FieldKit export; choose another file name.",
            ),
            path=str(target),
        )
    return target
