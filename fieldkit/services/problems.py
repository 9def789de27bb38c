"""Community problems, the meetings where they came up, ideas and partners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from fieldkit.model import (
    Contact,
    Idea,
    Meeting,
    MeetingLink,
    Municipality,
    Organization,
    Problem,
    ProblemCategory,
    ProblemMeeting,
    ProblemPartner,
    ProblemStatus,
    Sector,
    derived_id,
    full_name,
)
from fieldkit.services.meetings import editable_meeting
from fieldkit.services.records import (
    EMPTY_IDEA,
    EMPTY_PROBLEM_TITLE,
    NO_CONTACT,
    NO_IDEA,
    NO_MEETING,
    NO_ORGANISATION,
    NO_PROBLEM,
    NO_PROBLEM_PARTNER,
    get_live,
    next_position,
    require_municipality,
    require_text,
    set_fields,
    tombstone,
)
from fieldkit.store import Store


@dataclass(frozen=True, slots=True)
class ProblemSummary:
    problem_id: str
    municipality_id: str
    municipality_name: str
    title: str
    category: ProblemCategory
    status: ProblemStatus
    votes: int
    created_at: dt.datetime


def list_problems(
    store: Store,
    *,
    municipality_id: str | None = None,
    category: ProblemCategory | None = None,
    status: ProblemStatus | None = None,
) -> list[ProblemSummary]:
    """Live problems, the most votes first, narrowed by any filter given."""
    query = (
        select(Problem, Municipality.name_lt)
        .join(Municipality, Municipality.id == Problem.municipality_id)
        .where(Problem.deleted.is_(False))
        .order_by(Problem.votes.desc(), Problem.title, Problem.id)
    )
    if municipality_id is not None:
        query = query.where(Problem.municipality_id == municipality_id)
    if category is not None:
        query = query.where(Problem.category == category)
    if status is not None:
        query = query.where(Problem.status == status)
    with store.read() as session:
        return [_summary(p, name) for p, name in session.execute(query)]


def _summary(problem: Problem, municipality_name: str) -> ProblemSummary:
    return ProblemSummary(
        problem.id,
        problem.municipality_id,
        municipality_name,
        problem.title,
        problem.category,
        problem.status,
        problem.votes,
        problem.created_at,
    )


@dataclass(frozen=True, slots=True)
class IdeaView:
    idea_id: str
    position: int
    text: str
    proposed_by: str  # the person's name, or ""


@dataclass(frozen=True, slots=True)
class PartnerView:
    """A possible partner organisation; `partner_id` is the link row's id."""

    partner_id: str
    organization_id: str
    name: str
    sector: Sector
    notes: str


@dataclass(frozen=True, slots=True)
class ProblemMeetingView:
    meeting_id: str
    title: str
    starts_at: dt.datetime
    link: MeetingLink


@dataclass(frozen=True, slots=True)
class ProblemDetail:
    summary: ProblemSummary
    description: str
    affected_groups: str
    raised_by_contact_id: str | None
    ideas: tuple[IdeaView, ...]
    partners: tuple[PartnerView, ...]
    # where it was raised or discussed, oldest first
    meetings: tuple[ProblemMeetingView, ...]


