"""Knowing when a database needs a health check, and running it.

A full `PRAGMA quick_check` reads the whole file, so it runs only when the previous
run did not close the database (its marker file is still there and its process is
gone) and when the user asks for it, never on every open.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

_held: dict[Path, int] = {}
_held_lock = threading.Lock()


def quick_check(connection: sqlite3.Connection, max_errors: int = 20) -> list[str]:
    try:
        rows = connection.execute(f"PRAGMA quick_check({max_errors})").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    # SQLite reports several problems in one row, under a "*** in database main ***"
    # heading; one line per problem keeps each message a single sentence.
    messages = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("*** ")
    ]
    return [] if messages == ["ok"] else messages


@contextlib.contextmanager
def leave_no_sidecars(database: Path) -> Iterator[None]:
    """Around a read-only connection: reading a WAL database creates its -wal and
    -shm files, and a read-only connection cannot remove them when it closes. Where
    neither was there before, a plain connection opens and closes, so that SQLite
    removes them itself (it does so only when no one else has the file open, and an
    empty WAL leaves the database file's bytes as they were)."""
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    existed = wal.exists() or shm.exists()
    try:
        yield
    finally:
        journal = Path(f"{database}-journal")
        if not existed and (wal.exists() or shm.exists()) and not journal.exists():
            with contextlib.suppress(sqlite3.Error):
                connection = sqlite3.connect(database, timeout=0)
                try:
                    connection.execute("PRAGMA schema_version").fetchone()
                finally:
                    connection.close()


def describe_sqlite_error(path: Path, error: sqlite3.Error) -> str:
    return f"Cannot use the database {path}: {error}."


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class OpenMarker:
    """`<database>.open` holds the host and pid of the process that has the database
    open; a clean close removes it. Left behind by a dead process, it means the last
    run ended uncleanly (power cut, kill) and the file deserves a check."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._owned = False

    @classmethod
    def for_database(cls, database: Path) -> OpenMarker:
        return cls(Path(f"{database}.open"))

    def _holder(self) -> tuple[str, int] | None:
        try:
            host, _, pid = self.path.read_text(encoding="utf-8").strip().partition(" ")
            return host, int(pid)
        except (OSError, ValueError):
            return None

    def previous_run_crashed(self) -> bool:
        if not self.path.exists():
            return False
        holder = self._holder()
        if holder is None:
            return True
        host, pid = holder
        if host != socket.gethostname():
            return True
        return not _process_alive(pid)

    def acquire(self) -> None:
        key = self.path.resolve()
        with _held_lock:
            _held[key] = _held.get(key, 0) + 1
            if _held[key] > 1:
                self._owned = True
                return
        holder = self._holder()
        if holder and holder[1] != os.getpid() and not self.previous_run_crashed():
            # Another live process has the database open; it owns the marker.
            self._owned = True
            return
        # In a read-only folder the check after a crash is lost, not the data.
        with contextlib.suppress(OSError):
            self.path.write_text(f"{socket.gethostname()} {os.getpid()}\n", encoding="utf-8")
        self._owned = True

    def release(self) -> None:
        if not self._owned:
            return
        self._owned = False
        key = self.path.resolve()
        with _held_lock:
            _held[key] -= 1
            if _held[key] > 0:
                return
            del _held[key]
        holder = self._holder()
        if holder and holder == (socket.gethostname(), os.getpid()):
            self.path.unlink(missing_ok=True)
