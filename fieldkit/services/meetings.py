"""A meeting itself: listing, reading the whole minutes back, planning, creating,
changing, finalising and reopening, and the guard every write into the minutes
passes. What is recorded inside a meeting is written by agenda.py (the agenda),
attendance.py (who came, in which role) and minutes.py (decisions and actions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import (
    Contact,
    Library,
    LibraryKind,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Municipality,
    Organization,
    Participant,
    ParticipantRole,
    utc_now,
)
from fieldkit.services.records import (
    EMPTY_MEETING_TITLE,
    NO_LIBRARY,
    NO_MEETING,
    get_live,
    require_municipality,
    require_text,
    resolve_prefix,
    set_fields,
    tombstone,
)
from fieldkit.store import Store

MEETING_FIELDS = (
    "visit_id",
    "municipality_id",
    "library_id",
    "title",
    "kind",
    "starts_at",
    "ends_at",
    "place",
    "purpose",
    "next_steps",
    "next_meeting_at",
)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    meeting_id: str
    starts_at: dt.datetime
    municipality_id: str
    municipality_name: str
    title: str
    status: MeetingStatus
    number: int | None


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    agenda_item_id: str
    position: int
    title: str
    notes: str


@dataclass(frozen=True, slots=True)
class ParticipantView:
    participant_id: str
    contact_id: str
    name: str
    organization: str
    attended: bool
    sent_apologies: bool
    role: ParticipantRole


@dataclass(frozen=True, slots=True)
class DecisionView:
    decision_id: str
    agenda_item_id: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ActionItemView:
    action_item_id: str
    text: str
    owner: str
    due_on: dt.date | None
    done: bool
    # set when the owner is a known person; `owner` is then their name
    owner_contact_id: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    summary: MeetingSummary
    kind: MeetingKind
    library_id: str | None
    library_name: str
    finalised_at: dt.datetime | None
    place: str
    purpose: str
    ends_at: dt.datetime | None
    agenda: tuple[AgendaItemView, ...]
    participants: tuple[ParticipantView, ...]
    decisions: tuple[DecisionView, ...]
    action_items: tuple[ActionItemView, ...]
    next_steps: str = ""
    next_meeting_at: dt.datetime | None = None


def list_meetings(store: Store, municipality_id: str | None = None) -> list[MeetingSummary]:
    """Live meetings, newest first."""
    query = (
        select(Meeting, Municipality.name_lt)
        .join(Municipality, Municipality.id == Meeting.municipality_id)
        .where(Meeting.deleted.is_(False))
        .order_by(Meeting.starts_at.desc(), Meeting.id)
    )
    if municipality_id is not None:
        query = query.where(Meeting.municipality_id == municipality_id)
    with store.read() as session:
        return [_summary(meeting, name) for meeting, name in session.execute(query)]


def _summary(meeting: Meeting, municipality_name: str) -> MeetingSummary:
    return MeetingSummary(
        meeting.id,
        meeting.starts_at,
        meeting.municipality_id,
        municipality_name,
        meeting.title,
        meeting.status,
        meeting.number,
    )


def resolve_meeting_id(store: Store, prefix: str) -> str:
    with store.read() as session:
        return resolve_prefix(
            session,
            Meeting,
            prefix,
            not_an_id=QT_TRANSLATE_NOOP("Errors", "'{prefix}' is not a meeting id."),
            missing=QT_TRANSLATE_NOOP(
                "Errors", "There is no meeting whose id starts with '{prefix}'."
            ),
            ambiguous=QT_TRANSLATE_NOOP(
                "Errors", "More than one meeting id starts with '{prefix}'; give more characters."
            ),
        )


def get_meeting(store: Store, meeting_id: str) -> MeetingDetail:
    with store.read() as session:
        meeting = get_live(session, Meeting, meeting_id, NO_MEETING)
        municipality = require_municipality(session, meeting.municipality_id)
        library = session.get(Library, meeting.library_id) if meeting.library_id else None
        participants = session.execute(
            select(Participant, Contact, Organization.name)
            .join(Contact, Contact.id == Participant.contact_id)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Participant.meeting_id == meeting_id, Participant.deleted.is_(False))
            .order_by(Contact.last_name, Contact.first_name, Participant.id)
        ).all()
        owners = {
            c.id: c.full_name
            for c in session.scalars(
                select(Contact).where(
                    Contact.id.in_(
                        [a.owner_contact_id for a in meeting.action_items if a.owner_contact_id]
                    )
                )
            )
        }
        return MeetingDetail(
            summary=_summary(meeting, municipality.name_lt),
            kind=meeting.kind,
            library_id=meeting.library_id,
            library_name=library.name if library else "",
            finalised_at=meeting.finalised_at,
            place=meeting.place,
            purpose=meeting.purpose,
            ends_at=meeting.ends_at,
            agenda=tuple(
                AgendaItemView(a.id, a.position, a.title, a.notes)
                for a in meeting.agenda_items
                if not a.deleted
            ),
            participants=tuple(
                ParticipantView(
                    p.id, c.id, c.full_name, org or "", p.attended, p.sent_apologies, p.role
                )
                for p, c, org in participants
            ),
            decisions=tuple(
                DecisionView(d.id, d.agenda_item_id, d.text)
                for d in meeting.decisions
                if not d.deleted
            ),
            action_items=tuple(
                ActionItemView(
                    a.id,
                    a.text,
                    owners.get(a.owner_contact_id or "", a.owner_name),
                    a.due_on,
                    a.done,
                    a.owner_contact_id,
                )
                for a in meeting.action_items
                if not a.deleted
            ),
            next_steps=meeting.next_steps,
            next_meeting_at=meeting.next_meeting_at,
        )


def _central_library_id(session: Any, municipality_id: str) -> str | None:
    """The municipality's central library (else its first branch, else none)."""
    return session.scalar(
        select(Library.id)
        .where(Library.municipality_id == municipality_id, Library.deleted.is_(False))
        .order_by(Library.kind != LibraryKind.CENTRAL, Library.name)
        .limit(1)
    )


