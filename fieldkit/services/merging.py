"""Merging two records that are the same person or the same organisation.

A merge is one transaction through the ORM, so the flush hook logs every change
and the merge travels through sync like any edit: the kept record takes the
values the coordinator picked, every link to the losing record moves to the
kept one, the losing record becomes a tombstone, and its values are kept in the
kept record's history (`record_history`), so nothing dropped is lost.

Link rows whose id is derived from their pair (a participant from (meeting,
contact), a possible partner from (problem, organisation)) are never re-pointed
in place: that would leave a row whose id no longer matches its pair, and the
next invitation of the kept person would make a second row. The kept record gets
the row under its own derived id instead (combined with one it already had), and
the losing record's row becomes a tombstone.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import (
    ActionItem,
    Contact,
    HistoryEvent,
    Idea,
    Municipality,
    Organization,
    Participant,
    ParticipantRole,
    Problem,
    ProblemPartner,
    RecordHistory,
    Syncable,
    derived_id,
    utc_now,
)
from fieldkit.model.values import to_json_value
from fieldkit.services.partners import CONTACT_FIELDS, ORGANIZATION_FIELDS
from fieldkit.services.records import NO_CONTACT, NO_ORGANISATION, get_live, resolve_prefix
from fieldkit.store import Store

KEEP = "keep"
LOSE = "lose"

# A meeting's roles from the strongest: a merged person keeps the stronger one.
_ROLE_STRENGTH = {ParticipantRole.CHAIR: 2, ParticipantRole.SECRETARY: 1}


@dataclass(frozen=True, slots=True)
class MergeField:
    """One field of the two records side by side, as the merge dialog shows it:
    the stored values and their readable forms (an organisation's name rather
    than its id)."""

    field: str
    keep_value: Any
    lose_value: Any
    keep_text: str
    lose_text: str

    @property
    def differs(self) -> bool:
        return self.keep_value != self.lose_value


@dataclass(frozen=True, slots=True)
class MergePreview:
    kind: str  # "contact" or "organization"
    keep_id: str
    lose_id: str
    keep_title: str
    lose_title: str
    fields: tuple[MergeField, ...]


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge moved, for the message after it."""

    keep_id: str
    lose_id: str
    moved_links: int
    combined_links: int
    history_id: str


def current_user() -> str:
    """Who is at the keyboard, as an audit entry names them (the OS user)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a bare container)
        return ""


# --- reading the two side by side ---------------------------------------------


def _text_of(session: Session, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "organization_id":
        organization = session.get(Organization, value)
        return organization.name if organization is not None else ""
    if field == "municipality_id":
        municipality = session.get(Municipality, value)
        return municipality.name_lt if municipality is not None else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value.value if hasattr(value, "value") else value)


def _pair(session: Session, kind: str, keep_id: str, lose_id: str) -> tuple[Any, Any]:
    if keep_id == lose_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A record cannot be merged with itself."))
    if kind == "contact":
        return (
            get_live(session, Contact, keep_id, NO_CONTACT),
            get_live(session, Contact, lose_id, NO_CONTACT),
        )
    return (
        get_live(session, Organization, keep_id, NO_ORGANISATION),
        get_live(session, Organization, lose_id, NO_ORGANISATION),
    )


def _fields_of(kind: str) -> Sequence[str]:
    return CONTACT_FIELDS if kind == "contact" else ORGANIZATION_FIELDS


def _title(record: Any) -> str:
    return record.full_name if isinstance(record, Contact) else record.name


def merge_preview(store: Store, kind: str, keep_id: str, lose_id: str) -> MergePreview:
    """The two records' fields side by side (`kind` "contact" or "organization")."""
    _check_kind(kind)
    with store.read() as session:
        keep, lose = _pair(session, kind, keep_id, lose_id)
        fields = tuple(
            MergeField(
                field,
                getattr(keep, field),
                getattr(lose, field),
                _text_of(session, field, getattr(keep, field)),
                _text_of(session, field, getattr(lose, field)),
            )
            for field in _fields_of(kind)
        )
        return MergePreview(kind, keep_id, lose_id, _title(keep), _title(lose), fields)


def _check_kind(kind: str) -> None:
    if kind not in ("contact", "organization"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Only contacts or organisations can be merged, not {kind}."
            ),
            kind=kind,
        )


