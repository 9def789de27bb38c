"""The Sync page: setting up the remote (the password to the keyring only), Test
connection off the GUI thread, the history, and restoring or dismissing a kept
conflict."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldkit.model import SetAsideBundle, SyncRun
from fieldkit.services import meetings
from fieldkit.services.sync_settings import saved_remote
from fieldkit.store import Store
from fieldkit.sync.engine import SyncReport
from fieldkit.ui import sync_service
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.meeting_editor import MeetingEditor
from fieldkit.ui.views.sync import SyncView
from tests.test_conflicts_service import lose_to_remote
from tests.ui.conftest import settle

START = dt.datetime(2026, 12, 1, 10, 0)
T0 = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


class Keyring:
    """An in-memory keyring, to see what is saved where."""

    def __init__(self) -> None:
        self.saved: dict[str, tuple[str, str]] = {}

    def save(self, url: str, user: str, password: str) -> None:
        self.saved[url] = (user, password)


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> Keyring:
    from fieldkit.sync import credentials

    fake = Keyring()
    monkeypatch.setattr(credentials, "save_credentials", fake.save)
    monkeypatch.setattr(
        credentials,
        "credentials_for",
        lambda url: credentials.Credentials(*fake.saved[url]) if url in fake.saved else None,
    )
    return fake


@pytest.fixture
def syncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No real remote: each sync the window starts is recorded."""
    seen: list[str] = []

    def job(store: Store, url: str, cancel: threading.Event) -> SyncReport:
        seen.append(url)
        return SyncReport(remote=url)

    monkeypatch.setattr(sync_service, "run_sync", job)
    return seen


@pytest.fixture
def page(window: MainWindow, syncs: list[str]) -> Iterator[SyncView]:
    view = window.show_page("sync")
    assert isinstance(view, SyncView)
    settle(window)
    yield view


def settle_all(window: MainWindow) -> None:
    service = window.sync_service
    assert service is not None
    for _ in range(3):
        settle(window)
        assert service.network_thread.wait_idle()
        assert service.sync_thread.wait_idle()
    settle(window)


def test_the_models_behave(
    qtmodeltester: ModelTester, window: MainWindow, store_rows: None
) -> None:
    view = window.show_page("sync")
    settle(window)
    assert isinstance(view, SyncView)
    for model in (view.runs_model, view.conflicts_model, view.set_aside_model):
        qtmodeltester.check(model)


@pytest.fixture
def store_rows(window: MainWindow) -> str:
    """A meeting with a kept conflict, two syncs in the history, a bundle set aside."""
    store = window.store
    assert store is not None
    meeting_id = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas Biržuose", starts_at=START
    )
    lose_to_remote(store, "meeting", meeting_id, "title", "Susitikimas Pasvalyje")
    with store.write() as session:
        session.add(
            SyncRun(
                started_at=T0,
                finished_at=T0,
                remote="/media/usb/FieldKit",
                outcome="ok",
                sent_changes=12,
                received_changes=3,
            )
        )
        session.add(
            SyncRun(
                started_at=T0 + dt.timedelta(hours=1),
                remote="/media/usb/FieldKit",
                outcome="failed",
                message="The remote /media/usb/FieldKit cannot be reached.",
            )
        )
        session.add(
            SetAsideBundle(
                path="changes/abc/1-20.jsonl.gz",
                replica_id="abc",
                reason="mismatch",
                detail="The checksum differs.",
                noticed_at=T0,
            )
        )
    return meeting_id


def test_history_conflicts_and_set_aside_are_listed(
    window: MainWindow, syncs: list[str], store_rows: str
) -> None:
    view = window.show_page("sync")
    settle(window)
    assert isinstance(view, SyncView)
    runs = view.runs_model
    assert runs.rowCount() == 2
    assert [runs.index(0, c).data() for c in (1, 2, 3, 4)] == [
        "/media/usb/FieldKit",
        "Failed",
        "0",
        "0",
    ]
    assert runs.index(0, 5).data() == "The remote /media/usb/FieldKit cannot be reached."
    assert [runs.index(1, c).data() for c in (2, 3, 4)] == ["Done", "12", "3"]

    kept = view.conflicts_model
    assert kept.rowCount() == 1
    assert [kept.index(0, c).data() for c in range(4)] == [
        "Meeting: Susitikimas Pasvalyje",
        "Title",
        "Susitikimas Biržuose",
        "Susitikimas Pasvalyje",
    ]
    assert kept.index(0, 5).data() == "this computer"
    assert view.tabs.tabText(1) == "Conflicts (1)"
    assert view.tabs.tabText(2) == "Set aside (1)"
    assert view.set_aside_model.index(0, 2).data() == "Does not match its header"


