"""The window's part of `fieldkit selftest` (fieldkit/cli/selftest.py): start Qt
offscreen and open the real main window on the self-test's database, so a bundle
that lacks a Qt plugin, a translation, the icon or a page's module (pages are
imported by name) fails here, not in a coordinator's hands."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from fieldkit.store import Store

PAGE_TIMEOUT_MS = 20_000


class WindowCheckFailed(Exception):
    """A part of the window did not come up (a bug in the build, not bad input)."""


def check_window(store: Store) -> str:
    """Returns what was shown, or raises WindowCheckFailed / the error met."""
    # Qt's chatter (the offscreen plugin's "does not support propagateSizeHints()", a
    # C locale switched to UTF-8) is kept out of the report: the verdict is what counts.
    previous_handler = qInstallMessageHandler(lambda *message: None)
    try:
        return _check_window(store)
    finally:
        qInstallMessageHandler(previous_handler)


def _check_window(store: Store) -> str:
    from fieldkit.ui.about import AboutDialog, app_icon
    from fieldkit.ui.crash import CrashReporter
    from fieldkit.ui.i18n import install_language
    from fieldkit.ui.main_window import PAGES, MainWindow

    # offscreen whatever the environment says: the self-test never shows a window
    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    if (
        install_language("lt") != "lt"
        or QCoreApplication.translate("MainWindow", "&Settings") == "&Settings"
    ):
        raise WindowCheckFailed("the Lithuanian translation did not load")
    if app_icon().isNull():
        raise WindowCheckFailed("the application icon did not load")

    errors: list[str] = []
    reporter = CrashReporter(show_dialog=False)
    reporter.reported.connect(lambda message, details: errors.append(details))
    reporter.install()
    window = MainWindow(store, crash_reporter=reporter)
    try:
        window.show()
        for page in PAGES:
            window.show_page(page.key)
            if not window.runner.wait_idle(PAGE_TIMEOUT_MS):
                raise WindowCheckFailed(f"the {page.key} page did not fill in time")
        AboutDialog(store.path, window).deleteLater()
        window.close()
    finally:
        window.runner.shutdown()
        window.deleteLater()
        reporter.uninstall()
        install_language("en")
    if errors:
        raise WindowCheckFailed(errors[0].strip().splitlines()[-1])
    return f"{app.platformName()}, {len(PAGES)} pages, Lithuanian"
