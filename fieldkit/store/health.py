"""Knowing when a database needs a health check, and running it.

A full `PRAGMA quick_check` reads the whole file, so it runs only when a previous
run did not close the database (a marker file of it is still there and its process
is gone) and when the user asks for it, never on every open.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

#: Open stores of this process per marker file: two Store objects on one database
#: share one marker, removed when the last of them closes.
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


_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
_MARKER_TAIL = re.compile(r"(?P<host>.+)-(?P<pid>[0-9]+)")
#: Before markers were per process, one `<database>.open` held "host pid".
_LEGACY_SUFFIX = ".open"


def _safe_host(host: str) -> str:
    """A computer's name as marker file names hold it: ASCII letters, digits, dots
    and hyphens only (FAT32 sticks and network shares refuse other names)."""
    return _UNSAFE.sub("_", host).strip("_") or "host"


def host_name() -> str:
    return _safe_host(socket.gethostname())


def marker_path(database: Path, host: str, pid: int) -> Path:
    """`<database>.open-<host>-<pid>`: the marker of one process on one computer."""
    database = database.resolve()
    return database.with_name(f"{database.name}.open-{_safe_host(host)}-{pid}")


class OpenMarker:
    """Each process that has a database open keeps a marker file beside it,
    `<database>.open-<host>-<pid>`, and removes it when it closes the database. A
    marker whose process is gone (power cut, kill), or one of another computer
    whose process cannot be asked, means a run ended uncleanly and the file
    deserves a check. One marker per process: a clean close of one process never
    hides the crash of another."""

    def __init__(self, database: Path) -> None:
        self.database = database.resolve()
        self.path = marker_path(self.database, socket.gethostname(), os.getpid())
        self._owned = False
        self._stale: list[Path] = []

    @classmethod
    def for_database(cls, database: Path) -> OpenMarker:
        return cls(database)

    def holders(self) -> list[tuple[Path, str, int]]:
        """Every marker of this database: its file, host (as in the name) and pid."""
        prefix = f"{self.database.name}.open-"
        found: list[tuple[Path, str, int]] = []
        try:
            names = os.listdir(self.database.parent)
        except OSError:
            return found
        for name in names:
            if name == self.database.name + _LEGACY_SUFFIX:
                found.append(self._legacy_holder(self.database.parent / name))
                continue
            if not name.startswith(prefix):
                continue
            tail = _MARKER_TAIL.fullmatch(name[len(prefix) :])
            if tail is not None:
                found.append((self.database.parent / name, tail["host"], int(tail["pid"])))
        return found

    @staticmethod
    def _legacy_holder(path: Path) -> tuple[Path, str, int]:
        try:
            host, _, pid = path.read_text(encoding="utf-8").strip().partition(" ")
            return path, _safe_host(host), int(pid)
        except (OSError, ValueError):
            # Half-written by a process that died at once: a crash here.
            return path, host_name(), 0

    @staticmethod
    def _is_mine(path: Path) -> bool:
        with _held_lock:
            return _held.get(path, 0) > 0

    def previous_run_crashed(self) -> bool:
        """True when a marker names a process of this computer that is gone, or any
        process of another computer. Remembers the local ones for clear_stale()."""
        here = host_name()
        crashed = False
        self._stale = []
        for path, host, pid in self.holders():
            if host != here:
                crashed = True
            elif pid == os.getpid() and not self._is_mine(path):
                # Our pid, but not our marker: a process before a reboot had it.
                crashed = True
                self._stale.append(path)
            elif not _process_alive(pid):
                crashed = True
                self._stale.append(path)
        return crashed

    def clear_stale(self) -> None:
        """After the health check passed: the dead local processes' markers have
        been dealt with. Another computer's markers stay (its process may live)."""
        for path in self._stale:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        self._stale = []

    def open_elsewhere(self) -> int | None:
        """The pid of a live process of this computer (this one included, when it
        holds a store of the database) that has the database open, if any."""
        here = host_name()
        for path, host, pid in self.holders():
            if host != here:
                continue
            if pid == os.getpid():
                if self._is_mine(path):
                    return pid
            elif _process_alive(pid):
                return pid
        return None

    def acquire(self) -> None:
        with _held_lock:
            count = _held[self.path] = _held.get(self.path, 0) + 1
            self._owned = True
            if count == 1:
                # In a read-only folder the check after a crash is lost, not the data.
                with contextlib.suppress(OSError):
                    self.path.write_text(
                        f"{socket.gethostname()} {os.getpid()}\n", encoding="utf-8"
                    )

    def release(self) -> None:
        if not self._owned:
            return
        self._owned = False
        with _held_lock:
            _held[self.path] -= 1
            if _held[self.path] > 0:
                return
            del _held[self.path]
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
