"""What the meeting editor's list tabs share (attendance, problems raised): which
meeting they show, reading it only while they are visible, and writes that the
list shows at once and reads back after the service has decided."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fieldkit.errors import FieldKitError, NotFound
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Change


class MeetingTab(QWidget):
    """Subclasses say what they read (`read_job`), show it (`show_read`) and fit
    their widgets to a newly set meeting (`show_meeting`); `set_meeting` sets
    `meeting_id`, `municipality_id` and `editable`, then reads. A hidden tab only
    notes that it is stale and reads when shown; a read that a write of this tab
    overtook is dropped (the write's own read follows)."""

    # the kinds of change after which the tab reads its meeting again
    shows: frozenset[Change] = frozenset()
    # what the tab's writes change
    writes: frozenset[Change] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.municipality_id: str | None = None
        self.editable = False
        self._stale = False
        self._writes = 0
        ctx.runner.changed.connect(self._on_changed)

    # --- for subclasses ------------------------------------------------------

    def read_job(self, meeting_id: str) -> Callable[[], Any]:
        """A function for the database thread reading what the tab shows."""
        raise NotImplementedError

    def show_read(self, result: Any) -> None:
        raise NotImplementedError

    def show_meeting(self, changed: bool) -> None:
        """Fit the widgets to the meeting now set (`changed`: another meeting than
        before; `meeting_id` None: none at all). The read follows on its own."""

    # --- which meeting -------------------------------------------------------------

    def set_meeting(
        self, meeting_id: str | None, municipality_id: str | None, editable: bool
    ) -> None:
        """Show a meeting (None: nothing); `editable` is False for final minutes,
        which are read only."""
        changed = meeting_id != self.meeting_id
        self.meeting_id = meeting_id
        self.municipality_id = municipality_id
        self.editable = editable and meeting_id is not None
        self.show_meeting(changed)
        if meeting_id is not None:
            self.reload()

    # --- reading -------------------------------------------------------------------

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        meeting_id = self.meeting_id
        self.ctx.runner.run(
            self.read_job(meeting_id),
            on_success=lambda result: self._read(meeting_id, result),
            on_failure=lambda error: self._read_failed(meeting_id, error),
        )

    def _read(self, meeting_id: str, result: Any) -> None:
        if meeting_id != self.meeting_id or self._writes:
            return  # another meeting by now, or a write is under way (a read follows it)
        self.show_read(result)

    def _read_failed(self, meeting_id: str, error: FieldKitError) -> None:
        if meeting_id != self.meeting_id:
            return
        if isinstance(error, NotFound):  # deleted here or by another replica
            self.set_meeting(None, None, False)
        else:
            self.ctx.window.show_error(user_message(error))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, kinds: frozenset[Change]) -> None:
        if kinds & self.shows:
            self.reload()

    # --- writing -------------------------------------------------------------------

    def write(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[FieldKitError], None] | None = None,
    ) -> None:
        """Hand a write to the service. Refused, it is said (by `on_failure`, else
        a dialog) and the tab reads the meeting again, undoing what it showed."""
        self._writes += 1

        def succeeded(result: object) -> None:
            self._writes -= 1
            if on_success is not None:
                on_success(result)

        def failed(error: FieldKitError) -> None:
            self._writes -= 1
            if on_failure is not None:
                on_failure(error)
            else:
                self.ctx.window.show_error(user_message(error))
            self.reload()

        self.ctx.runner.run(work, on_success=succeeded, on_failure=failed, changes=self.writes)
