"""A folder remote: a USB stick, a network share or a cloud-drive folder. Files are
written beside their final name and then linked into place, which fails rather
than overwrites when the name exists (a rename where links are not supported)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import secrets
from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, NotFound, RemoteRefused, RemoteUnavailable
from fieldkit.sync.remote import Entry

_REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.ENOTDIR}


class FolderRemote:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.display_url = str(self.root)
        self.requests = 0
        self._server_time: dt.datetime | None = None

    def _path(self, relative: str) -> Path:
        parts = [p for p in relative.split("/") if p]
        if any(p in (".", "..") for p in parts):
            raise ValueError(f"not a remote path: {relative!r}")
        return self.root.joinpath(*parts)

    def _fail(self, error: OSError, path: Path) -> Exception:
        reason = error.strerror or str(error)
        if error.errno in _REFUSED:
            return RemoteRefused(
                QT_TRANSLATE_NOOP("Errors", "The sync folder {path} cannot be used: {reason}."),
                path=str(path),
                reason=reason,
            )
        return RemoteUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The sync folder {path} cannot be reached: {reason}."),
            path=str(path),
            reason=reason,
        )

    def list(self, folder: str) -> list[Entry] | None:
        self.requests += 1
        path = self._path(folder)
        if not folder and not self.root.parent.is_dir():
            # The stick is not plugged in or the share is not mounted: that is
            # "not reachable now", never "empty".
            raise RemoteUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors", "The sync folder {path} is not there (is the drive connected?)."
                ),
                path=str(self.root),
            )
        try:
            with os.scandir(path) as found:
                entries = []
                for item in found:
                    if item.is_dir():
                        entries.append(Entry(item.name, True))
                    else:
                        stat = item.stat()
                        entries.append(
                            Entry(
                                item.name, False, stat.st_size, f"{stat.st_size}:{stat.st_mtime_ns}"
                            )
                        )
                return entries
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._fail(error, path) from None

    def read(self, path: str) -> bytes:
        self.requests += 1
        target = self._path(path)
        try:
            return target.read_bytes()
        except FileNotFoundError:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "{path} is not in the sync folder."), path=path
            ) from None
        except OSError as error:
            raise self._fail(error, target) from None

    def _write_temporary(self, target: Path, data: bytes) -> Path:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        with open(temporary, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        return temporary

    def write_new(self, path: str, data: bytes) -> bool:
        self.requests += 1
        target = self._path(path)
        temporary = None
        try:
            temporary = self._write_temporary(target, data)
            try:
                os.link(temporary, target)
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                    raise
                # No hard links here (FAT32, some shares): check, then rename.
                if target.exists():
                    return False
                os.rename(temporary, target)
                temporary = None
            return True
        except OSError as error:
            raise self._fail(error, target) from None
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)

    def replace(self, path: str, data: bytes) -> None:
        self.requests += 1
        target = self._path(path)
        try:
            temporary = self._write_temporary(target, data)
            os.replace(temporary, target)
        except OSError as error:
            raise self._fail(error, target) from None

    def make_folders(self, folder: str) -> None:
        self.requests += 1
        path = self._path(folder)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise self._fail(error, path) from None

    def server_time(self) -> dt.datetime | None:
        """The folder's clock: the modification time of a probe file written now
        (a network share or a cloud folder's server stamps it, not this laptop)."""
        if self._server_time is None:
            probe = self.root / f".fieldkit-clock-{secrets.token_hex(4)}.tmp"
            try:
                probe.write_bytes(b"")
                self._server_time = dt.datetime.fromtimestamp(probe.stat().st_mtime, dt.UTC)
            except OSError:
                return None
            finally:
                probe.unlink(missing_ok=True)
        return self._server_time

    def close(self) -> None:
        pass
