"""An erase travels through sync and wins: a person erased on one laptop stays
erased on every laptop, whatever a colleague typed into the row meanwhile, even
with a later clock, and whichever laptop syncs first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldkit.model import Contact
from fieldkit.services import attendance, meetings, partners
from fieldkit.services.privacy import erase_contact
from fieldkit.store import Store, open_store
from fieldkit.sync import hlc
from fieldkit.sync.engine import sync
from fieldkit.sync.folder import FolderRemote

STALE_PHONE = "+370 699 12345"


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = open_store(tmp_path / f"{name}.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def _traces(store: Store) -> str:
    """Every value of every table where a person's data could linger."""
    with store.read() as session:
        parts = []
        for table in ("contact", "change_log", "conflict", "sync_held_change", "record_history"):
            for row in session.execute(text(f"SELECT * FROM {table}")):
                parts.append(" ".join(str(v) for v in row))
    return "\n".join(parts)


def _assert_erased(store: Store, contact_id: str) -> None:
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for name in Contact.PERSONAL_FIELDS:
            assert getattr(contact, name) in ("", None), name
        assert contact.erased_at is not None and contact.deleted
    traces = _traces(store)
    for secret in (STALE_PHONE, "699 12345", "Gintarė", "Šimkutė", "gintare@"):
        assert secret not in traces, secret


@pytest.mark.parametrize("first", ["eraser", "editor"])
def test_an_erase_wins_over_a_later_edit_from_another_laptop(
    stores: Callable[[str], Store],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
) -> None:
    remote = FolderRemote(tmp_path / "remote")
    a, b = stores("a"), stores("b")
    contact_id = partners.create_contact(
        a,
        first_name="Gintarė",
        last_name="Šimkutė",
        phone="+370 611 00000",
        email="gintare@biblioteka.lt",
        municipality_id="birzu-r",
    )
    meeting_id = meetings.create_meeting(
        a, municipality_id="birzu-r", title="Susitikimas", starts_at=dt.datetime(2026, 12, 1, 10)
    )
    attendance.add_participant(a, meeting_id, contact_id, attended=True)
    sync(a, remote)
    sync(b, remote)
    assert partners.get_contact(b, contact_id).first_name == "Gintarė"

    erase_contact(a, contact_id, erased_by="Rasa")
    # B's edit carries the later clock (an hour ahead: inside the day sync accepts)
    real_time_ns = hlc.time.time_ns

    class AnHourAhead:
        @staticmethod
        def time_ns() -> int:
            return real_time_ns() + 3600 * 10**9

    monkeypatch.setattr(hlc, "time", AnHourAhead)
    partners.update_contact(b, contact_id, phone=STALE_PHONE)
    monkeypatch.undo()

    order = [a, b, a, b] if first == "eraser" else [b, a, b, a]
    for store in order:
        sync(store, remote)

    for store in (a, b):
        _assert_erased(store, contact_id)
        # the meeting still had its participant, now nameless
        [person] = meetings.get_meeting(store, meeting_id).participants
        assert (person.contact_id, person.name, person.attended) == (contact_id, "", True)
        with store.read() as session:
            [audit] = session.execute(
                text("SELECT actor FROM record_history WHERE event = 'erased'")
            ).all()
            assert audit == ("Rasa",)
