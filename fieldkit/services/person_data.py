"""Everything this database holds on one person, gathered for them to see
(GDPR Art. 15): the contact row, their organisation, the meetings they were in,
the action items they own, the problems they raised and the ideas they proposed,
the history of their record (with the values merges kept) and conflicts about it.
Written as JSON (fieldkit.io.person_json) or printed (fieldkit.reports.person)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from fieldkit.errors import NotFound
from fieldkit.model import (
    ActionItem,
    Conflict,
    Contact,
    Idea,
    Meeting,
    Municipality,
    Organization,
    Participant,
    ParticipantRole,
    Problem,
    full_name,
    utc_now,
)
from fieldkit.model.values import to_json_value
from fieldkit.services.merging import HistoryEntry, history_in
from fieldkit.services.records import NO_CONTACT
from fieldkit.store import Store


@dataclass(frozen=True, slots=True)
class PersonMeeting:
    meeting_id: str
    starts_at: dt.datetime
    title: str
    municipality: str
    attended: bool
    sent_apologies: bool
    role: ParticipantRole


@dataclass(frozen=True, slots=True)
class PersonAction:
    action_item_id: str
    meeting_title: str
    text: str
    due_on: dt.date | None
    done: bool


@dataclass(frozen=True, slots=True)
class PersonProblem:
    problem_id: str
    title: str
    how: str  # "raised" or "idea"
    text: str  # the idea's text, or "" for a problem raised


@dataclass(frozen=True, slots=True)
class PersonReport:
    """Everything this database holds on one person (GDPR Art. 15): the contact
    row, their organisation, the meetings they were in, what they own, raised or
    proposed, the history of their record and the values kept from merges."""

    generated_at: dt.datetime
    contact: dict[str, Any]
    organization: str
    municipality: str
    meetings: tuple[PersonMeeting, ...]
    action_items: tuple[PersonAction, ...]
    problems: tuple[PersonProblem, ...]
    history: tuple[HistoryEntry, ...]
    conflicts: tuple[dict[str, Any], ...] = field(default=())

    @property
    def full_name(self) -> str:
        return full_name(self.contact.get("first_name"), self.contact.get("last_name"))

    @property
    def erased(self) -> bool:
        return self.contact.get("erased_at") is not None

    def as_json(self) -> dict[str, Any]:
        """The report as plain JSON values (dates as ISO text)."""

        def plain(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            if isinstance(value, StrEnum):
                return value.value
            return value

        return {
            "format": "fieldkit-person-report",
            "version": 1,
            **plain(
                {
                    "generated_at": self.generated_at,
                    "contact": self.contact,
                    "organization": self.organization,
                    "municipality": self.municipality,
                    "meetings": [asdict(m) for m in self.meetings],
                    "action_items": [asdict(a) for a in self.action_items],
                    "problems": [asdict(p) for p in self.problems],
                    "history": [asdict(h) for h in self.history],
                    "conflicts": list(self.conflicts),
                }
            ),
        }


def _row_values(record: Any) -> dict[str, Any]:
    table = type(record).__table__
    return {
        column.key: to_json_value(column, getattr(record, column.key)) for column in table.columns
    }


def person_report(store: Store, contact_id: str) -> PersonReport:
    """Everything held on the person, a deleted (not yet erased) one included:
    deleting hides a person from lists but keeps the data."""
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(NO_CONTACT, record_id=contact_id)
        organization = session.get(Organization, contact.organization_id or "")
        municipality = session.get(Municipality, contact.municipality_id or "")
        meetings = session.execute(
            select(Participant, Meeting, Municipality.name_lt)
            .join(Meeting, Meeting.id == Participant.meeting_id)
            .join(Municipality, Municipality.id == Meeting.municipality_id)
            .where(
                Participant.contact_id == contact_id,
                Participant.deleted.is_(False),
                Meeting.deleted.is_(False),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        actions = session.execute(
            select(ActionItem, Meeting.title)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(ActionItem.owner_contact_id == contact_id, ActionItem.deleted.is_(False))
            .order_by(Meeting.starts_at, ActionItem.position)
        ).all()
        raised = session.scalars(
            select(Problem)
            .where(Problem.raised_by_contact_id == contact_id, Problem.deleted.is_(False))
            .order_by(Problem.title)
        ).all()
        ideas = session.execute(
            select(Idea, Problem.title)
            .join(Problem, Problem.id == Idea.problem_id)
            .where(Idea.proposed_by_contact_id == contact_id, Idea.deleted.is_(False))
            .order_by(Problem.title, Idea.position)
        ).all()
        conflicts = session.scalars(
            select(Conflict).where(Conflict.table_name == "contact", Conflict.row_id == contact_id)
        ).all()
        return PersonReport(
            generated_at=utc_now(),
            contact=_row_values(contact),
            organization=organization.name if organization is not None else "",
            municipality=municipality.name_lt if municipality is not None else "",
            meetings=tuple(
                PersonMeeting(
                    m.id, m.starts_at, m.title, name, p.attended, p.sent_apologies, p.role
                )
                for p, m, name in meetings
            ),
            action_items=tuple(
                PersonAction(a.id, title, a.text, a.due_on, a.done) for a, title in actions
            ),
            problems=tuple(
                [PersonProblem(p.id, p.title, "raised", "") for p in raised]
                + [PersonProblem(i.problem_id, title, "idea", i.text) for i, title in ideas]
            ),
            history=tuple(history_in(session, "contact", contact_id)),
            conflicts=tuple(
                {
                    "field": c.field,
                    "losing_value": json.loads(c.losing_value),
                    "recorded_at": c.recorded_at.isoformat(),
                }
                for c in conflicts
            ),
        )
