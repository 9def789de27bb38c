"""The automatic sync: when it runs, that it runs off the GUI thread and never twice
at once, how it backs off from a remote it cannot reach and stops for one that
refuses, and what the status bar says meanwhile."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from fieldkit.errors import QT_TRANSLATE_NOOP, RemoteRefused, RemoteUnavailable
from fieldkit.services.sync_settings import save_remote
from fieldkit.services.sync_status import SyncStatus
from fieldkit.store import Store
from fieldkit.sync.engine import SyncReport
from fieldkit.ui.ops import Runner
from fieldkit.ui.sync_service import SyncService, SyncState, backoff_s

UNREACHABLE = QT_TRANSLATE_NOOP("Errors", "The remote {url} cannot be reached.")
WRONG_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The server refused the user name or password.")


class FakeRemote:
    """Stands in for engine.sync: records each call and answers from a script."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answers: list[BaseException | SyncReport] = []
        self.gate: threading.Event | None = None
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def __call__(self, store: Store, url: str, cancel: threading.Event) -> SyncReport:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            self.calls.append((threading.current_thread().name, url))
            assert store.path.name == "fieldkit.sqlite"
            if self.gate is not None:
                assert self.gate.wait(10)
            answer = self.answers.pop(0) if self.answers else SyncReport(remote=url)
            if isinstance(answer, BaseException):
                raise answer
            return answer
        finally:
            with self._lock:
                self.running -= 1


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> FakeRemote:
    return FakeRemote()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runner(qapp: object) -> Iterator[Runner]:
    runner = Runner()
    yield runner
    runner.shutdown()


@pytest.fixture
def service(db_path: Path, runner: Runner, fake: FakeRemote, clock: Clock) -> Iterator[SyncService]:
    service = SyncService(db_path, runner, job=fake, clock=clock, watch_network=False)
    yield service
    service.shutdown()


def wait_idle(service: SyncService, runner: Runner) -> None:
    assert runner.wait_idle()
    assert service.sync_thread.wait_idle()
    assert runner.wait_idle()


def started(service: SyncService, runner: Runner, store: Store) -> SyncService:
    service.start(store)
    wait_idle(service, runner)
    return service


