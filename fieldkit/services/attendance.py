"""Who is in a meeting: inviting a known person, adding a new person (and their
organisation) straight into the meeting, and the attendance rules: one chair and
one secretary, and a person who came did not send apologies. The rules live here
rather than in the window, so the CLI, sync and any view obey the same ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import (
    Contact,
    Organization,
    Participant,
    ParticipantRole,
    Sector,
    derived_id,
)
from fieldkit.services.meetings import editable_meeting
from fieldkit.services.people import organizations_matching
from fieldkit.services.records import (
    EMPTY_FIRST_NAME,
    NO_CONTACT,
    NO_ORGANISATION,
    NO_PARTICIPANT,
    check_fields,
    get_live,
    require_text,
    tombstone,
)
from fieldkit.store import Store

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class NewPerson:
    """What create_and_invite made (the organisation may be an existing one)."""

    contact_id: str
    participant_id: str
    organization_id: str | None
    organization_created: bool


def _participant(session: Session, meeting_id: str, contact_id: str) -> Participant:
    """The person's one row in the meeting (an id derived from both, so two laptops
    inviting the same person make the same row). A row that was removed comes back
    as new: not present, no apologies, a plain participant."""
    participant_id = derived_id("participant", meeting_id, contact_id)
    participant = session.get(Participant, participant_id)
    if participant is None:
        participant = Participant(id=participant_id, meeting_id=meeting_id, contact_id=contact_id)
        session.add(participant)
    elif not participant.deleted:
        return participant
    participant.deleted = False
    participant.attended = False
    participant.sent_apologies = False
    participant.role = ParticipantRole.PARTICIPANT
    return participant


def _invite(session: Session, meeting_id: str, contact_id: str, attended: bool) -> str:
    participant = _participant(session, meeting_id, contact_id)
    if attended and not participant.attended:
        _record(session, participant, attended=True)
    return participant.id


def invite_contact(store: Store, meeting_id: str, contact_id: str, attended: bool = False) -> str:
    """Add a known person to a meeting. Inviting someone already on the list keeps
    what was recorded about them (a chair stays chair), so a second pick is harmless;
    `attended` only ever ticks them as present."""
    with store.write() as session:
        editable_meeting(session, meeting_id)
        get_live(session, Contact, contact_id, NO_CONTACT)
        return _invite(session, meeting_id, contact_id, attended)


def create_and_invite(
    store: Store,
    meeting_id: str,
    *,
    first_name: str,
    last_name: str = "",
    organization_id: str | None = None,
    organization_name: str = "",
    role: str = "",
    phone: str = "",
    email: str = "",
    attended: bool = False,
) -> NewPerson:
    """A new person, their organisation if it is new, and their place in the meeting,
    all in one transaction: nothing half-made if the laptop dies. An organisation
    named like an existing one (up to case and diacritics) is that one."""
    with store.write() as session:
        meeting = editable_meeting(session, meeting_id)
        first = require_text(first_name, EMPTY_FIRST_NAME)
        email = email.strip()
        if email and not _EMAIL.match(email):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{email}' does not look like an e-mail address."),
                email=email,
            )
        created = False
        if organization_id:
            get_live(session, Organization, organization_id, NO_ORGANISATION)
        elif organization_name.strip():
            organization_id, created = _organization_named(
                session, organization_name.strip(), meeting.municipality_id
            )
        else:
            organization_id = None
        contact = Contact(
            first_name=first,
            last_name=" ".join(last_name.split()),
            organization_id=organization_id,
            role=role.strip(),
            phone=phone.strip(),
            email=email,
            municipality_id=meeting.municipality_id,
        )
        session.add(contact)
        participant_id = _invite(session, meeting_id, contact.id, attended)
        return NewPerson(contact.id, participant_id, organization_id, created)


def _organization_named(session: Session, name: str, municipality_id: str) -> tuple[str, bool]:
    session.flush()  # the index must see organisations added earlier in this transaction
    for match in organizations_matching(session, name, 50, municipality_id):
        if match.exact:
            return match.organization_id, False
    organization = Organization(
        name=" ".join(name.split()), sector=Sector.OTHER, municipality_id=municipality_id
    )
    session.add(organization)
    return organization.id, True


def add_participant(
    store: Store,
    meeting_id: str,
    contact_id: str,
    *,
    attended: bool = False,
    role: ParticipantRole | str = ParticipantRole.PARTICIPANT,
) -> str:
    """Record a person in a meeting exactly so: present or not, in this role (a
    new chair or secretary takes the role from whoever held it). Recording the
    same person twice is one row."""
    role = _role(role)
    with store.write() as session:
        editable_meeting(session, meeting_id)
        get_live(session, Contact, contact_id, NO_CONTACT)
        participant = _participant(session, meeting_id, contact_id)
        _record(session, participant, attended=attended, role=role)
        return participant.id


def remove_participant(store: Store, participant_id: str) -> None:
    with store.write() as session:
        participant = get_live(session, Participant, participant_id, NO_PARTICIPANT)
        editable_meeting(session, participant.meeting_id)
        tombstone(participant)


# --- attendance rules --------------------------------------------------------

PARTICIPANT_FIELDS = ("attended", "sent_apologies", "role")


def _role(role: ParticipantRole | str) -> ParticipantRole:
    try:
        return ParticipantRole(role)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{role}' is not a role in a meeting."), role=role
        ) from None


def _record(
    session: Session,
    participant: Participant,
    *,
    attended: bool | None = None,
    sent_apologies: bool | None = None,
    role: ParticipantRole | None = None,
) -> list[str]:
    """The one place a participant's attendance and role change, so every path
    (inviting, recording, ticking, choosing a role) keeps the rules: a person who
    came did not send apologies, and a meeting has one chair and one secretary
    (whoever held the role before becomes a participant). Returns the ids of the
    participants who lost their role."""
    if attended and sent_apologies:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A person who came did not send apologies."))
    if attended is not None:
        participant.attended = attended
        if attended:
            participant.sent_apologies = False
    if sent_apologies is not None:
        participant.sent_apologies = sent_apologies
        if sent_apologies:
            participant.attended = False
    demoted: list[str] = []
    if role is not None:
        if role != ParticipantRole.PARTICIPANT:
            holders = session.scalars(
                select(Participant).where(
                    Participant.meeting_id == participant.meeting_id,
                    Participant.role == role,
                    Participant.deleted.is_(False),
                    Participant.id != participant.id,
                )
            )
            for holder in holders:
                holder.role = ParticipantRole.PARTICIPANT
                demoted.append(holder.id)
        participant.role = role
    return demoted


def update_participant(store: Store, participant_id: str, **fields: Any) -> list[str]:
    """Change whether someone came, sent apologies, and their role, under the
    rules of `_record`. Returns the ids of the participants who lost their role."""
    check_fields(fields, PARTICIPANT_FIELDS)
    role = _role(fields["role"]) if "role" in fields else None
    with store.write() as session:
        participant = get_live(session, Participant, participant_id, NO_PARTICIPANT)
        editable_meeting(session, participant.meeting_id)
        return _record(
            session,
            participant,
            attended=fields.get("attended"),
            sent_apologies=fields.get("sent_apologies"),
            role=role,
        )


def set_participant_role(
    store: Store, participant_id: str, role: ParticipantRole | str
) -> list[str]:
    """Make someone chair, secretary or a participant. A meeting has one chair and
    one secretary: whoever held the role before becomes a participant. Returns the
    ids of the participants who lost the role."""
    return update_participant(store, participant_id, role=role)


def mark_attendance(
    store: Store,
    participant_id: str,
    *,
    attended: bool | None = None,
    sent_apologies: bool | None = None,
) -> None:
    """Tick who came or who sent apologies; one excludes the other."""
    update_participant(store, participant_id, attended=attended, sent_apologies=sent_apologies)