def get_problem(store: Store, problem_id: str) -> ProblemDetail:
    """Everything the problem editor shows, in one read."""
    with store.read() as session:
        p = get_live(session, Problem, problem_id, NO_PROBLEM)
        municipality = require_municipality(session, p.municipality_id)
        ideas = session.execute(
            select(Idea, Contact.first_name, Contact.last_name)
            .outerjoin(Contact, Contact.id == Idea.proposed_by_contact_id)
            .where(Idea.problem_id == problem_id, Idea.deleted.is_(False))
            .order_by(Idea.position, Idea.created_at, Idea.id)
        ).all()
        partners = session.execute(
            select(ProblemPartner, Organization.name, Organization.sector)
            .join(Organization, Organization.id == ProblemPartner.organization_id)
            .where(
                ProblemPartner.problem_id == problem_id,
                ProblemPartner.deleted.is_(False),
                Organization.deleted.is_(False),
            )
            .order_by(Organization.name, ProblemPartner.id)
        ).all()
        meetings = session.execute(
            select(ProblemMeeting.link, Meeting.id, Meeting.title, Meeting.starts_at)
            .join(Meeting, Meeting.id == ProblemMeeting.meeting_id)
            .where(
                ProblemMeeting.problem_id == problem_id,
                ProblemMeeting.deleted.is_(False),
                Meeting.deleted.is_(False),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        return ProblemDetail(
            summary=_summary(p, municipality.name_lt),
            description=p.description,
            affected_groups=p.affected_groups,
            raised_by_contact_id=p.raised_by_contact_id,
            ideas=tuple(
                IdeaView(i.id, i.position, i.text, full_name(first, last))
                for i, first, last in ideas
            ),
            partners=tuple(
                PartnerView(row.id, row.organization_id, name, sector, row.notes)
                for row, name, sector in partners
            ),
            meetings=tuple(
                ProblemMeetingView(m_id, title, starts_at, link)
                for link, m_id, title, starts_at in meetings
            ),
        )


PROBLEM_FIELDS = (
    "title",
    "description",
    "category",
    "affected_groups",
    "votes",
    "raised_by_contact_id",
    "status",
)


def create_problem(
    store: Store,
    *,
    municipality_id: str,
    title: str,
    category: ProblemCategory = ProblemCategory.OTHER,
    meeting_id: str | None = None,
    **fields: Any,
) -> str:
    """Record a problem; when raised in a meeting, link it there in the same step."""
    with store.write() as session:
        require_municipality(session, municipality_id)
        problem = Problem(
            municipality_id=municipality_id,
            title=require_text(title, EMPTY_PROBLEM_TITLE),
            category=category,
        )
        _check_fields(session, fields)
        set_fields(problem, fields, PROBLEM_FIELDS)
        session.add(problem)
        if meeting_id is not None:
            _link(session, problem, meeting_id, MeetingLink.RAISED)
        return problem.id


def _check_fields(session: Any, fields: dict[str, Any]) -> None:
    votes = fields.get("votes", 0)
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Votes must be a whole number, zero or more.")
        )
    if fields.get("raised_by_contact_id"):
        get_live(session, Contact, fields["raised_by_contact_id"], NO_CONTACT)


def update_problem(store: Store, problem_id: str, **fields: Any) -> None:
    with store.write() as session:
        problem = get_live(session, Problem, problem_id, NO_PROBLEM)
        if "title" in fields:
            fields["title"] = require_text(fields["title"], EMPTY_PROBLEM_TITLE)
        _check_fields(session, fields)
        set_fields(problem, fields, PROBLEM_FIELDS)


def delete_problem(store: Store, problem_id: str) -> None:
    with store.write() as session:
        tombstone(get_live(session, Problem, problem_id, NO_PROBLEM))


def _link(session: Any, problem: Problem, meeting_id: str, link: MeetingLink) -> str:
    meeting = get_live(session, Meeting, meeting_id, NO_MEETING)
    if meeting.municipality_id != problem.municipality_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The problem belongs to another municipality than the meeting."
            )
        )
    link_id = derived_id("problem_meeting", problem.id, meeting_id)
    row = session.get(ProblemMeeting, link_id)
    if row is None:
        session.add(
            ProblemMeeting(id=link_id, problem_id=problem.id, meeting_id=meeting_id, link=link)
        )
    else:
        row.deleted = False
    return link_id


def link_problem_to_meeting(
    store: Store, problem_id: str, meeting_id: str, link: MeetingLink = MeetingLink.DISCUSSED
) -> str:
    with store.write() as session:
        return _link(session, get_live(session, Problem, problem_id, NO_PROBLEM), meeting_id, link)


def add_idea(
    store: Store, problem_id: str, text: str, proposed_by_contact_id: str | None = None
) -> str:
    with store.write() as session:
        get_live(session, Problem, problem_id, NO_PROBLEM)
        if proposed_by_contact_id is not None:
            get_live(session, Contact, proposed_by_contact_id, NO_CONTACT)
        position = next_position(session, Idea.problem_id, problem_id)
        idea = Idea(
            problem_id=problem_id,
            position=position,
            text=require_text(text, EMPTY_IDEA),
            proposed_by_contact_id=proposed_by_contact_id,
        )
        session.add(idea)
        return idea.id


