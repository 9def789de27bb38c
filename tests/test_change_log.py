"""The recording half of sync: every local write of a syncable field, through any
service, appends to the change log in the same transaction; nothing else does."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldkit.errors import InvalidInput
from fieldkit.model import SYNCABLE_BY_TABLE, Contact, Organization, Sector
from fieldkit.model.values import from_json_value
from fieldkit.services import agenda, attendance, meetings, minutes, partners, problems
from fieldkit.store import Store, open_store
from fieldkit.store.reference import central_library_id, read_reference
from fieldkit.sync.hlc import Timestamp
from fieldkit.sync.recording import applying_remote


def log_entries(store: Store, after_seq: int = 0) -> list[tuple[int, str, str, str, str, Any]]:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT seq, hlc, table_name, row_id, field, value FROM change_log "
            "WHERE seq > ? ORDER BY seq",
            (after_seq,),
        ).all()
    return [
        (seq, hlc, table, row, field, json.loads(value))
        for seq, hlc, table, row, field, value in rows
    ]


def last_seq(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar()


def logged_fields(cls: type) -> set[str]:
    return {c.key for c in cls.__table__.columns} - cls.UNLOGGED


def test_an_insert_logs_every_field_once_with_one_timestamp(store: Store) -> None:
    before = last_seq(store)
    org_id = partners.create_organization(
        store, name="Šiaulių rajono bendruomenė", sector=Sector.NGO
    )
    entries = log_entries(store, before)
    assert {e[4] for e in entries} == logged_fields(Organization)
    assert len(entries) == len(logged_fields(Organization))
    assert {(e[2], e[3]) for e in entries} == {("organization", org_id)}
    assert len({e[1] for e in entries}) == 1
    values = {e[4]: e[5] for e in entries}
    assert values["name"] == "Šiaulių rajono bendruomenė"
    assert values["sector"] == "ngo"
    assert values["deleted"] is False
    assert Timestamp.decode(entries[0][1]).replica_id == store.replica_id


def test_an_update_logs_only_the_changed_fields(store: Store) -> None:
    contact_id = partners.create_contact(store, first_name="Rūta", last_name="Žemaitė")
    before = last_seq(store)
    partners.update_contact(store, contact_id, role="direktorė", last_name="Žemaitė")
    entries = log_entries(store, before)
    assert sorted(e[4] for e in entries) == ["role", "updated_at"]
    assert {e[5] for e in entries if e[4] == "role"} == {"direktorė"}


def test_writing_the_same_value_again_logs_nothing(store: Store) -> None:
    contact_id = partners.create_contact(
        store, first_name="Jonas", consent_given_on=dt.date(2026, 3, 1)
    )
    before = last_seq(store)
    partners.update_contact(
        store, contact_id, first_name="Jonas", consent_given_on=dt.date(2026, 3, 1)
    )
    assert log_entries(store, before) == []


def test_a_delete_is_a_logged_tombstone(store: Store) -> None:
    contact_id = partners.create_contact(store, first_name="Ona")
    before = last_seq(store)
    partners.delete_contact(store, contact_id)
    entries = log_entries(store, before)
    assert {e[4]: e[5] for e in entries}["deleted"] is True
    with store.read() as session:
        assert session.get(Contact, contact_id).deleted is True  # the row stays


def test_deleting_a_row_outright_is_refused_and_nothing_is_written(store: Store) -> None:
    contact_id = partners.create_contact(store, first_name="Ona")
    before = last_seq(store)
    with pytest.raises(InvalidInput, match="never deleted outright"), store.write() as session:
        session.delete(session.get(Contact, contact_id))
    with store.read() as session:
        assert session.get(Contact, contact_id) is not None
    assert log_entries(store, before) == []


def test_a_rolled_back_write_leaves_no_log_entry(store: Store) -> None:
    """The log is written in the change's own transaction, so they fail together."""
    before = last_seq(store)
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Organization(name="Niekada neišsaugota"))
        session.flush()
        assert last_seq_in(session) > before
        raise RuntimeError("power cut")
    assert log_entries(store, before) == []
    with store.read() as session:
        assert (
            session.scalars(
                select(Organization.id).where(Organization.name == "Niekada neišsaugota")
            ).all()
            == []
        )


def last_seq_in(session: Any) -> int:
    return session.connection().exec_driver_sql("SELECT max(seq) FROM change_log").scalar()


