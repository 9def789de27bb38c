"""The programme at a glance: for each of the 60 municipalities, how far the work
has gone (visits, meetings, problems by category, partners by sector, open action
items), and one municipality's detail.

Each figure comes from one GROUP BY query over the whole table, never a query per
municipality, so the overview stays a few milliseconds on the largest database.
"Partners" are the organisations recorded in the municipality.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from fieldkit.model import (
    ActionItem,
    Contact,
    County,
    Meeting,
    Municipality,
    Organization,
    Problem,
    ProblemCategory,
    Sector,
    Visit,
    VisitStatus,
    full_name,
)
from fieldkit.model.collation import lithuanian_order
from fieldkit.services.records import require_municipality
from fieldkit.store import Store


@dataclass(frozen=True, slots=True)
class MunicipalityFigures:
    municipality_id: str
    name: str
    short_name: str  # "Akmenės r. sav.", for narrow columns
    county_name: str
    visits_done: int = 0
    last_visit: dt.date | None = None
    next_visit: dt.date | None = None
    last_meeting: dt.datetime | None = None
    open_action_items: int = 0
    overdue_action_items: int = 0
    #: every category, in the enum's order, zeros included
    problems_by_category: dict[ProblemCategory, int] = field(default_factory=dict)
    #: every sector, in the enum's order, zeros included
    partners_by_sector: dict[Sector, int] = field(default_factory=dict)

    @property
    def problems_total(self) -> int:
        return sum(self.problems_by_category.values())

    @property
    def partners_total(self) -> int:
        return sum(self.partners_by_sector.values())


@dataclass(frozen=True, slots=True)
class Overview:
    municipalities: tuple[MunicipalityFigures, ...]

    @property
    def problems_by_category(self) -> dict[ProblemCategory, int]:
        """All municipalities together."""
        totals = dict.fromkeys(ProblemCategory, 0)
        for figures in self.municipalities:
            for category, count in figures.problems_by_category.items():
                totals[category] += count
        return totals

    def figures(self, municipality_id: str) -> MunicipalityFigures:
        return next(m for m in self.municipalities if m.municipality_id == municipality_id)


@dataclass(frozen=True, slots=True)
class OpenActionItem:
    action_item_id: str
    meeting_id: str
    meeting_title: str
    meeting_starts_at: dt.datetime
    text: str
    owner: str
    due_on: dt.date | None


@dataclass(frozen=True, slots=True)
class MunicipalityDetail:
    figures: MunicipalityFigures
    #: oldest due date first, items without a due date last
    open_action_items: tuple[OpenActionItem, ...]


def municipality_overview(store: Store, *, today: dt.date | None = None) -> Overview:
    """Figures for all 60 municipalities in Lithuanian alphabetical order. `today`
    separates the last visit and meeting from planned ones (the demo has its own)."""
    today = today or dt.date.today()
    with store.read() as session:
        return Overview(tuple(_figures(session, today, None)))


def municipality_detail(
    store: Store, municipality_id: str, *, today: dt.date | None = None
) -> MunicipalityDetail:
    today = today or dt.date.today()
    with store.read() as session:
        require_municipality(session, municipality_id)
        (figures,) = _figures(session, today, municipality_id)
        return MunicipalityDetail(figures, tuple(_open_actions(session, municipality_id)))


def _figures(session: Session, today: dt.date, only: str | None) -> list[MunicipalityFigures]:
    def narrowed(query, column):  # type: ignore[no-untyped-def]
        return query if only is None else query.where(column == only)

    municipalities = session.execute(
        narrowed(
            select(
                Municipality.id, Municipality.name_lt, Municipality.short_lt, County.name_lt
            ).join(County, County.id == Municipality.county_id),
            Municipality.id,
        )
    ).all()
    municipalities.sort(key=lambda row: lithuanian_order(row[1]))

    done = Visit.status == VisitStatus.DONE
    visits = {
        row[0]: row[1:]
        for row in session.execute(
            narrowed(
                select(
                    Visit.municipality_id,
                    func.count().filter(done),
                    func.max(Visit.visit_date).filter(and_(done, Visit.visit_date <= today)),
                    func.min(Visit.visit_date).filter(
                        and_(Visit.status == VisitStatus.PLANNED, Visit.visit_date >= today)
                    ),
                )
                .where(Visit.deleted.is_(False))
                .group_by(Visit.municipality_id),
                Visit.municipality_id,
            )
        )
    }
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    last_meetings = dict(
        session.execute(
            narrowed(
                select(Meeting.municipality_id, func.max(Meeting.starts_at))
                .where(Meeting.deleted.is_(False), Meeting.starts_at < tomorrow)
                .group_by(Meeting.municipality_id),
                Meeting.municipality_id,
            )
        ).all()
    )
    actions = {
        row[0]: row[1:]
        for row in session.execute(
            narrowed(
                select(
                    Meeting.municipality_id,
                    func.count(),
                    func.sum(case((ActionItem.due_on < today, 1), else_=0)),
                )
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    ActionItem.deleted.is_(False),
                    ActionItem.done.is_(False),
                    Meeting.deleted.is_(False),
                )
                .group_by(Meeting.municipality_id),
                Meeting.municipality_id,
            )
        )
    }
    problems: dict[str, dict[ProblemCategory, int]] = defaultdict(dict)
    for m_id, category, count in session.execute(
        narrowed(
            select(Problem.municipality_id, Problem.category, func.count())
            .where(Problem.deleted.is_(False))
            .group_by(Problem.municipality_id, Problem.category),
            Problem.municipality_id,
        )
    ):
        problems[m_id][category] = count
    partners: dict[str, dict[Sector, int]] = defaultdict(dict)
    for m_id, sector, count in session.execute(
        narrowed(
            select(Organization.municipality_id, Organization.sector, func.count())
            .where(Organization.deleted.is_(False), Organization.municipality_id.is_not(None))
            .group_by(Organization.municipality_id, Organization.sector),
            Organization.municipality_id,
        )
    ):
        partners[m_id][sector] = count

    result = []
    for m_id, name, short_name, county in municipalities:
        visits_done, last_visit, next_visit = visits.get(m_id, (0, None, None))
        open_actions, overdue = actions.get(m_id, (0, 0))
        result.append(
            MunicipalityFigures(
                municipality_id=m_id,
                name=name,
                short_name=short_name,
                county_name=county,
                visits_done=visits_done,
                last_visit=last_visit,
                next_visit=next_visit,
                last_meeting=last_meetings.get(m_id),
                open_action_items=open_actions,
                overdue_action_items=overdue or 0,
                problems_by_category={c: problems[m_id].get(c, 0) for c in ProblemCategory},
                partners_by_sector={s: partners[m_id].get(s, 0) for s in Sector},
            )
        )
    return result


def _open_actions(session: Session, municipality_id: str) -> list[OpenActionItem]:
    rows = session.execute(
        select(ActionItem, Meeting.title, Meeting.starts_at, Contact.first_name, Contact.last_name)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Contact, Contact.id == ActionItem.owner_contact_id)
        .where(
            Meeting.municipality_id == municipality_id,
            Meeting.deleted.is_(False),
            ActionItem.deleted.is_(False),
            ActionItem.done.is_(False),
        )
        .order_by(
            ActionItem.due_on.is_(None),
            ActionItem.due_on,
            Meeting.starts_at,
            ActionItem.position,
        )
    )
    return [
        OpenActionItem(
            action_item_id=item.id,
            meeting_id=item.meeting_id,
            meeting_title=title,
            meeting_starts_at=starts_at,
            text=item.text,
            owner=full_name(first, last) or item.owner_name,
            due_on=item.due_on,
        )
        for item, title, starts_at, first, last in rows
    ]
