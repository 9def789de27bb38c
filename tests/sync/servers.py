"""Real WebDAV servers on loopback for the sync tests: wsgidav (always; it is in the
test extra) with a fault-injecting middleware, and rclone and Apache httpd with
mod_dav when they are installed. Each runs as a subprocess on a free port.

Run as a script, this module is the wsgidav server itself:

    python tests/sync/servers.py --root DIR [--user U --password P]

It prints `PORT <n>` once it listens. Faults are asked for through the control path
`/.faults` (never a WebDAV path): POST a JSON list of rules, DELETE to clear them and
the request log, GET for {"rules": [...], "log": [[method, path], ...]}. A rule:

    {"method": "PUT", "path": "<regex on the decoded path>", "count": 1,
     "status": 503, "headers": {"Retry-After": "1"},   # answer this status, or
     "delay": 2.0,                                      # wait first (then pass on), or
     "drop_after": 100,                                 # break the connection, or
     "replace": ["<old>", "<new>"]}                     # rewrite the answer's body

`drop_after` on a request with a body (PUT) passes the first bytes to wsgidav (so a
truncated file is left under the name the client PUT to, as a killed upload leaves
it) and closes the socket instead of answering; on GET it sends the headers with the
full Content-Length and that many bytes of the body, then closes the socket.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONTROL = "/.faults"
HERE = Path(__file__).resolve()


# --- the servers, from the tests' side -------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not listen on {port}: {log.read_text(errors='replace')}")


@dataclass
class Server:
    """A running WebDAV server serving `root` at http://127.0.0.1:`port`/."""

    kind: str  # "wsgidav", "rclone" or "apache"
    root: Path
    port: int
    process: subprocess.Popen[bytes]
    auth: tuple[str, str] | None = None
    log: Path | None = None
    scheme: str = "http"
    _stopped: bool = field(default=False, repr=False)

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/"

    @property
    def faults(self) -> bool:
        """Whether this server takes fault rules (only the wsgidav one does)."""
        return self.kind == "wsgidav"

    def _control(self, method: str, payload: Any = None) -> Any:
        assert self.faults, f"{self.kind} takes no fault rules"
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(self.base_url + CONTROL[1:], data=data, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")

    def inject(self, *rules: dict[str, Any]) -> None:
        """Adds fault rules (see the module's docstring)."""
        self._control("POST", list(rules))

    def clear(self) -> None:
        """Forgets every rule and the request log."""
        if self.faults:
            self._control("DELETE")

    def seen(self) -> list[tuple[str, str]]:
        """(method, decoded path) of every request since the last clear()."""
        return [tuple(item) for item in self._control("GET")["log"]]  # type: ignore[misc]

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def start_wsgidav(
    root: Path,
    auth: tuple[str, str] | None,
    log: Path,
    tls: tuple[Path, Path] | None = None,
    idle: float = 30.0,
) -> Server:
    """`tls`: (certificate, key) PEM files to serve https instead of http; `idle`:
    seconds after which the server closes a kept-alive connection nobody uses."""
    command = [sys.executable, str(HERE), "--root", str(root), "--idle", str(idle)]
    if auth:
        command += ["--user", auth[0], "--password", auth[1]]
    if tls:
        command += ["--certificate", str(tls[0]), "--key", str(tls[1])]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=sink)
    assert process.stdout is not None
    line = process.stdout.readline().decode()
    if not line.startswith("PORT "):
        process.kill()
        raise RuntimeError(f"wsgidav did not start: {line!r} {log.read_text(errors='replace')}")
    port = int(line.split()[1])
    wait_until_listening(port, process, log)
    return Server("wsgidav", root, port, process, auth, log, "https" if tls else "http")


def start_rclone(root: Path, auth: tuple[str, str] | None, log: Path) -> Server | None:
    rclone = shutil.which("rclone")
    if rclone is None:
        return None
    port = free_port()
    command = [rclone, "serve", "webdav", str(root), "--addr", f"127.0.0.1:{port}"]
    command += ["--dir-cache-time", "0s"]  # tests put files on disk behind its back
    if auth:
        command += ["--user", auth[0], "--pass", auth[1]]
    environment = {**os.environ, "RCLONE_CONFIG": str(log.with_suffix(".conf"))}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=sink, env=environment)
    wait_until_listening(port, process, log)
    return Server("rclone", root, port, process, auth, log)