# --- merging --------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _apply_choices(
    keep: Syncable, lose: Syncable, fields: Sequence[str], choices: Mapping[str, str] | None
) -> None:
    """The loser's value where the coordinator picked it; where they said nothing,
    a value the kept record lacks is filled from the loser."""
    choices = dict(choices or {})
    unknown = sorted(set(choices) - set(fields))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be merged: {fields}."),
            fields=", ".join(unknown),
        )
    for field, choice in choices.items():
        if choice not in (KEEP, LOSE):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Choose 'keep' or 'lose' for {field}, not '{choice}'."),
                field=field,
                choice=choice,
            )
    for field in fields:
        choice = choices.get(field)
        theirs = getattr(lose, field)
        fill = choice is None and _empty(getattr(keep, field)) and not _empty(theirs)
        if choice == LOSE or fill:
            setattr(keep, field, theirs)


def _values_of(record: Syncable) -> dict[str, Any]:
    """Every logged column of a record in its JSON form (what the history keeps)."""
    table = type(record).__table__  # type: ignore[attr-defined]
    return {
        column.key: to_json_value(column, getattr(record, column.key))
        for column in table.columns
        if column.key not in ("created_at", "updated_at", "deleted")
    }


def _history(
    session: Session,
    table_name: str,
    keep_id: str,
    lose_id: str,
    losing: dict[str, Any],
    merged_by: str | None,
    moved: int,
    combined: int,
) -> RecordHistory:
    entry = RecordHistory(
        table_name=table_name,
        record_id=keep_id,
        event=HistoryEvent.MERGED.value,
        happened_at=utc_now(),
        actor=current_user() if merged_by is None else merged_by,
        other_id=lose_id,
        details=json.dumps(
            {"losing_values": losing, "moved_links": moved, "combined_links": combined},
            ensure_ascii=False,
            sort_keys=True,
        ),
    )
    session.add(entry)
    return entry


def merge_contacts(
    store: Store,
    keep_id: str,
    lose_id: str,
    choices: Mapping[str, str] | None = None,
    *,
    merged_by: str | None = None,
) -> MergeResult:
    """Merge contact `lose_id` into `keep_id` in one transaction. `choices` maps a
    field to "keep" or "lose" (whose value the kept contact ends with); fields not
    named keep the kept contact's value, or take the loser's where the kept one
    is empty. Meetings attended, actions owned, problems raised and ideas
    proposed all move to the kept contact."""
    with store.write() as session:
        keep, lose = _pair(session, "contact", keep_id, lose_id)
        if keep.erased_at is not None or lose.erased_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An erased person cannot be merged."))
        losing = _values_of(lose)
        _apply_choices(keep, lose, CONTACT_FIELDS, choices)
        moved, combined = _move_participants(session, keep.id, lose.id)
        for column in (
            ActionItem.owner_contact_id,
            Problem.raised_by_contact_id,
            Idea.proposed_by_contact_id,
        ):
            rows = session.scalars(select(column.class_).where(column == lose.id)).all()
            for row in rows:
                setattr(row, column.key, keep.id)
            moved += len(rows)
        lose.deleted = True
        entry = _history(session, "contact", keep.id, lose.id, losing, merged_by, moved, combined)
        return MergeResult(keep.id, lose.id, moved, combined, entry.id)


def _stronger(a: ParticipantRole, b: ParticipantRole) -> ParticipantRole:
    return a if _ROLE_STRENGTH.get(a, 0) >= _ROLE_STRENGTH.get(b, 0) else b


def _move_participants(session: Session, keep_id: str, lose_id: str) -> tuple[int, int]:
    """The loser's places in meetings become the kept contact's. Where both were
    in one meeting the rows are combined: present if either came, apologies only
    if neither came, the stronger role."""
    moved = combined = 0
    rows = session.scalars(
        select(Participant).where(Participant.contact_id == lose_id, Participant.deleted.is_(False))
    ).all()
    for theirs in rows:
        ours = session.scalars(
            select(Participant).where(
                Participant.contact_id == keep_id,
                Participant.meeting_id == theirs.meeting_id,
                Participant.deleted.is_(False),
            )
        ).first()
        if ours is not None:
            attended = ours.attended or theirs.attended
            ours.attended = attended
            ours.sent_apologies = (ours.sent_apologies or theirs.sent_apologies) and not attended
            ours.role = _stronger(ours.role, theirs.role)
            combined += 1
        else:
            target_id = derived_id("participant", theirs.meeting_id, keep_id)
            ours = session.get(Participant, target_id)
            if ours is None:
                ours = Participant(id=target_id, meeting_id=theirs.meeting_id, contact_id=keep_id)
                session.add(ours)
            ours.deleted = False
            ours.attended = theirs.attended
            ours.sent_apologies = theirs.sent_apologies
            ours.role = theirs.role
            moved += 1
        theirs.deleted = True
    return moved, combined


