"""Help → About FieldKit: the version, and where this FieldKit keeps its database and
its logs, so a coordinator on the phone with support can read them out (or open the
folder and send the log) without knowing where platformdirs puts things."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import __version__
from fieldkit.paths import log_dir, resource


def app_icon() -> QIcon:
    """FieldKit's icon (drawn by tools/make_icon.py), for every window."""
    return QIcon(str(resource("icons", "fieldkit.png")))


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager; the log folder is made if FieldKit
    has not written a log yet, so the button never leads nowhere."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About FieldKit"))
        self.database = database
        self.log_folder = log_dir()

        icon = QLabel()
        icon.setObjectName("about-icon")
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = self.tr("FieldKit")
        title = QLabel(f"<b>{name}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("about-version")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr(
                "Meeting notes, partners and community problems for the coordinators of "
                "“Bibliotekos pažangai 2”."
            )
        )
        blurb.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Database:"), self._path_row("database", database, database.parent))
        form.addRow(self.tr("Logs:"), self._path_row("logs", self.log_folder, self.log_folder))

        # our own Close: Qt ships no Lithuanian for its standard buttons (no qtbase_lt)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("about-close")
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(version)
        text.addWidget(blurb)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _path_row(self, name: str, shown: Path, folder: Path) -> QWidget:
        """The path as selectable text, and a button that opens its folder."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(str(shown))
        label.setObjectName(f"about-{name}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("Open folder"))
        button.setObjectName(f"about-open-{name}")
        button.setToolTip(str(folder))
        button.clicked.connect(lambda: open_folder(folder))
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row