def update_idea(store: Store, idea_id: str, text: str) -> None:
    with store.write() as session:
        get_live(session, Idea, idea_id, NO_IDEA).text = require_text(text, EMPTY_IDEA)


def remove_idea(store: Store, idea_id: str) -> None:
    with store.write() as session:
        tombstone(get_live(session, Idea, idea_id, NO_IDEA))


def add_partner(store: Store, problem_id: str, organization_id: str, notes: str = "") -> str:
    with store.write() as session:
        get_live(session, Problem, problem_id, NO_PROBLEM)
        get_live(session, Organization, organization_id, NO_ORGANISATION)
        partner_id = derived_id("problem_partner", problem_id, organization_id)
        row = session.get(ProblemPartner, partner_id)
        if row is None:
            session.add(
                ProblemPartner(
                    id=partner_id,
                    problem_id=problem_id,
                    organization_id=organization_id,
                    notes=notes,
                )
            )
        else:
            row.deleted = False
            row.notes = notes
        return partner_id


def remove_partner(store: Store, partner_id: str) -> None:
    """Unlink a possible partner (the organisation itself stays)."""
    with store.write() as session:
        tombstone(get_live(session, ProblemPartner, partner_id, NO_PROBLEM_PARTNER))


@dataclass(frozen=True, slots=True)
class MeetingProblem:
    """A problem as the meeting's "problems raised" list shows it."""

    problem_id: str
    title: str
    description: str
    category: ProblemCategory
    affected_groups: str
    votes: int
    status: ProblemStatus
    link: MeetingLink
    raised_by: str  # the person's name, or ""


def problems_of_meeting(store: Store, meeting_id: str) -> list[MeetingProblem]:
    """The live problems raised or discussed at a meeting, in the order they were
    linked (the order they came up in the room, which the minutes keep)."""
    with store.read() as session:
        get_live(session, Meeting, meeting_id, NO_MEETING)
        rows = session.execute(
            select(Problem, ProblemMeeting.link, Contact.first_name, Contact.last_name)
            .join(ProblemMeeting, ProblemMeeting.problem_id == Problem.id)
            .outerjoin(Contact, Contact.id == Problem.raised_by_contact_id)
            .where(
                ProblemMeeting.meeting_id == meeting_id,
                ProblemMeeting.deleted.is_(False),
                Problem.deleted.is_(False),
            )
            .order_by(ProblemMeeting.created_at, ProblemMeeting.id)
        ).all()
        return [
            MeetingProblem(
                p.id,
                p.title,
                p.description,
                p.category,
                p.affected_groups,
                p.votes,
                p.status,
                link,
                full_name(first, last),
            )
            for p, link, first, last in rows
        ]


def linkable_problems(store: Store, meeting_id: str) -> list[ProblemSummary]:
    """Problems already known in the meeting's municipality that are not yet linked
    to it: the choices for "this came up again here"."""
    with store.read() as session:
        meeting = get_live(session, Meeting, meeting_id, NO_MEETING)
        municipality_id = meeting.municipality_id
        linked = set(
            session.scalars(
                select(ProblemMeeting.problem_id).where(
                    ProblemMeeting.meeting_id == meeting_id, ProblemMeeting.deleted.is_(False)
                )
            )
        )
    return [
        p
        for p in list_problems(store, municipality_id=municipality_id)
        if p.problem_id not in linked
    ]


def unlink_problem_from_meeting(store: Store, problem_id: str, meeting_id: str) -> None:
    """The problem did not come up at this meeting after all: the link is
    tombstoned, the problem itself stays known in its municipality."""
    with store.write() as session:
        editable_meeting(session, meeting_id)
        row = session.get(ProblemMeeting, derived_id("problem_meeting", problem_id, meeting_id))
        if row is None or row.deleted:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "That problem is not linked to this meeting.")
            )
        tombstone(row)
