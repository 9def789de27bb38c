"""The programme at a glance: each municipality's figures count what a coordinator
would count by hand (live rows only, done visits, past meetings, open actions)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import pytest

from fieldkit.errors import NotFound
from fieldkit.model import ProblemCategory, Sector, Visit, VisitStatus
from fieldkit.services import meetings, minutes, overview, partners, problems
from fieldkit.store import Store
from fieldkit.store.reference import central_library_id

TODAY = dt.date(2026, 6, 15)


def _visit(store: Store, municipality_id: str, day: dt.date, status: VisitStatus) -> str:
    with store.write() as session:
        visit = Visit(municipality_id=municipality_id, visit_date=day, status=status)
        session.add(visit)
        return visit.id


def _meeting(store: Store, municipality_id: str, starts_at: dt.datetime) -> str:
    return meetings.create_meeting(
        store,
        municipality_id=municipality_id,
        library_id=central_library_id(municipality_id),
        title="Diskusija",
        starts_at=starts_at,
    )


def test_an_empty_database_lists_all_sixty_in_lithuanian_order(store: Store) -> None:
    result = overview.municipality_overview(store, today=TODAY)
    names = [m.name for m in result.municipalities]
    assert len(names) == 60
    # Š comes after S and before T, as in the Lithuanian alphabet (not after Z)
    s_index = max(i for i, name in enumerate(names) if name.startswith("S"))
    sh_index = min(i for i, name in enumerate(names) if name.startswith("Š"))
    t_index = min(i for i, name in enumerate(names) if name.startswith("T"))
    assert s_index < sh_index < t_index
    first = result.municipalities[0]
    assert first.short_name.endswith("sav.")
    assert first.county_name.endswith("apskritis")
    assert (first.visits_done, first.last_visit, first.last_meeting) == (0, None, None)
    assert first.problems_total == first.partners_total == first.open_action_items == 0
    assert list(first.problems_by_category) == list(ProblemCategory)
    assert list(first.partners_by_sector) == list(Sector)
    assert sum(result.problems_by_category.values()) == 0


def test_visits_and_meetings_count_what_has_happened(store: Store) -> None:
    _visit(store, "birzu-r", dt.date(2026, 3, 1), VisitStatus.DONE)
    _visit(store, "birzu-r", dt.date(2026, 5, 20), VisitStatus.DONE)
    _visit(store, "birzu-r", dt.date(2026, 4, 1), VisitStatus.CANCELLED)
    _visit(store, "birzu-r", dt.date(2026, 7, 2), VisitStatus.PLANNED)
    _visit(store, "birzu-r", dt.date(2026, 9, 9), VisitStatus.PLANNED)
    deleted = _visit(store, "birzu-r", dt.date(2026, 6, 1), VisitStatus.DONE)
    with store.write() as session:
        session.get(Visit, deleted).deleted = True
    _meeting(store, "birzu-r", dt.datetime(2026, 5, 20, 10))
    _meeting(store, "birzu-r", dt.datetime(2026, 7, 2, 10))  # planned, not yet held
    gone = _meeting(store, "birzu-r", dt.datetime(2026, 6, 1, 10))
    meetings.delete_meeting(store, gone)

    figures = overview.municipality_overview(store, today=TODAY).figures("birzu-r")
    assert figures.visits_done == 2
    assert figures.last_visit == dt.date(2026, 5, 20)
    assert figures.next_visit == dt.date(2026, 7, 2)
    assert figures.last_meeting == dt.datetime(2026, 5, 20, 10)
    other = overview.municipality_overview(store, today=TODAY).figures("akmenes-r")
    assert (other.visits_done, other.last_visit, other.next_visit) == (0, None, None)


def test_problems_partners_and_open_actions_are_counted_per_municipality(store: Store) -> None:
    for category in (
        ProblemCategory.TRANSPORT,
        ProblemCategory.TRANSPORT,
        ProblemCategory.EMIGRATION,
    ):
        problems.create_problem(store, municipality_id="birzu-r", title="P", category=category)
    dropped = problems.create_problem(store, municipality_id="birzu-r", title="Ištrinta")
    problems.delete_problem(store, dropped)
    problems.create_problem(store, municipality_id="akmenes-r", title="Kita")
    partners.create_organization(
        store, name="Biržų verslas", sector=Sector.BUSINESS, municipality_id="birzu-r"
    )
    partners.create_organization(
        store, name="Biržų NVO", sector=Sector.NGO, municipality_id="birzu-r"
    )
    partners.create_organization(store, name="Be savivaldybės", sector=Sector.NGO)
    meeting_id = _meeting(store, "birzu-r", dt.datetime(2026, 5, 20, 10))
    minutes.add_action_item(store, meeting_id, "Vėluoja", due_on=dt.date(2026, 6, 1))
    minutes.add_action_item(store, meeting_id, "Dar laiko yra", due_on=dt.date(2026, 7, 1))
    minutes.add_action_item(store, meeting_id, "Be termino")
    done = minutes.add_action_item(store, meeting_id, "Atlikta", due_on=dt.date(2026, 1, 1))
    minutes.update_action_item(store, done, done=True)

    result = overview.municipality_overview(store, today=TODAY)
    birzai = result.figures("birzu-r")
    assert birzai.problems_by_category[ProblemCategory.TRANSPORT] == 2
    assert birzai.problems_by_category[ProblemCategory.EMIGRATION] == 1
    assert birzai.problems_total == 3
    assert birzai.partners_by_sector[Sector.BUSINESS] == 1
    assert birzai.partners_by_sector[Sector.NGO] == 1
    assert birzai.partners_total == 2
    assert (birzai.open_action_items, birzai.overdue_action_items) == (3, 1)
    assert result.problems_by_category[ProblemCategory.OTHER] == 1  # Akmenė's
    assert sum(result.problems_by_category.values()) == 4

    detail = overview.municipality_detail(store, "birzu-r", today=TODAY)
    assert detail.figures == birzai
    assert [a.text for a in detail.open_action_items] == ["Vėluoja", "Dar laiko yra", "Be termino"]
    assert {a.meeting_id for a in detail.open_action_items} == {meeting_id}

    meetings.delete_meeting(store, meeting_id)  # a deleted meeting's actions are not open
    assert overview.municipality_detail(store, "birzu-r", today=TODAY).open_action_items == ()


def test_the_owner_of_an_action_is_the_contact_or_the_name_typed(store: Store) -> None:
    meeting_id = _meeting(store, "birzu-r", dt.datetime(2026, 5, 20, 10))
    contact_id = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    minutes.add_action_item(store, meeting_id, "Su kontaktu", owner_contact_id=contact_id)
    minutes.add_action_item(store, meeting_id, "Su vardu", owner_name="Seniūnas")
    detail = overview.municipality_detail(store, "birzu-r", today=TODAY)
    assert {a.text: a.owner for a in detail.open_action_items} == {
        "Su kontaktu": "Aušra Kęstutienė",
        "Su vardu": "Seniūnas",
    }


def test_an_unknown_municipality_is_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        overview.municipality_detail(store, "nera")


def test_the_overview_agrees_with_plain_sql_on_the_demo_data(demo_store: Store) -> None:
    today = dt.date(2026, 11, 1)
    result = overview.municipality_overview(demo_store, today=today)
    with contextlib.closing(sqlite3.connect(demo_store.path)) as db:
        problems_by = dict(
            db.execute(
                "SELECT municipality_id, count(*) FROM problem WHERE deleted = 0 GROUP BY 1"
            ).fetchall()
        )
        partners_by = dict(
            db.execute(
                "SELECT municipality_id, count(*) FROM organization WHERE deleted = 0 "
                "AND municipality_id IS NOT NULL GROUP BY 1"
            ).fetchall()
        )
        visits_by = dict(
            db.execute(
                "SELECT municipality_id, count(*) FROM visit WHERE deleted = 0 "
                "AND status = 'done' GROUP BY 1"
            ).fetchall()
        )
        open_by = dict(
            db.execute(
                "SELECT m.municipality_id, count(*) FROM action_item a "
                "JOIN meeting m ON m.id = a.meeting_id "
                "WHERE a.deleted = 0 AND m.deleted = 0 AND a.done = 0 GROUP BY 1"
            ).fetchall()
        )
    assert sum(problems_by.values()) > 0 and sum(open_by.values()) > 0
    for figures in result.municipalities:
        m_id = figures.municipality_id
        assert figures.problems_total == problems_by.get(m_id, 0)
        assert figures.partners_total == partners_by.get(m_id, 0)
        assert figures.visits_done == visits_by.get(m_id, 0)
        assert figures.open_action_items == open_by.get(m_id, 0)
    busiest = max(result.municipalities, key=lambda m: m.open_action_items)
    detail = overview.municipality_detail(demo_store, busiest.municipality_id, today=today)
    assert len(detail.open_action_items) == busiest.open_action_items
    dues = [a.due_on for a in detail.open_action_items if a.due_on is not None]
    assert dues == sorted(dues)
