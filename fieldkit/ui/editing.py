"""Editing records in place: every field saves itself as it is typed, and a refresh
from the database never overwrites what the coordinator is typing.

Two rules make the second part hold. A refresh first hands every pending save to
the database thread, so the read queued after it sees them; and a field that has
the keyboard, or was edited after the read was asked for, keeps what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.autosave import AutoSaver
from fieldkit.ui.labels import municipality_label
from fieldkit.ui.ops import Change, Runner

if TYPE_CHECKING:
    from fieldkit.services.partners import MunicipalityView

# What the minutes' writes change (the meetings list shows titles and numbers).
MEETING_CHANGES = frozenset({Change.MEETINGS})


def typing_in(widget: QWidget) -> bool:
    """Whether the keyboard is in `widget` (or a part of it, say a combo's line
    edit). The window's focus widget is asked, so that switching to another
    program for a moment does not make the field fair game."""
    focus = widget.window().focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class _FocusOut(QObject):
    def __init__(self, left: Callable[[QObject], None], parent: QObject) -> None:
        super().__init__(parent)
        self._left = left

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._left(watched)
        return False


class LiveEdits(QObject):
    """The saves of one editor and what it needs to refresh safely."""

    # a required field was left empty (and not saved): show the saved text again
    restore_wanted = Signal()

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.saver = AutoSaver(runner, self)
        self._focus_out = _FocusOut(self._focus_left, self)
        self._blank: set[QObject] = set()
        self._serial = 0
        self._edited: dict[Hashable, int] = {}

    # --- saving ----------------------------------------------------------------

    def save(
        self, key: Hashable, work: Callable[[], Any], changes: frozenset[Change] = MEETING_CHANGES
    ) -> None:
        """Save soon (when typing pauses, or focus leaves)."""
        self._serial += 1
        self._edited[key] = self._serial
        self.saver.schedule(key, work, changes)

    def save_now(
        self, key: Hashable, work: Callable[[], Any], changes: frozenset[Change] = MEETING_CHANGES
    ) -> None:
        """Save at once (a pick from a list, a tick): nothing more is coming."""
        self.save(key, work, changes)
        self.saver.flush()

    def flush(self) -> None:
        self.saver.flush()

    def _focus_left(self, widget: QObject) -> None:
        self.saver.flush()
        if widget in self._blank:
            self._blank.discard(widget)
            self.restore_wanted.emit()

    def watch(self, *widgets: QWidget) -> None:
        """Hand pending saves over as soon as the keyboard leaves these widgets."""
        for widget in widgets:
            widget.installEventFilter(self._focus_out)

    # --- refreshing -------------------------------------------------------------

    def mark(self) -> int:
        """Call before asking for a refresh: saves pending now are handed over (the
        read will see them) and edits made from now on are newer than the read."""
        self.saver.flush()
        return self._serial

    def forget(self) -> None:
        """The editor shows another record now: earlier edits no longer matter to
        what it may show (they were all handed over, see `mark`)."""
        self.saver.flush()
        self._edited.clear()

    def may_show(self, key: Hashable, widget: QWidget, mark: int) -> bool:
        """Whether a value read at `mark` may replace what `widget` shows."""
        return self._edited.get(key, 0) <= mark and not typing_in(widget)

    def show_line(self, key: Hashable, widget: QLineEdit, text: str, mark: int) -> None:
        if widget.text() != text and self.may_show(key, widget, mark):
            widget.setText(text)  # setText does not emit textEdited
            widget.setCursorPosition(0)

    def show_plain(self, key: Hashable, widget: QPlainTextEdit, text: str, mark: int) -> None:
        if widget.toPlainText() != text and self.may_show(key, widget, mark):
            blocked = widget.blockSignals(True)
            widget.setPlainText(text)
            widget.blockSignals(blocked)
            if isinstance(widget, GrowingTextEdit):
                widget.fit()

    # --- binding fields -----------------------------------------------------------

    def bind_line(
        self,
        key: Hashable,
        widget: QLineEdit,
        save: Callable[[str], Callable[[], Any]],
        *,
        required: bool = False,
    ) -> None:
        """Typing in `widget` saves `save(text)`. A required field left empty is not
        saved: the last saved text comes back when the keyboard leaves."""

        def edited(text: str) -> None:
            if required and not text.strip():
                self._blank.add(widget)
            else:
                self._blank.discard(widget)
                self.save(key, save(text))

        widget.textEdited.connect(edited)
        self.watch(widget)

    def bind_plain(
        self,
        key: Hashable,
        widget: QPlainTextEdit,
        save: Callable[[str], Callable[[], Any]],
        *,
        required: bool = False,
    ) -> None:
        def edited() -> None:
            text = widget.toPlainText()
            if required and not text.strip():
                self._blank.add(widget)
            else:
                self._blank.discard(widget)
                self.save(key, save(text))

        widget.textChanged.connect(edited)
        self.watch(widget)


def select_data(combo: QComboBox, value: object) -> None:
    """Show the item carrying `value` without announcing it as the user's choice."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.blockSignals(blocked)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], current: object) -> None:
    """Fill a combo without announcing a change, keeping `current` selected (else
    the first item)."""
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


def fill_municipalities(
    combo: QComboBox,
    municipalities: Sequence[MunicipalityView],
    current: str | None,
    none_text: str | None = None,
) -> None:
    """Every municipality combo (filters, editors, dialogs): the names in the
    window's language and in its alphabetical order (item data: the id), after a
    `none_text` entry whose data is None if one is given."""
    labelled = [(municipality_label(m), m.municipality_id) for m in municipalities]
    if QLocale().language() != QLocale.Language.Lithuanian:
        labelled.sort(key=lambda pair: pair[0].casefold())  # the service's order is Lithuanian
    none = [] if none_text is None else [(none_text, None)]
    fill_combo(combo, [*none, *labelled], current)


class GrowingTextEdit(QPlainTextEdit):
    """Notes that grow with their text (within limits), so a page of agenda items
    reads like the minutes rather than a stack of small scrolling boxes."""

    def __init__(
        self, parent: QWidget | None = None, *, min_lines: int = 3, max_lines: int = 14
    ) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())
        self.fit()

    def fit(self) -> None:
        lines = self.document().documentLayout().documentSize().height()
        lines = int(min(max(lines, self._min_lines), self._max_lines))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()  # the text wraps anew

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class RowList(QWidget):
    """A vertical list of row widgets, one per record id, reordered in place: a row
    keeps its widgets (and the keyboard) when others come, go or move."""

    def __init__(self, make_row: Callable[[str], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)

    def sync(self, ids: list[str]) -> list[QWidget]:
        """Make the rows match `ids` in order; returns them in that order."""
        for record_id in list(self._rows):
            if record_id not in ids:
                row = self._rows.pop(record_id)
                self._layout.removeWidget(row)
                row.deleteLater()
        rows = []
        for index, record_id in enumerate(ids):
            row = self._rows.get(record_id)
            if row is None:
                row = self._rows[record_id] = self._make_row(record_id)
            if self._layout.indexOf(row) != index:
                self._layout.removeWidget(row)
                self._layout.insertWidget(index, row)
            rows.append(row)
        return rows

    def row(self, record_id: str) -> QWidget | None:
        return self._rows.get(record_id)

    def rows(self) -> list[QWidget]:
        return [
            w
            for i in range(self._layout.count())
            if isinstance(w := self._layout.itemAt(i).widget(), QWidget)
        ]


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
