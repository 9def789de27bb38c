"""Kept conflicts: listed readably, restored as a new local edit that syncs (and
can itself be undone), dismissed; never restored into an erased or deleted record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import (
    SYNCABLE_BY_TABLE,
    ChangeLogEntry,
    Conflict,
    Contact,
    FieldClock,
    Meeting,
    MeetingKind,
    utc_now,
)
from fieldkit.model.values import dumps, to_json_value
from fieldkit.services import meetings, partners
from fieldkit.services.conflicts import dismiss_conflict, list_conflicts, restore_conflict
from fieldkit.services.sync_status import sync_status
from fieldkit.store import Store, open_store
from fieldkit.sync.hlc import Timestamp
from fieldkit.sync.recording import applying_remote, read_clock, save_clock

START = dt.datetime(2026, 12, 1, 10, 0)
OTHER_REPLICA = "b7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5"


def lose_to_remote(store: Store, table_name: str, row_id: str, field: str, value: Any) -> int:
    """What a merge does when another replica's later edit beats a local one: the
    remote value is applied (not logged as local), its clock kept, and the local
    value kept as a conflict. Returns the conflict's id."""
    cls = SYNCABLE_BY_TABLE[table_name]
    column = cls.__table__.columns[field]  # type: ignore[attr-defined]
    with store.write() as session:
        record = session.get(cls, row_id)
        losing = dumps(to_json_value(column, getattr(record, field)))
        clock = read_clock(session)
        losing_hlc = clock.last.encode()
        winning = Timestamp(clock.last.wall_ms + 1000, 0, OTHER_REPLICA)
        clock.observe(winning)  # as the merge does, so later local edits sort after
        save_clock(session, clock)
        with applying_remote(session):
            setattr(record, field, value)
            session.merge(
                FieldClock(table_name=table_name, row_id=row_id, field=field, hlc=winning.encode())
            )
            conflict = Conflict(
                table_name=table_name,
                row_id=row_id,
                field=field,
                losing_value=losing,
                losing_hlc=losing_hlc,
                winning_hlc=winning.encode(),
                recorded_at=utc_now(),
            )
            session.add(conflict)
        session.flush()
        return conflict.id


@pytest.fixture
def meeting_id(store: Store) -> str:
    return meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas Biržuose", starts_at=START
    )


def _log_count(store: Store) -> int:
    """The newest change log sequence number (entries are never removed here)."""
    with store.read() as session:
        return session.scalar(select(func.max(ChangeLogEntry.seq))) or 0


def test_a_lost_edit_is_listed_readably(store: Store, meeting_id: str) -> None:
    lose_to_remote(store, "meeting", meeting_id, "title", "Susitikimas Pasvalyje")
    lose_to_remote(store, "meeting", meeting_id, "starts_at", START + dt.timedelta(days=1))
    rows = list_conflicts(store)
    assert [r.field for r in rows] == ["starts_at", "title"]  # newest first
    starts, title = rows
    assert title.table_name == "meeting" and title.row_id == meeting_id
    assert title.record_title == "Susitikimas Pasvalyje"
    assert title.losing_value == "Susitikimas Biržuose"
    assert title.current_value == "Susitikimas Pasvalyje"
    assert title.losing_replica == store.replica_id
    assert title.winning_replica == OTHER_REPLICA
    assert title.restorable and not title.resolved
    # typed values, for the window to show in its own format
    assert starts.losing_value == START
    assert starts.current_value == START + dt.timedelta(days=1)


def test_restore_writes_the_value_back_as_a_new_synced_edit(store: Store, meeting_id: str) -> None:
    conflict_id = lose_to_remote(store, "meeting", meeting_id, "title", "Susitikimas Pasvalyje")
    with store.read() as session:
        winning_hlc = session.get(Conflict, conflict_id).winning_hlc  # type: ignore[union-attr]
    waiting = sync_status(store).changes_waiting
    logged = _log_count(store)

    restore_conflict(store, conflict_id)

    assert meetings.get_meeting(store, meeting_id).summary.title == "Susitikimas Biržuose"
    with store.read() as session:
        newest = [
            (e.field, e.value)
            for e in session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.seq > logged))
        ]
        clock = session.get(FieldClock, ("meeting", meeting_id, "title"))
        assert clock is not None
        hlc = clock.hlc
    assert ("title", json.dumps("Susitikimas Biržuose", ensure_ascii=False)) in newest
    # a fresh clock, past the winner's, so the restored value wins everywhere
    assert hlc > winning_hlc
    assert Timestamp.decode(hlc).replica_id == store.replica_id
    assert sync_status(store).changes_waiting > waiting


def test_a_restore_can_itself_be_undone(store: Store, meeting_id: str) -> None:
    conflict_id = lose_to_remote(store, "meeting", meeting_id, "title", "Susitikimas Pasvalyje")
    restore_conflict(store, conflict_id)

    (replaced,) = list_conflicts(store)
    assert replaced.id != conflict_id
    assert replaced.losing_value == "Susitikimas Pasvalyje"
    assert replaced.current_value == "Susitikimas Biržuose"
    assert replaced.losing_replica == OTHER_REPLICA
    assert replaced.winning_replica == store.replica_id

    restore_conflict(store, replaced.id)
    assert meetings.get_meeting(store, meeting_id).summary.title == "Susitikimas Pasvalyje"
    assert {r.id for r in list_conflicts(store, include_resolved=True) if r.resolved} == {
        conflict_id,
        replaced.id,
    }


