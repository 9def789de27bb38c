"""What one sync did: the report the CLI prints and the status bar reads, and its
row in the history (`sync_run`), written at the start so that a sync cut short by a
killed process is found and said so by the next one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text

from fieldkit.errors import QT_TRANSLATE_NOOP, Sentence
from fieldkit.model.base import format_utc
from fieldkit.store import Store

# progress(stage, done, total): stage is one of "push", "blobs", "pull", "publish".
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncReport:
    """What one sync did, for the CLI's lines, the history and the status bar."""

    remote: str
    sent_changes: int = 0
    sent_bundles: int = 0
    sent_blobs: int = 0
    sent_bytes: int = 0
    received_changes: int = 0
    received_bundles: int = 0
    received_blobs: int = 0
    received_bytes: int = 0
    conflicts: int = 0
    held: int = 0
    published: int = 0
    requests: int = 0
    new_replica_id: str | None = None
    set_aside: list[str] = field(default_factory=list)  # one English sentence per bundle
    warnings: list[str] = field(default_factory=list)  # one English sentence each
    notes: list[Sentence] = field(default_factory=list)  # both, to translate later

    def summary(self) -> Sentence:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sent: {sent} changes, {sent_files} files. Received: {received} changes, "
                "{received_files} files. Conflicts to review: {conflicts}.",
            ),
            {
                "sent": self.sent_changes,
                "sent_files": self.sent_blobs,
                "received": self.received_changes,
                "received_files": self.received_blobs,
                "conflicts": self.conflicts,
            },
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


INTERRUPTED = "UPDATE sync_run SET outcome = 'interrupted', message = :m WHERE outcome = 'running'"


def start_run(store: Store, remote: str) -> int:
    with store.write() as session:
        # A run still "running" was cut short (the process was killed).
        cut_short = Sentence(
            QT_TRANSLATE_NOOP("Errors", "The sync was cut short (FieldKit was closed or stopped).")
        )
        session.execute(
            text(INTERRUPTED),
            {"m": json.dumps(cut_short.to_json())},
        )
        return int(
            session.execute(
                text(
                    "INSERT INTO sync_run (started_at, remote, outcome, sent_changes, "
                    "received_changes, sent_bytes, received_bytes, message, warnings) "
                    "VALUES (:t, :r, 'running', 0, 0, 0, 0, '', '[]') RETURNING id"
                ),
                {"t": format_utc(_now()), "r": remote},
            ).scalar_one()
        )


def finish_run(
    store: Store, run_id: int, report: SyncReport, outcome: str, message: Sentence
) -> None:
    with store.write() as session:
        session.execute(
            text(
                "UPDATE sync_run SET finished_at = :t, outcome = :o, sent_changes = :sc, "
                "received_changes = :rc, sent_bytes = :sb, received_bytes = :rb, "
                "message = :m, warnings = :w WHERE id = :id"
            ),
            {
                "t": format_utc(_now()),
                "o": outcome,
                "sc": report.sent_changes,
                "rc": report.received_changes,
                "sb": report.sent_bytes,
                "rb": report.received_bytes,
                "m": json.dumps(message.to_json(), ensure_ascii=False),
                "w": json.dumps([n.to_json() for n in report.notes], ensure_ascii=False),
                "id": run_id,
            },
        )
