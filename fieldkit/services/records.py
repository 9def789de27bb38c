"""What every service does with a syncable row: find it alive, change named fields
with validation, tombstone it. One place, so every entity behaves the same."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, Ambiguous, InvalidInput, NotFound
from fieldkit.model import Municipality, Syncable

RecordT = TypeVar("RecordT", bound=Syncable)

# Fields no service lets a caller set directly.
PROTECTED = frozenset({"id", "created_at", "updated_at", "deleted"})

# The sentences get_live and require_text refuse with, whole for each kind of
# record (Lithuanian declines the nouns). English templates, translated by the
# window when shown.
NO_ACTION_ITEM = QT_TRANSLATE_NOOP("Errors", "There is no action item with id {record_id}.")
NO_ATTACHMENT = QT_TRANSLATE_NOOP("Errors", "There is no attachment with id {record_id}.")
NO_AGENDA_ITEM = QT_TRANSLATE_NOOP("Errors", "There is no agenda item with id {record_id}.")
NO_CONTACT = QT_TRANSLATE_NOOP("Errors", "There is no contact with id {record_id}.")
NO_DECISION = QT_TRANSLATE_NOOP("Errors", "There is no decision with id {record_id}.")
NO_IDEA = QT_TRANSLATE_NOOP("Errors", "There is no idea with id {record_id}.")
NO_LIBRARY = QT_TRANSLATE_NOOP("Errors", "There is no library with id {record_id}.")
NO_MEETING = QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {record_id}.")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Errors", "There is no organisation with id {record_id}.")
NO_PARTICIPANT = QT_TRANSLATE_NOOP("Errors", "There is no participant with id {record_id}.")
NO_PROBLEM = QT_TRANSLATE_NOOP("Errors", "There is no problem with id {record_id}.")
NO_PROBLEM_PARTNER = QT_TRANSLATE_NOOP(
    "Errors", "There is no possible partner with id {record_id}."
)
EMPTY_ACTION = QT_TRANSLATE_NOOP("Errors", "The action item must not be empty.")
EMPTY_AGENDA_ITEM_TITLE = QT_TRANSLATE_NOOP("Errors", "The agenda item title must not be empty.")
EMPTY_DECISION = QT_TRANSLATE_NOOP("Errors", "The decision must not be empty.")
EMPTY_FIRST_NAME = QT_TRANSLATE_NOOP("Errors", "The first name must not be empty.")
EMPTY_IDEA = QT_TRANSLATE_NOOP("Errors", "The idea must not be empty.")
EMPTY_LIBRARY_NAME = QT_TRANSLATE_NOOP("Errors", "The library name must not be empty.")
EMPTY_MEETING_TITLE = QT_TRANSLATE_NOOP("Errors", "The meeting title must not be empty.")
EMPTY_ORGANISATION_NAME = QT_TRANSLATE_NOOP("Errors", "The organisation name must not be empty.")
EMPTY_PROBLEM_TITLE = QT_TRANSLATE_NOOP("Errors", "The problem title must not be empty.")


def get_live(session: Session, cls: type[RecordT], record_id: str, message: str) -> RecordT:
    """The live record `record_id`, else NotFound with `message`: a whole sentence
    marked with QT_TRANSLATE_NOOP("Errors", ...), holding {record_id}."""
    record = session.get(cls, record_id)
    if record is None or record.deleted:
        raise NotFound(message, record_id=record_id)
    return record


def check_fields(fields: Iterable[str], allowed: Iterable[str]) -> None:
    """Refuse, with a sentence, fields a caller may not set here."""
    unknown = sorted(set(fields) - (frozenset(allowed) - PROTECTED))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be changed here: {fields}."),
            fields=", ".join(unknown),
        )


def set_fields(record: Syncable, fields: Mapping[str, Any], allowed: Iterable[str]) -> None:
    check_fields(fields, allowed)
    for key, value in fields.items():
        setattr(record, key, value)


def require_text(value: str | None, message: str) -> str:
    """`value` stripped, else InvalidInput with `message` (a whole sentence marked
    with QT_TRANSLATE_NOOP("Errors", ...): "The meeting title must not be empty.")."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise InvalidInput(message)
    return cleaned


def require_municipality(session: Session, municipality_id: str) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no municipality with id {municipality_id}."),
            municipality_id=municipality_id,
        )
    return municipality


def resolve_prefix(
    session: Session,
    cls: type[Syncable],
    prefix: str,
    *,
    not_an_id: str,
    missing: str,
    ambiguous: str,
) -> str:
    """The one live id starting with `prefix` (as git resolves short hashes). The
    three messages, each a whole sentence holding {prefix} and marked with
    QT_TRANSLATE_NOOP("Errors", ...), say what is wrong with it."""
    cleaned = prefix.strip().lower()
    if not cleaned or not all(c in "0123456789abcdef-" for c in cleaned):
        raise InvalidInput(not_an_id, prefix=prefix)
    column = cls.id  # type: ignore[attr-defined]
    ids = session.scalars(
        select(column)
        .where(column >= cleaned, column < cleaned + "\uffff", cls.deleted.is_(False))  # type: ignore[attr-defined]
        .limit(2)
    ).all()
    if not ids:
        raise NotFound(missing, prefix=prefix)
    if len(ids) > 1:
        raise Ambiguous(ambiguous, prefix=prefix)
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
