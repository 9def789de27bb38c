"""The conflicts a merge kept: values that lost to a later edit made elsewhere.
Listed for the user to review, and restorable: a restore writes the losing value
back as a new local edit (logged with a fresh clock, so it wins everywhere at the
next sync) and keeps the value it replaces as a conflict of its own, so a restore
can itself be undone."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from fieldkit.model import (
    SYNCABLE_BY_TABLE,
    Conflict,
    Contact,
    FieldClock,
    Participant,
    ProblemMeeting,
    ProblemPartner,
    RowClock,
    Syncable,
    full_name,
    utc_now,
)
from fieldkit.model.values import dumps, from_json_value, to_json_value
from fieldkit.store import Store
from fieldkit.sync.hlc import Timestamp

NO_CONFLICT = QT_TRANSLATE_NOOP("Errors", "There is no kept conflict with id {conflict_id}.")
TITLE_LENGTH = 80


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One kept value, ready to show. Values are the columns' own Python values
    (str, int, bool, date, datetime, an enum, or None), for the window to format."""

    id: int
    table_name: str  # which kind of record ("meeting", "contact", ...)
    row_id: str
    record_title: str  # the record's title or name ("" when it has none)
    field: str
    losing_value: Any
    current_value: Any
    recorded_at: dt.datetime
    losing_replica: str  # the replica whose edit lost
    winning_replica: str
    resolved: bool
    # False when the record was erased or deleted: a restore would be refused.
    restorable: bool


def _replica(hlc: str) -> str:
    try:
        return Timestamp.decode(hlc).replica_id
    except ValueError:
        return ""


def _shorten(text: str | None) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= TITLE_LENGTH else flat[: TITLE_LENGTH - 1] + "…"


def _title(session: Session, record: Syncable | None) -> str:
    """What the user would call the record: its title, name or text."""
    if record is None:
        return ""
    if isinstance(record, Contact):
        return "" if record.erased_at is not None else record.full_name
    if isinstance(record, Participant):
        contact = session.get(Contact, record.contact_id)
        return _title(session, contact)
    if isinstance(record, ProblemMeeting | ProblemPartner):
        from fieldkit.model import Problem

        return _title(session, session.get(Problem, record.problem_id))
    for name in ("title", "name", "file_name", "text", "purpose"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            return _shorten(value)
    if hasattr(record, "first_name"):
        return full_name(record.first_name, record.last_name)  # type: ignore[attr-defined]
    return ""


def _column(cls: type[Syncable], field: str) -> Any:
    return cls.__table__.columns.get(field)  # type: ignore[attr-defined]


def _decode(column: Any, text: str) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if column is None:
        return value
    try:
        return from_json_value(column, value)
    except (ValueError, TypeError):
        return value


def _check_restorable(record: Syncable | None) -> None:
    """Refuse, with a sentence, to restore a value into `record`."""
    if record is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The record of this conflict is no longer here.")
        )
    if isinstance(record, Contact) and record.erased_at is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This person was erased, so nothing of theirs can be restored."
            )
        )
    if record.deleted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This record was deleted, so a value cannot be restored into it."
            )
        )


def _restorable(record: Syncable | None) -> bool:
    try:
        _check_restorable(record)
    except InvalidInput:
        return False
    return True


def list_conflicts(store: Store, include_resolved: bool = False) -> list[ConflictRow]:
    """The kept values, newest first."""
    with store.read() as session:
        # updated_at follows every edit: a clash there is bookkeeping, not news
        query = (
            select(Conflict)
            .where(Conflict.field != "updated_at")
            .order_by(Conflict.recorded_at.desc(), Conflict.id.desc())
        )
        if not include_resolved:
            query = query.where(Conflict.resolved.is_(False))
        rows: list[ConflictRow] = []
        for conflict in session.scalars(query):
            cls = SYNCABLE_BY_TABLE.get(conflict.table_name)
            record = session.get(cls, conflict.row_id) if cls is not None else None
            column = _column(cls, conflict.field) if cls is not None else None
            current = getattr(record, conflict.field, None) if record is not None else None
            if isinstance(record, Contact) and record.erased_at is not None:
                current = None
            rows.append(
                ConflictRow(
                    id=conflict.id,
                    table_name=conflict.table_name,
                    row_id=conflict.row_id,
                    record_title=_title(session, record),
                    field=conflict.field,
                    losing_value=_decode(column, conflict.losing_value),
                    current_value=current,
                    recorded_at=conflict.recorded_at,
                    losing_replica=_replica(conflict.losing_hlc),
                    winning_replica=_replica(conflict.winning_hlc),
                    resolved=conflict.resolved,
                    restorable=column is not None and _restorable(record),
                )
            )
        return rows


def _get(session: Session, conflict_id: int) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound(NO_CONFLICT, conflict_id=conflict_id)
    return conflict


def _field_clock(session: Session, table_name: str, row_id: str, field: str) -> str:
    """The clock of the write that last set the field (its row's, if never edited)."""
    edited = session.get(FieldClock, (table_name, row_id, field))
    if edited is not None:
        return edited.hlc
    created = session.get(RowClock, (table_name, row_id))
    return created.hlc if created is not None else ""


def restore_conflict(store: Store, conflict_id: int) -> None:
    """Write the kept value back as a new local edit, mark the conflict resolved,
    and keep the value it replaces as a new conflict (so the restore is reversible)."""
    with store.write() as session:
        conflict = _get(session, conflict_id)
        if conflict.resolved:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This conflict was already restored or dismissed.")
            )
        cls = SYNCABLE_BY_TABLE.get(conflict.table_name)
        record = session.get(cls, conflict.row_id) if cls is not None else None
        column = _column(cls, conflict.field) if cls is not None else None
        _check_restorable(record)
        if column is None or column.key in type(record).UNLOGGED:  # type: ignore[arg-type]
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This kind of value cannot be restored.")
            )
        assert record is not None
        table_name, row_id, field = conflict.table_name, conflict.row_id, conflict.field
        replaced = dumps(to_json_value(column, getattr(record, field)))
        replaced_clock = _field_clock(session, table_name, row_id, field)
        conflict.resolved = True
        if replaced == conflict.losing_value:
            return  # the kept value is the current one already: nothing to write
        setattr(record, field, from_json_value(column, json.loads(conflict.losing_value)))
        session.flush()  # logs the edit with a fresh clock (sync.recording)
        session.add(
            Conflict(
                table_name=table_name,
                row_id=row_id,
                field=field,
                losing_value=replaced,
                losing_hlc=replaced_clock,
                winning_hlc=_field_clock(session, table_name, row_id, field),
                recorded_at=utc_now(),
                resolved=False,
            )
        )


def dismiss_conflict(store: Store, conflict_id: int) -> None:
    """The user has seen the kept value and keeps the current one."""
    with store.write() as session:
        _get(session, conflict_id).resolved = True
