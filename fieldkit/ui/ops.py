"""Running service calls off the GUI thread (in the spirit of Anki's operations).

All database work goes through one worker thread, so the window never freezes on
the disk and two writes never race for SQLite's lock. Results and errors come
back on the GUI thread; a successful write announces which kinds of records it
changed, so that views refresh only what they show.
"""

from __future__ import annotations

import concurrent.futures
import enum
import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Signal

from fieldkit.errors import FieldKitError
from fieldkit.ui.errors import user_message

log = logging.getLogger(__name__)

T = TypeVar("T")


class Change(enum.StrEnum):
    """What a write touched; views subscribe to the kinds they show."""

    MEETINGS = "meetings"
    PROBLEMS = "problems"
    CONTACTS = "contacts"
    ORGANIZATIONS = "organizations"
    LIBRARIES = "libraries"
    SYNC = "sync"
    #: Minutes were finalised (with MEETINGS): the moment to sync them to the team.
    FINALISED = "finalised"


class Runner(QObject):
    """Runs plain functions on the database thread and reports on the GUI thread."""

    # kinds of records changed by a finished write (a frozenset of Change)
    changed = Signal(object)
    # one sentence for the user: an expected failure (bad input, full disk, ...)
    failed = Signal(str)
    # an unexpected exception (a bug): the crash handler shows and logs it
    crashed = Signal(object)
    # the number of jobs queued or running changed
    busy_changed = Signal(int)
    # Never pass None itself through a queued signal: PySide6 miscounts its
    # references across threads and the interpreter dies at exit.
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="fieldkit-db"
        )
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[FieldKitError], Any] | None = None,
        changes: Iterable[Change] = (),
    ) -> concurrent.futures.Future[T]:
        """Queue `work`; `on_success(result)` runs on the GUI thread when it is done.
        An expected failure goes to `on_failure`, or else to the `failed` signal."""
        kinds = frozenset(changes)
        if self._closed:
            # A timer that fires while the window closes: the database is gone,
            # and nothing the user typed is lost (closing flushed every save).
            log.info("ignoring a job queued after the runner shut down")
            cancelled: concurrent.futures.Future[T] = concurrent.futures.Future()
            cancelled.cancel()
            return cancelled
        self._set_pending(+1)
        future = self._executor.submit(work)
        callbacks = (on_success, on_failure, kinds)
        future.add_done_callback(lambda done: self._finished.emit((done, callbacks)))
        return future

    def _deliver(self, delivery: tuple[concurrent.futures.Future[Any], Any]) -> None:
        future, (on_success, on_failure, kinds) = delivery
        self._set_pending(-1)
        error = future.exception()
        if error is None:
            if kinds:
                self.changed.emit(kinds)
            if on_success is not None:
                on_success(future.result())
        elif isinstance(error, FieldKitError):
            if on_failure is not None:
                on_failure(error)
            else:
                self.failed.emit(user_message(error))
        else:
            log.error("background job failed", exc_info=error)
            self.crashed.emit(error)

    def _set_pending(self, delta: int) -> None:
        self._pending += delta
        self.busy_changed.emit(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every queued job has run and reported (closing the
        window, tests). Returns False if the time ran out."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._pending

    def shutdown(self) -> None:
        self.wait_idle()
        self._closed = True
        self._executor.shutdown(wait=True)
