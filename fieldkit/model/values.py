"""One JSON form for every stored value, shared by the change log, sync bundles
and `export json`, so a value written on one laptop reads back identically on
another."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, Integer

from fieldkit.model.base import LocalDateTime, UtcTimestamp, format_utc, parse_utc

JsonValue = str | int | bool | None


def _encoder(column: Column[Any]) -> Callable[[Any], JsonValue]:
    column_type = column.type
    if isinstance(column_type, UtcTimestamp):
        return format_utc
    if isinstance(column_type, LocalDateTime):
        return lambda value: value.replace(microsecond=0).isoformat()
    if isinstance(column_type, Date):
        return lambda value: value.isoformat()
    if isinstance(column_type, Enum):
        return lambda value: str(value.value) if isinstance(value, PyEnum) else str(value)
    if isinstance(column_type, Boolean):
        return bool
    if isinstance(column_type, Integer):
        return int
    return str


_encoders: dict[Column[Any], Callable[[Any], JsonValue]] = {}


def encoder_for(column: Column[Any]) -> Callable[[Any], JsonValue]:
    """The function giving the JSON form of a column's (non-null) value, which is also
    exactly what the column stores in SQLite (bulk inserts rely on this)."""
    encoder = _encoders.get(column)
    if encoder is None:
        encoder = _encoders[column] = _encoder(column)
    return encoder


def to_json_value(column: Column[Any], value: Any) -> JsonValue:
    return None if value is None else encoder_for(column)(value)


def from_json_value(column: Column[Any], value: JsonValue) -> Any:
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UtcTimestamp):
        return parse_utc(str(value))
    if isinstance(column_type, LocalDateTime):
        return dt.datetime.fromisoformat(str(value))
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)  # type: ignore[arg-type]
    return value


def dumps(value: JsonValue) -> str:
    """Compact, deterministic JSON text (Lithuanian letters kept as they are). The
    change log holds one of these per field written, so the common cases skip
    json.dumps's machinery."""
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_encode_string = json.encoder.encode_basestring
