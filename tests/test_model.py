"""The domain model keeps DESIGN.md's promises: every entity exists, every synced
row has a text UUID key, timestamps and a tombstone, and the reference data covers
Lithuania."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from fieldkit.model import (
    SYNCABLE_CLASSES,
    Attachment,
    Contact,
    County,
    Library,
    LibraryKind,
    Meeting,
    Municipality,
    Participant,
    ProblemCategory,
    Sector,
)
from fieldkit.model.values import from_json_value, to_json_value
from fieldkit.store import Store

EXPECTED_TABLES = {
    "library",
    "organization",
    "contact",
    "visit",
    "meeting",
    "agenda_item",
    "participant",
    "decision",
    "action_item",
    "problem",
    "problem_meeting",
    "idea",
    "problem_partner",
    "attachment",
    "record_history",  # merges and erases (GDPR), synced so colleagues see them
}


def test_every_entity_of_the_design_is_a_syncable_table() -> None:
    assert {cls.__tablename__ for cls in SYNCABLE_CLASSES} == EXPECTED_TABLES


@pytest.mark.parametrize("cls", SYNCABLE_CLASSES, ids=lambda cls: cls.__tablename__)
def test_syncable_rows_have_uuid_keys_timestamps_and_a_tombstone(cls: type) -> None:
    columns = cls.__table__.columns
    assert [c.key for c in cls.__table__.primary_key.columns] == ["id"]
    assert str(columns["id"].type) == "VARCHAR(36)"
    for name in ("created_at", "updated_at", "deleted"):
        assert name in columns
    row = cls()
    assert uuid.UUID(row.id).version == 4
    assert row.deleted is False
    assert row.created_at.tzinfo is dt.UTC


def test_reference_data_covers_lithuania(store: Store) -> None:
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(County)) == 10
        assert session.scalar(select(func.count()).select_from(Municipality)) == 60
        central = session.execute(
            select(Library.municipality_id, func.count())
            .where(Library.kind == LibraryKind.CENTRAL)
            .group_by(Library.municipality_id)
        ).all()
        names = session.scalars(select(Municipality.name_lt)).all()
    assert len(central) == 60 and all(count == 1 for _, count in central)
    assert "Šiaulių rajono savivaldybė" in names
    assert "Vilniaus miesto savivaldybė" in names
    assert any("ž" in name.lower() for name in names)


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Contact(first_name="Niekas", organization_id=str(uuid.uuid4())))


def test_participant_belongs_to_a_real_meeting(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Participant(meeting_id=str(uuid.uuid4()), contact_id=str(uuid.uuid4())))


def test_values_round_trip_through_their_json_form(store: Store) -> None:
    """The change log, bundles and exports all carry this form."""
    meeting = Meeting(
        municipality_id="birstono",
        title="Susitikimas „Ąžuolyne“",
        starts_at=dt.datetime(2026, 5, 4, 10, 30),
    )
    for column in Meeting.__table__.columns:
        value = getattr(meeting, column.key)
        assert from_json_value(column, to_json_value(column, value)) == value


def test_enums_cover_the_design() -> None:
    assert {s.value for s in Sector} == {
        "library",
        "municipality",
        "business",
        "ngo",
        "education",
        "culture",
        "social_services",
        "media",
        "other",
    }
    assert {"digital_skills", "youth_employment", "transport"} <= {c.value for c in ProblemCategory}


def test_attachments_are_content_addressed() -> None:
    assert "sha256" in Attachment.__table__.columns
