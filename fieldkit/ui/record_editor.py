"""The editor beside a list: shows one record and saves each field as it is typed,
with no Save button and no "unsaved changes" state to forget. The saving itself is
editing.LiveEdits, as in the meeting and problem editors; what this adds is the
record's life: one record per form, created by its first accepted save, with
refused values reported under the form.

A new record exists only once the service accepts it (a contact needs a first
name), so "New" opens an empty form and the first acceptable save creates the
record; later keystrokes update it. A value the service refuses is shown as one
sentence under the form, beside the field the coordinator is still typing in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.ui.context import AppContext
from fieldkit.ui.editing import LiveEdits, typing_in
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Change, Runner


class _Created(str):
    """What a job that created the record returns (the new id)."""


class _ReportingRunner:
    """Stands in for the runner inside the editor's LiveEdits, so that a save
    the service refuses comes back to the editor (an inline sentence) instead of
    a dialog popping up on every pause in typing."""

    def __init__(self, editor: RecordEditor) -> None:
        self._editor = editor

    def run(self, work: Callable[[], Any], *, changes: Iterable[Change] = ()) -> Any:
        editor = self._editor
        return editor.ctx.runner.run(
            work,
            changes=changes,
            on_success=editor._save_succeeded,
            on_failure=editor._save_failed,
        )


class RecordEditor(QWidget):
    """Subclasses build the form (binding fields with `bind`), fill it from a
    service's detail (`show_record`), and name the create, read and update jobs."""

    # a new record was created (its id)
    created = Signal(str)
    # the form shows a record read from the database (its id)
    loaded = Signal(str)
    # a save was refused (the sentence shown)
    save_failed = Signal(str)

    kind = "record"
    changes: frozenset[Change] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.is_new = False
        self._draft: dict[str, Any] = {}
        self._new_holder: dict[str, str | None] = {"id": None}
        self._filling = False
        self.edits = LiveEdits(cast(Runner, _ReportingRunner(self)), self)

        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.form_page = QWidget()
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{self.kind}-error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.form_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)

    # --- for subclasses ------------------------------------------------------

    def read_job(self, record_id: str) -> Callable[[], Any]:
        raise NotImplementedError

    def create_job(self, values: dict[str, Any]) -> str:
        """Runs on the database thread: create the record from the draft's values."""
        raise NotImplementedError

    def update_job(self, record_id: str, values: dict[str, Any]) -> None:
        """Runs on the database thread: write changed fields."""
        raise NotImplementedError

    def show_record(self, detail: Any) -> None:
        """Fill the form from the service's detail (signals are ignored meanwhile)."""
        raise NotImplementedError

    def empty_form(self) -> None:
        """Clear every field for a new record."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def new_defaults(self) -> dict[str, Any]:
        """Values a new record takes from the form without being typed (read here,
        on the GUI thread; the create job runs on the database thread)."""
        return {}

    def preset(self, values: dict[str, Any]) -> None:
        """Pre-fill a new record from the list's filters (a municipality, a sector);
        `new_defaults` then hands them to the create job."""

    def set_municipalities(self, choices: Any) -> None:
        """Receive the municipality choices once they are read."""

    # --- binding fields ----------------------------------------------------------

    def bind(self, widget: QWidget, field: str, value: Callable[[], Any] | None = None) -> None:
        """Save `field` whenever the coordinator changes `widget`, and at once when
        focus leaves it."""
        self.edits.watch(widget)
        if isinstance(widget, QLineEdit):
            read = value or (lambda: widget.text().strip())
            widget.textEdited.connect(lambda _text: self.edited(field, read()))
        elif isinstance(widget, QPlainTextEdit):
            read = value or widget.toPlainText
            widget.textChanged.connect(lambda: self.edited(field, read()))
        elif isinstance(widget, QComboBox):
            read = value or widget.currentData
            widget.activated.connect(lambda _index: self.chosen(field, read()))
        elif isinstance(widget, QCheckBox):
            assert value is not None, "a check box needs a value function"
            widget.toggled.connect(lambda _checked: self.chosen(field, value()))
        elif isinstance(widget, QDateEdit):
            assert value is not None, "a date needs a value function"
            widget.dateChanged.connect(lambda _date: self.edited(field, value()))
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")

    def edited(self, field: str, value: Any) -> None:
        """Queue a save of one field (debounced by the AutoSaver)."""
        if self._filling:
            return
        if self.is_new:
            self._draft[field] = value
            values = {**self.new_defaults(), **self._draft}
            self.edits.save("new", self._draft_job(values), self.changes)
        elif self.record_id is not None:
            record_id = self.record_id
            self.edits.save(
                (record_id, field),
                lambda: self.update_job(record_id, {field: value}),
                self.changes,
            )

    def chosen(self, field: str, value: Any) -> None:
        """A pick from a list or a tick: nothing more is coming, so save at once."""
        self.edited(field, value)
        self.flush()

    def _draft_job(self, values: dict[str, Any]) -> Callable[[], Any]:
        holder = self._new_holder

        def job() -> Any:
            # Jobs run one after another on the database thread: the first that
            # the service accepts creates the record, later ones update it.
            if holder["id"] is None:
                holder["id"] = self.create_job(values)
                return _Created(holder["id"])
            self.update_job(holder["id"], values)
            return None

        return job

    def flush(self) -> None:
        self.edits.flush()

    @property
    def has_pending(self) -> bool:
        return self.edits.saver.has_pending

    # --- results of saves ----------------------------------------------------------

    def _save_succeeded(self, result: Any) -> None:
        self.error_label.hide()
        if isinstance(result, _Created) and self.is_new and self._new_holder["id"] == result:
            self.is_new = False
            self.record_id = str(result)
            self._draft = {}
            self.created.emit(self.record_id)

    def _save_failed(self, error: FieldKitError) -> None:
        message = user_message(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.save_failed.emit(message)

    # --- which record -----------------------------------------------------------------

    def load(self, record_id: str, *, refresh: bool = False) -> None:
        """Show a record (what is typed for the previous one is saved first)."""
        if refresh:
            self.flush()
        else:
            self.edits.forget()
        self.record_id = record_id
        self.is_new = False
        if not refresh:
            self.error_label.hide()
        self.ctx.runner.run(
            self.read_job(record_id),
            on_success=lambda detail: self._fill(record_id, detail, refresh),
            on_failure=lambda error: self._load_failed(record_id, error),
        )

    def reload(self) -> None:
        """Re-read the record shown (another page or a sync may have changed it),
        unless the coordinator is typing in it."""
        if self.record_id is not None and not self.has_pending and not typing_in(self):
            self.load(self.record_id, refresh=True)

    def _fill(self, record_id: str, detail: Any, refresh: bool = False) -> None:
        if record_id != self.record_id:
            return  # another record was chosen meanwhile
        if refresh and (self.has_pending or typing_in(self)):
            return  # edited since the read was asked for: what is shown is newer
        self._filling = True
        try:
            self.show_record(detail)
        finally:
            self._filling = False
        self.pages.setCurrentWidget(self.form_page)
        self.loaded.emit(record_id)

    def _load_failed(self, record_id: str, error: FieldKitError) -> None:
        if record_id == self.record_id:
            self.clear()
            self.error_label.setText(user_message(error))
            self.error_label.show()

    def clear(self) -> None:
        """Show no record."""
        self.edits.forget()
        self.record_id = None
        self.is_new = False
        self.error_label.hide()
        self.pages.setCurrentWidget(self.placeholder)

    def start_new(self) -> None:
        """An empty form; the record is created by the first save the service accepts."""
        self.edits.forget()
        self.record_id = None
        self.is_new = True
        self._draft = {}
        self._new_holder = {"id": None}
        self.error_label.hide()
        self._filling = True
        try:
            self.empty_form()
        finally:
            self._filling = False
        self.pages.setCurrentWidget(self.form_page)
        self.first_field().setFocus()
