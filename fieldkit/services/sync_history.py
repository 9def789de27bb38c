"""What the Sync page lists besides the conflicts: the syncs made so far (written by
the engine, one row per sync) and the bundles set aside with their reasons."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from fieldkit.errors import Sentence
from fieldkit.model import SetAsideBundle, SyncRun
from fieldkit.store import Store


@dataclass(frozen=True, slots=True)
class RunRow:
    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    remote: str
    outcome: str  # running, ok, warning, failed
    sent_changes: int
    received_changes: int
    sent_bytes: int
    received_bytes: int
    message: Sentence | None  # what the sync did, or why it failed
    warnings: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class SetAsideRow:
    path: str
    replica_id: str
    reason: str  # a SetAsideReason value
    detail: str
    noticed_at: dt.datetime


def _warnings(text: str) -> tuple[Sentence, ...]:
    """Sentences kept as templates and parameters (or plain English, kept earlier)."""
    try:
        loaded = json.loads(text or "[]")
    except ValueError:
        return (Sentence(text),)
    if isinstance(loaded, list):
        return tuple(Sentence.from_json(w) for w in loaded)
    return (Sentence.from_json(loaded),)


def _run_row(run: SyncRun) -> RunRow:
    return RunRow(
        id=run.id,
        started_at=run.started_at,
        finished_at=run.finished_at,
        remote=run.remote,
        outcome=run.outcome,
        sent_changes=run.sent_changes or 0,
        received_changes=run.received_changes or 0,
        sent_bytes=run.sent_bytes or 0,
        received_bytes=run.received_bytes or 0,
        message=Sentence.from_json(run.message) if run.message else None,
        warnings=_warnings(run.warnings),
    )


def list_runs(store: Store, limit: int = 50) -> list[RunRow]:
    """The most recent syncs, newest first."""
    with store.read() as session:
        runs = session.scalars(
            select(SyncRun).order_by(SyncRun.started_at.desc(), SyncRun.id.desc()).limit(limit)
        ).all()
        return [_run_row(run) for run in runs]


def last_run(store: Store) -> RunRow | None:
    runs = list_runs(store, limit=1)
    return runs[0] if runs else None


def list_set_aside(store: Store) -> list[SetAsideRow]:
    """Bundles that failed verification or need a newer FieldKit, oldest first (each
    is tried again on every sync, and leaves this list when it applies)."""
    with store.read() as session:
        bundles = session.scalars(
            select(SetAsideBundle).order_by(SetAsideBundle.noticed_at, SetAsideBundle.path)
        ).all()
        return [
            SetAsideRow(b.path, b.replica_id, b.reason, b.detail or "", b.noticed_at)
            for b in bundles
        ]
