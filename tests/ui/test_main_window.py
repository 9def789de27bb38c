"""The main window as a coordinator meets it: the navigation bar, search from
anywhere, the status bar, remembered geometry, one window per database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldkit.services import partners
from fieldkit.store import open_store
from fieldkit.ui.main_window import PAGES, MainWindow
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def test_the_navigation_bar_leads_to_every_page(qtbot: QtBot, window: MainWindow) -> None:
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == [
        "Meetings",
        "Problems",
        "Contacts",
        "Organisations",
        "Municipalities",
        "Sync",
    ]
    for row, page in enumerate(PAGES):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle(window)
        assert window.current_page() == page.key
        assert window.view(page.key).isVisible()


def test_the_status_bar_says_where_the_data_stands(window: MainWindow) -> None:
    assert window.database_label.text() == str(window.store.path)
    assert window.sync_label.text() == "Sync not set up"
    store = window.store
    window.runner.run(
        lambda: partners.create_contact(store, first_name="Rūta"),
        changes={"contacts"},  # type: ignore[arg-type]
    )
    settle(window)
    assert window.sync_label.text().startswith("Sync not set up · ")
    assert window.sync_label.text().endswith(" changes waiting")


def test_expected_errors_show_one_sentence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    store = window.store
    window.runner.run(lambda: partners.create_contact(store, first_name="  "))
    settle(window)
    assert shown == ["The first name must not be empty."]


def test_search_from_anywhere_opens_the_record(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.show_page("sync")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    popup = window.search_popup
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_field, "siauliu")
    rows = popup.hit_rows()
    assert rows, "no results for siauliu"
    headers = [
        popup.model.item(row).text()
        for row in range(popup.model.rowCount())
        if not popup.model.item(row).data(Qt.ItemDataRole.UserRole + 1)
    ]
    assert headers and set(headers) <= {"Meetings", "Problems", "Contacts", "Organisations"}
    kind, _record_id, _text = rows[0]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    settle(window)
    expected = {"meeting": "meetings", "problem": "problems", "contact": "contacts"}
    assert window.current_page() == expected.get(kind, "organizations")


def test_window_geometry_is_remembered(qtbot: QtBot, db_path: Path) -> None:
    with open_store(db_path) as store:
        first = MainWindow(store)
        qtbot.addWidget(first)
        first.show()
        first.resize(QSize(800, 640))
        first.move(QPoint(20, 10))
        wanted = first.size()  # within what the (offscreen) screen and the content allow
        assert wanted.height() == 640
        first.close()
        first.runner.shutdown()
        second = MainWindow(store)
        qtbot.addWidget(second)
        # the offscreen screen is 800 px wide, narrower than the window's content,
        # so Qt narrows a restored window to fit; the height tells it was restored
        assert second.size().height() == wanted.height()
        assert second.size().height() != 800
        second.close()
        second.runner.shutdown()


OPEN_AND_REPORT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import fieldkit.ui.main_window as main_window

show = main_window.MainWindow.show

def show_and_report(window):
    show(window)
    def report():
        if window.runner.pending:
            QTimer.singleShot(10, report)
            return
        print("window:", window.windowTitle(), "|", window.current_page(), flush=True)
        window.close()
        QApplication.quit()
    QTimer.singleShot(0, report)

main_window.MainWindow.show = show_and_report
from fieldkit.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_fieldkit_without_a_command_opens_the_window(db_path: Path, tmp_path: Path) -> None:
    """In its own process: a whole application start and quit would leave this
    test process's Qt event loop unusable for the tests after it."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDKIT_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "window: FieldKit | meetings"


def test_a_second_start_on_the_same_database_defers_to_the_first(
    db_path: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDKIT_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "fieldkit", "--db", str(db_path)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        locks = tmp_path / "data" / "locks"
        deadline = time.monotonic() + 30
        while not (locks.is_dir() and any(locks.glob("*.lock"))):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first window never started"
            time.sleep(0.1)
        time.sleep(0.5)  # the lock is taken just before the socket listens
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()  # as a logout does: the window closes as if by hand
        first.communicate(timeout=30)
    assert first.returncode == 0
    assert list(db_path.parent.glob(db_path.name + ".open*")) == []  # closed cleanly


def test_without_a_screen_the_window_says_so(db_path: Path, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(FIELDKIT_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no screen" in result.stderr
