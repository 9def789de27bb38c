"""Tables that are about the data rather than the domain: settings of this
replica, the change log, the per-field clocks and the conflicts kept by merges."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldkit.model.base import Base, UtcTimestamp


class Meta(Base):
    """Key-value facts about this database file (replica id, last clock reading)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text())


class ChangeLogEntry(Base):
    """One local change of one field, in the order it was made (`seq`). These are
    what a push ships; changes applied from other replicas are never logged here."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text())  # JSON
    #: The clock of the value this change replaced ("" for a new row): lets the
    #: merge tell an edit made over another from two made without seeing each other.
    base: Mapped[str] = mapped_column(String(80), default="", server_default="")


class RowClock(Base):
    """The clock of the write that created each row. A field's current clock is its
    FieldClock entry if it has one, else its row's clock: a new row costs one clock
    entry rather than one per field."""

    __tablename__ = "row_clock"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))


class FieldClock(Base):
    """The clock of the write that last set a field after its row was created: the
    merge compares an incoming change against it (last writer wins)."""

    __tablename__ = "field_clock"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))
    #: The clock of the value the current one replaced (see ChangeLogEntry.base).
    base: Mapped[str] = mapped_column(String(80), default="", server_default="")


class Conflict(Base):
    """A value that lost a merge although it differed from the winner: kept so the
    user can review it and restore it. Nothing is lost silently."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(40))
    losing_value: Mapped[str] = mapped_column(Text())  # JSON
    losing_hlc: Mapped[str] = mapped_column(String(80))
    winning_hlc: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp())
    resolved: Mapped[bool] = mapped_column(Boolean(), default=False)
