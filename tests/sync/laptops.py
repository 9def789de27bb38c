"""Laptops for the sync tests: real database files, each in a folder of its own
(attached files live beside the database), and what the tests read back."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from fieldkit.io.json_export import write_json
from fieldkit.store import Store
from fieldkit.sync import hlc


def export(store: Store) -> str:
    """The whole database as `export json` writes it: equal texts, equal data."""
    out = io.StringIO()
    write_json(store, out)
    return out.getvalue()


def traces(store: Store) -> str:
    """Every value of every table where a person's data could linger."""
    with store.read() as session:
        parts = []
        for table in ("contact", "change_log", "conflict", "sync_held_change", "record_history"):
            for row in session.execute(text(f"SELECT * FROM {table}")):
                parts.append(" ".join(str(v) for v in row))
    return "\n".join(parts)


@contextmanager
def clock_ahead(seconds: float) -> Iterator[None]:
    """This laptop's clock set `seconds` ahead while the block runs (a laptop with
    a wrong date): the change log's clock reads the time through `hlc.time`."""
    real = hlc.time

    class Ahead:
        @staticmethod
        def time_ns() -> int:
            return real.time_ns() + int(seconds * 10**9)

    hlc.time = Ahead  # type: ignore[assignment]
    try:
        yield
    finally:
        hlc.time = real
