"""The Sync page: the shared storage this database syncs with (a folder, or a
WebDAV address with a user name and password kept in the system keyring), Test
connection and Sync now, the history of syncs, the conflicts kept by merges (to
restore or dismiss) and the bundles set aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import conflicts, sync_history, sync_settings
from fieldkit.services.sync_status import SyncStatus, sync_status
from fieldkit.ui.context import AppContext
from fieldkit.ui.errors import user_message
from fieldkit.ui.ops import Change
from fieldkit.ui.row_model import RowTableModel
from fieldkit.ui.sync_models import ConflictsModel, RunsModel, SetAsideModel, moment_text
from fieldkit.ui.sync_service import SyncService, is_web
from fieldkit.ui.views.base import View

if TYPE_CHECKING:
    from fieldkit.services.conflicts import ConflictRow
    from fieldkit.services.sync_history import RunRow, SetAsideRow
    from fieldkit.sync.credentials import Credentials
    from fieldkit.sync.remotes import ConnectionCheck

Loaded = tuple[SyncStatus, "list[RunRow]", "list[ConflictRow]", "list[SetAsideRow]"]


def _table(model: RowTableModel[object], name: str, widths: tuple[int, ...]) -> QTableView:
    """A read-only table whose columns start `widths` characters wide (the last
    takes the rest); the user can widen them."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    character = table.fontMetrics().averageCharWidth()
    for column, chars in enumerate(widths):
        header.resizeSection(column, chars * character + 12)
    return table


