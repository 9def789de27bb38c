"""The "Attachments" tab of a meeting: the flip-chart photos and handouts attached
to it, added from a file (a copy is kept beside the database) and printed at the
end of the minutes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import attachments
from fieldkit.services.attachments import AttachmentView
from fieldkit.ui.context import AppContext
from fieldkit.ui.meeting_tab import MeetingTab
from fieldkit.ui.ops import Change

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG"


class AttachmentsPanel(MeetingTab):
    """A meeting's attachments; embedded as a tab of the meeting editor."""

    shows = frozenset({Change.MEETINGS})
    writes = frozenset({Change.MEETINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("attachments")
        self.list = QListWidget()
        self.list.setObjectName("meeting-attachments")
        self.list.currentRowChanged.connect(lambda _row: self._enable_remove())
        self.empty = QLabel(self.tr("No files are attached to this meeting yet."))
        self.empty.setObjectName("no-attachments")
        self.empty.setEnabled(False)

        self.caption = QLineEdit()
        self.caption.setObjectName("attachment-caption")
        self.caption.setPlaceholderText(self.tr("Caption for the next file (optional)"))
        self.add_button = QPushButton(self.tr("Add photo or file…"))
        self.add_button.setObjectName("add-attachment")
        self.add_button.setToolTip(
            self.tr("Attach a copy of a file; photos are printed at the end of the minutes")
        )
        self.add_button.clicked.connect(self.add_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove-attachment")
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_row = QWidget()
        row = QHBoxLayout(self.add_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_row)
        self.set_meeting(None, None, False)

    # --- which meeting ------------------------------------------------------------

    def show_meeting(self, changed: bool) -> None:
        if changed:
            self.caption.clear()
            self.list.clear()
        self.add_row.setVisible(self.editable)
        if self.meeting_id is None:
            self.empty.hide()

    def read_job(self, meeting_id: str) -> Callable[[], list[AttachmentView]]:
        store = self.ctx.store
        return lambda: attachments.attachments_of_meeting(store, meeting_id)

    def show_read(self, views: list[AttachmentView]) -> None:
        chosen = self.list.currentItem()
        chosen_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.list.clear()
        for view in views:
            label = (
                self.tr("{name} — {caption}").format(name=view.file_name, caption=view.caption)
                if view.caption
                else view.file_name
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, view.attachment_id)
            if view.path is None:
                item.setToolTip(self.tr("The file has not arrived on this computer yet."))
            self.list.addItem(item)
            if view.attachment_id == chosen_id:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not views)
        self._enable_remove()

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    # --- writing -------------------------------------------------------------------

    def add_file(self) -> None:
        if self.meeting_id is None or not self.editable:
            return
        images = self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS)
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo or file"),
            "",
            f"{images};;{self.tr('All files (*)')}",
        )
        if not chosen:
            return
        store, meeting_id, caption = self.ctx.store, self.meeting_id, self.caption.text()
        self.write(
            lambda: attachments.add_attachment(
                store, meeting_id=meeting_id, source=Path(chosen), caption=caption
            ),
            on_success=lambda _attachment_id: self.caption.clear(),
        )

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.editable:
            return
        store, attachment_id = self.ctx.store, item.data(Qt.ItemDataRole.UserRole)
        self.write(lambda: attachments.remove_attachment(store, attachment_id))