def test_restore_from_the_page_and_undo_it(
    window: MainWindow, syncs: list[str], store_rows: str
) -> None:
    store = window.store
    assert store is not None
    view = window.show_page("sync")
    settle(window)
    assert isinstance(view, SyncView)
    assert not view.restore_button.isEnabled()
    view.select_conflict(0)
    assert view.restore_button.isEnabled() and view.dismiss_button.isEnabled()
    view.restore_button.click()
    settle(window)
    assert meetings.get_meeting(store, store_rows).summary.title == "Susitikimas Biržuose"
    # the replaced value is kept in its turn, so the restore can be undone
    assert view.conflicts_model.rowCount() == 1
    assert view.conflicts_model.index(0, 2).data() == "Susitikimas Pasvalyje"
    view.select_conflict(0)
    view.dismiss_button.click()
    settle(window)
    assert view.conflicts_model.rowCount() == 0
    assert view.tabs.tabText(1) == "Conflicts (0)"
    view.show_resolved.setChecked(True)
    settle(window)
    assert view.conflicts_model.rowCount() == 2
    view.select_conflict(0)
    assert not view.restore_button.isEnabled() and not view.dismiss_button.isEnabled()


def test_a_folder_is_saved_and_synced(
    window: MainWindow, page: SyncView, syncs: list[str], tmp_path: Path, keyring: Keyring
) -> None:
    store = window.store
    assert store is not None
    assert not page.save_button.isEnabled() and not page.user.isEnabled()
    page.url.setText(str(tmp_path / "share"))
    assert page.save_button.isEnabled() and not page.user.isEnabled()
    page.save_button.click()
    settle_all(window)
    assert saved_remote(store) == str(tmp_path / "share")
    assert syncs == [str(tmp_path / "share")]
    assert keyring.saved == {}
    assert page.sync_button.isEnabled()
    page.sync_button.click()
    settle_all(window)
    assert len(syncs) == 2


def test_webdav_password_goes_to_the_keyring_only(
    window: MainWindow, page: SyncView, syncs: list[str], keyring: Keyring, db_path: Path
) -> None:
    url = "https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/"
    page.url.setText(url)
    assert page.user.isEnabled() and page.password.isEnabled()
    page.user.setText("ona")
    page.password.setText("app-password-123")
    page.save_button.click()
    settle_all(window)
    assert keyring.saved == {url: ("ona", "app-password-123")}
    assert page.password.text() == ""
    assert b"app-password-123" not in db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or b"app-password-123" not in wal.read_bytes()
    assert syncs == [url]


def test_test_connection_says_what_it_found(
    window: MainWindow,
    page: SyncView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keyring: Keyring,
) -> None:
    from fieldkit.errors import QT_TRANSLATE_NOOP, RemoteRefused
    from fieldkit.sync import remotes

    threads: list[str] = []

    def check(url: str, credentials: object = None) -> remotes.ConnectionCheck:
        threads.append(threading.current_thread().name)
        if "wrong" in url:
            raise RemoteRefused(
                QT_TRANSLATE_NOOP("Errors", "The server refused the user name or password.")
            )
        return remotes.ConnectionCheck(
            display_url=url,
            entries=0,
            clock_offset_s=0.0,
            requests=2,
            template="FieldKit can sync with {url}.",
            params={"url": url},
        )

    monkeypatch.setattr(remotes, "test_connection", check)
    page.url.setText(str(tmp_path))
    page.test_button.click()
    settle_all(window)
    assert page.test_result.text() == f"FieldKit can sync with {tmp_path}."
    assert threads and threads[0] != threading.current_thread().name

    page.url.setText("https://wrong.example.lt/dav/")
    page.test_button.click()
    settle_all(window)
    assert page.test_result.text() == "The server refused the user name or password."


def test_the_menu_and_f5_sync(window: MainWindow, syncs: list[str], qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    store = window.store
    assert store is not None and window.sync_service is not None
    from fieldkit.services.sync_settings import save_remote

    save_remote(store, "/media/usb/FieldKit")
    window.sync_service.settings_changed("/media/usb/FieldKit", sync=False)
    action = window.findChild(QAction, "action-sync-now")
    assert action is not None
    action.trigger()
    settle_all(window)
    assert syncs == ["/media/usb/FieldKit"]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle_all(window)
    assert len(syncs) == 2


def test_finalising_minutes_syncs_them(window: MainWindow, syncs: list[str]) -> None:
    store = window.store
    assert store is not None and window.sync_service is not None
    from fieldkit.services.sync_settings import save_remote

    meeting_id = meetings.create_meeting(
        store, municipality_id="birzu-r", title="Susitikimas", starts_at=START
    )
    save_remote(store, "/media/usb/FieldKit")
    window.sync_service.settings_changed("/media/usb/FieldKit", sync=False)
    view = window.show_page("meetings")
    view.open_record(meeting_id)
    settle(window)
    editors = [e for e in window.findChildren(MeetingEditor) if e.meeting_id == meeting_id]
    assert editors
    editors[0].finalise()
    settle_all(window)
    assert syncs == ["/media/usb/FieldKit"]
