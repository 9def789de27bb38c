"""Whole syncs between real database files through a real folder remote (and the
WebDAV server of tests/sync/conftest.py): convergence, conflicts, the faults of
DESIGN.md, copied databases, killed processes, clocks."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldkit.errors import RemoteRefused, RemoteUnavailable
from fieldkit.model import Organization, Sector
from fieldkit.store import Store
from fieldkit.sync import hlc
from fieldkit.sync.engine import sync
from fieldkit.sync.folder import FolderRemote
from tests.sync.laptops import clock_ahead, export


def add_org(store: Store, name: str) -> str:
    with store.write() as session:
        org = Organization(name=name, sector=Sector.NGO)
        session.add(org)
        session.flush()
        return org.id


def rename(store: Store, org_id: str, name: str) -> None:
    with store.write() as session:
        session.get(Organization, org_id).name = name


def name_of(store: Store, org_id: str) -> str:
    with store.read() as session:
        return session.get(Organization, org_id).name


def conflicts(store: Store, *, resolved: bool | None = None) -> list[tuple[str, str]]:
    query = "SELECT field, losing_value FROM conflict"
    if resolved is not None:
        query += f" WHERE resolved = {int(resolved)}"
    with store.read() as session:
        return [tuple(row) for row in session.execute(text(query + " ORDER BY id"))]


def test_two_laptops_end_with_the_same_data_and_the_remote_holds_only_bundles(
    stores, remote
) -> None:
    a, b = stores("a"), stores("b")
    org = add_org(a, "Šiaulių jaunimo centras")
    add_org(b, "Ūkininkų sąjunga")
    first = sync(a, remote)
    assert (first.sent_bundles, first.sent_changes > 0) == (1, True)
    sync(b, remote)
    sync(a, remote)
    assert export(a) == export(b)
    assert name_of(b, org) == "Šiaulių jaunimo centras"
    assert json.loads((remote.root / "fieldkit-remote.json").read_text())["fieldkit_remote"] == 1
    names = [p.name for p in (remote.root / "changes").rglob("*") if p.is_file()]
    assert names and all(n.endswith(".jsonl.gz") and n.isascii() for n in names)
    # a second sync with nothing new sends and receives nothing
    again = sync(a, remote)
    assert (again.sent_changes, again.received_changes) == (0, 0)


def test_concurrent_edits_keep_the_loser_for_review_and_sequential_edits_as_history(
    stores, remote
) -> None:
    a, b = stores("a"), stores("b")
    org = add_org(a, "Biblioteka")
    sync(a, remote)
    sync(b, remote)
    rename(a, org, "Biblioteka A")  # neither has seen the other's edit
    rename(b, org, "Biblioteka B")
    sync(a, remote)
    report = sync(b, remote)
    sync(a, remote)
    assert name_of(a, org) == name_of(b, org) == "Biblioteka B"  # the later write wins
    assert report.conflicts == 1
    # both laptops keep A's losing value for review: B received it late, A saw it
    # overwritten
    assert ("name", '"Biblioteka A"') in conflicts(b, resolved=False)
    assert ("name", '"Biblioteka A"') in conflicts(a, resolved=False)
    # then A edits over B's value, having seen it: history, not a conflict
    rename(a, org, "Biblioteka C")
    sync(a, remote)
    sync(b, remote)
    assert name_of(b, org) == "Biblioteka C"
    assert ("name", '"Biblioteka B"') in conflicts(b, resolved=True)
    assert ("name", '"Biblioteka B"') not in conflicts(b, resolved=False)


def test_a_tombstone_travels_and_merges_like_any_field(stores, remote) -> None:
    a, b = stores("a"), stores("b")
    org = add_org(a, "Uždaroma organizacija")
    sync(a, remote)
    sync(b, remote)
    with a.write() as session:
        session.get(Organization, org).deleted = True
    sync(a, remote)
    sync(b, remote)
    with b.read() as session:
        assert session.get(Organization, org).deleted is True


def test_a_tampered_or_truncated_bundle_is_set_aside_and_the_rest_syncs(stores, remote) -> None:
    a, b, c = stores("a"), stores("b"), stores("c")
    add_org(a, "Iš A")
    sync(a, remote)
    add_org(a, "Iš A antra")
    sync(a, remote)
    org_b = add_org(b, "Iš B")
    sync(b, remote)
    [first_a, second_a] = sorted((remote.root / "changes" / a.replica_id).iterdir())
    good = first_a.read_bytes()
    data = gzip.decompress(good).replace("Iš A".encode(), "Iš X".encode())
    first_a.write_bytes(gzip.compress(data))
    second_a.write_bytes(second_a.read_bytes()[:-20])

    report = sync(c, remote)

    assert len(report.set_aside) == 1 and "checksum" in report.set_aside[0]
    assert name_of(c, org_b) == "Iš B"  # the rest synced
    with c.read() as session:
        names = {n for (n,) in session.execute(text("SELECT name FROM organization"))}
        aside = session.execute(text("SELECT reason FROM sync_set_aside")).scalars().all()
        mark = session.execute(
            text("SELECT applied_seq FROM sync_peer WHERE replica_id = :r"), {"r": a.replica_id}
        ).scalar()
    assert "Iš X" not in names and "Iš A antra" not in names  # nothing behind it either
    assert aside == ["mismatch"] and not mark
    # once the good bundle is back it arrives; the truncated one is set aside in turn
    first_a.write_bytes(good)
    report = sync(c, remote)
    assert report.received_bundles == 1
    assert len(report.set_aside) == 1 and "truncated" in report.set_aside[0]
    with c.read() as session:
        names = {n for (n,) in session.execute(text("SELECT name FROM organization"))}
    assert {"Iš A", "Iš B"} <= names and "Iš A antra" not in names


def test_a_bundle_from_a_newer_schema_is_held_back_with_a_message(stores, remote) -> None:
    a, b = stores("a"), stores("b")
    add_org(a, "Ateities organizacija")
    sync(a, remote)
    [path] = (remote.root / "changes" / a.replica_id).iterdir()
    raw = gzip.decompress(path.read_bytes())
    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    header["schema"] = "9999"
    path.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))

    report = sync(b, remote)

    assert "newer FieldKit" in report.set_aside[0] and "update FieldKit" in report.set_aside[0]
    with b.read() as session:
        assert session.execute(text("SELECT reason FROM sync_set_aside")).scalar() == (
            "newer-schema"
        )
        assert session.execute(text("SELECT count(*) FROM organization")).scalar() == 0
    assert path.exists()  # nothing lost: it waits on the remote for an updated FieldKit


def test_a_copied_database_takes_a_new_replica_id_and_both_copies_changes_arrive(
    tmp_path: Path, stores, remote
) -> None:
    a = stores("a")
    org = add_org(a, "Bendra")
    sync(a, remote)
    a.close()
    (tmp_path / "copy").mkdir()
    shutil.copy(tmp_path / "a" / "a.db", tmp_path / "copy" / "copy.db")
    a, copy, b = stores("a"), stores("copy"), stores("b")
    assert a.replica_id == copy.replica_id
    from_a = add_org(a, "Tik A")
    from_copy = add_org(copy, "Tik kopijoje")
    rename(copy, org, "Bendra (kopija)")
    sync(a, remote)
    report = sync(copy, remote)
    assert report.new_replica_id and report.new_replica_id != a.replica_id
    assert any("copied" in w for w in report.warnings)
    for store in (a, b, copy, a):
        sync(store, remote)
    assert export(a) == export(b) == export(copy)
    assert name_of(b, from_a) == "Tik A" and name_of(b, from_copy) == "Tik kopijoje"
    assert name_of(a, org) == "Bendra (kopija)"
    # no (replica, sequence) pair was written twice
    bundles = list((remote.root / "changes").rglob("*.jsonl.gz"))
    assert len({(p.parent.name, p.name) for p in bundles}) == len(bundles) == 3


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from fieldkit.store import open_store
    from fieldkit.sync.engine import sync
    from fieldkit.sync.folder import FolderRemote

    where = sys.argv[3]

    class Killing(FolderRemote):
        def write_new(self, path, data):
            done = super().write_new(path, data)
            if where == "after-upload" and path.startswith("changes/"):
                os.kill(os.getpid(), signal.SIGKILL)
            return done

    def progress(stage, done, total):
        if where == "mid-pull" and stage == "pull":
            os.kill(os.getpid(), signal.SIGKILL)

    with open_store(Path(sys.argv[1])) as store:
        sync(store, Killing(Path(sys.argv[2])), progress=progress)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("where", ["after-upload", "mid-pull"])
def test_a_sync_killed_midway_is_finished_by_the_next_and_nothing_is_applied_twice(
    tmp_path: Path, stores, remote, where: str
) -> None:
    a, b = stores("a"), stores("b")
    for n in range(3):
        add_org(a, f"Organizacija {n}")
    sync(a, remote)
    add_org(b, "Iš B")
    for n in range(3):
        add_org(a, f"Vėlesnė {n}")
    from fieldkit.sync import bundle

    # two bundles from A wait for B, so a kill in the pull leaves one half-done
    sync(a, remote)
    b.close()
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "b" / "b.db"), str(remote.root), where],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr.decode()
    b = stores("b")
    sync(b, remote)
    sync(a, remote)
    assert export(a) == export(b)
    with b.read() as session:
        runs = session.execute(text("SELECT outcome FROM sync_run ORDER BY id")).scalars().all()
    assert runs[0] == "interrupted" and runs[-1] in ("ok", "warning")
    bundles = list((remote.root / "changes" / b.replica_id).glob("*.jsonl.gz"))
    assert len(bundles) == 1  # the killed push was recognised, not pushed again
    assert bundle.parse_name(bundles[0].name)


def test_changes_stamped_days_ahead_are_held_back_until_the_clocks_reach_them(
    stores, remote
) -> None:
    a, b = stores("a"), stores("b")
    org = add_org(a, "Laiku")
    sync(a, remote)
    sync(b, remote)

    with clock_ahead(3 * 24 * 3600):
        rename(a, org, "Iš 2030-ųjų")
    sync(a, remote)
    report = sync(b, remote)
    assert report.held == 2  # the name and updated_at
    assert name_of(b, org) == "Laiku"
    with b.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_held_change")).scalar() == 2
    # B's own clock was not dragged three days ahead by it
    with b.read() as session:
        clock = session.execute(text("SELECT value FROM meta WHERE key = 'hlc_last'")).scalar()
    assert hlc.Timestamp.decode(clock).wall_ms < hlc.wall_clock_ms() + 3_600_000


def test_an_unplugged_stick_is_unavailable_not_empty(stores, tmp_path: Path) -> None:
    a = stores("a")
    add_org(a, "Vietinė")
    with pytest.raises(RemoteUnavailable, match="not there"):
        sync(a, FolderRemote(tmp_path / "no-such-stick" / "FieldKit"))
    with a.read() as session:
        pushed = session.execute(text("SELECT value FROM meta WHERE key = 'pushed_seq'"))
        assert pushed.scalar() is None


def test_a_remote_of_another_team_is_refused_and_nothing_is_deleted(stores, remote) -> None:
    a = stores("a")
    add_org(a, "Mūsų")
    sync(a, remote)
    marker = remote.root / "fieldkit-remote.json"
    content = json.loads(marker.read_text())
    content["remote_id"] = "someone-else"
    marker.write_text(json.dumps(content))
    before = export(a)
    with pytest.raises(RemoteRefused, match="another FieldKit team"):
        sync(a, remote)
    assert export(a) == before


def test_foreign_files_are_ignored_and_reported(stores, remote) -> None:
    a, b = stores("a"), stores("b")
    add_org(a, "A")
    sync(a, remote)
    folder = remote.root / "changes" / a.replica_id
    (folder / "000000000001-000000000009 (conflicted copy).jsonl.gz").write_bytes(b"x")
    (folder / "desktop.ini").write_text("[x]")
    report = sync(b, remote)
    assert report.received_bundles == 1
    assert any("did not write" in w and "desktop.ini" in w for w in report.warnings)


def test_published_minutes_and_workbook_for_colleagues(stores, remote) -> None:
    from fieldkit.services.demo import generate_demo

    a = stores("a")
    generate_demo(a, size=400, seed=3)
    report = sync(a, remote)
    pdfs = list((remote.root / "exports" / "minutes").rglob("*.pdf"))
    assert pdfs and report.published == len(pdfs) + 1
    assert all(p.read_bytes().startswith(b"%PDF") and p.name.isascii() for p in pdfs)
    assert (remote.root / "exports" / "summary.xlsx").stat().st_size > 1000


def test_a_sync_with_nothing_new_costs_two_requests_on_webdav(stores, webdav_server) -> None:
    a, b = stores("a"), stores("b")
    add_org(a, "Per WebDAV")
    remote_a, remote_b = webdav_server.remote(), webdav_server.remote()
    sync(a, remote_a)
    sync(b, remote_b)
    assert export(a) == export(b)
    # Listings carry times to the second: a folder is believed unchanged only once
    # its time has settled (a file written in the same second could hide behind it).
    time.sleep(1.1)
    sync(a, remote_a)  # learns the listing of its own folder after its push
    webdav_server.seen()
    before = len(webdav_server.seen())
    quiet = sync(a, remote_a)
    assert quiet.requests <= 2, webdav_server.seen()[before:]
    add_org(b, "Nauja")
    sync(b, remote_b)
    assert sync(a, remote_a).received_changes > 0  # a change is still seen at once


def test_one_edited_field_uploads_a_small_bundle(stores, remote) -> None:
    from fieldkit.services.demo import generate_demo

    a = stores("a")
    generate_demo(a, size=2000, seed=4)
    sync(a, remote, publish=False)
    with a.read() as session:
        org = session.execute(text("SELECT id FROM organization LIMIT 1")).scalar()
    rename(a, org, "Pervadinta")
    report = sync(a, remote, publish=False)
    assert report.sent_changes == 2  # the name and updated_at
    assert report.sent_bytes < 4096


def test_server_faults_stop_the_sync_with_one_sentence_and_the_next_sync_completes(
    stores, webdav_server
) -> None:
    a, b = stores("a"), stores("b")
    add_org(a, "Pirmoji")
    remote = webdav_server.remote()
    sync(a, remote)
    add_org(a, "Antroji")
    webdav_server.inject({"method": "PUT", "path": r"\.tmp$", "count": 1, "status": 507})
    with pytest.raises(RemoteRefused):
        sync(a, remote)
    webdav_server.inject({"method": "PUT", "path": r"\.tmp$", "count": 10, "drop_after": 100})
    with pytest.raises(RemoteUnavailable):  # the connection drops mid-upload
        sync(a, webdav_server.remote(attempts=2))
    webdav_server.server.clear()
    report = sync(a, webdav_server.remote())
    assert report.sent_bundles == 1
    webdav_server.inject({"method": "GET", "path": r"\.jsonl\.gz$", "count": 5, "status": 500})
    with pytest.raises(RemoteUnavailable):
        sync(b, webdav_server.remote())
    webdav_server.inject({"method": "GET", "path": r"\.jsonl\.gz$", "count": 10, "drop_after": 50})
    with pytest.raises(RemoteUnavailable):  # and mid-download
        sync(b, webdav_server.remote(attempts=2))
    webdav_server.server.clear()
    sync(b, webdav_server.remote())
    assert export(a) == export(b)
    with b.read() as session:
        outcomes = session.execute(text("SELECT outcome FROM sync_run ORDER BY id")).scalars().all()
    assert outcomes == ["failed", "failed", "ok"]


def test_attachments_go_up_first_and_a_late_file_is_fetched_when_it_arrives(
    stores, remote, tmp_path: Path
) -> None:
    import datetime as dt

    from fieldkit.services.attachments import add_attachment, attachment_path
    from fieldkit.services.meetings import plan_meeting

    a, b = stores("a"), stores("b")
    meeting = plan_meeting(
        a, municipality_id="siauliu-r", title="Susitikimas", starts_at=dt.datetime(2026, 3, 2, 10)
    )
    photo = tmp_path / "lenta.jpg"
    photo.write_bytes(b"\xff\xd8 flip chart " * 100)
    add_attachment(a, meeting_id=meeting, source=photo)
    report = sync(a, remote, publish=False)
    assert report.sent_blobs == 1
    [blob] = (remote.root / "blobs").iterdir()
    # the file has not reached the remote yet (another laptop's cloud drive lags)
    hidden = blob.rename(tmp_path / "later")
    report = sync(b, remote, publish=False)
    assert any("not on the remote yet" in w for w in report.warnings)
    assert attachment_path(b, blob.name) is None
    hidden.rename(blob)
    report = sync(b, remote, publish=False)
    assert report.received_blobs == 1
    assert attachment_path(b, blob.name).read_bytes() == photo.read_bytes()
    # a file whose content does not match its name is never taken
    c = stores("c")
    blob.write_bytes(b"not the photo")
    report = sync(c, remote, publish=False)
    assert attachment_path(c, blob.name) is None
    assert any("damaged" in w for w in report.warnings)


def test_laptops_sync_through_every_webdav_server_here(stores, any_webdav) -> None:
    a, b = stores("a"), stores("b")
    org = add_org(a, "Per serverį: Ąžuolų g. 5")
    sync(a, any_webdav.remote())
    sync(b, any_webdav.remote())
    rename(b, org, "Pervadinta per serverį")
    sync(b, any_webdav.remote())
    sync(a, any_webdav.remote())
    assert export(a) == export(b)
    assert name_of(a, org) == "Pervadinta per serverį"
