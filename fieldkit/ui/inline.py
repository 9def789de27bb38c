"""Small pieces for editing in place: a button drawn in a table cell, a choice or a
number edited inside a cell, and a line edit whose suggestions come from a service
as the coordinator types (the database is asked on its own thread, never the GUI's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from fieldkit.ui.ops import Runner

Index = QModelIndex | QPersistentModelIndex
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1


class ButtonDelegate(QStyledItemDelegate):
    """A push button in each cell whose display text is not empty ("Remove"). A
    painted button rather than an index widget, so a model reset costs nothing."""

    clicked = Signal(QModelIndex)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(3, 2, -3, -2)  # type: ignore[attr-defined]
        button.text = str(text)
        button.state = QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)  # type: ignore[attr-defined]

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if not index.data(Qt.ItemDataRole.DisplayRole):
            return False
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and option.rect.contains(event.position().toPoint())  # type: ignore[attr-defined]
        ):
            self.clicked.emit(QModelIndex(index))
            return True
        return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class CheckDelegate(QStyledItemDelegate):
    """A tick box centred in its cell that a click anywhere in the cell toggles (a
    bigger target than the box itself, for ticking a room full of people fast)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, widget)
        box.moveCenter(option.rect.center())  # type: ignore[attr-defined]
        # The cell (background, selection) without its own left-aligned box...
        item.text = ""  # type: ignore[attr-defined]
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        # ...then the box in the middle.
        check = QStyleOptionViewItem(option)
        check.rect = box  # type: ignore[attr-defined]
        check.state = option.state & ~QStyle.StateFlag.State_HasFocus  # type: ignore[attr-defined]
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        check.state |= QStyle.StateFlag.State_On if ticked else QStyle.StateFlag.State_Off  # type: ignore[attr-defined]
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            check.state &= ~QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, widget
        )

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        kind = event.type()
        toggle = (
            kind == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())  # type: ignore[attr-defined]
        ) or (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        )
        if toggle:
            ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
            return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
        return kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box in a cell; the choice is handed to the model as soon as it is made
    (as EditRole data), so there is no "press Enter to confirm"."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, Any]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("cell-choice")
        for text, value in self._choices():
            combo.addItem(text, value)
        combo.activated.connect(lambda _row, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        blocked = editor.blockSignals(True)
        editor.setCurrentIndex(max(position, 0))
        editor.blockSignals(blocked)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """A whole number of zero or more (votes) edited in a spin box."""

    MAXIMUM = 9999

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("cell-count")
        spin.setRange(0, self.MAXIMUM)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        if editor.value() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class LiveCompleter(QObject):
    """Suggestions under a line edit, fetched by a service call on the database
    thread after a short pause in typing. Answers to text no longer in the field
    are dropped, so a slow answer never replaces a newer one."""

    # the payload of the suggestion picked (with the mouse or Enter)
    chosen = Signal(object)
    # suggestions shown for the current text (tests wait on it)
    shown = Signal(int)

    TYPING_PAUSE_MS = 150

    def __init__(
        self,
        runner: Runner,
        field: QLineEdit,
        fetch: Callable[[str], Sequence[Any]],
        describe: Callable[[Any], str],
        *,
        select_first: bool = False,
        extra: Callable[[str], tuple[str, Any] | None] | None = None,
    ) -> None:
        super().__init__(field)
        self.runner = runner
        self.field = field
        self._fetch = fetch
        self._describe = describe
        self._select_first = select_first
        self._extra = extra
        self._asked = ""
        self.results: list[Any] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(field)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        field.textEdited.connect(lambda _text: self._timer.start())

    def refresh(self) -> None:
        """Ask for suggestions for what the field holds now."""
        self._timer.stop()
        typed = self.field.text().strip()
        self._asked = typed
        if not typed:
            self.results = []
            self.model.clear()
            self.completer.popup().hide()
            return
        fetch = self._fetch
        self.runner.run(lambda: fetch(typed), on_success=lambda found: self._show(typed, found))

    def _show(self, typed: str, found: Sequence[Any]) -> None:
        if typed != self._asked or typed != self.field.text().strip():
            return  # typing went on; a newer answer is on its way
        self.results = list(found)
        self.model.clear()
        for result in self.results:
            item = QStandardItem(self._describe(result))
            item.setData(result, PAYLOAD_ROLE)
            self.model.appendRow(item)
        extra = self._extra(typed) if self._extra else None
        if extra is not None:
            item = QStandardItem(extra[0])
            item.setData(extra[1], PAYLOAD_ROLE)
            self.model.appendRow(item)
        if self.model.rowCount() and self.field.hasFocus():
            self.completer.complete()
            if self._select_first:
                self.completer.popup().setCurrentIndex(self.model.index(0, 0))
        else:
            self.completer.popup().hide()
        self.shown.emit(len(self.results))

    def _activated(self, index: QModelIndex) -> None:
        payload = index.data(PAYLOAD_ROLE)
        if payload is None:
            return
        self.completer.popup().hide()
        self.chosen.emit(payload)

    def picking(self) -> bool:
        """Whether Enter now picks a suggestion. QCompleter hands that Enter to the
        field (returnPressed, a dialog's default button) before it reports the pick,
        so whoever listens to Enter asks this first and leaves that Enter alone."""
        popup = self.completer.popup()
        return popup.isVisible() and popup.currentIndex().isValid()

    def choose_row(self, row: int) -> None:
        """Pick a shown suggestion as a click would (keyboard-free tests, scripts)."""
        self._activated(self.model.index(row, 0))

    def clear(self) -> None:
        self._timer.stop()
        self._asked = ""
        self.results = []
        self.model.clear()
        self.completer.popup().hide()
