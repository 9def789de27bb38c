"""What every service does with a syncable row: find it alive, change named fields
with validation, tombstone it. One place, so every entity behaves the same."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.errors import Ambiguous, InvalidInput, NotFound
from fieldkit.model import Municipality, Syncable

RecordT = TypeVar("RecordT", bound=Syncable)

#: Fields no service lets a caller set directly.
PROTECTED = frozenset({"id", "created_at", "updated_at", "deleted"})


def get_live(session: Session, cls: type[RecordT], record_id: str, what: str) -> RecordT:
    record = session.get(cls, record_id)
    if record is None or record.deleted:
        raise NotFound(f"There is no {what} with id {record_id}.")
    return record


def check_fields(fields: Iterable[str], allowed: Iterable[str]) -> None:
    """Refuse, with a sentence, fields a caller may not set here."""
    unknown = sorted(set(fields) - (frozenset(allowed) - PROTECTED))
    if unknown:
        raise InvalidInput(f"These fields cannot be changed here: {', '.join(unknown)}.")


def set_fields(record: Syncable, fields: Mapping[str, Any], allowed: Iterable[str]) -> None:
    check_fields(fields, allowed)
    for key, value in fields.items():
        setattr(record, key, value)


def require_text(value: str | None, what: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise InvalidInput(f"The {what} must not be empty.")
    return cleaned


def require_municipality(session: Session, municipality_id: str) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFound(f"There is no municipality with id {municipality_id}.")
    return municipality


def resolve_prefix(session: Session, cls: type[Syncable], prefix: str, what: str) -> str:
    """The one live id starting with `prefix` (as git resolves short hashes)."""
    cleaned = prefix.strip().lower()
    if not cleaned or not all(c in "0123456789abcdef-" for c in cleaned):
        raise InvalidInput(f"'{prefix}' is not a {what} id.")
    column = cls.id  # type: ignore[attr-defined]
    ids = session.scalars(
        select(column)
        .where(column >= cleaned, column < cleaned + "\uffff", cls.deleted.is_(False))  # type: ignore[attr-defined]
        .limit(2)
    ).all()
    if not ids:
        raise NotFound(f"There is no {what} whose id starts with '{prefix}'.")
    if len(ids) > 1:
        raise Ambiguous(f"More than one {what} id starts with '{prefix}'; give more characters.")
    return ids[0]


def next_position(session: Session, parent_column: Any, parent_id: str) -> int:
    """Where a new decision, action item or idea goes: after every row its parent
    has had, removed ones included (`parent_column` is the child's foreign key,
    Decision.meeting_id say)."""
    return int(
        session.scalar(
            select(func.count()).select_from(parent_column.class_).where(parent_column == parent_id)
        )
        or 0
    )


def tombstone(record: Syncable) -> None:
    record.deleted = True
