"""An erase travels through sync and wins: a person erased on one laptop stays
erased on every laptop, whatever a colleague typed into the row meanwhile, even
with a later clock, and whichever laptop syncs first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import text

from fieldkit.model import Contact
from fieldkit.services import attendance, meetings, partners
from fieldkit.services.privacy import erase_contact
from fieldkit.store import Store
from fieldkit.sync.engine import sync
from fieldkit.sync.folder import FolderRemote
from tests.sync.laptops import clock_ahead, traces

STALE_PHONE = "+370 699 12345"


def _assert_erased(store: Store, contact_id: str) -> None:
    with store.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for name in Contact.PERSONAL_FIELDS:
            assert getattr(contact, name) in ("", None), name
        assert contact.erased_at is not None and contact.deleted
    left = traces(store)
    for secret in (STALE_PHONE, "699 12345", "Gintarė", "Šimkutė", "gintare@"):
        assert secret not in left, secret


@pytest.mark.parametrize("first", ["eraser", "editor"])
def test_an_erase_wins_over_a_later_edit_from_another_laptop(
    stores: Callable[[str], Store],
    remote: FolderRemote,
    first: str,
) -> None:
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
    with clock_ahead(3600):
        partners.update_contact(b, contact_id, phone=STALE_PHONE)

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
