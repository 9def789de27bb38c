"""Inserting many rows at once without the ORM's per-object cost (demo data,
imports), still logging every field through the same recorder as any write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from fieldkit.model import Syncable, new_id, utc_now
from fieldkit.model.values import dumps, encoder_for
from fieldkit.sync.recording import FieldChange, record_changes


def insert_rows(session: Session, cls: type[Syncable], rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert `rows` (column name -> Python value) into `cls`'s table and log them as
    local changes. Missing columns take their defaults, as with the ORM.

    FieldKit's column types store exactly their JSON form (see model.values), so
    each value is converted once and serves both the row and its log entry."""
    table = cls.__table__  # type: ignore[attr-defined]
    # A plain str: SQLAlchemy's quoted_name subclass takes sqlite3's slow adapter
    # path, once per logged field.
    table_name: str = cls.__tablename__  # type: ignore[attr-defined]
    columns = list(table.columns)
    defaults = {}
    for column in columns:
        default = column.default
        if default is not None and default.is_scalar:
            defaults[column.key] = default.arg  # type: ignore[union-attr]
    encoders = [(c.key, encoder_for(c)) for c in columns]
    unlogged = cls.UNLOGGED
    records: list[tuple[Any, ...]] = []
    changes: list[FieldChange] = []
    new_rows: set[tuple[str, str]] = set()
    for row in rows:
        values = {**defaults, **row}
        row_id = values.setdefault("id", new_id())
        new_rows.add((table_name, row_id))
        if "created_at" not in values:
            values["created_at"] = utc_now()
        values.setdefault("updated_at", values["created_at"])
        stored = tuple(
            None if (value := values.get(key)) is None else encode(value)
            for key, encode in encoders
        )
        records.append(stored)
        changes.extend(
            FieldChange(table_name, row_id, key, dumps(value))
            for (key, _), value in zip(encoders, stored, strict=True)
            if key not in unlogged
        )
    if not records:
        return 0
    names = ", ".join(c.name for c in columns)
    marks = ", ".join("?" for _ in columns)
    record_changes(session, changes, new_rows)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table_name} ({names}) VALUES ({marks})", records
    )
    return len(records)
