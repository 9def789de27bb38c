"""This database's identity as a replica, and the keys sync keeps about remotes in
`meta`. A database copied to a second laptop (or restored from a backup) must not
go on writing bundles under the id the other copy uses: it takes a new one."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import text

from fieldkit.store import Store
from fieldkit.sync.recording import write_meta

log = logging.getLogger(__name__)

# How far the change log is on a remote (recording.PUSHED_SEQ) and the last_seq of
# this replica id's newest bundle there (BUNDLE_PREV): kept per remote id
# ("pushed_seq@<id>"), since a laptop moved to a new (or emptied) remote must send
# its whole log there. PUSHED_SEQ alone is the current remote's, for the status bar.
BUNDLE_PREV = "bundle_prev"
REMOTE_ID = "sync_remote_id"
REMOTE_URL = "sync_last_remote"  # the remote the id above belongs to


def take_new_replica_id(store: Store, old: str, pushed: int) -> str:
    """Become a new replica: the changes not yet pushed (past `pushed`) and the
    clocks they set are stamped with the new id; the old id becomes a peer whose
    bundles up to `pushed` are this database's own. Returns the new id."""
    new = uuid.uuid4().hex
    log.warning("sync: replica %s is also in use elsewhere; this database is now %s", old, new)
    with store.write() as session:
        stamped = "SELECT hlc FROM change_log WHERE seq > :p"
        restamp = "substr({col}, 1, length({col}) - :n) || :new"
        params = {"p": pushed, "n": len(old), "new": new}
        for table, column in (
            ("field_clock", "hlc"),
            ("field_clock", "base"),
            ("row_clock", "hlc"),
            ("change_log", "base"),
        ):
            session.execute(
                text(
                    f"UPDATE {table} SET {column} = {restamp.format(col=column)} "
                    f"WHERE {column} IN ({stamped})"
                ),
                params,
            )
        session.execute(
            text(f"UPDATE change_log SET hlc = {restamp.format(col='hlc')} WHERE seq > :p"),
            params,
        )
        session.execute(
            text(
                "UPDATE meta SET value = substr(value, 1, length(value) - :n) || :new "
                "WHERE key = 'hlc_last'"
            ),
            params,
        )
        write_meta(session, replica_id=new)
        # The new id's chain of bundles starts afresh on every remote.
        session.execute(text("DELETE FROM meta WHERE key LIKE :k"), {"k": f"{BUNDLE_PREV}@%"})
        # What the old id pushed up to here is in this database already; what
        # it pushed beyond (from the other copy) is pulled like any replica's.
        session.execute(
            text(
                "INSERT INTO sync_peer (replica_id, applied_seq) VALUES (:r, :p) "
                "ON CONFLICT (replica_id) DO NOTHING"
            ),
            {"r": old, "p": pushed},
        )
    store.replica_id = new
    return new
