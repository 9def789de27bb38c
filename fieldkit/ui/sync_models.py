"""The Sync page's tables: the history of syncs, the kept conflicts and the bundles
set aside, each a model over the services' rows; and the words for what they hold
(kinds of record, fields, values), translated here when shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from fieldkit.services.conflicts import ConflictRow
from fieldkit.services.sync_history import RunRow, SetAsideRow
from fieldkit.ui.errors import user_message
from fieldkit.ui.labels import label
from fieldkit.ui.row_model import Index, RowTableModel

CELL_LENGTH = 60


def kind_label(table_name: str) -> str:
    names = {
        "meeting": QCoreApplication.translate("SyncModels", "Meeting"),
        "agenda_item": QCoreApplication.translate("SyncModels", "Agenda item"),
        "participant": QCoreApplication.translate("SyncModels", "Participant"),
        "decision": QCoreApplication.translate("SyncModels", "Decision"),
        "action_item": QCoreApplication.translate("SyncModels", "Action item"),
        "problem": QCoreApplication.translate("SyncModels", "Problem"),
        "problem_meeting": QCoreApplication.translate("SyncModels", "Problem at a meeting"),
        "idea": QCoreApplication.translate("SyncModels", "Idea"),
        "problem_partner": QCoreApplication.translate("SyncModels", "Possible partner"),
        "attachment": QCoreApplication.translate("SyncModels", "Attachment"),
        "library": QCoreApplication.translate("SyncModels", "Library"),
        "organization": QCoreApplication.translate("SyncModels", "Organisation"),
        "contact": QCoreApplication.translate("SyncModels", "Person"),
        "visit": QCoreApplication.translate("SyncModels", "Visit"),
    }
    return names.get(table_name, table_name)


def field_label(field: str) -> str:
    names = {
        "title": QCoreApplication.translate("SyncModels", "Title"),
        "name": QCoreApplication.translate("SyncModels", "Name"),
        "notes": QCoreApplication.translate("SyncModels", "Notes"),
        "text": QCoreApplication.translate("SyncModels", "Text"),
        "purpose": QCoreApplication.translate("SyncModels", "Purpose"),
        "place": QCoreApplication.translate("SyncModels", "Place"),
        "starts_at": QCoreApplication.translate("SyncModels", "Starts"),
        "ends_at": QCoreApplication.translate("SyncModels", "Ends"),
        "kind": QCoreApplication.translate("SyncModels", "Kind"),
        "status": QCoreApplication.translate("SyncModels", "Status"),
        "number": QCoreApplication.translate("SyncModels", "Number"),
        "finalised_at": QCoreApplication.translate("SyncModels", "Finalised"),
        "next_steps": QCoreApplication.translate("SyncModels", "Next steps"),
        "next_meeting_at": QCoreApplication.translate("SyncModels", "Next meeting"),
        "first_name": QCoreApplication.translate("SyncModels", "First name"),
        "last_name": QCoreApplication.translate("SyncModels", "Last name"),
        "role": QCoreApplication.translate("SyncModels", "Role"),
        "phone": QCoreApplication.translate("SyncModels", "Phone"),
        "email": QCoreApplication.translate("SyncModels", "E-mail"),
        "tags": QCoreApplication.translate("SyncModels", "Tags"),
        "description": QCoreApplication.translate("SyncModels", "Description"),
        "category": QCoreApplication.translate("SyncModels", "Category"),
        "affected_groups": QCoreApplication.translate("SyncModels", "Affected groups"),
        "votes": QCoreApplication.translate("SyncModels", "Votes"),
        "attended": QCoreApplication.translate("SyncModels", "Attended"),
        "sent_apologies": QCoreApplication.translate("SyncModels", "Sent apologies"),
        "due_on": QCoreApplication.translate("SyncModels", "Due"),
        "done": QCoreApplication.translate("SyncModels", "Done"),
        "owner_name": QCoreApplication.translate("SyncModels", "Responsible"),
        "address": QCoreApplication.translate("SyncModels", "Address"),
        "website": QCoreApplication.translate("SyncModels", "Website"),
        "sector": QCoreApplication.translate("SyncModels", "Sector"),
        "position": QCoreApplication.translate("SyncModels", "Order"),
        "deleted": QCoreApplication.translate("SyncModels", "Deleted"),
    }
    return names.get(field, field.replace("_", " "))


def value_text(value: Any) -> str:
    """A stored value as the coordinator reads it elsewhere in the window."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncModels", "Yes")
            if value
            else QCoreApplication.translate("SyncModels", "No")
        )
    if isinstance(value, StrEnum):
        return label(value)
    locale = QLocale()
    if isinstance(value, dt.datetime):
        shown = value.astimezone() if value.tzinfo is not None else value
        return locale.toString(QDateTime(shown), QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, int):
        return locale.toString(value)
    text = str(value)
    return text if text.strip() else QCoreApplication.translate("SyncModels", "(empty)")


