"""Files written by an older FieldKit: a database made at revision 0001 (before
meetings had finalised_at, with the search index of that time) or at 0002 (before
meetings had next steps) opens, is backed up, upgraded, and keeps every row; and
each revision undoes cleanly."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from fieldkit.model import Base, Meeting
from fieldkit.services import meetings
from fieldkit.services.search import search_everything
from fieldkit.store import migrate, open_store, schema
from fieldkit.store.backup import list_backups
from fieldkit.store.reference import load_reference_data
from fieldkit.store.sqlite_file import make_engine

STAMP = "2026-03-02T09:00:00.000000Z"
ORGANIZATION = "00000000-0000-4000-8000-000000000001"
CONTACT = "00000000-0000-4000-8000-000000000002"
MEETING = "00000000-0000-4000-8000-000000000003"
AGENDA_ITEM = "00000000-0000-4000-8000-000000000004"
PROBLEM = "00000000-0000-4000-8000-000000000005"


def create_at_revision(path: Path, revision: str) -> Path:
    """A new database as migrate.create_schema makes one, but only up to `revision`:
    the same journal mode, engine settings, reference data and replica id."""
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
            load_reference_data(connection)
            connection.exec_driver_sql(
                "INSERT INTO meta (key, value) VALUES ('replica_id', ?)", (uuid.uuid4().hex,)
            )
    finally:
        engine.dispose()
    return path


def fill_0001(path: Path) -> None:
    """Rows as FieldKit at 0001 wrote them (plain SQL: today's model has columns
    that 0001 lacks), indexed by 0001's triggers."""
    rows = {
        "organization": {
            "id": ORGANIZATION,
            "name": "Kuršėnų bendruomenės centras",
            "sector": "ngo",
            "municipality_id": "siauliu-r",
            "address": "Ventos g. 3, Kuršėnai",
            "website": "",
            "notes": "",
        },
        "contact": {
            "id": CONTACT,
            "first_name": "Dalia",
            "last_name": "Čiurlionytė",
            "organization_id": ORGANIZATION,
            "role": "Pirmininkė",
            "phone": "+370 612 34567",
            "email": "dalia@example.lt",
            "municipality_id": "siauliu-r",
            "notes": "",
            "tags": "",
            "consent_given_on": "2026-03-02",
            "consent_method": "raštu susitikime",
            "consent_purpose": "Kvietimai į susitikimus",
            "legal_basis": "sutikimas",
        },
        "meeting": {
            "id": MEETING,
            "municipality_id": "siauliu-r",
            "title": "Diskusija apie jaunimo užimtumą",
            "kind": "discussion",
            "starts_at": "2026-03-03T13:00:00",
            "place": "Kuršėnų filialas",
            "purpose": "",
            "status": "draft",
        },
        "agenda_item": {
            "id": AGENDA_ITEM,
            "meeting_id": MEETING,
            "position": 0,
            "title": "Transportas",
            "notes": "Autobusas į Gruzdžius važiuoja retai",
        },
        "problem": {
            "id": PROBLEM,
            "municipality_id": "joniskio-r",
            "title": "Senjorų vienišumas",
            "description": "Kaimuose senjorai neturi kur susitikti",
            "category": "seniors_isolation",
            "affected_groups": "senjorai",
            "votes": 4,
            "status": "raised",
        },
    }
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for table, row in rows.items():
            row = {**row, "created_at": STAMP, "updated_at": STAMP, "deleted": 0}
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            connection.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
            )


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The filter of migrations/env.py: the FTS search tables are not ORM-mapped."""
    if type_ == "table":
        return name not in {"search_doc", "search_fts"} and not (name or "").startswith(
            "search_fts_"
        )
    return True


def query(path: Path, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, parameters).fetchall()


def revision_of(path: Path) -> str:
    return str(query(path, "SELECT version_num FROM alembic_version")[0][0])


def columns(path: Path, table: str) -> list[str]:
    return [str(row[1]) for row in query(path, f"PRAGMA table_info({table})")]


def triggers(path: Path) -> dict[str, str]:
    rows = query(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {str(name): str(sql) for name, sql in rows}


@pytest.fixture(scope="module")
def template_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = create_at_revision(tmp_path_factory.mktemp("at-0001") / "fieldkit.sqlite", "0001")
    fill_0001(path)
    return path


def copy_of(template: Path, folder: Path) -> Path:
    target = folder / "field" / "fieldkit.sqlite"
    target.parent.mkdir()
    with (
        contextlib.closing(sqlite3.connect(template)) as source,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
    return target


@pytest.fixture
def db_0001(tmp_path: Path, template_0001: Path) -> Path:
    return copy_of(template_0001, tmp_path)


@pytest.fixture
def upgraded(db_0001: Path) -> Iterator[Path]:
    with open_store(db_0001):
        pass
    yield db_0001


def test_a_file_at_0001_is_what_fieldkit_at_0001_wrote(db_0001: Path) -> None:
    assert revision_of(db_0001) == "0001"
    assert query(db_0001, "PRAGMA application_id") == [(schema.APPLICATION_ID,)]
    assert query(db_0001, "PRAGMA journal_mode") == [("wal",)]
    assert "finalised_at" not in columns(db_0001, "meeting")
    # 0001's index holds the municipality's full name
    assert query(db_0001, "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'rajono'") == [
        (4,)
    ]


def test_opening_upgrades_to_the_head_after_a_backup(db_0001: Path) -> None:
    before = {
        table: query(db_0001, f"SELECT * FROM {table} ORDER BY id")
        for table in ("organization", "contact", "meeting", "agenda_item", "problem")
    }
    with open_store(db_0001) as store, store.read() as session:
        title = session.scalar(select(Meeting.title).where(Meeting.id == MEETING))
        assert title == "Diskusija apie jaunimo užimtumą"
    assert revision_of(db_0001) == schema.SCHEMA_HEAD == "0005"
    for table, rows in before.items():
        now = query(db_0001, f"SELECT * FROM {table} ORDER BY id")
        if table == "meeting":  # the new columns come last, empty
            now = [row[:-3] for row in now if row[-3:] == (None, "", None)]
        if table == "contact":  # 0004's erase mark comes last, empty
            now = [row[:-1] for row in now if row[-1] is None]
        assert now == rows, table

    [backup] = list_backups(db_0001)
    assert backup.name.endswith("-before-schema-0005-from-0001.fkbackup.sqlite")
    assert revision_of(backup) == "0001"
    assert "finalised_at" not in columns(backup, "meeting")
    assert query(backup, "SELECT id FROM meeting") == [(MEETING,)]


def test_a_0001_file_that_already_has_finalised_at_is_upgraded(db_0001: Path) -> None:
    """For a while the column was edited into 0001 itself: files made then say
    0001 and have it. They upgrade too, and keep what it holds."""
    with contextlib.closing(sqlite3.connect(db_0001)) as connection, connection:
        connection.execute("ALTER TABLE meeting ADD COLUMN finalised_at VARCHAR(27)")
        connection.execute("UPDATE meeting SET finalised_at = ?", (STAMP,))
    with open_store(db_0001) as store, store.read() as session:
        meeting = session.get(Meeting, MEETING)
        assert meeting is not None and meeting.finalised_at is not None
    assert revision_of(db_0001) == schema.SCHEMA_HEAD
    assert columns(db_0001, "meeting").count("finalised_at") == 1


def test_finalised_at_works_after_the_upgrade(upgraded: Path) -> None:
    with open_store(upgraded) as store:
        assert meetings.finalise_meeting(store, MEETING) == 1
        with store.read() as session:
            meeting = session.get(Meeting, MEETING)
            assert meeting is not None
            assert meeting.finalised_at is not None
            assert meeting.finalised_at.tzinfo is not None


def test_the_upgraded_file_is_exactly_the_model(upgraded: Path) -> None:
    with open_store(upgraded) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
        command.check(migrate.alembic_config(connection))


def test_the_upgraded_file_has_the_triggers_of_a_new_one(upgraded: Path, db_path: Path) -> None:
    assert triggers(upgraded) == triggers(db_path)


def test_the_search_index_is_rebuilt_with_short_place_names(upgraded: Path) -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(hit.kind, hit.ref_id) for hit in search_everything(store, text)}

    with open_store(upgraded) as store:
        # the full names of 0001 are gone from the index ...
        assert found("savivaldybe") == set()
        assert found("rajono") == set()
        # ... the towns and everything else are still found
        assert ("meeting", MEETING) in found("siauliu")
        assert ("meeting", MEETING) in found("gruzdziu")
        assert ("organization", ORGANIZATION) in found("siauliu kursenu")
        assert ("contact", CONTACT) in found("ciurlionyte kursenu")
        assert ("problem", PROBLEM) in found("joniskio vienisumas")
        # and the new triggers keep it up to date
        meetings.update_meeting(store, MEETING, title="Skaitmeninių įgūdžių dirbtuvės")
        assert ("meeting", MEETING) in found("skaitmeniniu siauliu")


def test_downgrade_to_0001_gives_back_0001_exactly(tmp_path: Path, template_0001: Path) -> None:
    """0002 keeps its own copy of 0001's search triggers for the way back: they
    must be the ones 0001 made, and the column must go."""
    path = create_at_revision(tmp_path / "down.sqlite", "head")
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
    finally:
        engine.dispose()
    assert revision_of(path) == "0001"
    assert triggers(path) == triggers(template_0001)
    assert columns(path, "meeting") == columns(template_0001, "meeting")
    assert not query(path, "SELECT name FROM sqlite_master WHERE name = 'search_place'")


def test_a_0002_file_with_meetings_upgrades_to_the_head(tmp_path: Path) -> None:
    path = create_at_revision(tmp_path / "at-0002.sqlite", "0002")
    fill_0001(path)
    path = copy_of(path, tmp_path)
    assert "next_steps" not in columns(path, "meeting")
    before = query(path, "SELECT * FROM meeting ORDER BY id")
    search = query(path, "SELECT rowid, title, body FROM search_fts ORDER BY rowid")

    with open_store(path) as store:
        detail = meetings.get_meeting(store, MEETING)
        assert (detail.next_steps, detail.next_meeting_at) == ("", None)
        assert revision_of(path) == schema.SCHEMA_HEAD == "0005"
        # the rows are as they were, the new columns last and empty; the index too
        assert [row[:-2] for row in query(path, "SELECT * FROM meeting ORDER BY id")] == before
        assert query(path, "SELECT next_steps, next_meeting_at FROM meeting") == [("", None)]
        assert query(path, "SELECT rowid, title, body FROM search_fts ORDER BY rowid") == search
        # the new columns take what the coordinator writes
        following = dt.datetime(2026, 3, 31, 13, 0)
        meetings.update_meeting(
            store, MEETING, next_steps="Suderinti maršrutą.", next_meeting_at=following
        )
        detail = meetings.get_meeting(store, MEETING)
        assert (detail.next_steps, detail.next_meeting_at) == ("Suderinti maršrutą.", following)
    assert query(path, "SELECT next_meeting_at FROM meeting") == [("2026-03-31T13:00:00",)]

    [backup] = list_backups(path)
    assert backup.name.endswith("-before-schema-0005-from-0002.fkbackup.sqlite")
    assert revision_of(backup) == "0002"
    assert "next_steps" not in columns(backup, "meeting")
    assert query(backup, "SELECT * FROM meeting ORDER BY id") == before


def test_downgrade_to_0002_drops_the_new_columns_only(tmp_path: Path) -> None:
    at_0002 = create_at_revision(tmp_path / "at-0002.sqlite", "0002")
    path = create_at_revision(tmp_path / "down.sqlite", "head")
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0002")
    finally:
        engine.dispose()
    assert revision_of(path) == "0002"
    assert columns(path, "meeting") == columns(at_0002, "meeting")
    assert triggers(path) == triggers(at_0002)
