"""The GDPR duties towards the people in the contacts: the legal basis recorded
with their consent, everything held on one person gathered for them to see, their
erasure, and the list of people nobody has dealt with for years.

An erase is one transaction through the ORM, so the flush hook logs it and it
travels to colleagues at the next sync, where the merge applies it whatever the
clocks say and lets no later edit of the row back in. What it cannot reach: the
bundles already pushed to the shared storage are immutable files (a replica that
has not applied them yet will still read the old values in them before the erase
that follows them), backups made before the erase, and copies people made
(exports, printed minutes). The report says so; the coordinator deals with those.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from fieldkit.model import (
    ChangeLogEntry,
    Conflict,
    Contact,
    HeldChange,
    HistoryEvent,
    Meeting,
    Organization,
    Participant,
    RecordHistory,
    full_name,
    utc_now,
)
from fieldkit.model.values import dumps, to_json_value
from fieldkit.services.merging import current_user
from fieldkit.services.records import NO_CONTACT
from fieldkit.store import Store
from fieldkit.store.sqlite_file import BUSY_TIMEOUT_MS


class LegalBasis(StrEnum):
    """The lawful bases of GDPR Art. 6(1), stored by these stable keys and shown
    translated."""

    CONSENT = "consent"  # (a)
    CONTRACT = "contract"  # (b)
    LEGAL_OBLIGATION = "legal_obligation"  # (c)
    VITAL_INTERESTS = "vital_interests"  # (d)
    PUBLIC_TASK = "public_task"  # (e)
    LEGITIMATE_INTERESTS = "legitimate_interests"  # (f)


# Older rows (and the demo) hold the basis as words; these read as the keys.
_BASIS_WORDS = {
    "sutikimas": LegalBasis.CONSENT,
    "consent": LegalBasis.CONSENT,
    "sutartis": LegalBasis.CONTRACT,
    "contract": LegalBasis.CONTRACT,
    "teisine prievole": LegalBasis.LEGAL_OBLIGATION,
    "legal obligation": LegalBasis.LEGAL_OBLIGATION,
    "gyvybiniai interesai": LegalBasis.VITAL_INTERESTS,
    "vital interests": LegalBasis.VITAL_INTERESTS,
    "viesoji uzduotis": LegalBasis.PUBLIC_TASK,
    "viesasis interesas": LegalBasis.PUBLIC_TASK,
    "public task": LegalBasis.PUBLIC_TASK,
    "teisetas interesas": LegalBasis.LEGITIMATE_INTERESTS,
    "teisetas interesai": LegalBasis.LEGITIMATE_INTERESTS,
    "legitimate interest": LegalBasis.LEGITIMATE_INTERESTS,
    "legitimate interests": LegalBasis.LEGITIMATE_INTERESTS,
}


def legal_basis_key(value: str) -> LegalBasis | None:
    """The basis a stored value means: a key, or the words older rows hold
    ("sutikimas", "teisėtas interesas"); None for empty or unknown text."""
    from fieldkit.services.people import fold

    cleaned = fold(value).replace("_", " ")
    if not cleaned:
        return None
    try:
        return LegalBasis(cleaned.replace(" ", "_"))
    except ValueError:
        return _BASIS_WORDS.get(cleaned)


# --- erasing ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EraseResult:
    contact_ids: tuple[str, ...]  # the person, and the duplicates merged into them
    history_ids: tuple[str, ...]  # the audit entries
    scrubbed_changes: int  # change-log entries whose values were cleared
    removed_conflicts: int  # conflicts and held changes dropped


# What a merge's history entry says once the person it kept values of is erased.
SCRUBBED_MERGE = json.dumps({"erased": True, "losing_values": None}, sort_keys=True)


def _cleared(column: Column[Any]) -> Any:
    """What an erased field holds: empty text, or nothing for a date or a link."""
    return None if column.nullable else ""


def _merged_into(session: Session, contact_id: str) -> list[str]:
    """The person and every contact merged into them (whose tombstones still hold
    the person's old values), however many merges deep."""
    found = [contact_id]
    index = 0
    while index < len(found):
        found += [
            other
            for other in session.scalars(
                select(RecordHistory.other_id).where(
                    RecordHistory.table_name == "contact",
                    RecordHistory.record_id == found[index],
                    RecordHistory.event == HistoryEvent.MERGED.value,
                    RecordHistory.other_id.is_not(None),
                )
            )
            if other is not None and other not in found
        ]
        index += 1
    return found


def _clear_person(contact: Contact, now: dt.datetime) -> None:
    columns = Contact.__table__.columns
    for name in Contact.PERSONAL_FIELDS:
        setattr(contact, name, _cleared(columns[name]))
    contact.erased_at = now
    contact.deleted = True


def erase_contact(store: Store, contact_id: str, erased_by: str | None = None) -> EraseResult:
    """Erase a person (GDPR Art. 17) in one transaction: every personal field
    cleared, the row marked erased and tombstoned (the row stays, so a meeting
    still had N participants, shown as "erased person"), and an audit entry saying
    who erased which record when, without the erased data. Contacts that were
    merged into this one are erased too, and the values the merges kept are
    dropped from the history.

    The local traces go as well: conflicts and held changes about the person, and
    the person's values in the change log (pushed or not) are replaced by the
    cleared ones. Bundles already on the shared storage cannot be rewritten (they
    are immutable by design); replicas that apply them apply the erase after them,
    which wins over every value in them."""
    who = current_user() if erased_by is None else erased_by.strip()
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(NO_CONTACT, record_id=contact_id)
        if contact.erased_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This person was already erased."))
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        now = utc_now()
        ids = [contact_id] + [
            other.id
            for other_id in _merged_into(session, contact_id)[1:]
            if (other := session.get(Contact, other_id)) is not None and other.erased_at is None
        ]
        entries: list[str] = []
        for person_id in ids:
            person = session.get(Contact, person_id)
            assert person is not None
            _clear_person(person, now)
            entry = RecordHistory(
                table_name="contact",
                record_id=person_id,
                event=HistoryEvent.ERASED.value,
                happened_at=now,
                actor=who,
                other_id=None,
                details=json.dumps({"cleared": list(Contact.PERSONAL_FIELDS)}),
            )
            session.add(entry)
            entries.append(entry.id)
        merges = _merge_entries(session, ids)
        for merge in merges:
            merge.details = SCRUBBED_MERGE
        session.flush()
        scrubbed = _scrub_change_log(session, ids, [m.id for m in merges])
        removed = _drop_local_traces(session, ids, [m.id for m in merges])
        _compact_search_index(session)
        result = EraseResult(tuple(ids), tuple(entries), scrubbed, removed)
    _empty_write_ahead_log(store)
    return result


def _compact_search_index(session: Session) -> None:
    """The search index rewritten without the person's words. FTS5 deletes by
    adding a "deleted" marker beside the old entry, which keeps the erased name,
    e-mail and phone digits in the file until its segments happen to merge;
    'optimize' merges them all now, and secure_delete zeroes the pages freed."""
    session.connection().exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def _empty_write_ahead_log(store: Store) -> None:
    """The write-ahead log (the "-wal" file beside the database) emptied: it still
    holds the pages as they were before the erase until FieldKit closes, and the
    window stays open all day. Only when nobody is reading at this moment (no
    wait: the log is emptied at the latest when FieldKit closes)."""
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 0")
        try:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error:
        pass
    finally:
        connection.close()


def _merge_entries(session: Session, ids: list[str]) -> list[RecordHistory]:
    """History entries of merges that hold the person's values (as either side)."""
    return list(
        session.scalars(
            select(RecordHistory).where(
                RecordHistory.table_name == "contact",
                RecordHistory.event == HistoryEvent.MERGED.value,
                or_(RecordHistory.record_id.in_(ids), RecordHistory.other_id.in_(ids)),
            )
        )
    )


def _scrub_change_log(session: Session, ids: list[str], merge_ids: list[str]) -> int:
    """The person's values in the change log replaced by the cleared ones: JSON
    null for a date or a link, "" for text (a null would break the row on a replica
    that still has to insert it, as those columns may not be null). The log has a
    million entries in a big database and no index by row, so it is read once
    and the entries found are rewritten by their number."""
    columns = Contact.__table__.columns
    cleared = {
        ("contact", name): dumps(to_json_value(columns[name], _cleared(columns[name])))
        for name in Contact.PERSONAL_FIELDS
    }
    if merge_ids:
        cleared["record_history", "details"] = dumps(SCRUBBED_MERGE)
    found = session.execute(
        select(
            ChangeLogEntry.seq,
            ChangeLogEntry.table_name,
            ChangeLogEntry.field,
            ChangeLogEntry.value,
        ).where(
            or_(
                and_(ChangeLogEntry.table_name == "contact", ChangeLogEntry.row_id.in_(ids)),
                and_(
                    ChangeLogEntry.table_name == "record_history",
                    ChangeLogEntry.row_id.in_(merge_ids),
                ),
            )
        )
    ).all()
    changes = [
        {"seq": seq, "value": value}
        for seq, table_name, field, old in found
        if (value := cleared.get((table_name, field))) is not None and old != value
    ]
    if changes:
        session.execute(update(ChangeLogEntry), changes)
    return len(changes)


def _about(table: Any, ids: list[str], merge_ids: list[str]) -> Any:
    return or_(
        and_(table.table_name == "contact", table.row_id.in_(ids)),
        and_(table.table_name == "record_history", table.row_id.in_(merge_ids)),
    )


def _drop_local_traces(session: Session, ids: list[str], merge_ids: list[str]) -> int:
    """Conflicts (losing values kept for review) and held changes (values waiting
    for their clock) about the person: they may hold personal data."""
    count = 0
    for table in (Conflict, HeldChange):
        result = session.execute(delete(table).where(_about(table, ids, merge_ids)))
        count += result.rowcount  # type: ignore[attr-defined]
    return count


# --- retention -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaleContact:
    contact_id: str
    full_name: str
    organization: str
    municipality_id: str | None
    last_activity: dt.date  # the later of the last edit and the last meeting attended


def stale_contacts(store: Store, inactive_since: dt.date) -> list[StaleContact]:
    """Live contacts with no activity since `inactive_since`: not edited after it
    and at no meeting after it. Those a coordinator should review and perhaps
    erase (data kept no longer than needed); the longest idle first."""
    since = dt.datetime.combine(inactive_since, dt.time(), dt.UTC)
    last_meeting = (
        select(
            Participant.contact_id.label("contact_id"),
            func.max(Meeting.starts_at).label("last_meeting"),
        )
        .join(Meeting, Meeting.id == Participant.meeting_id)
        .where(
            Participant.attended.is_(True),
            Participant.deleted.is_(False),
            Meeting.deleted.is_(False),
        )
        .group_by(Participant.contact_id)
        .subquery()
    )
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Organization.name,
            Contact.municipality_id,
            Contact.updated_at,
            last_meeting.c.last_meeting,
        )
        .outerjoin(last_meeting, last_meeting.c.contact_id == Contact.id)
        .outerjoin(
            Organization,
            and_(Organization.id == Contact.organization_id, Organization.deleted.is_(False)),
        )
        .where(
            Contact.deleted.is_(False),
            Contact.updated_at < since,
            or_(
                last_meeting.c.last_meeting.is_(None),
                last_meeting.c.last_meeting < since.replace(tzinfo=None),
            ),
        )
    )
    with store.read() as session:
        rows = session.execute(query).all()
    found = []
    for contact_id, first, last, organization, municipality_id, updated_at, met in rows:
        when = updated_at.date()
        if met is not None:
            # stored as text by the column type; the subquery's max() returns it raw
            met_date = dt.datetime.fromisoformat(met).date() if isinstance(met, str) else met.date()
            when = max(when, met_date)
        found.append(
            StaleContact(
                contact_id, full_name(first, last), organization or "", municipality_id, when
            )
        )
    found.sort(key=lambda c: (c.last_activity, c.full_name))
    return found


def erase_contacts(
    store: Store, contact_ids: Iterable[str], erased_by: str | None = None
) -> list[EraseResult]:
    """Erase several people (the retention view's "Erase selected"), each in its
    own transaction: one that was erased meanwhile is skipped."""
    results = []
    for contact_id in contact_ids:
        try:
            results.append(erase_contact(store, contact_id, erased_by))
        except InvalidInput:
            continue
    return results
