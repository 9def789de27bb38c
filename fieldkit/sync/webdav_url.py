"""A WebDAV address as FieldKit uses it: checked (https, or http on this computer
only; no user name or password inside it) and with its path decoded once (NFC, a
trailing slash), so that every path sent is encoded one way and every href read
back compares equal however the server encoded it."""

from __future__ import annotations

import ipaddress
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput


@dataclass(frozen=True, slots=True)
class WebDavUrl:
    """A checked WebDAV URL: its scheme, host and port, and its path decoded (NFC,
    with a trailing slash), so that every path sent is encoded one way only."""

    scheme: str
    host: str
    port: int | None
    path: str

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + (f":{self.port}" if self.port else "")

    @property
    def display(self) -> str:
        return self.origin + self.path


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_webdav_url(url: str) -> WebDavUrl:
    """Checks a WebDAV URL as the user typed it (encoded or with Lithuanian letters,
    with or without the trailing slash). Plain http only on this computer."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{url} is not a valid WebDAV address."), url=url
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{url} is not a valid WebDAV address."), url=url
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please remove the user name and password from the address {url}: "
                "FieldKit keeps them in the system keyring.",
            ),
            url=f"{parts.scheme}://{parts.hostname}{parts.path}",
        )
    scheme, host = parts.scheme.lower(), parts.hostname
    if scheme == "http" and not is_loopback(host):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{url} must start with https:// so that the password and the data "
                "travel encrypted.",
            ),
            url=url,
        )
    path = unicodedata.normalize("NFC", unquote(parts.path or "/"))
    if not path.endswith("/"):
        path += "/"
    return WebDavUrl(scheme, host, port, path)


def decoded_path(href: str) -> str:
    """An href's path as text: percent-decoded (either hex case) and NFC."""
    return unicodedata.normalize("NFC", unquote(urlsplit(href).path))
