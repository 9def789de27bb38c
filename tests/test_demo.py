"""Demo data is what a trainer shows and what the benchmarks run on: it must look
like the programme's real work, cover the whole country, and come out the same
every time."""

from __future__ import annotations

import io
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
    Meeting,
    Organization,
    Participant,
    Problem,
    ProblemMeeting,
    Sector,
    Visit,
)
from fieldkit.services.demo import generate_demo
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
