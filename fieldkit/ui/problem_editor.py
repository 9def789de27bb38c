"""The editor of one problem: its fields save themselves as they are typed; its
ideas, possible partner organisations and the meetings where it came up sit
under them (problem_lists.py). Also the small dialog that starts a new problem."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.model import ProblemCategory, ProblemStatus
from fieldkit.services import problems
from fieldkit.services.partners import MunicipalityView
from fieldkit.services.problems import ProblemDetail
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import LiveEdits, fill_municipalities, select_data
from fieldkit.ui.labels import category_label, problem_status_label
from fieldkit.ui.ops import Change
from fieldkit.ui.problem_lists import IdeasPanel, MeetingsPanel, PartnersPanel

PROBLEMS = frozenset({Change.PROBLEMS})


def fill_enum_combo(combo: QComboBox, values: list[Any], label: Any) -> None:
    for value in values:
        combo.addItem(label(value), value)


class ProblemEditor(QWidget):
    """Shows one problem (`show_problem`) and writes each change through the
    runner; `refresh` re-reads it after a write without touching a field the
    coordinator is typing in."""

    # the problem now shown (or "" when none): tests and the view wait on it
    shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problem_id: str | None = None
        self.detail: ProblemDetail | None = None
        self._loading = False
        self.edits = LiveEdits(ctx.runner, self)

        self.heading = QLabel()
        self.heading.setObjectName("problem-heading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit(objectName="problem-title")
        self.title_warning = QLabel(
            self.tr("A problem needs a title; the last one is kept."),
            objectName="problem-title-warning",
        )
        self.title_warning.setStyleSheet("color: palette(link);")
        self.title_warning.hide()
        self.category = QComboBox(objectName="problem-category")
        fill_enum_combo(self.category, list(ProblemCategory), category_label)
        self.status = QComboBox(objectName="problem-status")
        fill_enum_combo(self.status, list(ProblemStatus), problem_status_label)
        self.votes = QSpinBox(objectName="problem-votes")
        self.votes.setRange(0, 9999)
        self.votes.setToolTip(self.tr("How many participants voted for this problem"))
        self.affected_groups = QLineEdit(objectName="problem-affected-groups")
        self.affected_groups.setPlaceholderText(self.tr("e.g. seniors, young families"))
        self.description = QPlainTextEdit(objectName="problem-description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.description.setMaximumHeight(140)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.title_warning)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Votes:"), self.votes)
        form.addRow(self.tr("&Affected groups:"), self.affected_groups)
        form.addRow(self.tr("&Description:"), self.description)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.ideas = IdeasPanel(ctx)
        self.partners = PartnersPanel(ctx)
        self.meetings = MeetingsPanel(ctx)
        for panel in (self.ideas, self.partners, self.meetings):
            layout.addWidget(panel)
        layout.addStretch(1)

        self.title.textEdited.connect(self._title_edited)
        self.title.editingFinished.connect(self._title_finished)
        self.affected_groups.textEdited.connect(
            lambda text: self._save("affected_groups", affected_groups=text)
        )
        self.description.textChanged.connect(
            lambda: self._save("description", description=self.description.toPlainText())
        )
        self.votes.valueChanged.connect(lambda votes: self._save("votes", votes=votes))
        self.category.currentIndexChanged.connect(lambda _i: self._picked("category"))
        self.status.currentIndexChanged.connect(lambda _i: self._picked("status"))
        self.edits.watch(self.title, self.affected_groups, self.description, self.votes)
        self._show_detail(None)

    # --- loading ------------------------------------------------------------------

    def show_problem(self, problem_id: str | None) -> None:
        if problem_id == self.problem_id:
            return
        self.edits.forget()  # what was typed into the previous problem goes first
        self.problem_id = problem_id
        if problem_id is None:
            self._show_detail(None)
        else:
            self.refresh()

    def refresh(self) -> None:
        problem_id = self.problem_id
        if problem_id is None:
            return
        store, mark = self.ctx.store, self.edits.mark()
        self.ctx.runner.run(
            lambda: problems.get_problem(store, problem_id),
            on_success=lambda detail: self._loaded(problem_id, detail, mark),
            on_failure=lambda _error: self._vanished(problem_id),
        )

    def _loaded(self, problem_id: str, detail: ProblemDetail, mark: int) -> None:
        if problem_id == self.problem_id:
            self._show_detail(detail, mark)

    def _vanished(self, problem_id: str) -> None:
        """Deleted here or by a sync: nothing left to edit."""
        if problem_id == self.problem_id:
            self.problem_id = None
            self._show_detail(None)

    def _show_detail(self, detail: ProblemDetail | None, mark: int | None = None) -> None:
        """`mark`: when the read was asked for (see LiveEdits). A re-read of the
        problem already shown leaves alone what is being typed; another problem
        replaces everything."""
        same = (
            detail is not None
            and self.detail is not None
            and detail.summary.problem_id == self.detail.summary.problem_id
        )
        self.detail = detail
        self.setEnabled(detail is not None)
        self._loading = True
        try:
            if detail is None:
                hint = self.tr("Choose a problem, or make a new one.")
                self.heading.setText(f"<i>{hint}</i>")
                self.title.clear()
                self.affected_groups.clear()
                self._set_plain("")
                self.votes.setValue(0)
            else:
                self._fill_fields(detail, mark if same and mark is not None else None)
            for panel in (self.ideas, self.partners, self.meetings):
                panel.show_detail(detail)
        finally:
            self._loading = False
        self.shown.emit(detail.summary.problem_id if detail else "")

    def _fill_fields(self, detail: ProblemDetail, mark: int | None) -> None:
        s = detail.summary
        created = s.created_at.astimezone().date()
        recorded = self.tr("recorded {date}").format(
            date=QLocale().toString(
                QDate(created.year, created.month, created.day), QLocale.FormatType.ShortFormat
            )
        )
        self.heading.setText(f"<b>{html.escape(s.municipality_name)}</b><br>{recorded}")
        if mark is None:  # another problem: show it all
            self.title.setText(s.title)
            self.title.setCursorPosition(0)
            self.title_warning.hide()
            select_data(self.category, s.category)
            select_data(self.status, s.status)
            self.votes.setValue(s.votes)
            self.affected_groups.setText(detail.affected_groups)
            self.affected_groups.setCursorPosition(0)
            self._set_plain(detail.description)
            return
        self.edits.show_line("title", self.title, s.title, mark)
        if self.edits.may_show("title", self.title, mark):
            self.title_warning.hide()
        self.edits.show_line("affected_groups", self.affected_groups, detail.affected_groups, mark)
        self.edits.show_plain("description", self.description, detail.description, mark)
        for key, combo, value in (
            ("category", self.category, s.category),
            ("status", self.status, s.status),
        ):
            if self.edits.may_show(key, combo, mark):
                select_data(combo, value)
        if self.edits.may_show("votes", self.votes, mark):
            self.votes.setValue(s.votes)

    def _set_plain(self, text: str) -> None:
        blocked = self.description.blockSignals(True)
        self.description.setPlainText(text)
        self.description.blockSignals(blocked)

    # --- saving as typed ----------------------------------------------------------

    def _save(self, key: str, **fields: Any) -> None:
        """Save soon, as typing pauses (or at once when the keyboard leaves)."""
        if self._loading or self.problem_id is None:
            return
        store, problem_id = self.ctx.store, self.problem_id
        self.edits.save(key, lambda: problems.update_problem(store, problem_id, **fields), PROBLEMS)

    def _picked(self, key: str) -> None:
        combo = self.category if key == "category" else self.status
        self._save(key, **{key: combo.currentData()})
        self.edits.flush()  # a pick is complete: nothing more is coming

    def _title_edited(self, text: str) -> None:
        """A title being retyped is not saved empty: the last one is kept."""
        self.title_warning.setVisible(not text.strip())
        if text.strip():
            self._save("title", title=text.strip())

    def _title_finished(self) -> None:
        if not self.title.text().strip():
            self.refresh()  # left empty: the saved title comes back


class NewProblemDialog(QDialog):
    """Municipality, title and category: the least a problem needs. The rest is
    filled in the editor, where it saves itself."""

    def __init__(
        self,
        municipalities: list[MunicipalityView],
        municipality_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new-problem-dialog")
        self.setWindowTitle(self.tr("New problem"))
        self.municipality = QComboBox(objectName="new-problem-municipality")
        fill_municipalities(self.municipality, municipalities, municipality_id)
        self.title = QLineEdit(objectName="new-problem-title")
        self.category = QComboBox(objectName="new-problem-category")
        fill_enum_combo(self.category, list(ProblemCategory), category_label)
        select_data(self.category, ProblemCategory.OTHER)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._enable)
        self._enable()
        self.title.setFocus()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()) and self.municipality.count() > 0)

    def values(self) -> tuple[str, str, ProblemCategory]:
        return (
            self.municipality.currentData(),
            self.title.text().strip(),
            self.category.currentData(),
        )