def plan_meeting(store: Store, *, municipality_id: str, title: str, starts_at: dt.datetime) -> str:
    """A new draft meeting at the municipality's central library, where discussion
    meetings are nearly always held; the coordinator changes what differs."""
    with store.read() as session:
        require_municipality(session, municipality_id)
        library_id = _central_library_id(session, municipality_id)
    return create_meeting(
        store,
        municipality_id=municipality_id,
        title=title,
        starts_at=starts_at,
        library_id=library_id,
        kind=MeetingKind.DISCUSSION,
    )


def create_meeting(
    store: Store,
    *,
    municipality_id: str,
    title: str,
    starts_at: dt.datetime,
    library_id: str | None = None,
    **fields: Any,
) -> str:
    with store.write() as session:
        require_municipality(session, municipality_id)
        meeting = Meeting(
            municipality_id=municipality_id,
            library_id=library_id,
            title=require_text(title, EMPTY_MEETING_TITLE),
            starts_at=starts_at,
        )
        set_fields(meeting, fields, MEETING_FIELDS)
        _check_library(session, meeting)
        _check_times(meeting)
        session.add(meeting)
        return meeting.id


def _check_library(session: Any, meeting: Meeting) -> None:
    if meeting.library_id is None:
        return
    library = get_live(session, Library, meeting.library_id, NO_LIBRARY)
    if library.municipality_id != meeting.municipality_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The library is not in the meeting's municipality.")
        )


def _check_times(meeting: Meeting) -> None:
    if meeting.ends_at is not None and meeting.ends_at < meeting.starts_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A meeting cannot end before it starts."))
    if meeting.next_meeting_at is not None and meeting.next_meeting_at <= meeting.starts_at:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The next meeting must be after this one starts.")
        )


def editable_meeting(session: Session, meeting_id: str) -> Meeting:
    """The meeting, if its minutes may still change: the guard every service that
    writes into a meeting's minutes (agenda, decisions, attendance) calls first."""
    meeting = get_live(session, Meeting, meeting_id, NO_MEETING)
    if meeting.status == MeetingStatus.FINAL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The minutes are final; reopen the meeting to change them.")
        )
    return meeting


def update_meeting(store: Store, meeting_id: str, **fields: Any) -> None:
    """Change the meeting's own fields. Moving the start moves the end with it (the
    meeting keeps its length); moving the meeting to another municipality, without
    naming a library, takes it to that municipality's central library."""
    with store.write() as session:
        meeting = editable_meeting(session, meeting_id)
        if "title" in fields:
            fields["title"] = require_text(fields["title"], EMPTY_MEETING_TITLE)
        if "municipality_id" in fields:
            require_municipality(session, fields["municipality_id"])
            if "library_id" not in fields and fields["municipality_id"] != meeting.municipality_id:
                fields["library_id"] = _central_library_id(session, fields["municipality_id"])
        if "starts_at" in fields and "ends_at" not in fields and meeting.ends_at is not None:
            fields["ends_at"] = meeting.ends_at + (fields["starts_at"] - meeting.starts_at)
        set_fields(meeting, fields, MEETING_FIELDS)
        _check_library(session, meeting)
        _check_times(meeting)


def delete_meeting(store: Store, meeting_id: str) -> None:
    with store.write() as session:
        tombstone(editable_meeting(session, meeting_id))


def finalise_meeting(store: Store, meeting_id: str) -> int:
    """Lock the minutes and give them the next number in their municipality."""
    with store.write() as session:
        meeting = editable_meeting(session, meeting_id)
        highest = session.scalar(
            select(func.max(Meeting.number)).where(
                Meeting.municipality_id == meeting.municipality_id
            )
        )
        meeting.number = meeting.number or (highest or 0) + 1
        meeting.status = MeetingStatus.FINAL
        meeting.finalised_at = utc_now()
        return meeting.number


def reopen_meeting(store: Store, meeting_id: str) -> None:
    with store.write() as session:
        get_live(session, Meeting, meeting_id, NO_MEETING).status = MeetingStatus.DRAFT
