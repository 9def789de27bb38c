"""The recording half of sync: every local change of a syncable field is appended to
the change log in the same transaction as the change itself.

It hooks the ORM's flush, so it sees every write made through a session, whatever
service made it. A session that applies changes received from another replica is
marked with `applying_remote()` and is not logged again as local.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import Syncable
from fieldkit.model.values import dumps, to_json_value
from fieldkit.sync.hlc import HybridLogicalClock, Timestamp

REMOTE_FLAG = "fieldkit.applying_remote"
# Keys of this replica's facts in `meta`: its id and last clock reading, written
# here; how far its log is pushed and when it last synced, written by a sync and
# read by the status bar.
META_REPLICA = "replica_id"
META_CLOCK = "hlc_last"
PUSHED_SEQ = "pushed_seq"
LAST_SYNC = "last_sync_at"

# Driver-level statements with positional parameters: a demo or an import logs
# about a million fields, and SQLAlchemy's per-row parameter handling would be
# most of the cost.
INSERT_CHANGE = (
    "INSERT INTO change_log (hlc, table_name, row_id, field, value) VALUES (?1, ?2, ?3, ?4, ?5)"
)
# An edit of an existing row: the field's clock moves on and remembers the clock it
# replaced (the row's, the first time a field is edited), and the log entry carries
# that base so other replicas can tell history from a conflict.
UPSERT_FIELD_CLOCK = (
    "INSERT INTO field_clock (table_name, row_id, field, hlc, base) VALUES (?2, ?3, ?4, ?1, "
    "coalesce((SELECT hlc FROM row_clock WHERE table_name = ?2 AND row_id = ?3), '')) "
    "ON CONFLICT (table_name, row_id, field) DO UPDATE "
    "SET base = field_clock.hlc, hlc = excluded.hlc"
)
INSERT_EDIT = (
    "INSERT INTO change_log (hlc, table_name, row_id, field, value, base) VALUES (?1, ?2, ?3, "
    "?4, ?5, (SELECT base FROM field_clock WHERE table_name = ?2 AND row_id = ?3 AND field = ?4))"
)
INSERT_ROW_CLOCK = "INSERT INTO row_clock (table_name, row_id, hlc) VALUES (?2, ?3, ?1)"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's new value, as the change log and a sync bundle carry it."""

    table_name: str
    row_id: str
    field: str
    value: str  # JSON text


@contextmanager
def applying_remote(session: Session) -> Iterator[Session]:
    """Writes inside this block come from another replica: they are not logged.

    Local edits still pending are flushed (and logged) before the block starts, and
    the block's own writes are flushed before it ends, so nothing is logged under
    the wrong flag. If the block fails, the transaction is rolled back: a change
    from elsewhere is applied whole or not at all, never half and then logged as
    local by a later commit."""
    session.flush()
    previous = session.info.get(REMOTE_FLAG, False)
    session.info[REMOTE_FLAG] = True
    try:
        yield session
        session.flush()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info[REMOTE_FLAG] = previous


def read_meta(session: Session, *keys: str) -> dict[str, str]:
    """The `meta` values of these keys that are set (inside the caller's transaction)."""
    marks = ", ".join(f":k{i}" for i in range(len(keys)))
    rows = session.execute(
        text(f"SELECT key, value FROM meta WHERE key IN ({marks})"),
        {f"k{i}": k for i, k in enumerate(keys)},
    )
    return dict(rows.all())  # type: ignore[arg-type]


def write_meta(session: Session, **values: str | int) -> None:
    for key, value in values.items():
        session.execute(
            text(
                "INSERT INTO meta (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": str(value)},
        )


def read_clock(session: Session) -> HybridLogicalClock:
    """This replica's clock as the database last left it (inside the transaction, so
    two processes writing the same file never issue the same timestamp)."""
    rows = read_meta(session, META_REPLICA, META_CLOCK)
    replica_id = rows.get(META_REPLICA)
    if not replica_id:
        raise RuntimeError("database has no replica id")
    last = Timestamp.decode(rows[META_CLOCK]) if rows.get(META_CLOCK) else None
    return HybridLogicalClock(replica_id, last)


def save_clock(session: Session, clock: HybridLogicalClock) -> None:
    write_meta(session, **{META_CLOCK: clock.last.encode()})