def test_changes_applied_from_another_replica_are_not_logged_as_local(store: Store) -> None:
    contact_id = partners.create_contact(store, first_name="Petras")
    before = last_seq(store)
    with store.write() as session, applying_remote(session):
        contact = session.get(Contact, contact_id)
        contact.role = "seniūnas"
        session.add(Organization(name="Atėjo iš kito kompiuterio"))
    assert log_entries(store, before) == []
    assert partners.get_contact(store, contact_id).role == "seniūnas"
    partners.update_contact(store, contact_id, role="seniūno pavaduotojas")
    assert [e[4] for e in log_entries(store, before)] == ["role", "updated_at"]


def test_every_service_path_logs(store: Store) -> None:
    """Meetings, agenda, attendance, decisions, actions and problems all reach the
    log without any service doing anything special."""
    before = last_seq(store)
    meeting_id = meetings.create_meeting(
        store,
        municipality_id="siauliu-r",
        title="Diskusija Kuršėnuose",
        starts_at=dt.datetime(2026, 11, 30, 10, 0),
    )
    item_id = agenda.add_agenda_item(store, meeting_id, "Jaunimo užimtumas")
    agenda.update_agenda_item(store, item_id, notes="Trūksta vietų jaunimui.")
    contact_id = partners.create_contact(store, first_name="Gintarė")
    participant_id = attendance.add_participant(store, meeting_id, contact_id)
    attendance.update_participant(store, participant_id, attended=True)
    minutes.add_decision(store, meeting_id, "Organizuoti mokymus", item_id)
    action_id = minutes.add_action_item(store, meeting_id, "Paruošti planą")
    minutes.update_action_item(store, action_id, done=True)
    problem_id = problems.create_problem(
        store, municipality_id="siauliu-r", title="Nėra autobusų", meeting_id=meeting_id
    )
    problems.add_idea(store, problem_id, "Bibliotekos mikroautobusas")
    tables = {e[2] for e in log_entries(store, before)}
    assert tables >= {
        "meeting",
        "agenda_item",
        "contact",
        "participant",
        "decision",
        "action_item",
        "problem",
        "problem_meeting",
        "idea",
    }


def test_timestamps_increase_across_writes_and_processes(db_path: Path) -> None:
    """Two stores on one file (the window and a command line) take turns; the clock
    is read inside each write transaction, so no timestamp repeats."""
    with open_store(db_path) as window, open_store(db_path) as command_line:
        for index in range(6):
            writer = window if index % 2 else command_line
            partners.create_organization(writer, name=f"Organizacija {index}")
        stamps = [Timestamp.decode(e[1]) for e in log_entries(window)]
    distinct = sorted(set(stamps))
    assert len(distinct) == 6
    assert [Timestamp.decode(e[1]) for e in log_entries(window)] == sorted(stamps)


