"""The Sync page: where this database stands against the team's shared storage.
Pushing and pulling arrive with the sync issue; until then it says what is
waiting and that no shared storage is set up."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fieldkit.services.sync_status import SyncStatus, sync_status
from fieldkit.ui.context import AppContext
from fieldkit.ui.ops import Change
from fieldkit.ui.views.base import View


class SyncView(View):
    shows = frozenset(Change)  # every local write adds to what is waiting

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.waiting = QLabel()
        self.waiting.setObjectName("sync-waiting")
        self.last_sync = QLabel()
        self.remote = QLabel(self.tr("No shared storage is set up yet."))
        self.database = QLabel(str(ctx.store.path))
        self.replica = QLabel(ctx.store.replica_id)
        for label in (self.database, self.replica):
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Changes waiting:"), self.waiting)
        form.addRow(self.tr("Last sync:"), self.last_sync)
        form.addRow(self.tr("Shared storage:"), self.remote)
        form.addRow(self.tr("Database file:"), self.database)
        form.addRow(self.tr("Replica id:"), self.replica)
        layout = QVBoxLayout(self)
        heading = self.tr("Sync")
        title = QLabel(f"<h2>{heading}</h2>")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.runner.run(lambda: sync_status(store), on_success=self._show)

    def _show(self, status: SyncStatus) -> None:
        self.waiting.setText(
            self.tr("%n change(s) recorded here and not yet sent", "", status.changes_waiting)
        )
        if status.last_sync is None:
            self.last_sync.setText(self.tr("never"))
        else:
            self.last_sync.setText(
                QLocale().toString(status.last_sync.astimezone(), QLocale.FormatType.LongFormat)
            )
