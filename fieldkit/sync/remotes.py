"""From what the user typed (a folder path, a file:// URL or an http(s):// WebDAV
address) to a `Remote`, its display form, and the Sync page's "Test connection"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.sync.remote import CHANGES, Remote

if TYPE_CHECKING:
    from fieldkit.sync.credentials import Credentials

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]?")
# Beyond this the clocks disagree enough to warn (DESIGN.md, "Clocks").
CLOCK_TOLERANCE_S = 5 * 60


def scheme_of(url_or_path: str) -> str | None:
    """ "http", "https", "file", another scheme, or None for a plain path."""
    found = _SCHEME.match(url_or_path.strip())
    return found.group(1).lower() if found else None


def folder_path(url_or_path: str) -> Path:
    """The local folder a path or file:// URL names (percent-decoded; drive letters
    and network shares as Windows writes them)."""
    text = url_or_path.strip()
    if scheme_of(text) != "file":
        return Path(text).expanduser()
    parts = urlsplit(text)
    path = unquote(parts.path)
    if parts.netloc and parts.netloc.lower() != "localhost":
        path = f"//{parts.netloc}{path}"  # file://server/share/folder
    elif _DRIVE.match(path):
        path = path[1:]  # file:///C:/Users/... -> C:/Users/...
    if not path:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{url} names no folder."), url=url_or_path)
    return Path(path)


def open_remote(url_or_path: str, credentials: Credentials | None = None) -> Remote:
    """The remote at a folder path, a file:// URL or an http(s):// WebDAV address.
    For WebDAV without `credentials`, the saved ones (keyring or environment)."""
    text = url_or_path.strip()
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please give a folder or a WebDAV address to sync with.")
        )
    scheme = scheme_of(text)
    if scheme in ("http", "https"):
        from fieldkit.sync.credentials import credentials_for
        from fieldkit.sync.webdav import WebDavRemote
        from fieldkit.sync.webdav_url import parse_webdav_url

        parse_webdav_url(text)  # refuses a password in the address before the keyring
        return WebDavRemote(text, credentials if credentials else credentials_for(text))
    if scheme is None or scheme == "file":
        from fieldkit.sync.folder import FolderRemote

        return FolderRemote(folder_path(text))
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "FieldKit cannot sync with {url}: give a folder, a file:// address or an "
            "https:// WebDAV address.",
        ),
        url=describe_remote(text),
    )


def describe_remote(url_or_path: str) -> str:
    """The remote as shown to the user and kept in the history: never a password."""
    text = url_or_path.strip()
    scheme = scheme_of(text)
    if scheme is None or scheme == "file":
        return str(folder_path(text)) if text else ""
    parts = urlsplit(text)
    if "@" in parts.netloc:  # drop user:password@
        parts = parts._replace(netloc=parts.netloc.rpartition("@")[2])
    if scheme in ("http", "https"):
        from fieldkit.sync.webdav_url import parse_webdav_url

        try:
            return parse_webdav_url(parts.geturl()).display
        except InvalidInput:
            pass
    return parts.geturl()


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """What "Test connection" found. `template` (marked for translation under the
    "Sync" context) and `params` make the sentence; str() gives it in English."""

    display_url: str
    entries: int  # names at the remote's root
    clock_offset_s: float | None  # the server's clock minus this computer's
    requests: int
    template: str = field(repr=False)
    params: dict[str, object] = field(repr=False)

    @property
    def clock_is_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_TOLERANCE_S

    def __str__(self) -> str:
        return self.template.format(**self.params)


def test_connection(url_or_path: str, credentials: Credentials | None = None) -> ConnectionCheck:
    """Lists the remote's root, makes sure FieldKit can create `changes/` there, and
    compares the clocks. Raises the remote's error (one sentence) when it cannot."""
    import datetime as dt

    remote = open_remote(url_or_path, credentials)
    try:
        listed = remote.list("")
        if listed is None:
            remote.make_folders("")
            listed = []
        remote.make_folders(CHANGES)
        now = dt.datetime.now(dt.UTC)
        seen = remote.server_time()
        offset = (seen - now).total_seconds() if seen is not None else None
        url = remote.display_url
        requests = remote.requests
    finally:
        remote.close()
    if offset is not None and abs(offset) > CLOCK_TOLERANCE_S:
        template = QT_TRANSLATE_NOOP(
            "Sync",
            "FieldKit can sync with {url}, but this computer's clock is {minutes} minutes "
            "off the server's: please set the clock right.",
        )
        params: dict[str, object] = {"url": url, "minutes": round(abs(offset) / 60)}
    else:
        template = QT_TRANSLATE_NOOP("Sync", "FieldKit can sync with {url}.")
        params = {"url": url}
    return ConnectionCheck(url, len(listed), offset, requests, template, params)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
