"""The declarative base, the column types FieldKit stores, and the syncable mixin.

Times are stored as ISO 8601 text so that the file reads the same on every
replica and sorts as it reads: instants in UTC with a trailing Z, meeting times as
the naive wall-clock time of the room (Lithuania), dates as YYYY-MM-DD.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import Boolean, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


#: Namespace of ids derived from content (reference libraries, link rows).
FIELDKIT_NAMESPACE = uuid.UUID("6f1d7c0e-5b1a-4c39-9d7e-2f6a4b8c1e01")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """The same id on every replica for the same parts, so that two laptops creating
    the same link (or loading the same reference library) make one row, not two."""
    return str(uuid.uuid5(FIELDKIT_NAMESPACE, "\x1f".join(parts)))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_utc(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("a UTC timestamp must carry its time zone")
    return value.astimezone(dt.UTC).strftime(UTC_FORMAT)


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, UTC_FORMAT).replace(tzinfo=dt.UTC)


class UtcTimestamp(TypeDecorator[dt.datetime]):
    """An instant, stored as fixed-width UTC text so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else parse_utc(value)


class LocalDateTime(TypeDecorator[dt.datetime]):
    """Wall-clock time in the meeting room, without a zone (a meeting at 10:00 is at
    10:00 whatever the laptop's zone setting)."""

    impl = String(19)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            raise ValueError("a meeting time is local wall-clock time, without a zone")
        return value.replace(microsecond=0).isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable:
    """Columns every synced row has. Rows are never hard-deleted: `deleted` is a
    tombstone that merges like any other field (see DESIGN.md, Sync)."""

    #: Columns that describe the row's identity and are not logged as changes.
    UNLOGGED: ClassVar[frozenset[str]] = frozenset({"id"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp(), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp(), default=utc_now)
    deleted: Mapped[bool] = mapped_column(Boolean(), default=False, server_default="0")

    def __init__(self, **kwargs: Any) -> None:
        # Defaults are applied at construction, not at flush, so the change log sees
        # every value an insert writes.
        for column in type(self).__table__.columns:  # type: ignore[attr-defined]
            if column.key not in kwargs and column.default is not None:
                default = column.default
                if default.is_callable:
                    kwargs[column.key] = default.arg(None)  # type: ignore[union-attr]
                elif default.is_scalar:
                    kwargs[column.key] = default.arg  # type: ignore[union-attr]
        super().__init__(**kwargs)
