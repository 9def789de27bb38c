"""Starting the window: logging and the crash handler first, then the language,
the one-window-per-database lock, the database, and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def run_window(database: Path, argv: Sequence[str] = ()) -> int:
    if _no_screen():
        print(
            "fieldkit: there is no screen to open the window on (no DISPLAY or "
            "WAYLAND_DISPLAY); the commands work without one: see 'fieldkit --help'.",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fieldkit import __version__
    from fieldkit.ui.crash import CrashReporter, setup_logging
    from fieldkit.ui.i18n import chosen_language, install_language
    from fieldkit.ui.single_instance import SingleInstance

    setup_logging()
    QCoreApplication.setOrganizationName("Bibliotekos pazangai 2")
    QCoreApplication.setApplicationName("FieldKit")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    from fieldkit.ui.about import app_icon

    app.setWindowIcon(app_icon())  # every window's, and the taskbar's on Linux
    reporter = CrashReporter(app)
    reporter.install()
    install_language(chosen_language())

    instance = SingleInstance(database, app)
    if not instance.acquire():
        if instance.ask_first_to_come_forward():
            print(
                QCoreApplication.translate(
                    "Application",
                    "FieldKit is already open with this database; it was brought forward.",
                )
            )
            return 0
        QMessageBox.information(
            None,
            QCoreApplication.translate("Application", "FieldKit"),
            QCoreApplication.translate(
                "Application", "FieldKit is already open with this database."
            ),
        )
        return 1

    from fieldkit.ui.main_window import MainWindow

    # The window comes first; the database opens on its worker thread (see MainWindow).
    window = MainWindow(database=database, crash_reporter=reporter)
    instance.raise_requested.connect(lambda: _bring_forward(window))
    window.show()
    _close_on_termination(window)
    try:
        code = app.exec()
        return window.exit_code or code
    finally:
        window.runner.shutdown()
        if window.store is not None:
            window.store.close()
        instance.release()
        reporter.uninstall()


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process with a page of
    plugin errors; a chosen platform (offscreen, in tests) is the user's call."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _close_on_termination(window) -> None:  # type: ignore[no-untyped-def]
    """A logout or shutdown sends SIGTERM (Ctrl+C sends SIGINT): close the window as
    the user would, so the last typing is saved and the database closed cleanly.
    Python handles signals only when it runs, so a timer wakes it twice a second."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_: object) -> None:
        QTimer.singleShot(0, window.close)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, close)
    wake = QTimer(window)
    wake.start(500)
    wake.timeout.connect(lambda: None)


def _bring_forward(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
