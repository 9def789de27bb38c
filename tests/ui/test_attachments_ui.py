"""Attaching a flip-chart photo in the meeting editor: the file is chosen, listed
with its caption in the "Attachments" tab, and kept by the services; final
minutes take none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldkit.services import attachments, meetings
from fieldkit.ui.main_window import MainWindow
from tests.test_attachments import write_png
from tests.ui.conftest import settle
from tests.ui.test_meetings import opened, plan


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The file dialog answers `path` (None: cancelled); returns the filters offered."""
    offered: list[str] = []

    def answer(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return offered


def test_adding_a_photo_lists_it_and_stores_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    meeting_id = plan(window)
    editor = opened(window, meeting_id).editor
    panel = editor.attachments
    editor.tabs.setCurrentWidget(panel)
    settle(window)
    assert panel.list.count() == 0 and panel.empty.isVisible()
    assert not panel.remove_button.isEnabled()

    photo = write_png(tmp_path / "camera", "lenta.png")
    offered = choose(monkeypatch, photo)
    qtbot.keyClicks(panel.caption, "Problem tree")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(window)

    assert "*.png" in offered[0] and "All files (*)" in offered[0]
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "lenta.png — Problem tree"
    ]
    assert panel.empty.isHidden() and panel.caption.text() == ""
    (stored,) = attachments.attachments_of_meeting(window.store, meeting_id)
    assert (stored.file_name, stored.caption, stored.media_type) == (
        "lenta.png",
        "Problem tree",
        "image/png",
    )
    assert stored.path is not None and stored.path.read_bytes() == photo.read_bytes()

    choose(monkeypatch, None)  # cancelled: nothing happens
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.list.count() == 1

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.list.count() == 0
    assert attachments.attachments_of_meeting(window.store, meeting_id) == []


def test_a_refused_file_is_said_and_nothing_is_listed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    meeting_id = plan(window)
    editor = opened(window, meeting_id).editor
    editor.tabs.setCurrentWidget(editor.attachments)
    told: list[str] = []
    monkeypatch.setattr(window, "show_error", told.append)
    choose(monkeypatch, tmp_path / "gone.png")
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert told and "There is no file at" in told[0]
    assert editor.attachments.list.count() == 0


def test_final_minutes_show_their_files_but_take_no_more(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    meeting_id = plan(window)
    attachments.add_attachment(
        window.store, meeting_id=meeting_id, source=write_png(tmp_path), caption="Lenta"
    )
    meetings.finalise_meeting(window.store, meeting_id)
    editor = opened(window, meeting_id).editor
    editor.tabs.setCurrentWidget(editor.attachments)
    settle(window)
    assert editor.attachments.list.item(0).text() == "flipchart.png — Lenta"
    assert editor.attachments.add_row.isHidden()
