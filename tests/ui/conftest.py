"""Widget tests drive the real main window on a real database copied per test.

Views load and save through the runner's database thread; `settle(window)` waits
until every queued job has run and reported, so a test reads what a coordinator
would see a moment later.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.store import Store, open_store
from fieldkit.ui.crash import CrashReporter
from fieldkit.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english(qapp: object) -> Iterator[None]:
    """The window in English, as a start on an English system gives it (with the
    plural forms from fieldkit_en.qm: "1 change", "2 changes")."""
    from fieldkit.ui.i18n import install_language

    install_language("en")
    yield


def settle(window: MainWindow, rounds: int = 3) -> None:
    """Let debounced saves fire and every queued job finish and report."""
    from fieldkit.ui.autosave import flush_all

    for _ in range(rounds):
        flush_all(window)
        assert window.runner.wait_idle(10_000), "the database thread did not finish in time"


@pytest.fixture
def crashes(qtbot: QtBot) -> Iterator[list[str]]:
    """Unexpected errors reported during the test (the test fails if any)."""
    reporter = CrashReporter(show_dialog=False)
    seen: list[str] = []
    reporter.reported.connect(lambda message, details: seen.append(details))
    reporter.install()
    yield seen
    reporter.uninstall()
    assert not seen, "unexpected error in the window:\n" + "\n".join(seen)


def _window(qtbot: QtBot, store: Store, crashes: list[str]) -> MainWindow:
    reporter = CrashReporter(show_dialog=False)
    reporter.reported.connect(lambda message, details: crashes.append(details))
    window = MainWindow(store, crash_reporter=reporter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, crashes: list[str]) -> Iterator[MainWindow]:
    """The main window on an empty database (reference data only)."""
    with open_store(db_path) as store:
        window = _window(qtbot, store, crashes)
        yield window
        window.close()
        window.runner.shutdown()


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db_path: Path, crashes: list[str]) -> Iterator[MainWindow]:
    """The main window on the demo database."""
    with open_store(demo_db_path) as store:
        window = _window(qtbot, store, crashes)
        yield window
        window.close()
        window.runner.shutdown()
