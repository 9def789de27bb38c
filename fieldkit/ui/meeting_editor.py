"""One meeting, edited in place: where and when on top, then the agenda with notes,
attendance, the problems raised, decisions and actions, and the files attached.
Everything saves as it is typed; finalising locks the minutes (except ticking
action items done)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError, NotFound
from fieldkit.model import MeetingKind, MeetingStatus
from fieldkit.services import meetings
from fieldkit.services.meetings import MeetingDetail
from fieldkit.services.partners import LibraryView, MunicipalityView, libraries_in
from fieldkit.store import Store
from fieldkit.ui.actions_editor import OutcomesEditor
from fieldkit.ui.agenda_editor import AgendaEditor
from fieldkit.ui.attachments_panel import AttachmentsPanel
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import (
    MEETING_CHANGES,
    LiveEdits,
    fill_combo,
    fill_municipalities,
    select_data,
)
from fieldkit.ui.errors import user_message
from fieldkit.ui.labels import meeting_kind_label
from fieldkit.ui.ops import Change


def _read(store: Store, meeting_id: str) -> tuple[MeetingDetail, list[LibraryView]]:
    detail = meetings.get_meeting(store, meeting_id)
    return detail, libraries_in(store, detail.summary.municipality_id)


class MeetingEditor(QWidget):
    # the open meeting is gone (deleted here or by another replica)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from fieldkit.ui.attendance import AttendancePanel
        from fieldkit.ui.raised_problems import RaisedProblemsPanel

        self.ctx = ctx
        self.edits = LiveEdits(ctx.runner, self)
        self.edits.restore_wanted.connect(self.refresh)
        self.meeting_id: str | None = None
        self.detail: MeetingDetail | None = None
        self._panels_showing: tuple[str | None, str | None, bool] = (None, None, False)
        self._focus_title = False

        self._build_header()
        self.agenda = AgendaEditor(ctx, self.edits)
        self.attendance = AttendancePanel(ctx, self)
        self.problems = RaisedProblemsPanel(ctx, self)
        self.outcomes = OutcomesEditor(ctx, self.edits)
        self.attachments = AttachmentsPanel(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting-tabs")
        self.tabs.addTab(self.agenda, self.tr("Agenda and notes"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.problems, self.tr("Problems raised"))
        self.tabs.addTab(self.outcomes, self.tr("Decisions and actions"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(self._status_row)
        layout.addLayout(self._form)
        layout.addWidget(self.tabs, 1)

    # --- building ----------------------------------------------------------------

    def _build_header(self) -> None:
        self.status = QLabel()
        self.status.setObjectName("meeting-status")
        self.finalise_button = QPushButton(self.tr("Finalise minutes"))
        self.finalise_button.setObjectName("meeting-finalise")
        self.finalise_button.setToolTip(self.tr("Lock and number the minutes"))
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("meeting-reopen")
        self.reopen_button.setToolTip(self.tr("Return the minutes to draft to correct them"))
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button = QPushButton(self.tr("Print minutes"))
        self.print_button.setObjectName("meeting-print")
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(self.tr("Preview the minutes, then print or save them"))
        self.print_button.clicked.connect(self.preview_minutes)
        self.attendance_sheet_button = QPushButton(self.tr("Attendance sheet"))
        self.attendance_sheet_button.setObjectName("meeting-attendance-sheet")
        self.attendance_sheet_button.setEnabled(False)
        self.attendance_sheet_button.setToolTip(
            self.tr("A sheet to sign at the meeting, with the invitees filled in")
        )
        self.attendance_sheet_button.clicked.connect(self.preview_attendance_sheet)
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        self.delete_button.setObjectName("meeting-delete")
        self.delete_button.clicked.connect(self._delete)
        self._status_row = QHBoxLayout()
        self._status_row.addWidget(self.status, 1)
        for button in (
            self.finalise_button,
            self.reopen_button,
            self.print_button,
            self.attendance_sheet_button,
            self.delete_button,
        ):
            self._status_row.addWidget(button)

        self.title = QLineEdit()
        self.title.setObjectName("meeting-title")
        self.title.setPlaceholderText(self.tr("Title of the meeting"))
        self.edits.bind_line(
            "title", self.title, lambda text: self._update(title=text), required=True
        )
        self.municipality = QComboBox()
        self.municipality.setObjectName("meeting-municipality")
        self.municipality.activated.connect(
            lambda i: self._update_now(
                "municipality", municipality_id=self.municipality.itemData(i)
            )
        )
        self.library = QComboBox()
        self.library.setObjectName("meeting-library")
        self.library.activated.connect(
            lambda i: self._update_now("library", library_id=self.library.itemData(i))
        )
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("meeting-starts-at")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.starts_at.dateTimeChanged.connect(self._starts_at_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("meeting-kind")
        for kind in MeetingKind:
            self.kind.addItem(meeting_kind_label(kind), kind)
        self.kind.activated.connect(
            lambda i: self._update_now("kind", kind=MeetingKind(self.kind.itemData(i)))
        )
        self.place = QLineEdit()
        self.place.setObjectName("meeting-place")
        self.place.setPlaceholderText(self.tr("Room, address"))
        self.edits.bind_line("place", self.place, lambda text: self._update(place=text))
        self.edits.watch(self.starts_at)

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Title:")), 0, 0)
        form.addWidget(self.title, 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Municipality:")), 1, 0)
        form.addWidget(self.municipality, 1, 1)
        form.addWidget(QLabel(self.tr("Library:")), 1, 2)
        form.addWidget(self.library, 1, 3)
        form.addWidget(QLabel(self.tr("Date and time:")), 2, 0)
        form.addWidget(self.starts_at, 2, 1)
        form.addWidget(QLabel(self.tr("Kind:")), 2, 2)
        form.addWidget(self.kind, 2, 3)
        form.addWidget(QLabel(self.tr("Place:")), 3, 0)
        form.addWidget(self.place, 3, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        self._form = form

    def set_municipalities(self, municipalities: list[MunicipalityView]) -> None:
        fill_municipalities(self.municipality, municipalities, self.municipality.currentData())

    # --- loading -------------------------------------------------------------------

    def load(self, meeting_id: str | None, *, focus_title: bool = False) -> None:
        """Show another meeting (what was typed in the last one is saved first)."""
        self.edits.flush()
        if meeting_id != self.meeting_id:
            self.detail = None
        self.meeting_id = meeting_id
        self._focus_title = focus_title
        self.refresh()

    def refresh(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        mark = self.edits.mark()
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: _read(store, meeting_id),
            on_success=lambda result: self._show(result, mark),
            on_failure=lambda error: self._failed(meeting_id, error),
        )

    def _failed(self, meeting_id: str, error: FieldKitError) -> None:
        if meeting_id != self.meeting_id:
            return  # about a meeting no longer shown
        if isinstance(error, NotFound):
            self.clear()
            self.closed.emit()
        else:
            self.ctx.window.show_error(user_message(error))

    def _show(self, result: tuple[MeetingDetail, list[LibraryView]], mark: int) -> None:
        detail, libraries = result
        if detail.summary.meeting_id != self.meeting_id:
            return  # the coordinator has moved on to another meeting
        if self.detail is None:
            self._start_afresh()
        self.detail = detail
        summary = detail.summary
        editable = summary.status == MeetingStatus.DRAFT
        self.status.setText(self._status_text(detail))
        self.edits.show_line("title", self.title, summary.title, mark)
        self.edits.show_line("place", self.place, detail.place, mark)
        if self.edits.may_show("municipality", self.municipality, mark):
            select_data(self.municipality, summary.municipality_id)
        if self.edits.may_show("library", self.library, mark):
            choices: list[tuple[str, object]] = [(lib.name, lib.library_id) for lib in libraries]
            choices.append((self.tr("No library"), None))
            fill_combo(self.library, choices, detail.library_id)
        if self.edits.may_show("kind", self.kind, mark):
            select_data(self.kind, detail.kind)
        if self.edits.may_show("starts_at", self.starts_at, mark):
            blocked = self.starts_at.blockSignals(True)
            self.starts_at.setDateTime(QDateTime(summary.starts_at))
            self.starts_at.blockSignals(blocked)
        self._set_editable(editable)
        for button in (self.print_button, self.attendance_sheet_button):
            button.setEnabled(True)
        self.agenda.show_detail(detail, mark, editable)
        self.outcomes.show_detail(detail, mark, editable)
        if self._focus_title:
            self._focus_title = False
            self.focus_title()
        showing = (summary.meeting_id, summary.municipality_id, editable)
        if showing != self._panels_showing:
            # only when something they depend on changed: a panel's own typing is
            # never reset by a save elsewhere in the meeting
            self._panels_showing = showing
            self.attendance.set_meeting(*showing)
            self.problems.set_meeting(*showing)
            self.attachments.set_meeting(*showing)

    def _start_afresh(self) -> None:
        """Another meeting is coming in: every field shows it, whatever the keyboard
        was doing in the last one (whose typing has been saved)."""
        focus = self.window().focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        self.edits.forget()

    def _status_text(self, detail: MeetingDetail) -> str:
        summary = detail.summary
        kind = meeting_kind_label(detail.kind)
        if summary.status == MeetingStatus.DRAFT:
            return self.tr("<b>{kind}</b> · draft minutes").format(kind=kind)
        number = QLocale().toString(summary.number or 0)
        if detail.finalised_at is None:  # finalised before FieldKit kept the date
            return self.tr("<b>{kind}</b> · final minutes No. {number}").format(
                kind=kind, number=number
            )
        date = QLocale().toString(
            QDate(detail.finalised_at.astimezone().date()), QLocale.FormatType.LongFormat
        )
        return self.tr("<b>{kind}</b> · minutes No. {number}, finalised {date}").format(
            kind=kind, number=number, date=date
        )

    def _set_editable(self, editable: bool) -> None:
        for line in (self.title, self.place):
            line.setReadOnly(not editable)
        for widget in (self.municipality, self.library, self.kind, self.starts_at):
            widget.setEnabled(editable)
        self.finalise_button.setVisible(editable)
        self.delete_button.setVisible(editable)
        self.reopen_button.setVisible(not editable)

    def clear(self) -> None:
        self.edits.flush()
        self.meeting_id = self.detail = None
        self._panels_showing = (None, None, False)
        for button in (self.print_button, self.attendance_sheet_button):
            button.setEnabled(False)
        self.attendance.set_meeting(None, None, False)
        self.problems.set_meeting(None, None, False)
        self.attachments.set_meeting(None, None, False)

    # --- saving --------------------------------------------------------------------

    def _update(self, **fields: object) -> Callable[[], None]:
        """The save of some of the meeting's own fields, for the auto-saver."""
        store, meeting_id = self.ctx.store, self.meeting_id
        return lambda: meetings.update_meeting(store, meeting_id, **fields)

    def _update_now(self, key: str, **fields: object) -> None:
        if self.meeting_id is not None:
            self.edits.save_now(key, self._update(**fields))

    def _starts_at_changed(self, value: QDateTime) -> None:
        if self.meeting_id is not None:
            starts_at: dt.datetime = value.toPython().replace(second=0, microsecond=0)
            self.edits.save("starts_at", self._update(starts_at=starts_at))

    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    # --- finalising -------------------------------------------------------------------

    def finalise(self) -> None:
        # FINALISED tells the sync service to send the final minutes at once.
        self._run_on_meeting(meetings.finalise_meeting, MEETING_CHANGES | {Change.FINALISED})

    def reopen(self) -> None:
        self._run_on_meeting(meetings.reopen_meeting)

    def _run_on_meeting(
        self, action: Callable[[Store, str], object], changes: frozenset[Change] = MEETING_CHANGES
    ) -> None:
        meeting_id, store = self.meeting_id, self.ctx.store
        if meeting_id is None:
            return
        self.edits.flush()  # the minutes are locked with what was typed in them
        self.ctx.runner.run(lambda: action(store, meeting_id), changes=changes)

    def _delete(self) -> None:
        meeting_id, store = self.meeting_id, self.ctx.store
        if meeting_id is None or self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting “{title}” and everything recorded in it?").format(
                title=self.detail.summary.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.edits.flush()
        self.ctx.runner.run(
            lambda: meetings.delete_meeting(store, meeting_id), changes=MEETING_CHANGES
        )

    # --- documents -----------------------------------------------------------------

    def preview_minutes(self) -> None:
        from fieldkit.reports import minutes_pdf

        self._preview(self.tr("Minutes"), minutes_pdf)

    def preview_attendance_sheet(self) -> None:
        from fieldkit.reports import attendance_pdf

        self._preview(self.tr("Attendance sheet"), attendance_pdf)

    def _preview(self, document: str, make: Callable[[Store, str, str], bytes]) -> None:
        """Open the preview of one of this meeting's documents (built with what was
        typed up to the click)."""
        from fieldkit.ui.pdf_preview import file_name, open_pdf_preview

        meeting_id, store, detail = self.meeting_id, self.ctx.store, self.detail
        if meeting_id is None or detail is None:
            return
        self.edits.flush()
        summary = detail.summary
        title = self.tr("{document}: {title}").format(document=document, title=summary.title)
        name = file_name(document, summary.municipality_name, f"{summary.starts_at:%Y-%m-%d}")
        open_pdf_preview(
            self.ctx,
            title,
            lambda language: make(store, meeting_id, language),
            name,
            self,
        )
