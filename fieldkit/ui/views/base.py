"""What the main window expects of a view."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldkit.ui.context import AppContext
from fieldkit.ui.ops import Change


class View(QWidget):
    """A page of the main window. It shows some kinds of records (`shows`), and
    reloads when a write changes one of them: at once if visible, else the next
    time it is shown, so hidden views cost nothing."""

    shows: frozenset[Change] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True

    def reload(self) -> None:
        """Fetch what the view shows (through ctx.runner) and display it."""

    def on_changed(self, kinds: frozenset[Change]) -> None:
        if kinds & self.shows:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def open_record(self, record_id: str) -> None:
        """Show one record (from search or a click elsewhere)."""

    def show_municipality(self, municipality_id: str) -> None:
        """Narrow the view to one municipality (from the overview)."""