APACHE_MODULES = (
    "mpm_event",
    "authn_core",
    "authn_file",
    "authz_core",
    "authz_user",
    "auth_basic",
    "dir",
    "mime",
    "dav",
    "dav_fs",
)


def start_apache(root: Path, auth: tuple[str, str] | None, log: Path) -> Server | None:
    """Apache httpd with mod_dav_fs, as Debian packages it, from a config of our own
    (no system service). Folders without their slash are redirected (mod_dir)."""
    apache = shutil.which("apache2") or shutil.which("httpd")
    modules = Path("/usr/lib/apache2/modules")
    if apache is None or not (modules / "mod_dav_fs.so").exists():
        return None
    state = Path(tempfile.mkdtemp(prefix="fk-apache-"))
    port = free_port()
    lines = [f'ServerRoot "{state}"', f"Listen 127.0.0.1:{port}", "ServerName 127.0.0.1"]
    lines += [f"LoadModule {name}_module {modules}/mod_{name}.so" for name in APACHE_MODULES]
    lines += [
        "TypesConfig /etc/mime.types",
        f'PidFile "{state}/httpd.pid"',
        f'ErrorLog "{log}"',
        "LogLevel warn",
        f'DavLockDB "{state}/davlock"',
        f'DocumentRoot "{root}"',
        "ServerLimit 1",
        "StartServers 1",
        "ThreadsPerChild 25",
        "MaxRequestWorkers 25",
        "MinSpareThreads 1",
        "MaxSpareThreads 25",
        f'<Directory "{root}">',
        "  Dav On",
        "  AllowOverride None",
        "  Options None",
    ]
    if os.geteuid() == 0:  # httpd will not serve as root: as www-data, in open folders
        lines[3:3] = ["User www-data", "Group www-data"]
        state.chmod(0o777)
        root.chmod(0o777)
    if auth:
        digest = base64.b64encode(hashlib.sha1(auth[1].encode()).digest()).decode()
        (state / "users").write_text(f"{auth[0]}:{{SHA}}{digest}\n")
        lines += [
            "  AuthType Basic",
            '  AuthName "FieldKit tests"',
            f'  AuthUserFile "{state}/users"',
            "  Require valid-user",
        ]
    else:
        lines.append("  Require all granted")
    lines.append("</Directory>")
    config = state / "httpd.conf"
    config.write_text("\n".join(lines) + "\n")
    environment = {**os.environ, "APACHE_RUN_DIR": str(state), "APACHE_LOCK_DIR": str(state)}
    command = [apache, "-f", str(config), "-DFOREGROUND"]
    with log.open("ab") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=sink, env=environment)
    try:
        wait_until_listening(port, process, log)
    except RuntimeError:
        process.kill()
        return None
    return Server("apache", root, port, process, auth, log)


STARTERS = {"wsgidav": start_wsgidav, "rclone": start_rclone, "apache": start_apache}


# --- the wsgidav server itself (this file run as a script) ---------------------


