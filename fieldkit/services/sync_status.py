"""Where syncing stands, as the status bar and the Sync page show it. The engine
moves the pushed mark and the time of the last sync, and writes the history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from fieldkit.errors import Sentence
from fieldkit.model.base import parse_utc
from fieldkit.services.sync_settings import REMOTE_URL
from fieldkit.store import Store
from fieldkit.sync.recording import LAST_SYNC, PUSHED_SEQ, read_meta


@dataclass(frozen=True, slots=True)
class SyncStatus:
    changes_waiting: int  # field changes logged here and not yet pushed
    last_sync: dt.datetime | None  # the last sync that finished
    remote: str | None = None  # the saved remote, None when sync is not set up
    last_outcome: str | None = None  # of the newest sync in the history (ok, failed...)
    last_message: str = ""  # its English sentence, if any


def sync_status(store: Store) -> SyncStatus:
    with store.read() as session:
        meta = read_meta(session, PUSHED_SEQ, LAST_SYNC, REMOTE_URL)
        pushed = int(meta.get(PUSHED_SEQ) or 0)
        # Field changes, counted from the log's sequence numbers (counting rows
        # would read the whole log, a million entries on a big database).
        newest = session.execute(text("SELECT max(seq) FROM change_log")).scalar()
        waiting = max(0, int(newest or 0) - pushed)
        run = session.execute(
            text("SELECT outcome, message FROM sync_run ORDER BY started_at DESC, id DESC LIMIT 1")
        ).first()
    last = meta.get(LAST_SYNC)
    return SyncStatus(
        int(waiting),
        parse_utc(last) if last else None,
        remote=meta.get(REMOTE_URL) or None,
        last_outcome=run[0] if run else None,
        last_message=str(Sentence.from_json(run[1])) if run and run[1] else "",
    )
