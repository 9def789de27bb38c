"""Search everywhere: results appear under the search field as the coordinator
types, grouped by kind (meetings, problems, contacts, organisations); Enter or a
click opens the record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from fieldkit.services.search import SearchHit, search_everything
from fieldkit.ui.context import AppContext

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ORDER = ("meeting", "problem", "contact", "organization")
TYPING_PAUSE_MS = 150
LIMIT = 40


class SearchPopup(QObject):
    """Drives a QLineEdit: searches on the database thread after a short pause in
    typing and shows the hits in the field's completer popup."""

    chosen = Signal(str, str)  # kind, record id
    results_shown = Signal(int)  # number of hits (tests wait on it)

    def __init__(self, ctx: AppContext, field: QLineEdit) -> None:
        super().__init__(field)
        self.ctx = ctx
        self.field = field
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(field)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self._asked = ""
        field.textEdited.connect(lambda _text: self._timer.start())
        field.returnPressed.connect(self._open_first)

    def _kind_title(self, kind: str) -> str:
        return {
            "meeting": self.tr("Meetings"),
            "problem": self.tr("Problems"),
            "contact": self.tr("Contacts"),
            "organization": self.tr("Organisations"),
        }[kind]

    def search_now(self) -> None:
        text = self.field.text().strip()
        self._asked = text
        if not text:
            self.model.clear()
            self.completer.popup().hide()
            return
        store = self.ctx.store
        self.ctx.runner.run(
            lambda: search_everything(store, text, limit=LIMIT),
            on_success=lambda hits, asked=text: self._show(asked, hits),
        )

    def _show(self, asked: str, hits: list[SearchHit]) -> None:
        if asked != self._asked:
            return  # the coordinator has typed on; a newer search is coming
        self.model.clear()
        bold = QFont()
        bold.setBold(True)
        for kind in KIND_ORDER:
            group = [hit for hit in hits if hit.kind == kind]
            if not group:
                continue
            header = QStandardItem(self._kind_title(kind))
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.model.appendRow(header)
            for hit in group:
                snippet = hit.snippet.replace("[", "").replace("]", "")
                item = QStandardItem(f"    {hit.title} — {snippet}" if snippet else hit.title)
                item.setData(kind, KIND_ROLE)
                item.setData(hit.ref_id, ID_ROLE)
                item.setToolTip(snippet)
                self.model.appendRow(item)
        if not hits:
            empty = QStandardItem(self.tr("Nothing found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.model.appendRow(empty)
        self.completer.complete()
        self.results_shown.emit(len(hits))

    def hit_rows(self) -> list[tuple[str, str, str]]:
        """(kind, record id, text) of each hit as shown, in order."""
        rows = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            kind = item.data(KIND_ROLE)
            if kind:
                rows.append((kind, item.data(ID_ROLE), item.text().strip()))
        return rows

    def _activated(self, index: object) -> None:
        kind = index.data(KIND_ROLE)  # type: ignore[attr-defined]
        record_id = index.data(ID_ROLE)  # type: ignore[attr-defined]
        if kind and record_id:
            self.completer.popup().hide()
            self.chosen.emit(kind, record_id)

    def _open_first(self) -> None:
        popup = self.completer.popup()
        current = popup.currentIndex() if popup.isVisible() else None
        if current is not None and current.isValid() and current.data(KIND_ROLE):
            self._activated(current)
            return
        rows = self.hit_rows()
        if rows:
            popup.hide()
            self.chosen.emit(rows[0][0], rows[0][1])