class Faults:
    """The fault-injecting WSGI middleware in front of wsgidav."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.rules: list[dict[str, Any]] = []
        self.log: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        method = environ["REQUEST_METHOD"]
        if path == CONTROL:
            return self.control(method, environ, start_response)
        with self.lock:
            self.log.append((method, path))
            rule = self.match(method, path)
        if rule is None:
            return self.app(environ, start_response)
        if rule.get("delay"):
            time.sleep(float(rule["delay"]))
        if "status" in rule:
            status = int(rule["status"])
            body = f"fault {status}".encode()
            headers = [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]
            headers += list(rule.get("headers", {}).items())
            start_response(f"{status} Fault", headers)
            return [body]
        if "drop_after" in rule:
            return self.drop(int(rule["drop_after"]), environ, start_response)
        if "replace" in rule:
            return self.rewrite(rule["replace"], environ, start_response)
        return self.app(environ, start_response)

    def rewrite(self, pair: list[str], environ: dict[str, Any], start_response: Any) -> Any:
        """Answers with `old` replaced by `new` in the body (a proxy that shows the
        server's paths under another prefix)."""
        sent: dict[str, Any] = {}

        def remember(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            sent["status"], sent["headers"] = status, headers
            return lambda data: None

        body = b"".join(self.app(environ, remember))
        body = body.replace(pair[0].encode(), pair[1].encode())
        headers = [(k, v) for k, v in sent["headers"] if k.lower() != "content-length"]
        start_response(sent["status"], [*headers, ("Content-Length", str(len(body)))])
        return [body]

    def match(self, method: str, path: str) -> dict[str, Any] | None:
        for rule in self.rules:
            if rule.get("count", 1) <= 0:
                continue
            if rule.get("method", method) != method:
                continue
            if not re.search(rule.get("path", ""), path):
                continue
            rule["count"] = rule.get("count", 1) - 1
            return rule
        return None

    def control(self, method: str, environ: dict[str, Any], start_response: Any) -> Any:
        with self.lock:
            if method == "POST":
                length = int(environ.get("CONTENT_LENGTH") or 0)
                self.rules += json.loads(environ["wsgi.input"].read(length))
            elif method == "DELETE":
                self.rules.clear()
                self.log.clear()
            body = json.dumps({"rules": self.rules, "log": self.log}).encode()
        start_response("200 OK", [("Content-Type", "application/json")])
        return [body]

    def drop(self, after: int, environ: dict[str, Any], start_response: Any) -> Any:
        connection = environ["fieldkit.connection"]
        if environ.get("CONTENT_LENGTH"):  # an upload: keep the first bytes, then cut
            environ["wsgi.input"] = _Truncated(environ["wsgi.input"], after)
            environ["CONTENT_LENGTH"] = str(after)
            for _ in self.app(environ, lambda *args, **kwargs: None):
                pass
            _cut(connection)
            raise ConnectionAbortedError("fault: dropped mid-upload")
        sent: dict[str, Any] = {}

        def remember(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            sent["status"], sent["headers"] = status, headers
            return lambda data: None

        body = b"".join(self.app(environ, remember))
        headers = [(k, v) for k, v in sent["headers"] if k.lower() != "content-length"]
        start_response(sent["status"], [*headers, ("Content-Length", str(len(body)))])

        def partial() -> Any:
            yield body[:after]
            connection.wfile.flush()
            _cut(connection)
            raise ConnectionAbortedError("fault: dropped mid-download")

        return partial()


class _Truncated:
    def __init__(self, stream: Any, limit: int) -> None:
        self.stream, self.left = stream, limit

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.stream.read(size)
        self.left -= len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        return self.read(size)


def _cut(connection: Any) -> None:
    """Closes the socket at once (a reset, not a polite close)."""
    sock = connection.socket
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.shutdown(socket.SHUT_RDWR)


def serve(
    root: Path,
    user: str | None,
    password: str | None,
    certificate: Path | None = None,
    key: Path | None = None,
    idle: float = 30.0,
) -> None:
    import logging

    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    users: Any = {"*": {user: {"password": password}}} if user else {"*": True}
    config = {
        "provider_mapping": {"/": str(root)},
        "simple_dc": {"user_mapping": users},
        "http_authenticator": {
            "domain_controller": None,
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "verbose": 0,
        "logging": {"enable": False},
        "property_manager": True,
        "lock_storage": True,
    }
    logging.disable(logging.CRITICAL)
    app = Faults(WsgiDAVApp(config))

    class Gateway(wsgi.Gateway_10):
        def get_environ(self) -> dict[str, Any]:
            environ = super().get_environ()
            environ["fieldkit.connection"] = self.req.conn
            return environ

    server = wsgi.Server(("127.0.0.1", 0), app, numthreads=20, timeout=idle)
    server.gateway = Gateway
    if certificate and key:
        from cheroot.ssl.builtin import BuiltinSSLAdapter

        server.ssl_adapter = BuiltinSSLAdapter(str(certificate), str(key))
    server.prepare()
    print(f"PORT {server.bind_addr[1]}", flush=True)
    try:
        server.serve()
    finally:
        server.stop()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--certificate", type=Path)
    parser.add_argument("--key", type=Path)
    parser.add_argument("--idle", type=float, default=30.0)
    arguments = parser.parse_args()
    serve(
        arguments.root,
        arguments.user,
        arguments.password,
        arguments.certificate,
        arguments.key,
        arguments.idle,
    )
