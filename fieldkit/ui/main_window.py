"""The main window: a navigation bar, the view it selects, one search field and a
status bar that always says where the data stands."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.ui.autosave import flush_all
from fieldkit.ui.context import AppContext
from fieldkit.ui.crash import CrashReporter
from fieldkit.ui.errors import user_message
from fieldkit.ui.i18n import chosen_language
from fieldkit.ui.ops import Change, Runner
from fieldkit.ui.settings import GEOMETRY, LANGUAGE, STATE, app_settings
from fieldkit.ui.views.base import View

if TYPE_CHECKING:
    from fieldkit.services.sync_status import SyncStatus
    from fieldkit.store import Store
    from fieldkit.ui.sync_service import SyncService

# Show the busy indicator only when something takes longer than this.
BUSY_DELAY_MS = 600


@dataclass(frozen=True)
class Page:
    key: str
    module: str
    class_name: str


PAGES = (
    Page("meetings", "fieldkit.ui.views.meetings", "MeetingsView"),
    Page("problems", "fieldkit.ui.views.problems", "ProblemsView"),
    Page("contacts", "fieldkit.ui.views.contacts", "ContactsView"),
    Page("organizations", "fieldkit.ui.views.organizations", "OrganizationsView"),
    Page("municipalities", "fieldkit.ui.views.municipalities", "MunicipalitiesView"),
    Page("sync", "fieldkit.ui.views.sync", "SyncView"),
)

# Which page shows a search hit of each kind.
PAGE_OF_KIND = {
    "meeting": "meetings",
    "problem": "problems",
    "contact": "contacts",
    "organization": "organizations",
}


class MainWindow(QMainWindow):
    """Shown at once, before the database is open: SQLAlchemy and the file are
    loaded on the database thread while the window already answers, and each page
    fills in when the data is there (a coordinator sees FieldKit the moment it
    starts, not after a second of imports)."""

    # the database is open and the first page is being filled
    store_ready = Signal()

    def __init__(
        self,
        store: Store | None = None,
        runner: Runner | None = None,
        crash_reporter: CrashReporter | None = None,
        *,
        database: Path | None = None,
    ) -> None:
        super().__init__()
        assert (store is None) != (database is None), "give an open store or a file"
        self.store: Store | None = None
        self.runner = runner or Runner(self)
        self.crash_reporter = crash_reporter
        self.ctx: AppContext | None = None
        self.exit_code = 0
        self._views: dict[str, View] = {}
        self.sync_service: SyncService | None = None
        self._sync_status: SyncStatus | None = None
        self.setWindowTitle(self.tr("FieldKit"))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.stack = QStackedWidget()
        for page in PAGES:
            item = QListWidgetItem(self._page_title(page.key))
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"page-{page.key}")
            holder.setLayout(QHBoxLayout())
            holder.layout().setContentsMargins(0, 0, 0, 0)
            waiting = QLabel(self.tr("Opening the database…"))
            waiting.setObjectName("opening")
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            holder.layout().addWidget(waiting)
            self.stack.addWidget(holder)
        self.navigation.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar(store.path if store is not None else database)

        self.runner.changed.connect(self._on_changed)
        self.runner.failed.connect(self.show_error)
        self.runner.busy_changed.connect(self._on_busy)
        if crash_reporter is not None:
            self.runner.crashed.connect(crash_reporter.report)

        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        if store is not None:
            self._attach(store)
        else:
            assert database is not None
            self.runner.run(
                lambda: _open_database(database),
                on_success=self._attach,
                on_failure=self._open_failed,
            )

    def _attach(self, store: Store) -> None:
        """The database is open: give the pages their context and fill the one shown."""
        self.store = store
        self.ctx = AppContext(store, self.runner, self)
        self.database_label.setText(str(store.path))
        from fieldkit.ui.search_popup import SearchPopup

        self.search_popup = SearchPopup(self.ctx, self.search_field)
        self.search_popup.chosen.connect(self.open_record)
        self.search_field.setEnabled(True)
        self._show_row(self.navigation.currentRow())
        self._start_sync(store)
        self.refresh_status()
        self.store_ready.emit()

    def _start_sync(self, store: Store) -> None:
        """The automatic sync, on a thread and a connection of its own."""
        from fieldkit.ui.sync_service import SyncService

        self.sync_service = SyncService(store.path, self.runner, self)
        self.sync_service.state_changed.connect(self._show_sync_state)
        self.sync_service.finished.connect(self._synced)
        self.sync_service.received.connect(self._received)
        if self.crash_reporter is not None:
            self.sync_service.crashed.connect(self.crash_reporter.report)
        self.sync_service.start(store)

    def _synced(self, report: object) -> None:
        self._on_changed(frozenset({Change.SYNC}))  # the history and what waits

    def _received(self) -> None:
        # Changes from elsewhere: every view (but no sync: this one just ended).
        self._on_changed(frozenset(Change) - {Change.FINALISED})

    def sync_now(self) -> None:
        if self.sync_service is not None:
            self.sync_service.sync_now()

    def _open_failed(self, error: FieldKitError) -> None:
        """A file that cannot be used: one sentence, then FieldKit ends."""
        QMessageBox.critical(self, self.tr("FieldKit"), user_message(error))
        self.exit_code = 1
        self.close()

    # --- pages ---------------------------------------------------------------

    def _page_title(self, key: str) -> str:
        titles = {
            "meetings": self.tr("Meetings"),
            "problems": self.tr("Problems"),
            "contacts": self.tr("Contacts"),
            "organizations": self.tr("Organisations"),
            "municipalities": self.tr("Municipalities"),
            "sync": self.tr("Sync"),
        }
        return titles[key]

    def view(self, key: str) -> View:
        """The view of a page, built the first time it is needed."""
        existing = self._views.get(key)
        if existing is not None:
            return existing
        if self.ctx is None:
            raise RuntimeError("the pages are built once the database is open")
        page = next(p for p in PAGES if p.key == key)
        cls = getattr(importlib.import_module(page.module), page.class_name)
        view: View = cls(self.ctx)
        view.setObjectName(f"view-{key}")
        holder = self.stack.widget(PAGES.index(page))
        for waiting in holder.findChildren(QLabel, "opening"):
            waiting.deleteLater()
        holder.layout().addWidget(view)
        self._views[key] = view
        return view

    def show_page(self, key: str) -> View:
        row = next(i for i, p in enumerate(PAGES) if p.key == key)
        self.navigation.setCurrentRow(row)
        return self.view(key)

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.ctx is None:
            return  # built and filled when the database is open
        self.view(PAGES[row].key).ensure_fresh()

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a record wherever it lives (a search hit, a link)."""
        self.show_page(PAGE_OF_KIND[kind]).open_record(record_id)

    def show_municipality(self, key: str, municipality_id: str) -> None:
        self.show_page(key).show_municipality(municipality_id)

    def _on_changed(self, kinds: frozenset[Change]) -> None:
        for view in self._views.values():
            view.on_changed(kinds)
        self.refresh_status()
        if Change.FINALISED in kinds and self.sync_service is not None:
            self.sync_service.request("finalised")

    # --- search --------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search everything (Ctrl+K)…"))
        self.search_field.setMaximumWidth(420)
        toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.search_field.setEnabled(False)  # until the database is open
        for keys in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")):
            QShortcut(keys, self, activated=self.focus_search)

    # --- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for name, text, slot in (
            ("action-import-contacts", self.tr("Import &contacts…"), self.import_contacts),
            ("action-import-organizations", self.tr("Import &organisations…"), self.import_orgs),
            ("action-export", self.tr("&Export…"), self.export_data),
        ):
            file_menu.addAction(text, slot).setObjectName(name)
        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        sync_action = sync_menu.addAction(self.tr("&Sync now"), self.sync_now)
        sync_action.setObjectName("action-sync-now")
        sync_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Shift+S")])
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("menu-language")
        self.language_actions = QActionGroup(self)
        current = chosen_language()
        # Each language is named in itself, so it can be found whatever is shown.
        for code, name in (("lt", "Lietuvių"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setObjectName(f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._choose_language)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About FieldKit"), self.show_about)
        about.setObjectName("action-about")
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def show_about(self) -> QDialog:
        """Version, database and log folder (fieldkit.ui.about); open(), not exec(), so
        the event loop (and the database thread's replies) go on behind it."""
        from fieldkit.ui.about import AboutDialog

        database = self.store.path if self.store is not None else Path(self.database_label.text())
        dialog = AboutDialog(database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_contacts(self) -> QDialog | None:
        return self._open_import("contacts")

    def import_orgs(self) -> QDialog | None:
        return self._open_import("organizations")

    def _open_import(self, kind: str) -> QDialog | None:
        """The import dialog, once the database is open."""
        if self.ctx is None:
            return None
        from fieldkit.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_data(self) -> QDialog | None:
        if self.ctx is None:
            return None
        from fieldkit.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _choose_language(self, action: QAction) -> None:
        """Saved at once; the window speaks it from the next start (every label is
        built in the language the window started with)."""
        code = str(action.data())
        settings = app_settings()
        if code == str(settings.value(LANGUAGE, "") or ""):
            return
        settings.setValue(LANGUAGE, code)
        settings.sync()
        QMessageBox.information(
            self,
            self.tr("FieldKit"),
            self.tr("The language changes the next time FieldKit starts."),
        )

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # --- status bar ----------------------------------------------------------

    def _build_status_bar(self, database: Path | None) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(str(database or ""))
        self.database_label.setObjectName("status-database")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("status-sync")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy.show)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.sync_label)

    def refresh_status(self) -> None:
        store = self.store
        if store is None:
            return
        from fieldkit.services.sync_status import sync_status

        self.runner.run(lambda: sync_status(store), on_success=self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self._sync_status = status
        self._show_sync_state()

    def _show_sync_state(self) -> None:
        """Offline and what waits, syncing, the time of the last sync, or the error."""
        if self.sync_service is None:
            return
        text, tip = self.sync_service.describe(self._sync_status)
        self.sync_label.setText(text)
        self.sync_label.setToolTip(tip)

    def _on_busy(self, pending: int) -> None:
        if pending and not self._busy_timer.isActive() and not self.busy.isVisible():
            self._busy_timer.start()
        elif not pending:
            self._busy_timer.stop()
            self.busy.hide()

    # --- messages and closing -------------------------------------------------

    def show_error(self, message: str) -> None:
        """An expected failure: one sentence, no traceback."""
        QMessageBox.warning(self, self.tr("FieldKit"), message)

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = settings.value(STATE)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        flush_all(self)
        self.runner.wait_idle()
        if self.sync_service is not None:
            self.sync_service.shutdown()
        settings = app_settings()
        settings.setValue(GEOMETRY, self.saveGeometry())
        settings.setValue(STATE, self.saveState())
        settings.sync()
        super().closeEvent(event)


def _open_database(database: Path) -> Store:
    """On the database thread: the heavy imports and the file's checks."""
    import fieldkit.services.meetings  # noqa: F401  (warm the first page's imports here)
    from fieldkit.store import open_store

    return open_store(database)
