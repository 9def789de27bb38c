"""Where syncing stands, as the status bar shows it. The shipping half of sync
(a later issue) moves the pushed mark and the time of the last sync."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from fieldkit.model.base import parse_utc
from fieldkit.store import Store

PUSHED_SEQ = "pushed_seq"
LAST_SYNC = "last_sync_at"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    changes_waiting: int  # field changes logged here and not yet pushed
    last_sync: dt.datetime | None


def sync_status(store: Store) -> SyncStatus:
    with store.read() as session:
        meta = dict(
            session.execute(
                text("SELECT key, value FROM meta WHERE key IN (:p, :l)"),
                {"p": PUSHED_SEQ, "l": LAST_SYNC},
            ).all()
        )
        pushed = int(meta.get(PUSHED_SEQ) or 0)
        # Field changes, counted from the log's sequence numbers (counting rows
        # would read the whole log, a million entries on a big database).
        newest = session.execute(text("SELECT max(seq) FROM change_log")).scalar()
        waiting = max(0, int(newest or 0) - pushed)
    last = meta.get(LAST_SYNC)
    return SyncStatus(int(waiting), parse_utc(last) if last else None)
