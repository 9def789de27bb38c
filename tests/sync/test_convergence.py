"""The merge rules as properties (hypothesis): three laptops insert, edit and
delete at random and sync in random orders through one folder. In the end they
hold the same data (`export json` equal), and every replica's own last write of a
field is either the value everyone ended with or kept in that replica's conflicts
table: nothing is lost silently."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from fieldkit.model import Organization, Sector
from fieldkit.store import Store, open_store
from fieldkit.sync.engine import sync
from fieldkit.sync.folder import FolderRemote
from tests.sync.laptops import export

REPLICAS = 3
WORDS = ["Šiauliai", "Ūkis", "ąžuolas", "Biblioteka", "centras", "", "Žemė", "čia"]
SECTORS = [Sector.NGO, Sector.BUSINESS, Sector.CULTURE]

operation = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, REPLICAS - 1), st.sampled_from(WORDS)),
    st.tuples(
        st.just("edit"),
        st.integers(0, REPLICAS - 1),
        st.integers(0, 3),
        st.sampled_from(["name", "notes", "sector"]),
        st.integers(0, len(WORDS) - 1),
    ),
    st.tuples(st.just("delete"), st.integers(0, REPLICAS - 1), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, REPLICAS - 1)),
)


def live_rows(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Organization.id).order_by(Organization.id)))


def stored(field: str, value: object) -> object:
    """A value as the JSON of the conflicts table holds it."""
    if isinstance(value, Sector):
        return value.value
    return value


class World:
    def __init__(self, folder: Path) -> None:
        self.remote = FolderRemote(folder / "remote")
        self.stores = [open_store(folder / f"r{n}.db") for n in range(REPLICAS)]
        # (replica, row, field) -> the value that replica wrote last
        self.last_writes: dict[tuple[int, str, str], object] = {}

    def close(self) -> None:
        for store in self.stores:
            store.close()

    def wrote(self, replica: int, row: str, field: str, value: object) -> None:
        self.last_writes[(replica, row, field)] = stored(field, value)

    def apply(self, op: tuple) -> None:
        kind, replica = op[0], op[1]
        store = self.stores[replica]
        if kind == "sync":
            sync(store, self.remote, publish=False)
            return
        if kind == "insert":
            with store.write() as session:
                org = Organization(name=op[2] or "Be pavadinimo", sector=Sector.OTHER)
                session.add(org)
                session.flush()
                for field in ("name", "notes", "sector", "deleted"):
                    self.wrote(replica, org.id, field, getattr(org, field))
            return
        rows = live_rows(store)
        if not rows:
            return
        row = rows[op[2] % len(rows)]
        with store.write() as session:
            org = session.get(Organization, row)
            if kind == "delete":
                org.deleted = True
                self.wrote(replica, row, "deleted", True)
                return
            field, pick = op[3], op[4]
            value = SECTORS[pick % len(SECTORS)] if field == "sector" else WORDS[pick]
            if field == "name" and not value:
                value = "Be pavadinimo"
            if getattr(org, field) == value:
                return  # not a change: nothing is logged
            setattr(org, field, value)
            self.wrote(replica, row, field, value)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=1, max_size=25))
def test_replicas_converge_and_no_last_write_is_lost(operations: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            # two organisations every laptop has, so that edits meet often
            world.apply(("insert", 0, "Bendra biblioteka"))
            world.apply(("insert", 0, "Bendras centras"))
            for replica in (0, 1, 2):
                world.apply(("sync", replica))
            for op in operations:
                world.apply(op)
            for _ in range(2):  # everyone sends, then everyone receives the rest
                for store in world.stores:
                    sync(store, world.remote, publish=False)
            exports = [export(store) for store in world.stores]
            assert exports[1:] == exports[:-1]
            final = {
                (row["id"], field): row[field]
                for row in json.loads(exports[0])["tables"]["organization"]
                for field in ("name", "notes", "sector", "deleted")
            }
            for (replica, row, field), value in world.last_writes.items():
                if final[(row, field)] == value:
                    continue
                with world.stores[replica].read() as session:
                    kept = [
                        json.loads(v)
                        for (v,) in session.execute(
                            text(
                                "SELECT losing_value FROM conflict WHERE row_id = :r AND field = :f"
                            ),
                            {"r": row, "f": field},
                        )
                    ]
                assert value in kept, (replica, row, field, value, final[(row, field)])
        finally:
            world.close()
