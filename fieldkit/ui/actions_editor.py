"""The "Decisions and actions" tab: what the meeting decided, who does what by
when, and the next steps with the date of the next meeting, if one was set.
Action items stay tickable after the minutes are final (follow-up work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import meetings, minutes
from fieldkit.services.meetings import ActionItemView, DecisionView, MeetingDetail
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import (
    MEETING_CHANGES,
    GrowingTextEdit,
    LiveEdits,
    RowList,
    fill_combo,
    separator,
    typing_in,
)
from fieldkit.ui.privacy_actions import erased_name


def _remove_button(tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tooltip)
    return button


class DecisionRow(QWidget):
    def __init__(self, decision_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision_id = decision_id
        self.setObjectName(f"decision-row-{decision_id}")
        self.text = GrowingTextEdit(min_lines=1, max_lines=6)
        self.text.setObjectName("decision-text")
        self.agenda_item = QComboBox()
        self.agenda_item.setObjectName("decision-agenda-item")
        self.agenda_item.setMaximumWidth(260)
        self.agenda_item.setToolTip(self.tr("The agenda item this decision was taken under"))
        self.remove = _remove_button(self.tr("Remove this decision"))
        self.remove.setObjectName("decision-remove")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agenda_item, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)


class ActionRow(QWidget):
    def __init__(self, action_item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_item_id = action_item_id
        self.setObjectName(f"action-row-{action_item_id}")
        self.done = QCheckBox()
        self.done.setObjectName("action-done")
        self.done.setToolTip(self.tr("Done"))
        self.text = GrowingTextEdit(min_lines=1, max_lines=6)
        self.text.setObjectName("action-text")
        self.owner = QComboBox()
        self.owner.setObjectName("action-owner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumWidth(200)
        self.owner.lineEdit().setPlaceholderText(self.tr("Who"))
        self.owner.setToolTip(self.tr("Pick a participant or type any name"))
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setObjectName("action-has-due")
        self.due = QDateEdit()
        self.due.setObjectName("action-due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.remove = _remove_button(self.tr("Remove this action item"))
        self.remove.setObjectName("action-remove")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        for widget in (self.owner, self.has_due, self.due, self.remove):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def due_on(self) -> dt.date | None:
        return self.due.date().toPython() if self.has_due.isChecked() else None


class OutcomesEditor(QWidget):
    def __init__(self, ctx: AppContext, edits: LiveEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = edits
        self.meeting_id: str | None = None
        self._editable = False
        self._participants: list[tuple[str, str]] = []  # (name, contact id)

        self.new_decision = QLineEdit()
        self.new_decision.setObjectName("decision-new-text")
        self.new_decision.setPlaceholderText(self.tr("New decision…"))
        self.new_decision.returnPressed.connect(self._add_decision)
        self.add_decision_button = QPushButton(self.tr("Add decision"))
        self.add_decision_button.setObjectName("decision-add")
        self.add_decision_button.clicked.connect(self._add_decision)
        self.decisions = RowList(self._make_decision_row)

        self.new_action = QLineEdit()
        self.new_action.setObjectName("action-new-text")
        self.new_action.setPlaceholderText(self.tr("New action item: what is to be done…"))
        self.new_action.returnPressed.connect(self._add_action)
        self.add_action_button = QPushButton(self.tr("Add action item"))
        self.add_action_button.setObjectName("action-add")
        self.add_action_button.clicked.connect(self._add_action)
        self.actions = RowList(self._make_action_row)
        self.action_count = QLabel()
        self.action_count.setObjectName("action-count")
        self._build_next_steps()

        content = QWidget()
        layout = QVBoxLayout(content)
        decisions_title = self.tr("Decisions")
        layout.addWidget(QLabel(f"<b>{decisions_title}</b>"))
        layout.addLayout(self._adding_row(self.new_decision, self.add_decision_button))
        layout.addWidget(self.decisions)
        layout.addWidget(separator())
        heading = QGridLayout()
        action_items_title = self.tr("Action items")
        heading.addWidget(QLabel(f"<b>{action_items_title}</b>"), 0, 0)
        heading.addWidget(self.action_count, 0, 1)
        heading.setColumnStretch(0, 1)
        layout.addLayout(heading)
        layout.addLayout(self._adding_row(self.new_action, self.add_action_button))
        layout.addWidget(self.actions)
        layout.addWidget(separator())
        next_steps_title = self.tr("Next steps")
        layout.addWidget(QLabel(f"<b>{next_steps_title}</b>"))
        layout.addWidget(self.next_steps)
        next_meeting = QHBoxLayout()
        next_meeting.addWidget(self.has_next_meeting)
        next_meeting.addWidget(self.next_meeting_at)
        next_meeting.addStretch(1)
        layout.addLayout(next_meeting)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_next_steps(self) -> None:
        """The meeting's own next steps and, if set, when the next meeting is: saved
        with the meeting's fields, locked with the minutes."""
        self.next_steps = GrowingTextEdit(min_lines=2, max_lines=10)
        self.next_steps.setObjectName("meeting-next-steps")
        self.next_steps.setPlaceholderText(self.tr("What happens after this meeting…"))
        self.edits.bind_plain("next_steps", self.next_steps, self._save_next_steps)
        self.has_next_meeting = QCheckBox(self.tr("Next meeting:"))
        self.has_next_meeting.setObjectName("meeting-has-next-meeting")
        self.has_next_meeting.setToolTip(self.tr("Tick when the date of the next meeting is set"))
        self.next_meeting_at = QDateTimeEdit()
        self.next_meeting_at.setObjectName("meeting-next-meeting-at")
        self.next_meeting_at.setCalendarPopup(True)
        self.next_meeting_at.setDisplayFormat(
            QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
        )
        self.next_meeting_at.setEnabled(False)
        self.edits.watch(self.next_meeting_at)
        self.has_next_meeting.toggled.connect(lambda _on: self._next_meeting_changed(at_once=True))
        self.next_meeting_at.dateTimeChanged.connect(
            lambda _value: self._next_meeting_changed(at_once=False)
        )

    @staticmethod
    def _adding_row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    # --- showing ---------------------------------------------------------------

    def show_detail(self, detail: MeetingDetail, mark: int, editable: bool) -> None:
        self.meeting_id = detail.summary.meeting_id
        self._editable = editable
        for widget in (
            self.new_decision,
            self.add_decision_button,
            self.new_action,
            self.add_action_button,
        ):
            widget.setVisible(editable)
        agenda_choices: list[tuple[str, object]] = [(self.tr("No agenda item"), None)]
        agenda_choices += [
            (f"{index + 1}. {item.title}", item.agenda_item_id)
            for index, item in enumerate(detail.agenda)
        ]
        rows = self.decisions.sync([d.decision_id for d in detail.decisions])
        for row, decision in zip(rows, detail.decisions, strict=True):
            assert isinstance(row, DecisionRow)
            self._show_decision(row, decision, agenda_choices, mark)
        self._participants = [(erased_name(p.name), p.contact_id) for p in detail.participants]
        rows = self.actions.sync([a.action_item_id for a in detail.action_items])
        for row, action in zip(rows, detail.action_items, strict=True):
            assert isinstance(row, ActionRow)
            self._show_action(row, action, mark)
        open_count = sum(not a.done for a in detail.action_items)
        self.action_count.setText(self.tr("%n open", "", open_count))
        self._show_next_steps(detail, mark)

    def _show_next_steps(self, detail: MeetingDetail, mark: int) -> None:
        self.edits.show_plain("next_steps", self.next_steps, detail.next_steps, mark)
        if self.edits.may_show("next_meeting", self.next_meeting_at, mark) and not typing_in(
            self.has_next_meeting
        ):
            # unset, the field offers four weeks on: the same weekday and hour
            shown = detail.next_meeting_at or detail.summary.starts_at + dt.timedelta(weeks=4)
            for widget in (self.has_next_meeting, self.next_meeting_at):
                widget.blockSignals(True)
            self.has_next_meeting.setChecked(detail.next_meeting_at is not None)
            self.next_meeting_at.setDateTime(QDateTime(shown))
            for widget in (self.has_next_meeting, self.next_meeting_at):
                widget.blockSignals(False)
        self.next_steps.setReadOnly(not self._editable)
        self.has_next_meeting.setEnabled(self._editable)
        self.next_meeting_at.setEnabled(self._editable and self.has_next_meeting.isChecked())

    def _show_decision(
        self, row: DecisionRow, decision: DecisionView, choices: list[tuple[str, object]], mark: int
    ) -> None:
        key = ("decision", decision.decision_id)
        self.edits.show_plain((*key, "text"), row.text, decision.text, mark)
        if self.edits.may_show((*key, "agenda"), row.agenda_item, mark):
            fill_combo(row.agenda_item, choices, decision.agenda_item_id)
        row.text.setReadOnly(not self._editable)
        row.agenda_item.setEnabled(self._editable)
        row.remove.setVisible(self._editable)

    def _show_action(self, row: ActionRow, action: ActionItemView, mark: int) -> None:
        key = ("action", action.action_item_id)
        self.edits.show_plain((*key, "text"), row.text, action.text, mark)
        if self.edits.may_show((*key, "owner"), row.owner, mark):
            fill_combo(row.owner, [("", None), *self._participants], action.owner_contact_id)
            blocked = row.owner.blockSignals(True)
            row.owner.setEditText(
                erased_name(action.owner) if action.owner_contact_id else action.owner
            )
            row.owner.blockSignals(blocked)
        if self.edits.may_show((*key, "due"), row.due, mark) and not typing_in(row.has_due):
            for widget in (row.has_due, row.due):
                widget.blockSignals(True)
            row.has_due.setChecked(action.due_on is not None)
            row.due.setDate(QDate(action.due_on or dt.date.today()))
            for widget in (row.has_due, row.due):
                widget.blockSignals(False)
        if self.edits.may_show((*key, "done"), row.done, mark):
            blocked = row.done.blockSignals(True)
            row.done.setChecked(action.done)
            row.done.blockSignals(blocked)
        row.text.setReadOnly(not self._editable)
        row.owner.setEnabled(self._editable)
        row.has_due.setEnabled(self._editable)
        row.due.setEnabled(self._editable and action.due_on is not None)
        row.remove.setVisible(self._editable)

    # --- rows ---------------------------------------------------------------------

    def _make_decision_row(self, decision_id: str) -> DecisionRow:
        row = DecisionRow(decision_id)
        store = self.ctx.store
        self.edits.bind_plain(
            ("decision", decision_id, "text"),
            row.text,
            lambda text: lambda: minutes.update_decision(store, decision_id, text=text),
            required=True,
        )

        def agenda_chosen(index: int) -> None:
            agenda_item_id = row.agenda_item.itemData(index)
            self.edits.save_now(
                ("decision", decision_id, "agenda"),
                lambda: minutes.update_decision(store, decision_id, agenda_item_id=agenda_item_id),
            )

        row.agenda_item.activated.connect(agenda_chosen)
        row.remove.clicked.connect(
            lambda: self._run(lambda: minutes.remove_decision(store, decision_id))
        )
        return row

    def _make_action_row(self, action_item_id: str) -> ActionRow:
        row = ActionRow(action_item_id)
        store = self.ctx.store
        key = ("action", action_item_id)
        self.edits.bind_plain(
            (*key, "text"),
            row.text,
            lambda text: lambda: minutes.update_action_item(store, action_item_id, text=text),
            required=True,
        )
        row.owner.currentTextChanged.connect(lambda text: self._owner_typed(row, text))
        self.edits.watch(row.owner, row.due)
        row.has_due.toggled.connect(lambda _on: self._due_changed(row, at_once=True))
        row.due.dateChanged.connect(lambda _date: self._due_changed(row, at_once=False))
        row.done.toggled.connect(
            lambda done: self.edits.save_now(
                (*key, "done"),
                lambda: minutes.update_action_item(store, action_item_id, done=done),
            )
        )
        row.remove.clicked.connect(
            lambda: self._run(lambda: minutes.remove_action_item(store, action_item_id))
        )
        return row

    def _owner_typed(self, row: ActionRow, text: str) -> None:
        """A participant's name (picked or typed in full) names that person; any
        other text is kept as written."""
        name = text.strip()
        contact_id = next((cid for pname, cid in self._participants if pname == name), None)
        store, action_item_id = self.ctx.store, row.action_item_id
        if contact_id is not None:
            fields: dict[str, object] = {"owner_contact_id": contact_id}
        else:
            fields = {"owner_contact_id": None, "owner_name": name}
        self.edits.save(
            ("action", action_item_id, "owner"),
            lambda: minutes.update_action_item(store, action_item_id, **fields),
        )

    def _due_changed(self, row: ActionRow, *, at_once: bool) -> None:
        row.due.setEnabled(self._editable and row.has_due.isChecked())
        store, action_item_id, due_on = self.ctx.store, row.action_item_id, row.due_on()
        save = self.edits.save_now if at_once else self.edits.save
        save(
            ("action", action_item_id, "due"),
            lambda: minutes.update_action_item(store, action_item_id, due_on=due_on),
        )

    def _save_next_steps(self, text: str) -> Callable[[], None]:
        store, meeting_id = self.ctx.store, self.meeting_id
        return lambda: meetings.update_meeting(store, meeting_id, next_steps=text)

    def _next_meeting_changed(self, *, at_once: bool) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        has_next = self.has_next_meeting.isChecked()
        self.next_meeting_at.setEnabled(self._editable and has_next)
        next_meeting_at: dt.datetime | None = None
        if has_next:
            value: dt.datetime = self.next_meeting_at.dateTime().toPython()
            next_meeting_at = value.replace(second=0, microsecond=0)
        store = self.ctx.store
        save = self.edits.save_now if at_once else self.edits.save
        save(
            "next_meeting",
            lambda: meetings.update_meeting(store, meeting_id, next_meeting_at=next_meeting_at),
        )

    # --- adding and removing ------------------------------------------------------

    def _run(self, work: Callable[[], object]) -> None:
        self.edits.flush()  # what was typed goes first
        self.ctx.runner.run(work, changes=MEETING_CHANGES)

    def _add_decision(self) -> None:
        text, meeting_id = self.new_decision.text().strip(), self.meeting_id
        if text and meeting_id is not None:
            store = self.ctx.store
            self.new_decision.clear()
            self._run(lambda: minutes.add_decision(store, meeting_id, text))

    def _add_action(self) -> None:
        text, meeting_id = self.new_action.text().strip(), self.meeting_id
        if text and meeting_id is not None:
            store = self.ctx.store
            self.new_action.clear()
            self._run(lambda: minutes.add_action_item(store, meeting_id, text))

    def decision_rows(self) -> list[DecisionRow]:
        return [row for row in self.decisions.rows() if isinstance(row, DecisionRow)]

    def action_rows(self) -> list[ActionRow]:
        return [row for row in self.actions.rows() if isinstance(row, ActionRow)]
