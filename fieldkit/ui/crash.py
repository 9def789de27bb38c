"""No crash reaches the user as a vanished window: an unexpected exception, on any
thread, is written with its traceback to the log in the user's data folder and
shown as a short message. Installed before the window exists."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldkit.paths import log_dir

log = logging.getLogger("fieldkit")

LOG_NAME = "fieldkit.log"
_fault_file = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """A rotating log in the data folder, and faulthandler for hard crashes. A
    windowed build has no stderr, so nothing here may assume one."""
    global _fault_file
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    try:
        _fault_file = (path.parent / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    except OSError:
        pass
    return path


class CrashReporter(QObject):
    """Shows one dialog per unexpected error, on the GUI thread, whatever thread
    raised it. Tests connect to `reported` instead of clicking the dialog."""

    reported = Signal(str, str)  # short message, traceback text
    _raised = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.show_dialog = show_dialog
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def report(self, error: BaseException) -> None:
        self._handle(type(error), error, error.__traceback__)

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        self._handle(kind, error, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        message = f"{kind.__name__}: {error}"
        self._raised.emit(message, details)

    def _show(self, message: str, details: str) -> None:
        self.reported.emit(message, details)
        if not self.show_dialog or QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        QTimer.singleShot(0, lambda: show_crash_dialog(parent, message, details))


def show_crash_dialog(parent: QWidget | None, message: str, details: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashReporter", "FieldKit: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "CrashReporter",
            "Something went wrong inside FieldKit. Your saved work is safe; "
            "the last change may not have been saved.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("CrashReporter", "The details are in {path}.").format(
            path=log_file()
        )
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