def test_restoring_an_enum_a_date_and_a_missing_value(store: Store, meeting_id: str) -> None:
    first = lose_to_remote(store, "meeting", meeting_id, "kind", MeetingKind.TRAINING)
    second = lose_to_remote(store, "meeting", meeting_id, "ends_at", START + dt.timedelta(hours=2))
    restore_conflict(store, first)
    restore_conflict(store, second)
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.kind == MeetingKind.DISCUSSION
        assert meeting.ends_at is None


def test_restoring_twice_is_refused(store: Store, meeting_id: str) -> None:
    conflict_id = lose_to_remote(store, "meeting", meeting_id, "title", "Kitas")
    restore_conflict(store, conflict_id)
    with pytest.raises(InvalidInput, match="already restored or dismissed"):
        restore_conflict(store, conflict_id)


def test_dismiss_keeps_the_current_value_and_hides_the_conflict(
    store: Store, meeting_id: str
) -> None:
    conflict_id = lose_to_remote(store, "meeting", meeting_id, "title", "Kitas")
    logged = _log_count(store)
    dismiss_conflict(store, conflict_id)
    assert list_conflicts(store) == []
    (shown,) = list_conflicts(store, include_resolved=True)
    assert shown.resolved
    assert meetings.get_meeting(store, meeting_id).summary.title == "Kitas"
    assert _log_count(store) == logged  # nothing to sync


def test_unknown_conflict(store: Store) -> None:
    with pytest.raises(NotFound, match="no kept conflict with id 42"):
        restore_conflict(store, 42)
    with pytest.raises(NotFound):
        dismiss_conflict(store, 42)


def test_nothing_is_restored_into_an_erased_person(store: Store) -> None:
    contact_id = partners.create_contact(store, first_name="Aušra", last_name="Kęstutienė")
    conflict_id = lose_to_remote(store, "contact", contact_id, "phone", "+370 600 00000")
    with store.write() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for field in Contact.PERSONAL_FIELDS:
            column = Contact.__table__.columns[field]
            setattr(contact, field, column.default.arg if column.default else None)
        contact.first_name = ""
        contact.erased_at = utc_now()
        contact.deleted = True
    (row,) = list_conflicts(store)
    assert not row.restorable
    assert row.record_title == ""  # an erased person is not named, even here
    logged = _log_count(store)
    with pytest.raises(InvalidInput, match="erased"):
        restore_conflict(store, conflict_id)
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None and contact.phone == ""
    assert _log_count(store) == logged


def test_nothing_is_restored_into_a_deleted_record(store: Store, meeting_id: str) -> None:
    conflict_id = lose_to_remote(store, "meeting", meeting_id, "title", "Kitas")
    meetings.delete_meeting(store, meeting_id)
    assert not list_conflicts(store)[0].restorable
    with pytest.raises(InvalidInput, match="deleted"):
        restore_conflict(store, conflict_id)
    assert list_conflicts(store)[0].resolved is False


def test_a_participant_is_titled_by_the_person(store: Store, meeting_id: str) -> None:
    from fieldkit.services import attendance

    contact_id = partners.create_contact(store, first_name="Ona", last_name="Onaitė")
    participant_id = attendance.invite_contact(store, meeting_id, contact_id)
    lose_to_remote(store, "participant", participant_id, "attended", True)
    (row,) = list_conflicts(store)
    assert row.record_title == "Ona Onaitė"
    assert row.losing_value is False and row.current_value is True


def test_two_laptops_through_a_folder_conflict_and_restore(
    tmp_path: Path, db_path: Path, empty_template: Path
) -> None:
    """The real thing: two databases edit the same title and sync through a folder;
    the losing value is kept, restored from there, and the restore reaches the
    other laptop at the next sync."""
    from fieldkit.sync.engine import sync
    from fieldkit.sync.remotes import open_remote
    from tests.conftest import copy_database

    share = tmp_path / "share"

    def sync_with_share(store: Store) -> None:
        remote = open_remote(str(share))
        try:
            sync(store, remote, publish=False)
        finally:
            remote.close()

    other_path = copy_database(empty_template, tmp_path / "other" / "fieldkit.sqlite")
    with open_store(db_path) as ona, open_store(other_path) as jonas:
        meeting_id = meetings.create_meeting(
            ona, municipality_id="birzu-r", title="Susitikimas Biržuose", starts_at=START
        )
        sync_with_share(ona)
        sync_with_share(jonas)
        meetings.update_meeting(ona, meeting_id, title="Ona's title")
        meetings.update_meeting(jonas, meeting_id, title="Jonas's title")
        sync_with_share(ona)
        sync_with_share(jonas)
        sync_with_share(ona)
        winner = meetings.get_meeting(ona, meeting_id).summary.title
        assert meetings.get_meeting(jonas, meeting_id).summary.title == winner
        loser = "Ona's title" if winner == "Jonas's title" else "Jonas's title"
        kept = [
            (store, row)
            for store in (ona, jonas)
            for row in list_conflicts(store)
            if row.field == "title"
        ]
        assert kept, "the losing title was kept nowhere"
        store, row = kept[0]
        assert (row.losing_value, row.current_value) == (loser, winner)
        assert {row.losing_replica, row.winning_replica} == {ona.replica_id, jonas.replica_id}
        assert not [r for r in list_conflicts(store) if r.field == "updated_at"]

        restore_conflict(store, row.id)
        sync_with_share(store)
        sync_with_share(jonas if store is ona else ona)
        for store in (ona, jonas):
            assert meetings.get_meeting(store, meeting_id).summary.title == loser
