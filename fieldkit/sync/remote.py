"""What sync needs from shared storage, whatever it is (a folder or WebDAV): list a
folder, read a file, write a new file so that no reader ever sees half of it, and
never overwrite. Paths are relative to the remote's root, `/`-separated, ASCII,
without leading or trailing slashes ("" is the root)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

#: The file at the root naming the remote and its format, so that a folder of
#: another team (or of something else) is recognised before anything is written.
MARKER = "fieldkit-remote.json"
CHANGES = "changes"
BLOBS = "blobs"
EXPORTS = "exports"


@dataclass(frozen=True, slots=True)
class Entry:
    """One name in a folder listing. `hint` (ETag, or modification time and size)
    only says whether something may have changed; it is never trusted as proof."""

    name: str  # NFC, percent-decoded, no trailing slash
    is_folder: bool
    size: int | None = None
    hint: str = ""


class Remote(Protocol):
    #: Where the remote is, for messages and the history (never with a password).
    display_url: str
    #: Requests made so far (HTTP requests on WebDAV, file operations on a folder).
    requests: int

    def list(self, folder: str) -> list[Entry] | None:
        """The folder's entries, or None when the folder does not exist."""
        ...

    def read(self, path: str) -> bytes:
        """The whole file; raises NotFound (fieldkit.errors) when it is missing."""
        ...

    def write_new(self, path: str, data: bytes) -> bool:
        """Write under a temporary name, then rename to `path` without overwriting.
        False (and nothing changed) when `path` already exists."""
        ...

    def replace(self, path: str, data: bytes) -> None:
        """Write under a temporary name, then rename over `path` (published exports
        only: bundles and blobs are never overwritten)."""
        ...

    def make_folders(self, folder: str) -> None:
        """Create the folder and its missing parents; an existing folder is fine."""
        ...

    def server_time(self) -> dt.datetime | None:
        """The remote's clock as last seen (a response's Date header, or a probe
        file's modification time on a folder), in UTC; None if unknown."""
        ...

    def close(self) -> None: ...