def test_without_a_remote_nothing_runs(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    started(service, runner, store)
    assert service.state == SyncState.NOT_SET_UP
    assert not service.request("timer")
    service.sync_now()
    wait_idle(service, runner)
    assert fake.calls == []
    assert service.describe(SyncStatus(0, None)) == (
        "Sync not set up",
        "Choose a shared folder or a WebDAV address on the Sync page.",
    )
    text, _tip = service.describe(SyncStatus(3, None))
    assert text == "Sync not set up · 3 changes waiting"


def test_it_syncs_at_start_up_on_its_own_thread(
    qtbot: QtBot, service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    save_remote(store, "/media/usb/FieldKit")
    with qtbot.waitSignal(service.finished, timeout=10_000) as finished:
        service.start(store)
    assert isinstance(finished.args[0], SyncReport)
    wait_idle(service, runner)
    ((thread, url),) = fake.calls
    assert url == "/media/usb/FieldKit"
    assert thread != threading.current_thread().name
    assert service.state == SyncState.IDLE


def test_changes_received_tell_the_views(
    qtbot: QtBot, service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    save_remote(store, "/media/usb/FieldKit")
    started(service, runner, store)
    fake.answers = [SyncReport(remote="x", received_changes=4)]
    with qtbot.waitSignal(service.received, timeout=10_000):
        service.sync_now()
    fake.answers = [SyncReport(remote="x")]
    with qtbot.assertNotEmitted(service.received):
        service.sync_now()
        wait_idle(service, runner)


def test_never_two_syncs_at_once(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    save_remote(store, "/media/usb/FieldKit")
    fake.gate = threading.Event()
    service.start(store)
    assert runner.wait_idle()
    assert service.running
    for _ in range(5):
        assert service.request("timer")
    service.sync_now()
    fake.gate.set()
    wait_idle(service, runner)
    wait_idle(service, runner)
    # the one running, then one more for everything asked meanwhile
    assert len(fake.calls) == 2
    assert fake.most_at_once == 1


def test_an_unreachable_remote_is_tried_again_later_and_later(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote, clock: Clock
) -> None:
    save_remote(store, "/media/usb/FieldKit")
    fake.answers = [RemoteUnavailable(UNREACHABLE, url="/media/usb/FieldKit")] * 3
    started(service, runner, store)
    assert service.state == SyncState.UNAVAILABLE
    assert service.next_attempt == clock.now + 60
    assert service.describe(SyncStatus(14, None)) == (
        "Offline · 14 changes waiting",
        "The remote /media/usb/FieldKit cannot be reached. Trying again in 1 minute.",
    )

    clock.now += 59
    assert not service.request("timer")  # still waiting
    clock.now += 1
    assert service.request("retry")
    wait_idle(service, runner)
    assert service.next_attempt == clock.now + 120

    clock.now += 120
    assert service.request("timer")
    wait_idle(service, runner)
    assert service.next_attempt == clock.now + 240
    assert len(fake.calls) == 3

    # the user need not wait; a success clears the backoff
    service.sync_now()
    wait_idle(service, runner)
    assert service.state == SyncState.IDLE and service.failures == 0
    assert service.request("timer")
    wait_idle(service, runner)


def test_backoff_doubles_up_to_half_an_hour_and_honours_retry_after() -> None:
    assert [backoff_s(n) for n in range(1, 8)] == [60, 120, 240, 480, 960, 1800, 1800]
    assert backoff_s(1, retry_after=300) == 300
    assert backoff_s(3, retry_after=30) == 240
    assert backoff_s(1, retry_after=86_400) == 1800


def test_a_refusal_stops_the_automatic_sync_until_asked(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote, clock: Clock
) -> None:
    save_remote(store, "https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/")
    fake.answers = [RemoteRefused(WRONG_PASSWORD)]
    started(service, runner, store)
    assert service.state == SyncState.PAUSED
    text, _tip = service.describe(SyncStatus(2, None))
    assert text == "The server refused the user name or password."

    clock.now += 24 * 3600
    assert not service.request("timer")
    assert not service.request("online")
    assert len(fake.calls) == 1

    service.sync_now()  # the user asks: tried once more
    wait_idle(service, runner)
    assert len(fake.calls) == 2 and service.state == SyncState.IDLE

    fake.answers = [RemoteRefused(WRONG_PASSWORD)]
    service.sync_now()
    wait_idle(service, runner)
    assert service.state == SyncState.PAUSED
    service.settings_changed("https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/")
    wait_idle(service, runner)
    assert len(fake.calls) == 4 and service.state == SyncState.IDLE


def test_offline_web_remote_waits_for_the_network(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    from PySide6.QtNetwork import QNetworkInformation

    save_remote(store, "https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/")
    started(service, runner, store)
    assert len(fake.calls) == 1
    service._reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert not service.request("timer")
    assert service.describe(SyncStatus(5, None))[0] == "Offline · 5 changes waiting"
    service._reachability_changed(QNetworkInformation.Reachability.Online)  # back: at once
    wait_idle(service, runner)
    assert len(fake.calls) == 2


def test_a_folder_remote_syncs_without_a_network(
    service: SyncService, runner: Runner, store: Store, fake: FakeRemote
) -> None:
    from PySide6.QtNetwork import QNetworkInformation

    save_remote(store, "/media/usb/FieldKit")
    started(service, runner, store)
    service._reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert service.request("timer")  # a USB stick needs no network
    wait_idle(service, runner)
    assert len(fake.calls) == 2


def test_synced_at_says_the_local_time(service: SyncService, runner: Runner, store: Store) -> None:
    save_remote(store, "/media/usb/FieldKit")
    started(service, runner, store)
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    local = now.astimezone()
    text, _tip = service.describe(SyncStatus(0, now, remote="/media/usb/FieldKit"))
    shown = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    assert text == f"Synced at {shown}"
    text, _tip = service.describe(SyncStatus(1, now, remote="/media/usb/FieldKit"))
    assert text.endswith(" · 1 change waiting")


def test_the_sync_thread_has_a_database_connection_of_its_own(
    service: SyncService, runner: Runner, db_path: Path, store: Store, fake: FakeRemote
) -> None:
    save_remote(store, "/media/usb/FieldKit")
    seen: list[Store] = []

    def job(thread_store: Store, url: str, cancel: threading.Event) -> SyncReport:
        seen.append(thread_store)
        return SyncReport(remote=url)

    service._job = job
    started(service, runner, store)
    service.sync_now()
    wait_idle(service, runner)
    assert len(seen) == 2 and seen[0] is seen[1] and seen[0] is not store
    assert seen[0].path.resolve() == db_path.resolve()


def test_a_real_folder_sync_refreshes_the_window(
    qtbot: QtBot, tmp_path: Path, empty_template: Path, crashes: list[str]
) -> None:
    """Two laptops and a shared folder, no fakes: what the other laptop sent shows
    in the window after F5, the history has the run, the status bar the time."""
    from PySide6.QtCore import Qt

    from fieldkit.services import meetings
    from fieldkit.store import open_store
    from fieldkit.sync.engine import sync
    from fieldkit.sync.remotes import open_remote
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.views.meetings import MeetingsView
    from tests.conftest import copy_database
    from tests.ui.conftest import settle

    share = tmp_path / "share"
    mine = copy_database(empty_template, tmp_path / "mine" / "fieldkit.sqlite")
    theirs = copy_database(empty_template, tmp_path / "theirs" / "fieldkit.sqlite")
    with open_store(mine) as store:
        save_remote(store, str(share))
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        service = window.sync_service
        assert service is not None
        settle(window)
        assert service.sync_thread.wait_idle()
        settle(window)
        assert window.sync_label.text().startswith("Synced at ")  # the start-up sync

        with open_store(theirs) as other:
            meetings.create_meeting(
                other,
                municipality_id="birzu-r",
                title="Susitikimas Biržuose",
                starts_at=dt.datetime(2026, 12, 1, 10, 0),
            )
            remote = open_remote(str(share))
            sync(other, remote, publish=False)
            remote.close()

        view = window.show_page("meetings")
        assert isinstance(view, MeetingsView)
        settle(window)
        assert view.model.rowCount() == 0
        with qtbot.waitSignal(service.received, timeout=20_000):
            qtbot.keyClick(window, Qt.Key.Key_F5)
        settle(window)
        assert view.model.rowCount() == 1
        sync_page = window.show_page("sync")
        settle(window)
        runs = sync_page.runs_model  # type: ignore[attr-defined]
        assert runs.rowCount() == 2
        assert runs.index(0, 2).data() == "Done"
        assert int(runs.index(0, 4).data()) > 0
        window.close()
        window.runner.shutdown()
