"""One FieldKit window per database: a second start brings the first forward
instead of opening the same file twice (QLockFile guards the file, a local socket
carries the "come forward" request)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from fieldkit.paths import data_dir

RAISE = b"raise\n"


def _key(database: Path) -> str:
    return hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """Held by the running window for its database."""

    raise_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = _key(database)
        folder = data_dir() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        self.server_name = f"fieldkit-{key}"
        self._lock = QLockFile(str(folder / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # a lock of a dead process is stale at once
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the database's window."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.server_name)  # left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.server_name)
        return True

    def ask_first_to_come_forward(self, timeout_ms: int = 1000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(RAISE):
            self.raise_requested.emit()
        connection.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
