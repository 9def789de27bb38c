"""Automatic sync: at start-up, after a meeting is finalised, every few minutes while
the network is up, when the network comes back, and on demand; never on the GUI
thread and never two at once.

A sync runs on a thread of its own with a database connection of its own (its own
Store on the same file), so the window's database thread stays free for typing
and autosave while bundles go up and down. A remote that cannot be reached is
tried again after 1, 2, 4 ... minutes (at most 30, or later if the server asks);
a remote that refuses (a wrong password, a full disk) is not asked again until the
settings change or the user syncs by hand: repeating a wrong password locks a
whole office out of Nextcloud.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal

from fieldkit.errors import FieldKitError, RemoteUnavailable
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Runner

if TYPE_CHECKING:
    from fieldkit.services.sync_status import SyncStatus
    from fieldkit.store import Store
    from fieldkit.sync.engine import SyncReport

log = logging.getLogger(__name__)

# How often to sync while online.
INTERVAL_S = 5 * 60
# The first wait after a failure; it doubles with each failure in a row.
BACKOFF_START_S = 60
BACKOFF_MAX_S = 30 * 60

# Runs one sync on the sync thread: (the sync thread's store, the remote's
# address, the cancel event) -> what it did.
SyncJob = Callable[["Store", str, threading.Event], "SyncReport"]


class SyncState(enum.StrEnum):
    UNKNOWN = "unknown"  # the database is not open yet
    NOT_SET_UP = "not-set-up"  # no remote saved for this database
    IDLE = "idle"  # set up; the last sync (if any) went well
    SYNCING = "syncing"
    UNAVAILABLE = "unavailable"  # the remote cannot be reached: retried with backoff
    PAUSED = "paused"  # the remote refused: automatic sync waits for the user


def is_web(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


def run_sync(store: Store, url: str, cancel: threading.Event) -> SyncReport:
    """One sync with the saved remote (on the sync thread)."""
    from fieldkit.sync import engine
    from fieldkit.sync.remotes import open_remote

    remote = open_remote(url)  # a WebDAV remote's password comes from the keyring
    try:
        return engine.sync(store, remote, cancel=cancel)
    finally:
        remote.close()


def backoff_s(failures: int, retry_after: float | None = None) -> float:
    """How long to wait after `failures` failures in a row (1 = the first)."""
    wait = min(BACKOFF_START_S * 2 ** max(0, failures - 1), BACKOFF_MAX_S)
    if retry_after is not None:
        wait = max(wait, min(retry_after, BACKOFF_MAX_S))
    return float(wait)


class SyncService(QObject):
    """Decides when to sync and runs each sync on its own thread."""

    # the state, the error or the time of the last sync changed (the status bar)
    state_changed = Signal()
    # a sync finished (the SyncReport): the history has a new row
    finished = Signal(object)
    # a sync brought changes from elsewhere: the views should reload
    received = Signal()
    # an unexpected exception (a bug) in a sync: the crash handler shows it
    crashed = Signal(object)

    def __init__(
        self,
        database: Path,
        runner: Runner,
        parent: QObject | None = None,
        *,
        job: SyncJob | None = None,
        interval_s: float = INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
        watch_network: bool = True,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._runner = runner  # the window's database thread: quick reads only
        self._job = job  # None: run_sync, looked up when each sync starts
        self._clock = clock
        self._watch_network = watch_network
        # The sync thread, and a second one for Test connection and the keyring,
        # so a test of new settings does not wait behind a long sync.
        self.sync_thread = Runner(self)
        self.network_thread = Runner(self)
        self.sync_thread.crashed.connect(self._crashed)
        self.network_thread.crashed.connect(self.crashed)
        self._store: Store | None = None  # opened and used on the sync thread only
        self._cancel = threading.Event()

        self.state = SyncState.UNKNOWN
        self.remote: str | None = None
        self.error = ""  # the last failure, one sentence in the window's language
        self.failures = 0  # failures in a row
        self.next_attempt = 0.0  # clock() before which no automatic sync starts
        self.online: bool | None = None  # None: the platform does not say
        self._again: bool | None = None  # a request that came during a sync (user?)
        self._closed = False

        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_s * 1000))
        self._timer.timeout.connect(lambda: self.request("timer"))
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(lambda: self.request("retry"))

    # --- starting -----------------------------------------------------------------

    def start(self, store: Store) -> None:
        """The database is open: find the saved remote (a quick read on the window's
        database thread), then sync once and every few minutes."""
        from fieldkit.services.sync_settings import saved_remote

        if self._watch_network:
            self._watch_reachability()
        self._timer.start()
        self._runner.run(lambda: saved_remote(store), on_success=self._remote_read)

    def _remote_read(self, url: str | None) -> None:
        self.settings_changed(url, sync=True)

    def settings_changed(self, url: str | None, *, sync: bool = True) -> None:
        """The saved remote is now `url` (None: sync was switched off). New settings
        lift a pause and the backoff: they may well be the fix."""
        self.remote = url
        self.failures = 0
        self.next_attempt = 0.0
        self._retry.stop()
        self.error = ""
        if url is None:
            self._set_state(SyncState.NOT_SET_UP)
            return
        if self.state in (SyncState.UNKNOWN, SyncState.NOT_SET_UP, SyncState.PAUSED):
            self._set_state(SyncState.IDLE)
        if sync:
            self.request("settings")

    def _watch_reachability(self) -> None:
        """Follow the network where the platform says (else the timer simply tries:
        a sync with nothing new is two requests)."""
        from PySide6.QtNetwork import QNetworkInformation

        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            log.info("no network information on this platform; syncing on the timer")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability_changed)
        self._reachability_changed(info.reachability())

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        was = self.online
        if reachability == levels.Unknown:
            self.online = None
        else:
            self.online = reachability != levels.Disconnected
        if self.online and was is False:
            # Back online: whatever waited for the network may go now.
            self.next_attempt = 0.0
            self.request("online")
        self.state_changed.emit()

    # --- running ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.state == SyncState.SYNCING

    def sync_now(self) -> None:
        """The user asked (the Sync page's button, the menu, F5)."""
        self.request("user", user=True)

    def request(self, reason: str, *, user: bool = False) -> bool:
        """Sync now if nothing stands in the way; True if a sync started (or will
        start right after the one running)."""
        if self._closed or self.state == SyncState.UNKNOWN:
            return False
        if self.state == SyncState.NOT_SET_UP or self.remote is None:
            return False
        if self.running:
            self._again = bool(self._again) or user
            return True
        if not user:
            if self.state == SyncState.PAUSED:
                return False
            if self._clock() < self.next_attempt:
                return False
            if self.online is False and is_web(self.remote):
                return False
        log.info("sync (%s)", reason)
        self._retry.stop()
        self._set_state(SyncState.SYNCING)
        self._cancel.clear()
        job, url, cancel = self._job or run_sync, self.remote, self._cancel
        self.sync_thread.run(
            lambda: job(self._thread_store(), url, cancel),
            on_success=self._succeeded,
            on_failure=self._failed,
        )
        return True

    def _thread_store(self) -> Store:
        """The sync thread's own connection to the database, opened on first use."""
        if self._store is None:
            from fieldkit.store import open_store

            self._store = open_store(self.database, create=False)
        return self._store

    def _succeeded(self, report: SyncReport) -> None:
        self.failures = 0
        self.next_attempt = 0.0
        self.error = ""
        self._set_state(SyncState.IDLE)
        self.finished.emit(report)
        if report.received_changes:
            self.received.emit()
        self._after()

    def _failed(self, error: FieldKitError) -> None:
        self.error = user_message(error)
        self.failures += 1
        if isinstance(error, RemoteUnavailable):
            wait = backoff_s(self.failures, error.retry_after)
            self.next_attempt = self._clock() + wait
            self._retry.start(int(wait * 1000))
            self._set_state(SyncState.UNAVAILABLE)
        else:
            # Refused (a password, a permission, a full disk, a wrong address):
            # asking again changes nothing until someone changes something.
            self._set_state(SyncState.PAUSED)
        self.finished.emit(None)
        self._after()

    def _crashed(self, error: BaseException) -> None:
        """A bug in a sync: reported, and no automatic retry of the same bug."""
        self.error = self.tr("The sync failed unexpectedly.")
        self._set_state(SyncState.PAUSED)
        self.crashed.emit(error)
        self.finished.emit(None)
        self._after()

    def _after(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.request("again", user=again)

    def _set_state(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit()

    # --- words ------------------------------------------------------------------------

    def describe(self, status: SyncStatus | None) -> tuple[str, str]:
        """The status bar's words for where things stand, and a tooltip."""
        waiting = status.changes_waiting if status is not None else 0
        if self.state == SyncState.SYNCING:
            return self.tr("Syncing…"), ""
        if self.state in (SyncState.UNKNOWN, SyncState.NOT_SET_UP) or self.remote is None:
            tip = self.tr("Choose a shared folder or a WebDAV address on the Sync page.")
            if waiting:
                return self.tr("Sync not set up · %n change(s) waiting", "", waiting), tip
            return self.tr("Sync not set up"), tip
        if self.state == SyncState.PAUSED:
            return self.error, self.tr(
                "Automatic sync waits until the settings change or you sync."
            )
        offline = self.state == SyncState.UNAVAILABLE or (
            self.online is False and is_web(self.remote)
        )
        if offline:
            tip = self.error
            if self.state == SyncState.UNAVAILABLE and self.next_attempt:
                minutes = max(1, round((self.next_attempt - self._clock()) / 60))
                tip = self.tr("%1 Trying again in %n minute(s).", "", minutes).replace(
                    "%1", self.error
                )
            return self.tr("Offline · %n change(s) waiting", "", waiting), tip
        if status is not None and status.last_sync is not None:
            when = QDateTime(status.last_sync.astimezone())
            today = when.date() == QDateTime.currentDateTime().date()
            locale = QLocale()
            moment = (
                locale.toString(when.time(), QLocale.FormatType.ShortFormat)
                if today
                else locale.toString(when, QLocale.FormatType.ShortFormat)
            )
            synced = self.tr("Synced at %1").replace("%1", moment)
            if waiting:
                synced += " · " + self.tr("%n change(s) waiting", "", waiting)
            return synced, self.remote
        return self.tr("%n change(s) waiting", "", waiting), self.remote

    # --- closing ------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers, ask a running sync to stop at its next safe point, and close
        the sync thread's database connection on that thread."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._retry.stop()
        self._cancel.set()
        self.sync_thread.run(self._close_store)
        self.sync_thread.shutdown()
        self.network_thread.shutdown()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