class SyncView(View):
    shows = frozenset(Change)  # every local write adds to what is waiting

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._saved_url: str | None = None
        layout = QVBoxLayout(self)
        heading = self.tr("Sync")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self._build_settings())
        self.state = QLabel()
        self.state.setObjectName("sync-state")
        self.state.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setObjectName("sync-waiting")
        self.last_sync = QLabel()
        self.database = QLabel(str(ctx.store.path))
        self.replica = QLabel(ctx.store.replica_id)
        for selectable in (self.database, self.replica):
            selectable.setTextInteractionFlags(
                selectable.textInteractionFlags().TextSelectableByMouse
            )
        facts = QFormLayout()
        facts.addRow(self.tr("Now:"), self.state)
        facts.addRow(self.tr("Changes waiting:"), self.waiting)
        facts.addRow(self.tr("Last sync:"), self.last_sync)
        facts.addRow(self.tr("Database file:"), self.database)
        facts.addRow(self.tr("Replica id:"), self.replica)
        layout.addLayout(facts)
        layout.addWidget(self._build_tabs(), 1)

        service = self.service
        if service is not None:
            service.state_changed.connect(self._show_state)

    @property
    def service(self) -> SyncService | None:
        return getattr(self.ctx.window, "sync_service", None)

    # --- building ---------------------------------------------------------------------

    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Shared storage"))
        self.url = QLineEdit()
        self.url.setObjectName("sync-url")
        self.url.setPlaceholderText(
            self.tr("A folder, or https://cloud.example.lt/remote.php/dav/files/USER/FieldKit/")
        )
        self.url.textChanged.connect(self._url_edited)
        choose = QPushButton(self.tr("Choose folder…"))
        choose.setObjectName("sync-choose-folder")
        choose.clicked.connect(self.choose_folder)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(choose)
        self.user = QLineEdit()
        self.user.setObjectName("sync-user")
        self.password = QLineEdit()
        self.password.setObjectName("sync-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        for field in (self.user, self.password):
            field.textChanged.connect(self._url_edited)
        hint = QLabel(
            self.tr(
                "A shared folder (a USB stick, a network share or a cloud-drive folder), "
                "or a WebDAV address. For Nextcloud, use an app password."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder or address:"), url_row)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", hint)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("sync-save")
        self.save_button.clicked.connect(self.save_settings)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("sync-test")
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(self.sync_now)
        self.test_result = QLabel()
        self.test_result.setObjectName("sync-test-result")
        self.test_result.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addWidget(self.test_result, 1)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addLayout(buttons)
        self._url_edited()
        return box

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.runs_model = RunsModel(self)
        self.runs = _table(self.runs_model, "sync-history", (19, 36, 18, 9, 9))
        self.tabs.addTab(self.runs, self.tr("History"))

        self.conflicts_model = ConflictsModel(self.ctx.store.replica_id, self)
        self.conflicts = _table(self.conflicts_model, "sync-conflicts", (36, 14, 30, 30, 19))
        self.conflicts.selectionModel().selectionChanged.connect(self._conflict_selected)
        self.show_resolved = QCheckBox(self.tr("Show restored and dismissed"))
        self.show_resolved.setObjectName("sync-show-resolved")
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.restore_button = QPushButton(self.tr("Restore the kept value"))
        self.restore_button.setObjectName("sync-restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("sync-dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        explanation = QLabel(
            self.tr(
                "When the same field was changed on two computers, the later change won; "
                "the other value is kept here."
            )
        )
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.show_resolved)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.dismiss_button)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(explanation)
        page_layout.addWidget(self.conflicts, 1)
        page_layout.addLayout(row)
        self.tabs.addTab(page, "")

        self.set_aside_model = SetAsideModel(self)
        self.set_aside = _table(self.set_aside_model, "sync-set-aside", (19, 44, 24))
        self.tabs.addTab(self.set_aside, "")
        self._conflict_selected()
        return self.tabs

    # --- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        store = self.ctx.store
        include_resolved = self.show_resolved.isChecked()

        def load() -> Loaded:
            return (
                sync_status(store),
                sync_history.list_runs(store),
                conflicts.list_conflicts(store, include_resolved=include_resolved),
                sync_history.list_set_aside(store),
            )

        self.ctx.runner.run(load, on_success=self._show)

    def _show(self, loaded: Loaded) -> None:
        status, runs, kept, set_aside = loaded
        self._status = status
        if status.remote != self._saved_url:
            self._saved_url = status.remote
            self.url.setText(status.remote or "")
            self._load_user()
        self.waiting.setText(
            self.tr("%n change(s) recorded here and not yet sent", "", status.changes_waiting)
        )
        self.last_sync.setText(
            moment_text(status.last_sync) if status.last_sync else self.tr("never")
        )
        self.runs_model.set_rows(runs)
        self.conflicts_model.set_rows(kept)
        self.set_aside_model.set_rows(set_aside)
        unresolved = sum(not row.resolved for row in kept)
        self.tabs.setTabText(1, self.tr("Conflicts (%n)", "", unresolved))
        self.tabs.setTabText(2, self.tr("Set aside (%n)", "", len(set_aside)))
        self._url_edited()
        self._conflict_selected()
        self._show_state()

    def _show_state(self) -> None:
        service = self.service
        if service is None:
            return
        text, tip = service.describe(getattr(self, "_status", None))
        self.state.setText(text)
        self.state.setToolTip(tip)
        self.sync_button.setEnabled(not service.running and self._saved_url is not None)

    def _load_user(self) -> None:
        """Show the saved user name (never the password) of a WebDAV remote."""
        url, service = self._saved_url, self.service
        self.user.clear()
        self.password.clear()
        if url is None or not is_web(url) or service is None:
            return

        def saved_user() -> str:
            from fieldkit.sync.credentials import credentials_for

            found = credentials_for(url)
            return found.user if found is not None else ""

        service.network_thread.run(
            saved_user, on_success=self._saved_user, on_failure=lambda _error: None
        )

    def _saved_user(self, user: str) -> None:
        if not self.user.text():
            self.user.setText(user)
            self._url_edited()

    # --- settings ---------------------------------------------------------------------

    def _url_edited(self) -> None:
        url = self.url.text().strip()
        web = is_web(url)
        self.user.setEnabled(web)
        self.password.setEnabled(web)
        changed = url != (self._saved_url or "") or bool(self.password.text())
        self.save_button.setEnabled(bool(url) and changed)
        self.test_button.setEnabled(bool(url))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder to sync with"), self.url.text()
        )
        if folder:
            self.url.setText(folder)

    def _typed_credentials(self) -> Credentials | None:
        from fieldkit.sync.credentials import Credentials

        user = self.user.text().strip()
        if not is_web(self.url.text()) or not user:
            return None
        return Credentials(user, self.password.text())

    def save_settings(self) -> None:
        """Save the address in the database and the password in the keyring (on the
        network thread: a keyring may take a moment to answer), then sync."""
        url, store, service = self.url.text().strip(), self.ctx.store, self.service
        credentials = self._typed_credentials()
        if credentials is not None and self.password.text() and service is not None:
            from fieldkit.sync.credentials import save_credentials

            service.network_thread.run(
                lambda: save_credentials(url, credentials.user, credentials.password),
                on_failure=self._show_test_failure,
            )
            self.password.clear()
        self.ctx.runner.run(
            lambda: sync_settings.save_remote(store, url),
            on_success=self._saved,
            changes={Change.SYNC},
        )

    def _saved(self, url: str) -> None:
        self._saved_url = url
        self.url.setText(url)
        self.test_result.setText(self.tr("Saved."))
        self._url_edited()
        service = self.service
        if service is not None:
            # After the keyring write queued before it on the network thread.
            service.network_thread.run(
                lambda: None, on_success=lambda _none: service.settings_changed(url)
            )

    def test_connection(self) -> None:
        """Try the typed settings (off the GUI thread) and say what happened."""
        service = self.service
        url = self.url.text().strip()
        if service is None or not url:
            return
        typed = self._typed_credentials()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))

        def test() -> ConnectionCheck:
            from fieldkit.sync.credentials import credentials_for
            from fieldkit.sync.remotes import test_connection

            credentials = typed
            if credentials is not None and not credentials.password and is_web(url):
                saved = credentials_for(url)
                if saved is not None and saved.user == credentials.user:
                    credentials = saved
            elif credentials is None and is_web(url):
                credentials = credentials_for(url)
            return test_connection(url, credentials)

        service.network_thread.run(
            test, on_success=self._tested, on_failure=self._show_test_failure
        )

    def _tested(self, check: ConnectionCheck) -> None:
        sentence = QCoreApplication.translate("Sync", check.template)
        try:
            sentence = sentence.format(**check.params)
        except (KeyError, IndexError, ValueError):
            sentence = str(check)
        self.test_result.setText(sentence)
        self._url_edited()

    def _show_test_failure(self, error: FieldKitError) -> None:
        self.test_result.setText(user_message(error))
        self._url_edited()

    def sync_now(self) -> None:
        service = self.service
        if service is not None:
            service.sync_now()

    # --- conflicts ------------------------------------------------------------------

    def selected_conflict(self) -> ConflictRow | None:
        rows = self.conflicts.selectionModel().selectedRows()
        return self.conflicts_model.row_at(rows[0]) if rows else None

    def select_conflict(self, row: int) -> None:
        self.conflicts.selectionModel().select(
            self.conflicts_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _conflict_selected(self, *_args: object) -> None:
        row = self.selected_conflict()
        open_ = row is not None and not row.resolved
        self.restore_button.setEnabled(open_ and row is not None and row.restorable)
        self.dismiss_button.setEnabled(open_)
        if row is not None and not row.restorable and not row.resolved:
            self.restore_button.setToolTip(
                self.tr("The record was deleted or erased; its values cannot come back.")
            )
        else:
            self.restore_button.setToolTip("")

    def restore_selected(self) -> None:
        row, store = self.selected_conflict(), self.ctx.store
        if row is not None:
            self.ctx.runner.run(
                lambda: conflicts.restore_conflict(store, row.id),
                changes=frozenset(Change) - {Change.FINALISED},
            )

    def dismiss_selected(self) -> None:
        row, store = self.selected_conflict(), self.ctx.store
        if row is not None:
            self.ctx.runner.run(
                lambda: conflicts.dismiss_conflict(store, row.id), changes={Change.SYNC}
            )
