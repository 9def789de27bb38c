"""Demo data is what a trainer shows and what the benchmarks run on: it must look
like the programme's real work, cover the whole country, and come out the same
every time."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import distinct, func, select

from fieldkit.errors import InvalidInput
from fieldkit.io.json_export import write_json
from fieldkit.model import (
    ActionItem,
    AgendaItem,
    Contact,
    Idea,
    Library,
    LibraryKind,
    Meeting,
    MeetingLink,
    MeetingStatus,
    Municipality,
    Organization,
    Participant,
    Problem,
    ProblemMeeting,
    Sector,
    Visit,
)
from fieldkit.services.calendar_lt import easter_sunday, public_holidays
from fieldkit.services.demo import DEMO_TODAY, generate_demo
from fieldkit.services.demo_vocabulary import TOWN_GENITIVES
from fieldkit.store import Store, open_store
from tests.conftest import DEMO_SIZE

LITHUANIAN_LETTERS = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")


def count(store: Store, column: object) -> int:
    with store.read() as session:
        return session.scalar(select(func.count(distinct(column))))


def test_demo_covers_the_whole_country_and_every_sector(demo_store: Store) -> None:
    assert count(demo_store, Library.municipality_id) == 60
    # meetings are spread over the country, not piled into one district
    assert count(demo_store, Meeting.municipality_id) == min(60, count(demo_store, Meeting.id))
    with demo_store.read() as session:
        sectors = set(session.scalars(select(Organization.sector).distinct()))
    assert sectors == set(Sector)


def test_demo_holds_every_kind_of_record(demo_store: Store) -> None:
    for cls in (
        Visit,
        Meeting,
        AgendaItem,
        Participant,
        ActionItem,
        Problem,
        ProblemMeeting,
        Idea,
        Contact,
    ):
        assert count(demo_store, cls.id) > 0, cls.__tablename__


def test_demo_speaks_lithuanian(demo_store: Store) -> None:
    with demo_store.read() as session:
        names = session.execute(select(Contact.first_name, Contact.last_name)).all()
        notes = session.scalars(select(AgendaItem.notes).where(AgendaItem.notes != "")).all()
        categories = set(session.scalars(select(Problem.category).distinct()))
    with_letters = [n for n in names if LITHUANIAN_LETTERS & set(n[0] + n[1])]
    assert len(with_letters) > len(names) / 10
    assert any(LITHUANIAN_LETTERS & set(note) for note in notes)
    assert len(categories) >= 6


def test_demo_is_deterministic(tmp_path: Path, demo_store: Store) -> None:
    """Same seed and size: byte-identical exports, however often it is generated."""
    with open_store(tmp_path / "again.sqlite") as again:
        generate_demo(again, size=DEMO_SIZE)
        first, second = io.StringIO(), io.StringIO()
        write_json(demo_store, first)
        write_json(again, second)
    assert first.getvalue() == second.getvalue()


def test_size_scales_the_data(tmp_path: Path) -> None:
    with open_store(tmp_path / "small.sqlite") as small:
        report_small = generate_demo(small, size=300)
    with open_store(tmp_path / "large.sqlite") as large:
        report_large = generate_demo(large, size=3000)
    assert 200 <= report_small.total_rows <= 450
    assert 2500 <= report_large.total_rows <= 3500
    assert report_large.meetings > 5 * report_small.meetings


def test_demo_goes_only_into_an_empty_database(demo_store: Store) -> None:
    with pytest.raises(InvalidInput, match="already holds data"):
        generate_demo(demo_store, size=100)


@pytest.mark.parametrize("size", [0, -5])
def test_demo_size_must_be_positive(store: Store, size: int) -> None:
    with pytest.raises(InvalidInput, match="positive"):
        generate_demo(store, size=size)


# --- as a Lithuanian coordinator would see it ---------------------------------------

REALISM_SIZE = 12_000  # a few meetings and branches in every municipality

#: Lithuania's public holidays in the demo's years, written out by hand (Easter
#: Sunday and Monday: 20-21 April 2025, 5-6 April 2026).
HOLIDAYS = {
    dt.date(year, month, day)
    for year in (2025, 2026, 2027)
    for month, day in (
        (1, 1),
        (2, 16),
        (3, 11),
        (5, 1),
        (6, 24),
        (7, 6),
        (8, 15),
        (11, 1),
        (11, 2),
        (12, 24),
        (12, 25),
        (12, 26),
    )
} | {dt.date(2025, 4, 20), dt.date(2025, 4, 21), dt.date(2026, 4, 5), dt.date(2026, 4, 6)}


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("realistic-demo") / "demo.sqlite"
    with open_store(path) as store:
        generate_demo(store, size=REALISM_SIZE)
        yield store


def test_the_holiday_calendar() -> None:
    assert easter_sunday(2025) == dt.date(2025, 4, 20)
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2027) == dt.date(2027, 3, 28)
    assert public_holidays(2026) == {day for day in HOLIDAYS if day.year == 2026}


def test_meetings_are_held_on_working_days(realistic: Store) -> None:
    with realistic.read() as session:
        days = session.execute(
            select(Meeting.starts_at, Visit.visit_date).join(Visit, Visit.id == Meeting.visit_id)
        ).all()
    assert len(days) > 200
    for starts_at, visit_date in days:
        assert starts_at.date() == visit_date
        assert starts_at.weekday() < 5, starts_at
        assert starts_at.date() not in HOLIDAYS, starts_at
        assert 8 <= starts_at.hour <= 15


def test_minutes_are_numbered_in_date_order(realistic: Store) -> None:
    with realistic.read() as session:
        finals = session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.FINAL)).all()
        drafts = session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.DRAFT)).all()
        by_place: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in finals:
            by_place[meeting.municipality_id].append(meeting)
        assert max(len(meetings) for meetings in by_place.values()) >= 3
        for meetings in by_place.values():
            meetings.sort(key=lambda meeting: meeting.starts_at)
            assert [m.number for m in meetings] == list(range(1, len(meetings) + 1))
        for meeting in finals:
            assert meeting.starts_at.date() < DEMO_TODAY
            assert meeting.finalised_at is not None
            assert meeting.finalised_at.date() < DEMO_TODAY
            assert meeting.finalised_at.date() >= meeting.starts_at.date()
            assert meeting.updated_at >= meeting.finalised_at >= meeting.created_at
        assert all(m.number is None and m.finalised_at is None for m in drafts)


def test_problems_are_raised_at_meetings_already_held(realistic: Store) -> None:
    with realistic.read() as session:
        links = session.execute(
            select(Problem, Meeting)
            .join(ProblemMeeting, ProblemMeeting.problem_id == Problem.id)
            .join(Meeting, Meeting.id == ProblemMeeting.meeting_id)
            .where(ProblemMeeting.link == MeetingLink.RAISED)
        ).all()
        assert len(links) > 100
        for problem, meeting in links:
            assert meeting.starts_at.date() < DEMO_TODAY
            assert problem.created_at.date() == meeting.starts_at.date()
            assert problem.created_at >= meeting.created_at
            assert problem.municipality_id == meeting.municipality_id


def test_records_are_created_after_what_they_refer_to(realistic: Store) -> None:
    with realistic.read() as session:
        participants = session.execute(
            select(Participant.created_at, Contact.created_at, Meeting.created_at)
            .join(Contact, Contact.id == Participant.contact_id)
            .join(Meeting, Meeting.id == Participant.meeting_id)
        ).all()
        contacts = session.execute(
            select(Contact.created_at, Organization.created_at).join(
                Organization, Organization.id == Contact.organization_id
            )
        ).all()
        everything = [
            (row.created_at, row.updated_at)
            for cls in (Contact, Meeting, Participant, AgendaItem, Problem, Visit)
            for row in session.scalars(select(cls))
        ]
    assert len(participants) > 1000
    for participant, contact, meeting in participants:
        assert participant >= contact
        assert participant >= meeting
    assert all(contact >= organization for contact, organization in contacts)
    today = dt.datetime.combine(DEMO_TODAY, dt.time(), tzinfo=dt.UTC)
    assert all(created <= updated <= today for created, updated in everything)


def test_every_contact_has_a_legal_basis(realistic: Store) -> None:
    with realistic.read() as session:
        contacts = session.scalars(select(Contact)).all()
        bases = Counter(contact.legal_basis for contact in contacts)
        assert set(bases) == {"sutikimas", "teisėtas interesas"}
        for contact in contacts:
            if contact.legal_basis == "sutikimas":
                assert contact.consent_given_on is not None
                assert contact.consent_method and contact.consent_purpose
            else:
                assert contact.consent_given_on is None
                assert contact.consent_method == contact.consent_purpose == ""


def test_branch_libraries_are_named_after_their_own_villages(realistic: Store) -> None:
    with realistic.read() as session:
        branches = session.execute(
            select(Library.name, Municipality.id, Municipality.centre)
            .join(Municipality, Municipality.id == Library.municipality_id)
            .where(Library.kind == LibraryKind.BRANCH)
        ).all()
        towns = session.execute(select(Municipality.centre, Municipality.short_lt)).all()
    assert len(branches) >= 100
    names = defaultdict(list)
    for name, municipality_id, centre in branches:
        names[municipality_id].append(name)
        assert name.endswith(" filialas"), name
        # the branch's own part, after the central library's name
        own = re.split(r"bibliotekos |biblioteka, ", name)[-1]
        others = {
            word
            for other_centre, short in towns
            if other_centre != centre
            for word in (TOWN_GENITIVES[other_centre], short.split(" ")[0])
        }
        assert not {word for word in others if word in own}, name
    for municipality_names in names.values():
        assert len(set(municipality_names)) == len(municipality_names)
