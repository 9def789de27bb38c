"""The "Agenda and notes" tab: the agenda as the minutes will read it, each item with
the notes written under it in the room."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import agenda
from fieldkit.services.meetings import AgendaItemView, MeetingDetail
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import MEETING_CHANGES, GrowingTextEdit, LiveEdits, RowList


def ui_language() -> str:
    """The language of the window (the translator installs it as the default
    locale), for content FieldKit writes on the coordinator's behalf."""
    return "lt" if QLocale().language() == QLocale.Language.Lithuanian else "en"


class AgendaRow(QWidget):
    """One agenda item: number, title, move and remove buttons, and its notes."""

    def __init__(self, agenda_item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda_item_id = agenda_item_id
        self.setObjectName(f"agenda-row-{agenda_item_id}")
        self.number = QLabel()
        self.number.setMinimumWidth(24)
        self.title = QLineEdit()
        self.title.setObjectName("agenda-title")
        self.up = QToolButton()
        self.up.setObjectName("agenda-up")
        self.up.setArrowType(Qt.ArrowType.UpArrow)
        self.up.setToolTip(self.tr("Move this item up"))
        self.down = QToolButton()
        self.down.setObjectName("agenda-down")
        self.down.setArrowType(Qt.ArrowType.DownArrow)
        self.down.setToolTip(self.tr("Move this item down"))
        self.remove = QToolButton()
        self.remove.setObjectName("agenda-remove")
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this item from the agenda"))
        self.notes = GrowingTextEdit()
        self.notes.setObjectName("agenda-notes")
        self.notes.setPlaceholderText(self.tr("Notes on this item…"))

        heading = QHBoxLayout()
        heading.addWidget(self.number)
        heading.addWidget(self.title, 1)
        for button in (self.up, self.down, self.remove):
            heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addLayout(heading)
        layout.addWidget(self.notes)

    def set_editable(self, editable: bool, first: bool, last: bool) -> None:
        self.title.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self.up.setVisible(editable)
        self.down.setVisible(editable)
        self.remove.setVisible(editable)
        self.up.setEnabled(not first)
        self.down.setEnabled(not last)


class AgendaEditor(QWidget):
    def __init__(self, ctx: AppContext, edits: LiveEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = edits
        self.meeting_id: str | None = None
        self._editable = False
        self._focus_next: str | None = None

        self.new_title = QLineEdit()
        self.new_title.setObjectName("agenda-new-title")
        self.new_title.setPlaceholderText(self.tr("New agenda item…"))
        self.new_title.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setObjectName("agenda-add")
        self.add_button.clicked.connect(self._add)
        self.default_button = QPushButton(self.tr("Use the discussion agenda"))
        self.default_button.setObjectName("agenda-default")
        self.default_button.setToolTip(
            self.tr("Add the programme's standard agenda for a discussion meeting")
        )
        self.default_button.clicked.connect(self._add_default)
        self.count = QLabel()
        self.count.setObjectName("agenda-count")

        self.rows = RowList(self._make_row)
        scroll = QScrollArea()
        scroll.setObjectName("agenda-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows)

        adding = QHBoxLayout()
        adding.addWidget(self.new_title, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.count)
        layout.addWidget(scroll, 1)

    # --- showing ---------------------------------------------------------------

    def show_detail(self, detail: MeetingDetail, mark: int, editable: bool) -> None:
        self.meeting_id = detail.summary.meeting_id
        self._editable = editable
        for widget in (self.new_title, self.add_button, self.default_button):
            widget.setVisible(editable)
        self.count.setText(self.tr("%n agenda item(s)", "", len(detail.agenda)))
        rows = self.rows.sync([item.agenda_item_id for item in detail.agenda])
        for index, (row, item) in enumerate(zip(rows, detail.agenda, strict=True)):
            assert isinstance(row, AgendaRow)
            self._show_item(row, item, index, len(rows), mark)
        if self._focus_next is not None:
            row = self.rows.row(self._focus_next)
            self._focus_next = None
            if isinstance(row, AgendaRow):
                row.notes.setFocus()

    def _show_item(
        self, row: AgendaRow, item: AgendaItemView, index: int, count: int, mark: int
    ) -> None:
        row.number.setText(QLocale().toString(index + 1) + ".")
        self.edits.show_line(("agenda", item.agenda_item_id, "title"), row.title, item.title, mark)
        self.edits.show_plain(("agenda", item.agenda_item_id, "notes"), row.notes, item.notes, mark)
        row.set_editable(self._editable, index == 0, index == count - 1)
        row.setProperty("position", index)

    def _make_row(self, agenda_item_id: str) -> AgendaRow:
        row = AgendaRow(agenda_item_id)
        store = self.ctx.store
        self.edits.bind_line(
            ("agenda", agenda_item_id, "title"),
            row.title,
            lambda text: lambda: agenda.update_agenda_item(store, agenda_item_id, title=text),
            required=True,
        )
        self.edits.bind_plain(
            ("agenda", agenda_item_id, "notes"),
            row.notes,
            lambda text: lambda: agenda.update_agenda_item(store, agenda_item_id, notes=text),
        )
        row.up.clicked.connect(lambda: self._move(row, -1))
        row.down.clicked.connect(lambda: self._move(row, +1))
        row.remove.clicked.connect(lambda: self._remove(agenda_item_id))
        return row

    # --- changing the agenda --------------------------------------------------------

    def _add(self) -> None:
        title = self.new_title.text().strip()
        meeting_id = self.meeting_id
        if not title or meeting_id is None:
            return
        store = self.ctx.store
        self.new_title.clear()
        self.edits.flush()
        self.ctx.runner.run(
            lambda: agenda.add_agenda_item(store, meeting_id, title),
            on_success=self._added,
            changes=MEETING_CHANGES,
        )

    def _added(self, agenda_item_id: str) -> None:
        self._focus_next = agenda_item_id

    def _add_default(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        store, language = self.ctx.store, ui_language()
        self.edits.flush()
        self.ctx.runner.run(
            lambda: agenda.add_default_agenda(store, meeting_id, language),
            changes=MEETING_CHANGES,
        )

    def _move(self, row: AgendaRow, step: int) -> None:
        position = int(row.property("position")) + step
        store, agenda_item_id = self.ctx.store, row.agenda_item_id
        self.edits.flush()  # saves typed into any item go first
        self.ctx.runner.run(
            lambda: agenda.move_agenda_item(store, agenda_item_id, position),
            changes=MEETING_CHANGES,
        )

    def _remove(self, agenda_item_id: str) -> None:
        store = self.ctx.store
        self.edits.flush()
        self.ctx.runner.run(
            lambda: agenda.remove_agenda_item(store, agenda_item_id),
            changes=MEETING_CHANGES,
        )

    def item_rows(self) -> list[AgendaRow]:
        """The rows in agenda order (for tests and for the editor's focus)."""
        return [row for row in self.rows.rows() if isinstance(row, AgendaRow)]
