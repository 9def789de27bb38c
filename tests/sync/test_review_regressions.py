"""Sync defects found in review, each kept as the reproduction that found it: a
laptop moved to a new remote, an erased person's far-future edit, a loser of a
held creation, minutes left by the publishing cap, a listing hint over a bundle
made whole in place."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from fieldkit.services import partners
from fieldkit.services.privacy import erase_contact
from fieldkit.store import Store
from fieldkit.sync.engine import sync
from fieldkit.sync.folder import FolderRemote
from tests.sync.laptops import clock_ahead, traces

SECRET = "+370 699 12345"


def test_erased_person_keeps_a_future_stamped_personal_value_in_held_changes(
    stores, remote
) -> None:
    """merge.py: a change stamped >24 h ahead is held before the erase rule is
    looked at, and finish() only drops held personal values of rows erased in
    *this* merge: the erased person's new phone sits in sync_held_change."""
    a, b = stores("a"), stores("b")
    contact = partners.create_contact(a, first_name="Gintarė", municipality_id="birzu-r")
    sync(a, remote)
    sync(b, remote)
    erase_contact(a, contact, erased_by="Rasa")
    sync(a, remote)
    with clock_ahead(3 * 24 * 3600):  # B's clock is three days ahead
        partners.update_contact(b, contact, phone=SECRET)
    sync(b, remote)
    sync(a, remote)
    assert SECRET not in traces(a)


def test_minutes_left_over_by_the_per_sync_cap_are_never_published_without_new_changes(
    stores, remote, monkeypatch
) -> None:
    """engine.py sync(): publish runs only when the sync sent or received changes,
    so minutes beyond MAX_MINUTES_PER_SYNC ("the rest follow in the next syncs")
    wait for an unrelated edit; same after a publish that failed half-way."""
    from fieldkit.services import meetings
    from fieldkit.sync import publish

    monkeypatch.setattr(publish, "MAX_MINUTES_PER_SYNC", 1)
    a = stores("a")
    for day in (1, 2):
        m = meetings.create_meeting(
            a, municipality_id="birzu-r", title=f"S{day}", starts_at=dt.datetime(2026, 3, day, 10)
        )
        meetings.finalise_meeting(a, m)
    sync(a, remote)
    sync(a, remote)
    sync(a, remote)
    pdfs = list((remote.root / "exports" / "minutes").rglob("*.pdf"))
    assert len(pdfs) == 2


def test_concurrent_edits_merged_with_a_held_creation_keep_no_loser(
    stores, tmp_path, remote
) -> None:
    """merge.py insert_rows(): when a row's creation was held (its parent had not
    arrived) and is retried together with two concurrent edits, only the latest
    value per field is taken; the other edit is dropped without a conflict row,
    while every replica that had the row keeps it for review."""
    e, a, b, c, d = (stores(n) for n in "eabcd")
    org = partners.create_organization(e, name="Tėvinė organizacija")
    for s in (e, a, b, c):
        sync(s, remote)
    contact = partners.create_contact(a, first_name="Pradinis", organization_id=org)
    for s in (a, b, c):
        sync(s, remote)
    partners.update_contact(b, contact, first_name="Bronius")
    partners.update_contact(c, contact, first_name="Česlovas")
    sync(b, remote)
    sync(c, remote)
    # E's folder has not reached D's copy of the cloud drive yet: the contact and
    # both edits wait there, for the organisation
    lagging = remote.root / "changes" / e.replica_id
    lagging.rename(tmp_path / "aside")
    sync(d, remote)
    (tmp_path / "aside").rename(lagging)
    sync(d, remote)
    sync(b, remote)
    sync(c, remote)

    def losers(store: Store) -> set[str]:
        with store.read() as session:
            return {
                json.loads(v)
                for (v,) in session.execute(
                    text("SELECT losing_value FROM conflict WHERE field = 'first_name'")
                )
            }

    final = partners.get_contact(d, contact).first_name
    loser = ({"Bronius", "Česlovas"} - {final}).pop()
    assert loser in losers(b) | losers(c)  # the replicas that had the row kept it
    assert loser in losers(d)


def test_a_replica_moved_to_a_new_remote_is_never_received_there(stores, tmp_path) -> None:
    """engine.py push(): pushed_seq / bundle_prev are kept per database, not per
    remote. On a new (or emptied) remote the replica's history is never sent, and
    its next bundle names prev_seq > 0, so every other laptop on that remote waits
    forever for "an earlier bundle" (pull_replica: header.prev_seq > mark)."""
    stick, nextcloud = FolderRemote(tmp_path / "stick"), FolderRemote(tmp_path / "cloud")
    a, b = stores("a"), stores("b")
    first = partners.create_organization(a, name="Pirmoji")
    sync(a, stick)
    second = partners.create_organization(a, name="Antroji")
    sync(a, nextcloud)  # the team moves to Nextcloud
    sync(b, nextcloud)  # a colleague's new laptop
    with b.read() as session:
        names = set(session.scalars(text("SELECT name FROM organization")))
    assert {"Pirmoji", "Antroji"} <= names, (first, second, names)


def test_a_set_aside_bundle_made_whole_again_is_skipped_by_the_listing_hint(
    stores, webdav_server
) -> None:
    """engine.py pull()/listed(): the folder's hint is saved even though a bundle in
    it was set aside; a file completed in place (a cloud drive finishing its copy)
    leaves the folder's time alone, so for an hour the folder is not listed and the
    bundle -- and everything behind it -- is not retried."""
    import time

    a, b = stores("a"), stores("b")
    partners.create_organization(a, name="Vėluojanti")
    sync(a, webdav_server.remote())
    [path] = (webdav_server.folder / "changes" / a.replica_id).glob("*.jsonl.gz")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # still arriving
    time.sleep(1.1)
    remote_b = webdav_server.remote()
    assert sync(b, remote_b).set_aside
    path.write_bytes(whole)  # the copy finished, in place
    sync(b, remote_b)
    with b.read() as session:
        assert session.execute(text("SELECT count(*) FROM organization")).scalar() == 1