def replay(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows as the change log alone describes them: last value of each field."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for _seq, _hlc, table, row_id, field, value in log_entries(store):
        rows.setdefault((table, row_id), {"id": row_id})[field] = value
    return rows


def table_rows(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    from fieldkit.model.values import to_json_value

    rows = {}
    with store.read() as session:
        for table_name, cls in SYNCABLE_BY_TABLE.items():
            table = cls.__table__
            for row in session.execute(select(table)).mappings():
                rows[(table_name, row["id"])] = {
                    c.key: to_json_value(c, row[c.key]) for c in table.columns
                }
    return rows


def test_the_demo_data_is_fully_described_by_the_log(demo_store: Store) -> None:
    """Bulk writers bypass the ORM but not the log: replaying it rebuilds every row.
    Only the central libraries are not in it: they are reference data that every
    replica creates identically, with derived ids."""
    rows = table_rows(demo_store)
    reference = {
        ("library", central_library_id(m["id"])) for m in read_reference()["municipalities"]
    }
    assert reference <= rows.keys()
    assert replay(demo_store) == {k: v for k, v in rows.items() if k not in reference}


def test_replaying_the_log_rebuilds_the_rows_after_edits(store: Store) -> None:
    org_id = partners.create_organization(store, name="UAB „Ąžuolas“")
    contact_id = partners.create_contact(store, first_name="Ąžuolas", organization_id=org_id)
    partners.update_contact(store, contact_id, notes="Skambinti po 17 val.")
    partners.update_organization(store, org_id, name="UAB „Ąžuolynas“")
    partners.delete_contact(store, contact_id)
    local = {k: v for k, v in table_rows(store).items() if k[0] in ("contact", "organization")}
    assert replay(store) == local


text_values = st.text(
    alphabet=st.sampled_from("aąbcčdeęėfghiįyjklmnoprsštuųūvzž AĄČĘĖĮŠŲŪŽ.,-„“0123456789"),
    max_size=20,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(st.sampled_from(["role", "notes", "phone", "tags"]), text_values),
        min_size=1,
        max_size=8,
    )
)
def test_one_entry_per_changed_field_and_none_for_unchanged(
    store: Store, edits: list[tuple[str, str]]
) -> None:
    contact_id = partners.create_contact(store, first_name="Vytautas")
    for field, value in edits:
        current = getattr(partners.get_contact(store, contact_id), field)
        before = last_seq(store)
        partners.update_contact(store, contact_id, **{field: value})
        entries = log_entries(store, before)
        if value == current:
            assert entries == []
        else:
            assert sorted(e[4] for e in entries) == sorted([field, "updated_at"])
            assert next(e[5] for e in entries if e[4] == field) == value


def test_logged_values_read_back_as_the_stored_values(store: Store) -> None:
    """The JSON form in the log converts back to exactly what the column holds."""
    contact_id = partners.create_contact(
        store, first_name="Živilė", consent_given_on=dt.date(2026, 2, 28)
    )
    column = Contact.__table__.c.consent_given_on
    entries = {e[4]: e[5] for e in log_entries(store) if e[3] == contact_id}
    assert from_json_value(column, entries["consent_given_on"]) == dt.date(2026, 2, 28)
    with sqlite3.connect(store.path) as raw:
        stored = raw.execute(
            "SELECT consent_given_on FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()[0]
    assert stored == entries["consent_given_on"]


def test_local_edits_pending_before_applying_remote_changes_are_still_logged(
    store: Store,
) -> None:
    contact_id = partners.create_contact(store, first_name="Petras")
    before = last_seq(store)
    with store.write() as session:
        session.get(Contact, contact_id).email = "petras@biblioteka.lt"  # local, pending
        with applying_remote(session):
            session.add(Organization(name="Iš kito kompiuterio"))
    entries = log_entries(store, before)
    assert [(e[2], e[4], e[5]) for e in entries if e[4] == "email"] == [
        ("contact", "email", "petras@biblioteka.lt")
    ]
    assert {e[2] for e in entries} == {"contact"}


def test_a_failed_remote_application_is_not_logged_as_local(store: Store) -> None:
    before = last_seq(store)
    with store.write() as session:
        try:
            with applying_remote(session):
                session.add(Organization(name="Pusiau pritaikyta"))
                session.flush()
                raise ValueError("bundle broken half-way")
        except ValueError:
            pass
    assert log_entries(store, before) == []
    with store.read() as session:
        names = session.scalars(select(Organization.name)).all()
    assert "Pusiau pritaikyta" not in names


def test_an_edit_remembers_the_clock_of_the_value_it_replaced(tmp_path) -> None:
    """The base lets another replica tell an edit made over a value (history) from
    two edits made without seeing each other (a conflict)."""
    from sqlalchemy import text

    from fieldkit.model import Organization
    from fieldkit.store import open_store

    with open_store(tmp_path / "base.db") as store:
        with store.write() as session:
            org = Organization(name="Pirmas")
            session.add(org)
            session.flush()
            org_id = org.id
        for name in ("Antras", "Trečias"):
            with store.write() as session:
                session.get(Organization, org_id).name = name
        with store.read() as session:
            rows = session.execute(
                text(
                    "SELECT hlc, base FROM change_log WHERE row_id = :r AND field = 'name' "
                    "ORDER BY seq"
                ),
                {"r": org_id},
            ).all()
            clock = session.execute(
                text("SELECT hlc, base FROM field_clock WHERE row_id = :r AND field = 'name'"),
                {"r": org_id},
            ).one()
    (created, no_base), (first_edit, created_base), (second_edit, first_base) = rows
    assert no_base == ""
    assert created_base == created
    assert first_base == first_edit
    assert tuple(clock) == (second_edit, first_edit)