def moment_text(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDateTime(value.astimezone()), QLocale.FormatType.ShortFormat)


def short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CELL_LENGTH else flat[: CELL_LENGTH - 1] + "…"


def outcome_label(outcome: str) -> str:
    names = {
        "ok": QCoreApplication.translate("SyncModels", "Done"),
        "warning": QCoreApplication.translate("SyncModels", "Done, with warnings"),
        "failed": QCoreApplication.translate("SyncModels", "Failed"),
        "running": QCoreApplication.translate("SyncModels", "Running"),
        "interrupted": QCoreApplication.translate("SyncModels", "Interrupted"),
    }
    return names.get(outcome, outcome)


def reason_label(reason: str) -> str:
    """Why a bundle was set aside (sync.bundle.Fault values)."""
    names = {
        "unreadable": QCoreApplication.translate("SyncModels", "Damaged or incomplete"),
        "mismatch": QCoreApplication.translate("SyncModels", "Does not match its header"),
        "newer-schema": QCoreApplication.translate("SyncModels", "Needs a newer FieldKit"),
    }
    return names.get(reason, reason)


class RunsModel(RowTableModel[RunRow]):
    """The history of syncs, newest first."""

    def titles(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "When"),
            QCoreApplication.translate("SyncModels", "Remote"),
            QCoreApplication.translate("SyncModels", "Outcome"),
            QCoreApplication.translate("SyncModels", "Sent"),
            QCoreApplication.translate("SyncModels", "Received"),
            QCoreApplication.translate("SyncModels", "Message"),
        )

    def row_id(self, row: RunRow) -> str:
        return str(row.id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            # A sync that went well: its counts are in their columns, so the
            # warnings (if any) are what is worth reading.
            if row.outcome in ("ok", "warning"):
                message = "; ".join(user_message(w) for w in row.warnings)
            else:
                message = user_message(row.message) if row.message else ""
            return (
                moment_text(row.started_at),
                row.remote,
                outcome_label(row.outcome),
                locale.toString(row.sent_changes),
                locale.toString(row.received_changes),
                short(message),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            lines = [user_message(s) for s in (row.message, *row.warnings) if s is not None]
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictsModel(RowTableModel[ConflictRow]):
    """Kept values: what record, which field, the kept and the current value, when
    and from whose computer."""

    def __init__(self, replica_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.replica_id = replica_id

    def titles(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "Record"),
            QCoreApplication.translate("SyncModels", "Field"),
            QCoreApplication.translate("SyncModels", "Kept value"),
            QCoreApplication.translate("SyncModels", "Current value"),
            QCoreApplication.translate("SyncModels", "When"),
            QCoreApplication.translate("SyncModels", "From"),
        )

    def row_id(self, row: ConflictRow) -> str:
        return str(row.id)

    def replica_text(self, replica_id: str) -> str:
        if replica_id == self.replica_id:
            return QCoreApplication.translate("SyncModels", "this computer")
        return replica_id[:8]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            record = kind_label(row.table_name)
            if row.record_title:
                record = f"{record}: {row.record_title}"
            return (
                record,
                field_label(row.field),
                short(value_text(row.losing_value)),
                short(value_text(row.current_value)),
                moment_text(row.recorded_at),
                self.replica_text(row.losing_replica),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return value_text(row.losing_value)
            if column == 3:
                return value_text(row.current_value)
            if column == 5:
                return row.losing_replica
        if role == Qt.ItemDataRole.ForegroundRole and row.resolved:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


class SetAsideModel(RowTableModel[SetAsideRow]):
    """Bundles that failed verification or need a newer FieldKit."""

    def titles(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "Noticed"),
            QCoreApplication.translate("SyncModels", "Bundle"),
            QCoreApplication.translate("SyncModels", "Reason"),
            QCoreApplication.translate("SyncModels", "Detail"),
        )

    def row_id(self, row: SetAsideRow) -> str:
        return row.path

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                moment_text(row.noticed_at),
                row.path,
                reason_label(row.reason),
                short(row.detail),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.detail or None
        return None
