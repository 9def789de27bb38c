"""Community problems, the meetings where they came up, ideas and partners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from fieldkit.errors import InvalidInput
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
    derived_id,
)
from fieldkit.services.records import (
    get_live,
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
        return [
            ProblemSummary(
                p.id,
                p.municipality_id,
                name,
                p.title,
                p.category,
                p.status,
                p.votes,
                p.created_at,
            )
            for p, name in session.execute(query)
        ]


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
            title=require_text(title, "problem title"),
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
        raise InvalidInput("Votes must be a whole number, zero or more.")
    if fields.get("raised_by_contact_id"):
        get_live(session, Contact, fields["raised_by_contact_id"], "contact")


def update_problem(store: Store, problem_id: str, **fields: Any) -> None:
    with store.write() as session:
        problem = get_live(session, Problem, problem_id, "problem")
        if "title" in fields:
            fields["title"] = require_text(fields["title"], "problem title")
        _check_fields(session, fields)
        set_fields(problem, fields, PROBLEM_FIELDS)


def delete_problem(store: Store, problem_id: str) -> None:
    with store.write() as session:
        tombstone(get_live(session, Problem, problem_id, "problem"))


def _link(session: Any, problem: Problem, meeting_id: str, link: MeetingLink) -> str:
    meeting = get_live(session, Meeting, meeting_id, "meeting")
    if meeting.municipality_id != problem.municipality_id:
        raise InvalidInput("The problem belongs to another municipality than the meeting.")
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
        return _link(session, get_live(session, Problem, problem_id, "problem"), meeting_id, link)


def add_idea(
    store: Store, problem_id: str, text: str, proposed_by_contact_id: str | None = None
) -> str:
    with store.write() as session:
        get_live(session, Problem, problem_id, "problem")
        if proposed_by_contact_id is not None:
            get_live(session, Contact, proposed_by_contact_id, "contact")
        position = session.scalar(
            select(func.count()).select_from(Idea).where(Idea.problem_id == problem_id)
        )
        idea = Idea(
            problem_id=problem_id,
            position=position,
            text=require_text(text, "idea"),
            proposed_by_contact_id=proposed_by_contact_id,
        )
        session.add(idea)
        return idea.id


def add_partner(store: Store, problem_id: str, organization_id: str, notes: str = "") -> str:
    with store.write() as session:
        get_live(session, Problem, problem_id, "problem")
        get_live(session, Organization, organization_id, "organisation")
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
