"""Real WebDAV servers on loopback for the sync tests (no mocked HTTP).

Fixtures
--------
``webdav_server`` -> ``WebDavSite``
    A fresh, empty folder of its own on a session-wide wsgidav server without a
    password. ``site.url`` is its address (``http://127.0.0.1:PORT/site-N/``, with
    the trailing slash), ``site.folder`` the same folder on disk, ``site.remote(**kw)``
    a ``WebDavRemote`` on it (keyword arguments go to ``WebDavRemote``: ``timeout``,
    ``attempts``, ``first_wait``, ``max_wait``, ``sleep``; by default the waits between
    retries are recorded in ``site.waits`` instead of slept).

``start_webdav(auth=None, root=None, kind="wsgidav")`` -> ``WebDavSite``
    The factory behind it. ``auth=("user", "password")`` asks for Basic auth (the
    site's ``credentials`` then hold them; ``site.remote()`` uses them);
    ``root=Path`` starts a server of its own serving that folder (stopped after the
    test) instead of a subfolder of a shared one; ``kind`` is "wsgidav", "rclone"
    or "apache" (the test is skipped when that server is not installed).

``any_webdav`` -> ``WebDavSite``
    Parametrised over every server on this machine (wsgidav always; rclone and
    Apache httpd with mod_dav when installed, else those cases are skipped).

``memory_keyring`` -> ``MemoryKeyring``
    Every test here runs with an empty in-memory keyring backend (a real
    ``keyring`` backend set with ``keyring.set_keyring``) and without
    FIELDKIT_SYNC_USER / FIELDKIT_SYNC_PASSWORD, so no test reads or writes the
    user's keyring; this fixture hands that backend over (``.entries`` holds
    ``{(service, user): password}``).

``stores`` -> ``make(name) -> Store``
    Opens (creating) the database of one laptop, ``tmp_path/<name>/<name>.db``: a
    folder each, as attached files live beside the database. Closed after the test.

``remote`` -> ``FolderRemote``
    An empty shared folder, ``tmp_path/remote``.

Faults (wsgidav sites only; ``site.server.faults`` says whether a site takes them):
``site.inject({"method": "PUT", "path": r"\\.tmp$", "count": 1, "status": 503,
"headers": {"Retry-After": "1"}})``; other rule keys are ``"delay": seconds`` (answer
late, past a short client timeout) and ``"drop_after": bytes`` (break the
connection mid-upload or mid-download); see tests/sync/servers.py. Rules and the
request log are cleared before and after each test; ``site.seen()`` lists the
(method, decoded path) of every request the server received since.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from fieldkit.store import Store, open_store
from fieldkit.sync.credentials import Credentials
from fieldkit.sync.folder import FolderRemote
from fieldkit.sync.webdav import WebDavRemote
from tests.sync.servers import STARTERS, Server

KINDS = tuple(STARTERS)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps its entries in a dict, as a test's keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("FIELDKIT_SYNC_USER", raising=False)
    monkeypatch.delenv("FIELDKIT_SYNC_PASSWORD", raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@dataclass
class WebDavSite:
    """One test's folder on a running WebDAV server."""

    server: Server
    url: str
    folder: Path
    credentials: Credentials | None
    waits: list[float] = field(default_factory=list)

    def remote(self, url: str | None = None, **options: Any) -> WebDavRemote:
        options.setdefault("credentials", self.credentials)
        options.setdefault("sleep", self.waits.append)
        return WebDavRemote(url or self.url, **options)

    def inject(self, *rules: dict[str, Any]) -> None:
        if not self.server.faults:
            pytest.skip(f"{self.server.kind} takes no fault rules")
        self.server.inject(*rules)

    def seen(self) -> list[tuple[str, str]]:
        return self.server.seen()


class ServerPool:
    """Servers started on first use and kept for the session, one per kind and
    password; each test gets a subfolder of its own."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.servers: dict[tuple[str, tuple[str, str] | None], Server | None] = {}
        self.counter = itertools.count(1)

    def folder_for(self, kind: str) -> Path:
        if kind == "apache" and os.geteuid() == 0:
            # httpd serves as www-data: a folder it can reach, outside pytest's 0700 tree
            folder = Path(tempfile.mkdtemp(prefix="fk-webdav-"))
            folder.chmod(0o777)
            return folder
        return Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=self.base))

    def server(self, kind: str, auth: tuple[str, str] | None) -> Server | None:
        key = (kind, auth)
        if key not in self.servers:
            root = self.folder_for(kind)
            self.servers[key] = STARTERS[kind](
                root, auth, self.base / f"{kind}-{len(self.servers)}.log"
            )
        return self.servers[key]

    def stop(self) -> None:
        for server in self.servers.values():
            if server is not None:
                server.stop()
                if not server.root.is_relative_to(self.base):
                    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def webdav_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerPool]:
    pool = ServerPool(tmp_path_factory.mktemp("webdav"))
    yield pool
    pool.stop()


StartWebDav = Callable[..., WebDavSite]


@pytest.fixture
def start_webdav(webdav_pool: ServerPool) -> Iterator[StartWebDav]:
    used: list[Server] = []
    own: list[Server] = []

    def start(
        auth: tuple[str, str] | None = None, root: Path | None = None, kind: str = "wsgidav"
    ) -> WebDavSite:
        credentials = Credentials(*auth) if auth else None
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
            server = STARTERS[kind](root, auth, webdav_pool.base / f"own-{id(root)}.log")
            if server is None:
                pytest.skip(f"{kind} is not installed")
            own.append(server)
            return WebDavSite(server, server.base_url, root, credentials)
        server = webdav_pool.server(kind, auth)
        if server is None:
            pytest.skip(f"{kind} is not installed")
        server.clear()
        used.append(server)
        folder = server.root / f"site-{next(webdav_pool.counter)}"
        folder.mkdir()
        if kind == "apache":
            folder.chmod(0o777)
        return WebDavSite(server, f"{server.base_url}{folder.name}/", folder, credentials)

    yield start
    for server in own:
        server.stop()
    for server in used:
        with contextlib.suppress(OSError):
            server.clear()


@pytest.fixture
def webdav_server(start_webdav: StartWebDav) -> WebDavSite:
    return start_webdav()


@pytest.fixture(params=KINDS)
def any_webdav(request: pytest.FixtureRequest, start_webdav: StartWebDav) -> WebDavSite:
    return start_webdav(kind=request.param)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        (tmp_path / name).mkdir(exist_ok=True)
        store = open_store(tmp_path / name / f"{name}.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def remote(tmp_path: Path) -> FolderRemote:
    return FolderRemote(tmp_path / "remote")
