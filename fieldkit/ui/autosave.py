"""Saving as the coordinator types: each field's latest value is written shortly
after the typing stops, and at once when focus leaves or the window closes, so a
laptop that dies mid-sentence loses at most the last moment of typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from fieldkit.ui.ops import Change, Runner

# Quiet time after the last keystroke before a save (well under a second).
DELAY_MS = 400


class AutoSaver(QObject):
    """Collects pending writes by key (say, "meeting title"), keeping only the
    newest value of each, and hands them to the runner when typing pauses."""

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending: dict[Any, tuple[Callable[[], Any], frozenset[Change]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: Any, work: Callable[[], Any], changes: frozenset[Change]) -> None:
        self._pending[key] = (work, changes)
        self._timer.start()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Hand every pending write to the runner now (they run in order)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for work, changes in pending.values():
            self._runner.run(work, changes=changes)


def flush_all(root: QObject) -> None:
    """Before the window closes or the database changes hands: every saver below
    `root` hands over what it holds."""
    for saver in root.findChildren(AutoSaver):
        saver.flush()
