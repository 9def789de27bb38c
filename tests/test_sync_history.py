"""The Sync page's history and set-aside lists, and what the status bar reads."""

from __future__ import annotations

import datetime as dt

from fieldkit.model import SetAsideBundle, SyncRun
from fieldkit.services.sync_history import last_run, list_runs, list_set_aside
from fieldkit.services.sync_settings import save_remote
from fieldkit.services.sync_status import sync_status
from fieldkit.store import Store

T0 = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def add_run(store: Store, minutes: int, outcome: str, message: str = "", **counts: int) -> None:
    with store.write() as session:
        session.add(
            SyncRun(
                started_at=T0 + dt.timedelta(minutes=minutes),
                finished_at=T0 + dt.timedelta(minutes=minutes, seconds=3),
                remote="/media/usb/FieldKit",
                outcome=outcome,
                message=message,
                warnings="[\"The remote's clock is 9 minutes ahead of this computer's.\"]",
                **counts,
            )
        )


def test_runs_newest_first_and_limited(store: Store) -> None:
    assert list_runs(store) == [] and last_run(store) is None
    for minute in range(5):
        add_run(store, minute, "ok", sent_changes=minute, received_changes=10 * minute)
    add_run(store, 10, "failed", "The remote cannot be reached.")
    runs = list_runs(store, limit=3)
    assert [r.outcome for r in runs] == ["failed", "ok", "ok"]
    assert runs[1].sent_changes == 4 and runs[1].received_changes == 40
    # plain English sentences kept by an earlier FieldKit still read
    assert str(runs[0].message) == "The remote cannot be reached."
    assert [str(w) for w in runs[0].warnings] == [
        "The remote's clock is 9 minutes ahead of this computer's."
    ]
    assert runs[0].started_at == T0 + dt.timedelta(minutes=10)
    assert last_run(store) == runs[0]


def test_set_aside_bundles_with_their_reasons(store: Store) -> None:
    with store.write() as session:
        session.add(
            SetAsideBundle(
                path="changes/abc/1-20.jsonl.gz",
                replica_id="abc",
                reason="checksum",
                detail="The bundle's SHA-256 does not match its header.",
                noticed_at=T0,
            )
        )
    (bundle,) = list_set_aside(store)
    assert bundle.path == "changes/abc/1-20.jsonl.gz"
    assert bundle.reason == "checksum" and "SHA-256" in bundle.detail


def test_status_names_the_remote_and_the_last_outcome(store: Store) -> None:
    status = sync_status(store)
    assert status.remote is None and status.last_outcome is None
    save_remote(store, "/media/usb/FieldKit")
    add_run(store, 0, "ok")
    add_run(store, 1, "failed", "The remote cannot be reached.")
    status = sync_status(store)
    assert status.remote == "/media/usb/FieldKit"
    assert status.last_outcome == "failed"
    assert status.last_message == "The remote cannot be reached."


def test_a_sync_keeps_its_sentences_as_templates_to_show_in_any_language(
    store: Store, tmp_path
) -> None:
    from fieldkit.sync.engine import sync
    from fieldkit.sync.folder import FolderRemote

    remote = FolderRemote(tmp_path / "remote")
    sync(store, remote)
    (remote.root / "changes" / "desktop.ini").mkdir()
    sync(store, remote)
    [run, first] = list_runs(store)[:2]
    assert run.message is not None and "{sent}" in run.message.template
    assert str(run.message).startswith("Sent: 0 changes")
    [warning] = run.warnings
    assert warning.template == "Ignored the folder {folder}: FieldKit did not write it."
    assert warning.params == {"folder": "changes/desktop.ini"}
    assert first.warnings == ()
