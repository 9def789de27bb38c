"""Plain HTTP for the WebDAV remote, over the standard library's http.client: one
kept-alive connection (opened again at once when the server closed it while idle),
TLS checked against the system's certificates, Basic auth, one redirect on the same
server, and retries only for what can pass (a busy or failing server, a dropped or
stalled connection) with capped exponential waits that honour Retry-After. A
refusal (a wrong password, no permission, a full disk) stops at once: a wrong
password tried again locks a whole office out of Nextcloud."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import email.utils
import http.client
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from fieldkit.errors import QT_TRANSLATE_NOOP, RemoteRefused, RemoteUnavailable
from fieldkit.sync.webdav_url import WebDavUrl, decoded_path

if TYPE_CHECKING:
    from fieldkit.sync.credentials import Credentials

# Statuses that may pass if asked again a little later.
RETRY_STATUSES = frozenset({423, 429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 307, 308})
# Errors of a connection that broke or stalled (worth another try).
DROPPED = (
    TimeoutError,
    ConnectionError,  # reset, aborted, broken pipe
    http.client.IncompleteRead,
    http.client.RemoteDisconnected,
    http.client.BadStatusLine,
)


def _later(error: RemoteUnavailable, retry_after: float | None) -> RemoteUnavailable:
    """The error with the server's wish set after construction, so that its keyword
    parameters stay exactly its template's fields."""
    error.retry_after = retry_after
    return error


@dataclass(slots=True)
class Response:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes
    path: str  # the decoded path finally answered (after a redirect)


