"""One JSON form for every stored value, shared by the change log, sync bundles
and `export json`, so a value written on one laptop reads back identically on
another."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, Integer

from fieldkit.model.base import LocalDateTime, UtcTimestamp, format_utc, parse_utc

JsonValue = str | int | bool | None


def to_json_value(column: Column[Any], value: Any) -> JsonValue:
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UtcTimestamp):
        return format_utc(value)
    if isinstance(column_type, LocalDateTime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(column_type, Date):
        return value.isoformat()
    if isinstance(value, PyEnum):
        return str(value.value)
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)
    return str(value)


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
    """Compact, deterministic JSON text (Lithuanian letters kept as they are)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