def merge_organizations(
    store: Store,
    keep_id: str,
    lose_id: str,
    choices: Mapping[str, str] | None = None,
    *,
    merged_by: str | None = None,
) -> MergeResult:
    """Merge organisation `lose_id` into `keep_id` in one transaction: its people
    and its places as a possible partner of problems move to the kept one."""
    with store.write() as session:
        keep, lose = _pair(session, "organization", keep_id, lose_id)
        losing = _values_of(lose)
        _apply_choices(keep, lose, ORGANIZATION_FIELDS, choices)
        people = session.scalars(select(Contact).where(Contact.organization_id == lose.id)).all()
        for person in people:
            person.organization_id = keep.id
        moved, combined = _move_partners(session, keep.id, lose.id)
        moved += len(people)
        lose.deleted = True
        entry = _history(
            session, "organization", keep.id, lose.id, losing, merged_by, moved, combined
        )
        return MergeResult(keep.id, lose.id, moved, combined, entry.id)


def _move_partners(session: Session, keep_id: str, lose_id: str) -> tuple[int, int]:
    moved = combined = 0
    rows = session.scalars(
        select(ProblemPartner).where(
            ProblemPartner.organization_id == lose_id, ProblemPartner.deleted.is_(False)
        )
    ).all()
    for theirs in rows:
        target_id = derived_id("problem_partner", theirs.problem_id, keep_id)
        ours = session.get(ProblemPartner, target_id)
        if ours is not None and not ours.deleted:
            notes = [n for n in (ours.notes.strip(), theirs.notes.strip()) if n]
            ours.notes = "\n".join(dict.fromkeys(notes))
            combined += 1
        else:
            if ours is None:
                ours = ProblemPartner(
                    id=target_id, problem_id=theirs.problem_id, organization_id=keep_id
                )
                session.add(ours)
            ours.deleted = False
            ours.notes = theirs.notes
            moved += 1
        theirs.deleted = True
    return moved, combined


# --- history ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    history_id: str
    table_name: str
    record_id: str
    event: str
    happened_at: dt.datetime
    actor: str
    other_id: str | None
    details: dict[str, Any]


def history_of(store: Store, table_name: str, record_id: str) -> list[HistoryEntry]:
    """A record's merges and erases, oldest first."""
    with store.read() as session:
        return history_in(session, table_name, record_id)


def history_in(session: Session, table_name: str, record_id: str) -> list[HistoryEntry]:
    rows = session.scalars(
        select(RecordHistory)
        .where(
            RecordHistory.table_name == table_name,
            RecordHistory.record_id == record_id,
            RecordHistory.deleted.is_(False),
        )
        .order_by(RecordHistory.happened_at, RecordHistory.id)
    )
    return [
        HistoryEntry(
            r.id,
            r.table_name,
            r.record_id,
            r.event,
            r.happened_at,
            r.actor,
            r.other_id,
            json.loads(r.details or "{}"),
        )
        for r in rows
    ]


def resolve_record_id(store: Store, kind: str, prefix: str) -> str:
    """The contact or organisation a user named by its id or a unique prefix of it
    (a whole id may name a deleted record: its data is still held)."""
    _check_kind(kind)
    cls = Contact if kind == "contact" else Organization
    with store.read() as session:
        cleaned = prefix.strip().lower()
        if len(cleaned) == 36 and session.get(cls, cleaned) is not None:
            return cleaned
        if kind == "contact":
            return resolve_prefix(
                session,
                cls,
                prefix,
                not_an_id=QT_TRANSLATE_NOOP("Errors", "'{prefix}' is not a contact id."),
                missing=QT_TRANSLATE_NOOP(
                    "Errors", "There is no contact whose id starts with '{prefix}'."
                ),
                ambiguous=QT_TRANSLATE_NOOP(
                    "Errors",
                    "More than one contact id starts with '{prefix}'; give more characters.",
                ),
            )
        return resolve_prefix(
            session,
            cls,
            prefix,
            not_an_id=QT_TRANSLATE_NOOP("Errors", "'{prefix}' is not an organisation id."),
            missing=QT_TRANSLATE_NOOP(
                "Errors", "There is no organisation whose id starts with '{prefix}'."
            ),
            ambiguous=QT_TRANSLATE_NOOP(
                "Errors",
                "More than one organisation id starts with '{prefix}'; give more characters.",
            ),
        )
