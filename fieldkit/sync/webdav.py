"""A WebDAV remote (Nextcloud, Apache mod_dav, rclone, wsgidav): PROPFIND `Depth: 1`
per folder with collections always addressed with their trailing slash, hrefs
compared percent-decoded and NFC, PUT under a temporary name then MOVE with
`Overwrite: F` (never overwriting a bundle), MKCOL for each missing level. The HTTP
underneath (one connection, retries, refusals) is fieldkit.sync.http_session.

Why each odd thing is done is in DESIGN.md, "What real servers and folders do to a
naive sync"."""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from fieldkit.errors import QT_TRANSLATE_NOOP, NotFound, RemoteRefused, RemoteUnavailable
from fieldkit.sync.http_session import HttpSession
from fieldkit.sync.remote import Entry
from fieldkit.sync.webdav_url import WebDavUrl, decoded_path, parse_webdav_url

if TYPE_CHECKING:
    from fieldkit.sync.credentials import Credentials

__all__ = ["WebDavRemote", "WebDavUrl", "parse_webdav_url"]

DAV = "{DAV:}"
PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop>'
    b"<d:resourcetype/><d:getcontentlength/><d:getetag/><d:getlastmodified/>"
    b"</d:prop></d:propfind>"
)


class WebDavRemote:
    """`Remote` over WebDAV. The keyword arguments go to HttpSession (for tests:
    `sleep` records the waits instead of sleeping)."""

    def __init__(
        self,
        url: str,
        credentials: Credentials | None = None,
        timeout: float = 20.0,
        *,
        attempts: int = 4,
        first_wait: float = 1.0,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = parse_webdav_url(url)
        self.display_url = self.url.display
        self.http = HttpSession(
            self.url,
            credentials,
            timeout,
            attempts=attempts,
            first_wait=first_wait,
            max_wait=max_wait,
            sleep=sleep,
        )

    @property
    def requests(self) -> int:
        return self.http.requests

    # --- the Remote protocol ---------------------------------------------------

    def list(self, folder: str) -> list[Entry] | None:
        path = self._path(folder, collection=True)
        response = self.http.request(
            "PROPFIND",
            path,
            PROPFIND_BODY,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            ok=(207,),
            missing=(404, 410),
        )
        if response is None:
            return None
        return self._entries(response.body, response.path, folder)

    def read(self, path: str) -> bytes:
        response = self.http.request("GET", self._path(path), ok=(200,), missing=(404, 410))
        if response is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "{path} is missing on the remote {url}."),
                path=path,
                url=self.display_url,
            )
        return response.body

    def write_new(self, path: str, data: bytes) -> bool:
        temporary = self._put_temporary(path, data)
        return self._move(temporary, path, overwrite=False)

    def replace(self, path: str, data: bytes) -> None:
        temporary = self._put_temporary(path, data)
        self._move(temporary, path, overwrite=True)

    def make_folders(self, folder: str) -> None:
        segments = [s for s in (self.url.path + folder).split("/") if s]
        self._make_collection(segments)

    def server_time(self) -> dt.datetime | None:
        return self.http.server_time

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> WebDavRemote:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- the operations' parts -------------------------------------------------

    def _path(self, relative: str, *, collection: bool = False) -> str:
        path = self.url.path + relative.strip("/")
        if collection and not path.endswith("/"):
            path += "/"
        return path

    def _entries(self, body: bytes, answered: str, folder: str) -> list[Entry]:
        try:
            found = _multistatus(body)
        except ElementTree.ParseError:
            raise RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server at {url} answered a folder listing FieldKit cannot read."
                ),
                url=self.display_url,
            ) from None
        own = answered.rstrip("/")
        paths = [path for path, _, _ in found]
        if own not in paths and paths:
            # A proxy in front of the server may name the folder otherwise: the
            # folder itself is then the one href every other one lies under.
            shortest = min(paths, key=len)
            if all(p == shortest or p.startswith(shortest + "/") for p in paths):
                own = shortest
        entries = []
        for path, is_folder, props in found:
            if path == own:
                if not is_folder:
                    raise RemoteRefused(
                        QT_TRANSLATE_NOOP("Errors", "{path} on the remote {url} is not a folder."),
                        path=folder,
                        url=self.display_url,
                    )
                continue
            name = path[len(own) + 1 :] if path.startswith(own + "/") else ""
            if not name or "/" in name:
                continue  # not directly inside the folder asked for
            length = (props.get("getcontentlength") or "").strip()
            size = int(length) if length.isdigit() else None
            etag = (props.get("getetag") or "").strip()
            stamp = (props.get("getlastmodified") or "").strip()
            hint = etag or f"{stamp}|{size if size is not None else ''}"
            entries.append(Entry(name=name, is_folder=is_folder, size=size, hint=hint))
        return entries

    def _put_temporary(self, path: str, data: bytes) -> str:
        temporary = f"{path}.{secrets.token_hex(6)}.tmp"
        put = ("PUT", self._path(temporary), data, {"Content-Type": "application/octet-stream"})
        if self.http.request(*put, ok=(200, 201, 204), missing=(404, 409)) is None:
            # the folder is missing (409 Conflict; 404 on rclone): make it, try again
            self.make_folders(path.rpartition("/")[0])
            self.http.request(*put, ok=(200, 201, 204))
        return temporary

    def _move(self, temporary: str, path: str, *, overwrite: bool) -> bool:
        destination = self.url.origin + quote(self._path(path), safe="/")
        headers = {"Destination": destination, "Overwrite": "T" if overwrite else "F"}
        try:
            response = self.http.request(
                "MOVE", self._path(temporary), headers=headers, ok=(201, 204), missing=(404, 412)
            )
        except Exception:
            self._forget(temporary)
            raise
        if response is not None:
            return True
        if self.http.status == 412:  # the name is taken: never overwrite a bundle
            self._forget(temporary)
            return False
        # 404: the temporary file is gone. A MOVE repeated after a dropped answer
        # finds its work done; anything else is the server's doing.
        if self.http.request("HEAD", self._path(path), ok=(200,), missing=(404, 410)) is not None:
            return overwrite
        raise RemoteUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "The server at {url} lost a file while FieldKit was writing {path}."
            ),
            url=self.display_url,
            path=path,
        )

    def _forget(self, temporary: str) -> None:
        """Deletes a temporary file, quietly: a leftover is ignored by every reader."""
        with contextlib.suppress(RemoteUnavailable, RemoteRefused):
            self.http.request(
                "DELETE", self._path(temporary), ok=(200, 204), missing=(404,), attempts=1
            )

    def _make_collection(self, segments: list[str]) -> None:
        if not segments:
            raise RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server at {url} does not let FieldKit make folders."
                ),
                url=self.display_url,
            )
        path = "/" + "/".join(segments) + "/"
        if self.http.request("MKCOL", path, ok=(201, 405), missing=(409,)) is None:
            self._make_collection(segments[:-1])  # the parent is missing
            self.http.request("MKCOL", path, ok=(201, 405))


def _multistatus(body: bytes) -> list[tuple[str, bool, dict[str, str]]]:
    """(decoded path without its trailing slash, is a folder, the DAV properties
    found as text) for each response of a PROPFIND's 207 Multi-Status."""
    found = []
    for response in ElementTree.fromstring(body).iter(f"{DAV}response"):
        path = decoded_path(response.findtext(f"{DAV}href") or "").rstrip("/")
        props: dict[str, str] = {}
        is_folder = False
        for propstat in response.iter(f"{DAV}propstat"):
            if " 200" not in (propstat.findtext(f"{DAV}status") or ""):
                continue
            for prop in propstat.iter(f"{DAV}prop"):
                for child in prop:
                    name = child.tag.removeprefix(DAV)
                    props[name] = child.text or ""
                    if name == "resourcetype" and child.find(f"{DAV}collection") is not None:
                        is_folder = True
        found.append((path, is_folder, props))
    return found