def record_changes(
    session: Session,
    changes: Sequence[FieldChange],
    new_rows: Collection[tuple[str, str]] = (),
) -> Timestamp | None:
    """Append local changes to the log with one fresh timestamp and move the clocks.
    `new_rows` names the (table, row id) pairs these changes create. Used by the
    flush hook and by bulk writers that bypass the ORM."""
    if not changes:
        return None
    clock = read_clock(session)
    stamp = clock.tick()
    _write_log(session, clock, stamp, changes, new_rows)
    return stamp


def _write_log(
    session: Session,
    clock: HybridLogicalClock,
    stamp: Timestamp,
    changes: Sequence[FieldChange],
    new_rows: Collection[tuple[str, str]],
) -> None:
    encoded = stamp.encode()
    inserts: list[tuple[str, str, str, str, str]] = []
    edits: list[tuple[str, str, str, str, str]] = []
    for c in changes:
        params = (encoded, c.table_name, c.row_id, c.field, c.value)
        (inserts if (c.table_name, c.row_id) in new_rows else edits).append(params)
    connection = session.connection()
    if inserts:
        connection.exec_driver_sql(INSERT_CHANGE, inserts)
        connection.exec_driver_sql(
            INSERT_ROW_CLOCK, [(encoded, table, row_id) for table, row_id in new_rows]
        )
    if edits:
        # The clock first: the log entry reads the base the upsert kept.
        connection.exec_driver_sql(UPSERT_FIELD_CLOCK, [p[:4] for p in edits])
        connection.exec_driver_sql(INSERT_EDIT, edits)
    save_clock(session, clock)


def row_changes(table_name: str, row_id: str, values: dict[str, Any]) -> list[FieldChange]:
    """Changes for a new row given as its column values (already JSON-ready)."""
    return [FieldChange(table_name, row_id, field, dumps(v)) for field, v in values.items()]


def _columns(obj: Syncable) -> Any:
    return type(obj).__table__.columns  # type: ignore[attr-defined]


def _insert_changes(obj: Syncable) -> list[FieldChange]:
    table_name = type(obj).__tablename__  # type: ignore[attr-defined]
    state = inspect(obj)
    changes = []
    for column in _columns(obj):
        if column.key in obj.UNLOGGED:
            continue
        value = state.dict.get(column.key)
        changes.append(
            FieldChange(table_name, obj.id, column.key, dumps(to_json_value(column, value)))
        )
    return changes


def _changed_fields(session: Session, obj: Syncable) -> dict[str, Any]:
    """Columns whose value really differs from what the database holds."""
    state = inspect(obj)
    changed: dict[str, Any] = {}
    columns = {c.key: c for c in _columns(obj)}
    for key, old in state.committed_state.items():
        column = columns.get(key)
        if column is None or key in obj.UNLOGGED:
            continue
        new = state.dict.get(key)
        if old is NO_VALUE:
            table = type(obj).__table__  # type: ignore[attr-defined]
            old = session.execute(select(table.c[key]).where(table.c.id == obj.id)).scalar()
        if to_json_value(column, old) != to_json_value(column, new):
            changed[key] = column
    return changed


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get(REMOTE_FLAG):
        return
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Synced records are never deleted outright; mark them deleted instead.",
                )
            )
    changes: list[FieldChange] = []
    new_rows: set[tuple[str, str]] = set()
    updated: list[tuple[Syncable, dict[str, Any]]] = []
    for obj in session.new:
        if isinstance(obj, Syncable):
            changes.extend(_insert_changes(obj))
            new_rows.add((type(obj).__tablename__, obj.id))  # type: ignore[attr-defined]
    for obj in session.dirty:
        if isinstance(obj, Syncable) and obj not in session.new:
            fields = _changed_fields(session, obj)
            if fields:
                updated.append((obj, fields))
    if not changes and not updated:
        return
    clock = read_clock(session)
    stamp = clock.tick()
    stamp_time = dt.datetime.fromtimestamp(stamp.wall_ms / 1000, dt.UTC)
    for obj, fields in updated:
        table_name = type(obj).__tablename__  # type: ignore[attr-defined]
        if "updated_at" not in fields:
            obj.updated_at = max(obj.updated_at, stamp_time) if obj.updated_at else stamp_time
            fields["updated_at"] = _columns(obj)["updated_at"]
        state = inspect(obj)
        for key, column in fields.items():
            value = to_json_value(column, state.dict.get(key))
            changes.append(FieldChange(table_name, obj.id, key, dumps(value)))
    _write_log(session, clock, stamp, changes, new_rows)


def install(session_class: type[Session]) -> None:
    """Log every local change made through sessions of this class."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