class HttpSession:
    """Requests to one server, counted (`requests`), with the server's clock as its
    last answer gave it (`server_time`). `sleep`, `first_wait` and `max_wait` are
    there for tests (waits recorded instead of slept); `attempts` counts the first
    try."""

    def __init__(
        self,
        url: WebDavUrl,
        credentials: Credentials | None = None,
        timeout: float = 20.0,
        *,
        attempts: int = 4,
        first_wait: float = 1.0,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.display_url = url.display
        self.requests = 0
        self.server_time: dt.datetime | None = None
        self.status = 0  # of the last response
        self._credentials = credentials
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._first_wait = first_wait
        self._max_wait = max_wait
        self._sleep = sleep
        self._connection: http.client.HTTPConnection | None = None
        self._connection_used = False

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        ok: tuple[int, ...],
        missing: tuple[int, ...] = (),
        attempts: int | None = None,
    ) -> Response | None:
        """One request with its retries; the response when its status is `ok`, None
        when it is `missing` (the status is then in `self.status`). `path` is the
        decoded path from the server's root; it is percent-encoded here."""
        headers = dict(headers or {})
        attempts = attempts or self._attempts
        redirected = False
        attempt = 0
        while True:
            attempt += 1
            wait = min(self._first_wait * 2 ** (attempt - 1), self._max_wait)
            try:
                response = self._exchange(method, path, body, headers)
            except ssl.SSLCertVerificationError as error:
                raise RemoteRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The certificate of {url} cannot be trusted: {reason}."
                    ),
                    url=self.display_url,
                    reason=error.verify_message or str(error),
                ) from None
            except socket.gaierror:
                raise RemoteUnavailable(
                    QT_TRANSLATE_NOOP("Errors", "{host} cannot be found: is this computer online?"),
                    host=self.url.host,
                ) from None
            except ConnectionRefusedError:  # nobody listens: no use asking again now
                raise RemoteUnavailable(
                    QT_TRANSLATE_NOOP("Errors", "The server at {url} does not answer."),
                    url=self.display_url,
                ) from None
            except (*DROPPED, ssl.SSLError, OSError):
                if attempt >= attempts:
                    raise RemoteUnavailable(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The connection to {url} broke off or stalled; FieldKit will "
                            "try again later.",
                        ),
                        url=self.display_url,
                    ) from None
                self._sleep(wait)
                continue
            status = response.status
            self.status = status
            if status in ok:
                return response
            if status in missing:
                return None
            if status in REDIRECTS and not redirected:
                path = self._redirect_target(response)
                redirected = True
                attempt -= 1
                continue
            if status in RETRY_STATUSES:
                retry_after = _retry_after(response.headers.get("Retry-After"))
                if retry_after is not None:
                    wait = retry_after
                if attempt >= attempts or wait > self._max_wait:
                    raise _later(
                        RemoteUnavailable(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The server at {url} is busy or failing (HTTP {status}); "
                                "FieldKit will try again later.",
                            ),
                            url=self.display_url,
                            status=status,
                        ),
                        retry_after,
                    )
                self._sleep(wait)
                continue
            raise self._refusal(method, path, status, response.reason, body)

    def _refusal(
        self, method: str, path: str, status: int, reason: str, body: bytes | None
    ) -> RemoteRefused:
        url = self.display_url
        if status == 401 and self._credentials is None:
            return RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server at {url} asks for a user name and password; save them "
                    "on the Sync page.",
                ),
                url=url,
            )
        if status == 401:
            return RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server at {url} refused the user name or password; FieldKit "
                    "will not try them again until they are changed.",
                ),
                url=url,
            )
        if status == 403:
            return RemoteRefused(
                QT_TRANSLATE_NOOP("Errors", "The server at {url} does not allow access to {path}."),
                url=url,
                path=path,
            )
        if status == 413:
            return RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server at {url} refused a file of {size} bytes as too large."
                ),
                url=url,
                size=len(body or b""),
            )
        if status == 507:
            return RemoteRefused(
                QT_TRANSLATE_NOOP("Errors", "The server at {url} has no storage space left."),
                url=url,
            )
        return RemoteRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "The server at {url} answered {status} {reason} to {method} {path}."
            ),
            url=url,
            status=status,
            reason=reason,
            method=method,
            path=path,
        )

    def _redirect_target(self, response: Response) -> str:
        location = response.headers.get("Location") or ""
        target = urlsplit(location)
        same = not target.netloc or (
            target.scheme.lower() == self.url.scheme
            and (target.hostname or "").lower() == self.url.host.lower()
            and target.port == self.url.port
        )
        if not location or not same:
            raise RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server at {url} sends FieldKit to another address: {location}."
                ),
                url=self.display_url,
                location=location,
            )
        return decoded_path(location)

    def _exchange(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> Response:
        """Sends one request on the kept-alive connection, once more on a new one
        when the server had closed the idle connection meanwhile."""
        reused = self._connection is not None and self._connection_used
        try:
            return self._send(method, path, body, headers)
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            if not reused:
                raise
        return self._send(method, path, body, headers)

    def _send(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> Response:
        if self._connection is None:
            self._connection = self._connect()
            self._connection_used = False
        headers = {**headers, "User-Agent": "FieldKit"}
        if self._credentials is not None:
            pair = f"{self._credentials.user}:{self._credentials.password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        self.requests += 1
        try:
            self._connection.request(method, quote(path, safe="/"), body=body, headers=headers)
            response = self._connection.getresponse()
            data = response.read()
            expected = response.getheader("Content-Length")
            if method != "HEAD" and expected and expected.isdigit() and len(data) != int(expected):
                raise http.client.IncompleteRead(data, int(expected) - len(data))
        except BaseException:
            self.close()
            raise
        self._connection_used = True
        if response.will_close:
            self.close()
        date = response.getheader("Date")
        if date:
            with contextlib.suppress(TypeError, ValueError):
                self.server_time = email.utils.parsedate_to_datetime(date).astimezone(dt.UTC)
        return Response(response.status, response.reason, response.headers, data, path)

    def _connect(self) -> http.client.HTTPConnection:
        if self.url.scheme == "https":
            return http.client.HTTPSConnection(
                self.url.host,
                self.url.port,
                timeout=self._timeout,
                context=ssl.create_default_context(),
            )
        return http.client.HTTPConnection(self.url.host, self.url.port, timeout=self._timeout)


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, from seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
