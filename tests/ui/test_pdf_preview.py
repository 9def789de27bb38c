"""The document preview: a PDF built off the GUI thread, its pages drawn by pdfium
into a column, rebuilt in the other language, saved and printed."""

from __future__ import annotations

import io
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.ui.context import AppContext
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import settle

pytest.importorskip("pypdfium2")


def make_pdf(pages: int, text: str = "Protokolas") -> bytes:
    """A plain A4 document whose every page says which it is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 28)
        pdf.drawString(72, 760, f"{text} {number}")
        pdf.rect(72, 72, 451, 600)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


class Builds:
    """A build function that remembers the languages it was asked for and where
    it ran."""

    def __init__(self, pages: int = 3) -> None:
        self.pages = pages
        self.languages: list[str] = []
        self.threads: list[str] = []

    def __call__(self, language: str) -> bytes:
        self.languages.append(language)
        self.threads.append(threading.current_thread().name)
        return make_pdf(self.pages, "Protokolas" if language == "lt" else "Minutes")


def ctx_of(window: MainWindow) -> AppContext:
    assert window.ctx is not None
    return window.ctx


def open_preview(
    qtbot: QtBot, window: MainWindow, build: Callable[[str], bytes]
) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(ctx_of(window), "Minutes", build, "minutes.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_pages(qtbot: QtBot, window: MainWindow, dialog: PdfPreviewDialog, count: int) -> None:
    settle(window)
    qtbot.waitUntil(lambda: dialog.shown_pages() == count, timeout=10_000)


def test_every_page_is_shown_as_an_image(qtbot: QtBot, window: MainWindow) -> None:
    build = Builds(pages=3)
    dialog = open_preview(qtbot, window, build)
    assert dialog.stack.currentWidget() is dialog.message  # building: a busy line
    assert dialog.message.text()
    wait_for_pages(qtbot, window, dialog, 3)
    assert dialog.stack.currentWidget() is dialog.scroll
    assert len(dialog.page_labels) == 3
    assert build.threads == ["fieldkit-db_0"]  # built on the runner, not the GUI thread
    page = dialog.page_labels[0].pixmap()
    # scaled to the dialog's width, A4's proportions kept
    width = page.width() / page.devicePixelRatio()
    assert abs(width - dialog.page_labels[0].width()) <= 1
    assert width <= dialog.scroll.viewport().width()
    assert page.height() / page.width() == pytest.approx(842 / 595, rel=0.01)
    assert dialog.status.text().startswith("3 page")  # "3 pages" once fieldkit_en.qm has it
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_the_language_defaults_to_the_window_s_and_switching_rebuilds(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fieldkit.ui.pdf_preview.chosen_language", lambda: "lt")
    build = Builds(pages=1)
    dialog = open_preview(qtbot, window, build)
    wait_for_pages(qtbot, window, dialog, 1)
    assert dialog.language.currentText() == "Lietuvių"
    first = dialog.pdf
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    wait_for_pages(qtbot, window, dialog, 1)
    assert build.languages == ["lt", "en"]
    assert dialog.pdf == make_pdf(1, "Minutes") != first


def test_save_as_writes_the_same_bytes_privately(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, window, Builds(pages=2))
    wait_for_pages(qtbot, window, dialog, 2)
    target = tmp_path / "protokolas"  # no extension typed: .pdf is added
    asked: list[str] = []

    def choose(parent: object, caption: str, directory: str, filter: str) -> tuple[str, str]:
        asked.append(directory)
        return str(target), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    saved = tmp_path / "protokolas.pdf"
    assert saved.read_bytes() == dialog.pdf
    assert asked[0].endswith("minutes.pdf")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert "protokolas.pdf" in dialog.status.text()


def test_save_into_a_missing_folder_says_so_in_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, window, Builds(pages=1))
    wait_for_pages(qtbot, window, dialog, 1)
    target = tmp_path / "gone" / "minutes.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    dialog.save_as()
    settle(window)
    assert len(shown) == 1 and "Cannot write to the folder" in shown[0]
    assert not target.exists()


def test_print_paints_every_page_on_the_printer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def accept(self: QPrintDialog) -> int:
        # what a user does who picks "Print to file"
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = open_preview(qtbot, window, Builds(pages=3))
    wait_for_pages(qtbot, window, dialog, 3)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert out.stat().st_size > 0
    from pypdf import PdfReader

    printed = PdfReader(out)
    assert len(printed.pages) == 3
    assert float(printed.pages[0].mediabox.width) == pytest.approx(595, abs=2)  # A4 kept
    assert dialog.print_button.isEnabled()


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = open_preview(qtbot, window, Builds(pages=1))
    wait_for_pages(qtbot, window, dialog, 1)
    dialog.print_document()
    assert dialog.print_button.isEnabled()
    assert "Print" not in dialog.status.text()


def test_a_failing_build_shows_one_sentence(qtbot: QtBot, window: MainWindow) -> None:
    def build(language: str) -> bytes:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no meeting {id}."), id="x1")

    dialog = open_preview(qtbot, window, build)
    settle(window)
    assert dialog.stack.currentWidget() is dialog.message
    assert dialog.message.text() == "There is no meeting x1."
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_damaged_pdf_is_said_not_crashed(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    dialog = open_preview(qtbot, window, lambda language: b"%PDF-1.4 not really")
    settle(window)
    qtbot.waitUntil(lambda: "could not be shown" in dialog.message.text(), timeout=10_000)
    assert dialog.page_labels == []


def test_closing_while_pages_are_drawn_is_safe(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_preview(qtbot, window, Builds(pages=12))
    settle(window)
    dialog.close()
    QApplication.processEvents()
    assert dialog._jobs == []


# --- wired into the window ------------------------------------------------------------


def wait_for_all_pages(qtbot: QtBot, window: MainWindow, dialog: PdfPreviewDialog) -> None:
    settle(window)
    qtbot.waitUntil(lambda: dialog.shown_pages() == len(dialog.page_labels) >= 1, timeout=20_000)


def opened_preview(opener: QWidget) -> PdfPreviewDialog:
    (dialog,) = opener.findChildren(PdfPreviewDialog)
    assert dialog.isVisible()
    return dialog


def test_print_minutes_opens_the_preview_of_the_shown_meeting(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    pytest.importorskip("fieldkit.reports.minutes")
    from fieldkit.services import meetings
    from fieldkit.ui.views.meetings import MeetingsView

    meeting_id = meetings.list_meetings(demo_window.store)[0].meeting_id
    demo_window.open_record("meeting", meeting_id)
    settle(demo_window)
    view = demo_window.view("meetings")
    assert isinstance(view, MeetingsView)
    editor = view.editor
    assert editor.meeting_id == meeting_id
    assert editor.print_button.isEnabled()
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    dialog = opened_preview(editor)
    wait_for_all_pages(qtbot, demo_window, dialog)
    assert dialog.suggested_file_name.endswith(".pdf")
    dialog.close()


def test_the_attendance_sheet_button_opens_its_preview(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    pytest.importorskip("fieldkit.reports.attendance")
    from fieldkit.services import meetings
    from fieldkit.ui.views.meetings import MeetingsView

    meeting_id = meetings.list_meetings(demo_window.store)[0].meeting_id
    demo_window.open_record("meeting", meeting_id)
    settle(demo_window)
    view = demo_window.view("meetings")
    assert isinstance(view, MeetingsView)
    qtbot.mouseClick(view.editor.attendance_sheet_button, Qt.MouseButton.LeftButton)
    dialog = opened_preview(view.editor)
    wait_for_all_pages(qtbot, demo_window, dialog)
    dialog.close()


def test_the_report_button_opens_the_municipality_report(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    pytest.importorskip("fieldkit.reports.municipality")
    from fieldkit.ui.views.municipalities import MunicipalitiesView

    view = demo_window.show_page("municipalities")
    assert isinstance(view, MunicipalitiesView)
    settle(demo_window)
    view.show_municipality("birzu-r")
    settle(demo_window)
    assert view.detail.report_button.isEnabled()
    qtbot.mouseClick(view.detail.report_button, Qt.MouseButton.LeftButton)
    dialog = opened_preview(view.detail)
    wait_for_all_pages(qtbot, demo_window, dialog)
    assert dialog.suggested_file_name == "Report Biržų rajono savivaldybė.pdf"
    dialog.close()
