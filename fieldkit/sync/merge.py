"""Applying other replicas' changes. Per field, the higher clock wins (last writer
wins, clocks totally ordered, so every order of the same changes ends the same).
A value that loses although it differs is kept in the conflicts table: marked for
review when the two writes did not see each other (each change carries the clock
of the value it replaced), filed as resolved history when one replaced the other.

Two rules sit above the clocks: an erased person (GDPR) takes no personal value
from anywhere any more, and a change that cannot be applied yet (stamped far in
the future, or for a row, or a link to a row, that has not arrived) is held back
and tried again, never dropped.

Writes are plain SQL on the session's connection: they are not local changes, so
they must not be logged (the flush hook only sees the ORM), and a first sync
applies a million of them."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean
from sqlalchemy.orm import Session

from fieldkit.model import SYNCABLE_CLASSES, Contact, Syncable
from fieldkit.model.base import format_utc
from fieldkit.model.values import dumps, to_json_value
from fieldkit.sync.bundle import Change
from fieldkit.sync.hlc import WALL_DIGITS, Timestamp
from fieldkit.sync.recording import read_clock, save_clock

CHUNK = 500
ERASED_AT = "erased_at"


@dataclass(slots=True)
class MergeResult:
    applied: int = 0  # changes that set a value here
    conflicts: int = 0  # losing values kept for the user to review
    held: int = 0  # changes held back to try again later
    newest: str = ""  # the highest clock applied


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    columns: tuple[str, ...]  # every column, id first
    required: frozenset[str]  # what an insert needs: every column but the id
    booleans: frozenset[str]
    links: dict[str, str]  # column -> table it refers to
    personal: frozenset[str]  # what an erase clears (contacts only)
    blanks: dict[str, Any]  # the erased value of each personal field
    #: What a row takes for a column its creation did not log (it was created by a
    #: FieldKit whose schema did not have that column yet: the migration's default).
    defaults: dict[str, Any]

    @classmethod
    def of(cls, model: type[Syncable]) -> _Table:
        table = model.__table__  # type: ignore[attr-defined]
        columns = tuple(c.key for c in table.columns)
        personal = frozenset(getattr(model, "PERSONAL_FIELDS", ()))
        defaults: dict[str, Any] = {}
        for c in table.columns:
            if c.default is not None and c.default.is_scalar:
                defaults[c.key] = to_json_value(c, c.default.arg)  # type: ignore[union-attr]
            elif c.nullable:
                defaults[c.key] = None
        return cls(
            name=table.name,
            columns=("id", *(c for c in columns if c != "id")),
            required=frozenset(c for c in columns if c != "id"),
            defaults=defaults,
            booleans=frozenset(c.key for c in table.columns if isinstance(c.type, Boolean)),
            links={
                c.key: next(iter(c.foreign_keys)).column.table.name
                for c in table.columns
                if c.foreign_keys
            },
            personal=personal,
            blanks={c.key: None if c.nullable else "" for c in table.columns if c.key in personal},
        )


TABLES: dict[str, _Table] = {
    model.__tablename__: _Table.of(model)  # type: ignore[attr-defined]
    for model in SYNCABLE_CLASSES
}
#: The fields a bundle may carry, per table (the id names the row; it is not a field).
FIELDS: dict[str, frozenset[str]] = {name: t.required for name, t in TABLES.items()}
ORDER = [model.__tablename__ for model in SYNCABLE_CLASSES]  # type: ignore[attr-defined]
CONTACT = Contact.__tablename__


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class _Merger:
    def __init__(self, session: Session, hold_after_ms: int) -> None:
        self.connection = session.connection()
        self.hold_after_ms = hold_after_ms
        self.result = MergeResult()
        self.known: dict[str, set[str]] = defaultdict(set)
        self.held: list[Change] = []
        self.conflicts: list[tuple[str, str, str, str, str, str, str, bool]] = []
        self.recorded_at = format_utc(dt.datetime.now(dt.UTC))
        self.erased_rows: list[str] = []

    def sql(self, statement: str, params: Any = ()) -> Any:
        return self.connection.exec_driver_sql(statement, params)

    def exists(self, table: str, row_ids: Iterable[str]) -> set[str]:
        """Which of these rows are here (remembered for the rest of the merge)."""
        known = self.known[table]
        wanted = sorted({r for r in row_ids if r not in known})
        for chunk in _chunks(wanted):
            found = self.sql(
                f"SELECT id FROM {table} WHERE id IN ({_marks(len(chunk))})", tuple(chunk)
            )
            known.update(row for (row,) in found)
        return known

    def links_present(self, table: _Table, values: dict[str, Any]) -> bool:
        return all(
            values.get(column) is None or values[column] in self.exists(target, [values[column]])
            for column, target in table.links.items()
        )

    def merge(self, changes: Iterable[Change]) -> MergeResult:
        by_table: dict[str, dict[str, list[Change]]] = defaultdict(lambda: defaultdict(list))
        # Encoded clocks start with the wall time in fixed-width digits, so text
        # order is time order: no need to decode a million of them.
        latest_allowed = f"{self.hold_after_ms:0{WALL_DIGITS}d}~"
        for change in sorted(changes, key=itemgetter(1)):  # by clock
            if change.hlc > latest_allowed:
                self.held.append(change)
            else:
                by_table[change.table_name][change.row_id].append(change)
        for name in ORDER:
            rows = by_table.get(name)
            if rows:
                self.merge_table(TABLES[name], rows)
        self.finish()
        return self.result

    def merge_table(self, table: _Table, rows: dict[str, list[Change]]) -> None:
        present = self.exists(table.name, rows)
        existing = [r for r in rows if r in present]
        self.insert_rows(table, {r: rows[r] for r in rows if r not in present})
        if existing:
            self.update_rows(table, {r: rows[r] for r in existing})

    def insert_rows(self, table: _Table, rows: dict[str, list[Change]]) -> None:
        records: list[tuple[Any, ...]] = []
        row_clocks: list[tuple[str, str, str]] = []
        field_clocks: list[tuple[str, str, str, str, str]] = []
        candidates: list[tuple[str, list[Change], dict[str, Change], dict[str, Any]]] = []
        for row_id, changes in rows.items():
            latest: dict[str, Change] = {}
            for change in changes:  # in clock order: the last one wins
                earlier = latest.get(change.field)
                if earlier is not None and earlier.value != change.value:
                    # two values for a field of a row new here: the loser is kept
                    # as for any row
                    self.keep_loser(
                        table,
                        row_id,
                        change.field,
                        self.normal(table, change.field, earlier.value),
                        earlier.hlc,
                        change.hlc,
                        change.base,
                    )
                latest[change.field] = change
            # Every creation logs created_at; an edit never does. Without it these
            # are edits of a row that has not arrived yet.
            missing = table.required - latest.keys()
            if "created_at" not in latest or not missing <= table.defaults.keys():
                self.held.extend(changes)
                continue
            values = {f: self.normal(table, f, c.value) for f, c in latest.items()}
            values.update((f, table.defaults[f]) for f in missing)
            if table.personal and values.get(ERASED_AT) is not None:
                values.update(table.blanks)
                values["deleted"] = True
                self.erased_rows.append(row_id)
            candidates.append((row_id, changes, latest, values))
        for column, target in table.links.items():  # one query per table linked to
            self.exists(target, [v[column] for *_, v in candidates if v[column] is not None])
        for row_id, changes, latest, values in candidates:
            if not self.links_present(table, values):
                self.held.extend(changes)  # it links to a row that has not arrived
                continue
            created = changes[0].hlc
            records.append((row_id, *(values[c] for c in table.columns[1:])))
            row_clocks.append((table.name, row_id, created))
            field_clocks.extend(
                (table.name, row_id, f, c.hlc, c.base)
                for f, c in latest.items()
                if c.hlc != created
            )
            self.known[table.name].add(row_id)
            self.result.applied += len(latest)
            self.result.newest = max(self.result.newest, changes[-1].hlc)
        if records:
            names = ", ".join(table.columns)
            self.sql(
                f"INSERT INTO {table.name} ({names}) VALUES ({_marks(len(table.columns))})",
                records,
            )
            self.sql("INSERT INTO row_clock (table_name, row_id, hlc) VALUES (?, ?, ?)", row_clocks)
        if field_clocks:
            self.upsert_field_clocks(field_clocks)

    def upsert_field_clocks(self, clocks: list[tuple[str, str, str, str, str]]) -> None:
        self.sql(
            "INSERT INTO field_clock (table_name, row_id, field, hlc, base) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (table_name, row_id, field) DO UPDATE "
            "SET hlc = excluded.hlc, base = excluded.base",
            clocks,
        )

    def normal(self, table: _Table, column: str, value: Any) -> Any:
        if value is None:
            # An erase may have scrubbed a personal value to null in a log before
            # the erase itself arrives here: it reads as the field's blank.
            return table.blanks.get(column)
        if column in table.booleans:
            return bool(value)
        return value

    def update_rows(self, table: _Table, rows: dict[str, list[Change]]) -> None:
        ids = list(rows)
        current: dict[str, dict[str, Any]] = {}
        names = ", ".join(table.columns)
        for chunk in _chunks(ids):
            for record in self.sql(
                f"SELECT {names} FROM {table.name} WHERE id IN ({_marks(len(chunk))})", tuple(chunk)
            ):
                current[record[0]] = {
                    c: self.normal(table, c, v) for c, v in zip(table.columns, record, strict=True)
                }
        row_clock: dict[str, str] = {}
        field_clock: dict[tuple[str, str], tuple[str, str]] = {}
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            params = (table.name, *chunk)
            for row_id, hlc in self.sql(
                f"SELECT row_id, hlc FROM row_clock WHERE table_name = ? AND row_id IN ({marks})",
                params,
            ):
                row_clock[row_id] = hlc
            for row_id, name, hlc, base in self.sql(
                "SELECT row_id, field, hlc, base FROM field_clock "
                f"WHERE table_name = ? AND row_id IN ({marks})",
                params,
            ):
                field_clock[(row_id, name)] = (hlc, base)
        new_clocks: list[tuple[str, str, str, str, str]] = []
        for row_id, changes in rows.items():
            state = current[row_id]
            clocks = {
                f: field_clock.get((row_id, f), (row_clock.get(row_id, ""), ""))
                for f in table.required
            }
            written = self.update_row(table, row_id, state, clocks, changes)
            if written:
                sets = ", ".join(f"{f} = ?" for f in written)
                self.sql(
                    f"UPDATE {table.name} SET {sets} WHERE id = ?",
                    (*(state[f] for f in written), row_id),
                )
                new_clocks.extend((table.name, row_id, f, *clocks[f]) for f in written)
        if new_clocks:
            self.upsert_field_clocks(new_clocks)

    def update_row(
        self,
        table: _Table,
        row_id: str,
        state: dict[str, Any],
        clocks: dict[str, tuple[str, str]],
        changes: list[Change],
    ) -> list[str]:
        """Fold the changes (in clock order) into one row; returns the fields set."""
        written: dict[str, None] = {}
        erased = bool(table.personal) and state.get(ERASED_AT) is not None
        for change in changes:
            name = change.field
            value = self.normal(table, name, change.value)
            if erased and (
                name in table.personal
                or (name == "deleted" and not value)
                or (name == ERASED_AT and value is None)
            ):
                continue  # nothing brings an erased person back
            local, local_base = clocks[name]
            if change.hlc == local:
                continue  # this very write is here already
            if change.hlc > local:
                link = table.links.get(name)
                if link and value is not None and value not in self.exists(link, [value]):
                    self.held.append(change)  # it links to a row that has not arrived
                    continue
                if state[name] != value:
                    self.keep_loser(
                        table, row_id, name, state[name], local, change.hlc, change.base
                    )
                state[name] = value
                clocks[name] = (change.hlc, change.base)
                written[name] = None
                self.result.applied += 1
                self.result.newest = max(self.result.newest, change.hlc)
                if name == ERASED_AT and value is not None and table.personal and not erased:
                    erased = True
                    for field_name, blank in [*table.blanks.items(), ("deleted", True)]:
                        state[field_name] = blank
                        clocks[field_name] = (max(change.hlc, clocks[field_name][0]), "")
                        written[field_name] = None
                    self.erased_rows.append(row_id)
            elif state[name] != value:
                self.keep_loser(table, row_id, name, value, change.hlc, local, local_base)
        return list(written)

    def keep_loser(
        self,
        table: _Table,
        row_id: str,
        name: str,
        value: Any,
        losing: str,
        winning: str,
        winning_base: str,
    ) -> None:
        """Keep a value that lost to another. It is history (resolved) when the
        winning write had seen it or a later value (its base is at least the loser's
        clock), and a conflict to review when the two did not see each other. Clashes
        of updated_at are always history: every edit moves it."""
        history = winning_base >= losing or name == "updated_at"
        self.conflicts.append(
            (table.name, row_id, name, dumps(value), losing, winning, self.recorded_at, history)
        )
        if not history:
            self.result.conflicts += 1

    def finish(self) -> None:
        # Erased here now or before: nothing personal of theirs is kept, not even
        # a change held back for later.
        erased = set(self.erased_rows)
        held_contacts = sorted({c.row_id for c in self.held if c.table_name == CONTACT})
        for chunk in _chunks(held_contacts):
            erased.update(
                row
                for (row,) in self.sql(
                    f"SELECT id FROM contact WHERE erased_at IS NOT NULL "
                    f"AND id IN ({_marks(len(chunk))})",
                    tuple(chunk),
                )
            )
        personal = TABLES[CONTACT].personal
        conflicts = [
            c
            for c in self.conflicts
            if not (c[0] == CONTACT and c[1] in erased and c[2] in personal)
        ]
        self.result.conflicts = sum(1 for c in conflicts if not c[7])
        if conflicts:
            self.sql(
                "INSERT INTO conflict (table_name, row_id, field, losing_value, losing_hlc, "
                "winning_hlc, recorded_at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                conflicts,
            )
        held = [
            c
            for c in self.held
            if not (c.table_name == CONTACT and c.row_id in erased and c.field in personal)
        ]
        if held:
            self.sql(
                "INSERT INTO sync_held_change (hlc, table_name, row_id, field, value, base) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(c.hlc, c.table_name, c.row_id, c.field, dumps(c.value), c.base) for c in held],
            )
        self.result.held = len(held)
        for row_id in set(self.erased_rows):
            forget_personal_data(self.connection, row_id)


def forget_personal_data(connection: Any, contact_id: str) -> None:
    """What this database still holds of an erased person outside the row: losing
    values kept for review, changes held back, and the values in its own log
    (scrubbed to the field's blank, which every replica reads as erased)."""
    blanks = TABLES[CONTACT].blanks
    fields = sorted(blanks)
    marks = _marks(len(fields))
    params = (CONTACT, contact_id, *fields)
    connection.exec_driver_sql(
        f"DELETE FROM conflict WHERE table_name = ? AND row_id = ? AND field IN ({marks})", params
    )
    connection.exec_driver_sql(
        f"DELETE FROM sync_held_change WHERE table_name = ? AND row_id = ? AND field IN ({marks})",
        params,
    )
    connection.exec_driver_sql(
        "UPDATE change_log SET value = ? WHERE table_name = ? AND row_id = ? AND field = ?",
        [(dumps(blanks[f]), CONTACT, contact_id, f) for f in fields],
    )


def merge_changes(
    session: Session, changes: Iterable[Change], *, hold_after_ms: int
) -> MergeResult:
    """Apply changes received from other replicas inside the caller's transaction,
    and move this replica's clock past the newest of them."""
    result = _Merger(session, hold_after_ms).merge(changes)
    if result.newest:
        clock = read_clock(session)
        clock.observe(Timestamp.decode(result.newest))
        save_clock(session, clock)
    return result


def take_held_changes(session: Session) -> list[Change]:
    """Every change held back so far, removed from the table: the caller merges them
    again, and what still cannot be applied is held again."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, hlc, table_name, row_id, field, value, base FROM sync_held_change ORDER BY id"
    )
    held = [
        Change(0, hlc, table, row, name, json.loads(value), base)
        for _, hlc, table, row, name, value, base in rows
    ]
    session.connection().exec_driver_sql("DELETE FROM sync_held_change")
    return held
