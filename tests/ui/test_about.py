"""Help → About FieldKit: the version, the database and the log folder, readable and
openable, so support can ask for them over the phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit import __version__
from fieldkit.paths import log_dir
from fieldkit.ui.main_window import MainWindow


def about_from_menu(window: MainWindow, qtbot: QtBot) -> QDialog:
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    about = next(a for a in help_menu.actions() if a.objectName() == "action-about")
    about.trigger()
    dialog = window.findChild(QDialog, "about")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_the_version_database_and_log_folder(window: MainWindow, qtbot: QtBot) -> None:
    dialog = about_from_menu(window, qtbot)

    assert __version__ in dialog.findChild(QLabel, "about-version").text()
    database = dialog.findChild(QLabel, "about-database")
    logs = dialog.findChild(QLabel, "about-logs")
    assert window.store is not None
    assert database.text() == str(window.store.path)
    assert logs.text() == str(log_dir())
    for label in (database, logs):
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not dialog.findChild(QLabel, "about-icon").pixmap().isNull()
    dialog.close()


def test_open_folder_buttons_open_the_database_and_log_folders(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldkit.ui.about as about

    opened: list[Path] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(Path(url.toLocalFile()))
            return True

    monkeypatch.setattr(about, "QDesktopServices", Desktop)
    assert not log_dir().exists()  # nothing logged yet in this test's data folder
    dialog = about_from_menu(window, qtbot)

    qtbot.mouseClick(
        dialog.findChild(QPushButton, "about-open-database"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(dialog.findChild(QPushButton, "about-open-logs"), Qt.MouseButton.LeftButton)

    assert window.store is not None
    assert opened == [window.store.path.parent, log_dir()]
    assert log_dir().is_dir()  # made, so the file manager has somewhere to go
    dialog.close()
