"""WebDavRemote against real servers: the Remote contract on every server on this
machine (wsgidav, and rclone and Apache mod_dav when installed), then each fault a
real network and real servers produce, injected into a real wsgidav server."""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.errors import InvalidInput, NotFound, RemoteRefused, RemoteUnavailable
from fieldkit.sync.remote import Entry
from fieldkit.sync.webdav import WebDavRemote, parse_webdav_url
from tests.sync.conftest import StartWebDav, WebDavSite
from tests.sync.servers import start_wsgidav

BUNDLE = "changes/r1/1-3.jsonl.gz"


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# --- the contract, on every server ------------------------------------------------


def test_a_missing_folder_lists_as_none_and_an_empty_one_as_empty(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    assert remote.list("changes") is None
    assert remote.list("") == []
    (any_webdav.folder / "changes").mkdir()
    assert remote.list("changes") == []


def test_make_folders_makes_every_missing_level_and_accepts_existing_ones(
    any_webdav: WebDavSite,
) -> None:
    remote = any_webdav.remote()
    remote.make_folders("changes/r1/deeper")
    assert (any_webdav.folder / "changes" / "r1" / "deeper").is_dir()
    remote.make_folders("changes/r1")  # exists: fine
    remote.make_folders("changes/r2")
    assert [
        (e.name, e.is_folder) for e in sorted(remote.list("changes"), key=lambda e: e.name)
    ] == [
        ("r1", True),
        ("r2", True),
    ]


def test_write_new_never_overwrites(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    remote.make_folders("changes/r1")
    original = gzip.compress(b'{"first": true}\n')
    assert remote.write_new(BUNDLE, original) is True
    assert remote.write_new(BUNDLE, b"a different body") is False
    assert (any_webdav.folder / BUNDLE).read_bytes() == original
    assert remote.read(BUNDLE) == original
    assert files(any_webdav.folder) == [BUNDLE]  # no temporary file left behind


def test_write_new_makes_the_folder_when_it_is_missing(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    assert remote.write_new("blobs/ab", b"blob") is True
    assert files(any_webdav.folder) == ["blobs/ab"]


def test_replace_puts_the_new_content_in_place(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    remote.replace("exports/summary.json", b"old")  # a new name is fine too
    remote.replace("exports/summary.json", b"new and longer")
    assert remote.read("exports/summary.json") == b"new and longer"
    assert files(any_webdav.folder) == ["exports/summary.json"]


def test_listing_gives_names_sizes_and_hints(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    assert remote.write_new(BUNDLE, b"12345")
    (entry,) = remote.list("changes/r1")
    assert (entry.name, entry.is_folder, entry.size) == ("1-3.jsonl.gz", False, 5)
    assert entry.hint
    assert remote.replace(BUNDLE, b"123456") is None
    (changed,) = remote.list("changes/r1")
    assert changed.size == 6
    assert changed.hint != entry.hint


def test_reading_a_missing_file_raises_not_found(any_webdav: WebDavSite) -> None:
    with pytest.raises(NotFound, match=r"changes/r1/9-9\.jsonl\.gz"):
        any_webdav.remote().read("changes/r1/9-9.jsonl.gz")


def test_a_base_url_with_lithuanian_letters_and_without_its_slash(any_webdav: WebDavSite) -> None:
    name = "Šiaulių rajono biblioteka"
    (any_webdav.folder / name).mkdir()
    if any_webdav.server.kind == "apache":
        (any_webdav.folder / name).chmod(0o777)
    plain = any_webdav.url + name  # as typed: letters, a space, no trailing slash
    remote = any_webdav.remote(plain)
    assert remote.display_url.endswith(f"/{name}/")
    remote.make_folders("changes/r1")
    assert remote.write_new(BUNDLE, b"x")
    assert [e.name for e in remote.list("changes/r1")] == ["1-3.jsonl.gz"]
    encoded = any_webdav.remote(any_webdav.url + "%C5%A0iauli%C5%B3%20rajono%20biblioteka/")
    assert encoded.read(BUNDLE) == b"x"
    assert (any_webdav.folder / name / BUNDLE).read_bytes() == b"x"


def test_names_that_are_not_ascii_come_back_decoded_and_nfc(any_webdav: WebDavSite) -> None:
    """Not names FieldKit writes, but what a user may drop into the folder."""
    (any_webdav.folder / "Ąžuolas (conflicted copy).txt").write_bytes(b"z")
    (entry,) = any_webdav.remote().list("")
    assert entry.name == "Ąžuolas (conflicted copy).txt"


def test_a_listing_under_another_prefix_than_asked_for(webdav_server: WebDavSite) -> None:
    """A reverse proxy may show the server's own paths in the hrefs."""
    (webdav_server.folder / "changes").mkdir()
    (webdav_server.folder / "changes" / "r1").mkdir()
    (webdav_server.folder / "changes" / "1-1.jsonl.gz").write_bytes(b"1")
    own = f"/{webdav_server.folder.name}/"
    webdav_server.inject(
        {"method": "PROPFIND", "replace": [f"<ns0:href>{own}", f"<ns0:href>/internal{own}"]}
    )
    listed = webdav_server.remote().list("changes")
    assert sorted((e.name, e.is_folder) for e in listed or []) == [
        ("1-1.jsonl.gz", False),
        ("r1", True),
    ]


def test_the_server_clock_comes_from_the_date_header(any_webdav: WebDavSite) -> None:
    remote = any_webdav.remote()
    assert remote.server_time() is None
    remote.list("")
    seen = remote.server_time()
    assert seen is not None and seen.tzinfo is not None
    assert abs(seen - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)


def test_one_connection_is_kept_and_requests_are_counted(webdav_server: WebDavSite) -> None:
    remote = webdav_server.remote()
    remote.list("")
    remote.list("")
    remote.make_folders("changes")  # one MKCOL
    assert remote.requests == 3
    assert len(webdav_server.seen()) == 3
    assert remote.write_new("changes/a", b"a")  # PUT and MOVE
    assert remote.requests == 5
    assert remote.write_new("changes/a", b"b") is False  # PUT, MOVE (412), DELETE
    assert remote.requests == 8
    assert [method for method, _ in webdav_server.seen()][-3:] == ["PUT", "MOVE", "DELETE"]


def test_a_connection_the_server_closed_while_idle_is_reopened(tmp_path: Path) -> None:
    server = start_wsgidav(tmp_path, None, tmp_path.parent / "idle.log", idle=0.3)
    try:
        waits: list[float] = []
        remote = WebDavRemote(server.base_url, sleep=waits.append)
        assert remote.list("") == []
        kept = remote.http._connection
        assert remote.list("") == []
        assert remote.http._connection is kept  # one connection, kept alive
        time.sleep(0.8)  # the server closes it meanwhile
        assert remote.list("") == []
        assert waits == []  # reopened at once, not retried after a wait
        assert remote.requests in (3, 4)  # the request the closed connection lost
    finally:
        server.stop()


# --- addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/dav/",
        "http://192.168.1.10/dav",
        "http://[fe80::1]/dav/",
        "http://localhost.example.org/",
    ],
)
def test_plain_http_is_refused_beyond_this_computer(url: str) -> None:
    with pytest.raises(InvalidInput, match="https://"):
        WebDavRemote(url)


@pytest.mark.parametrize(
    "url", ["http://localhost:8080/dav", "http://127.0.0.2/", "http://[::1]:8080/d/"]
)
def test_plain_http_is_fine_on_loopback(url: str) -> None:
    assert WebDavRemote(url).display_url.startswith("http://")


def test_a_password_in_the_address_is_refused_and_never_repeated() -> None:
    with pytest.raises(InvalidInput, match="keyring") as caught:
        WebDavRemote("https://ona:Slaptas-123@cloud.example.lt/remote.php/dav/files/ona/")
    assert "Slaptas-123" not in str(caught.value)
    assert "Slaptas-123" not in repr(caught.value.params)


@pytest.mark.parametrize("url", ["ftp://example.org/", "https://", "https://host:99999/"])
def test_an_address_that_is_not_webdav_is_refused(url: str) -> None:
    with pytest.raises(InvalidInput):
        WebDavRemote(url)


def test_the_base_path_is_kept_decoded_with_one_trailing_slash() -> None:
    assert parse_webdav_url("https://h.lt/a%c5%a0b").path == "/aŠb/"
    assert parse_webdav_url("https://h.lt/a%C5%A0b/").path == "/aŠb/"
    assert parse_webdav_url("https://h.lt").path == "/"
    # NFD (as macOS may type it) and NFC are one address
    assert parse_webdav_url("https://h.lt/S\u030ciauliai").path == "/Šiauliai/"


# --- faults, on a real wsgidav server --------------------------------------------


def test_a_failing_server_is_retried_then_reported_as_unavailable(
    webdav_server: WebDavSite,
) -> None:
    webdav_server.inject({"method": "PROPFIND", "status": 500, "count": 10})
    remote = webdav_server.remote(attempts=4, first_wait=0.5, max_wait=30)
    with pytest.raises(RemoteUnavailable, match="500"):
        remote.list("")
    assert remote.requests == 4
    assert webdav_server.waits == [0.5, 1.0, 2.0]  # capped exponential backoff


def test_a_failure_that_passes_is_retried_until_it_works(webdav_server: WebDavSite) -> None:
    webdav_server.inject({"method": "PUT", "status": 502, "count": 2})
    remote = webdav_server.remote()
    assert remote.write_new("changes/r1/1-1.jsonl.gz", b"body")
    assert files(webdav_server.folder) == ["changes/r1/1-1.jsonl.gz"]
    assert len(webdav_server.waits) == 2


@pytest.mark.parametrize("status", [423, 429, 503, 504])
def test_retry_after_in_seconds_is_honoured(webdav_server: WebDavSite, status: int) -> None:
    webdav_server.inject(
        {"method": "GET", "status": status, "count": 1, "headers": {"Retry-After": "7"}}
    )
    (webdav_server.folder / "a").write_bytes(b"a")
    remote = webdav_server.remote()
    assert remote.read("a") == b"a"
    assert webdav_server.waits == [7.0]


def test_retry_after_as_a_date_is_honoured(webdav_server: WebDavSite) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=12)
    header = email.utils.format_datetime(later, usegmt=True)
    webdav_server.inject(
        {"method": "GET", "status": 503, "count": 1, "headers": {"Retry-After": header}}
    )
    (webdav_server.folder / "a").write_bytes(b"a")
    webdav_server.remote().read("a")
    (wait,) = webdav_server.waits
    assert 9 <= wait <= 12


def test_a_retry_after_beyond_the_cap_gives_up_at_once_and_passes_it_on(
    webdav_server: WebDavSite,
) -> None:
    webdav_server.inject(
        {"method": "PROPFIND", "status": 503, "count": 5, "headers": {"Retry-After": "3600"}}
    )
    remote = webdav_server.remote()
    with pytest.raises(RemoteUnavailable) as caught:
        remote.list("")
    assert caught.value.retry_after == 3600
    assert remote.requests == 1
    assert webdav_server.waits == []


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (401, "asks for a user name and password"),
        (403, "does not allow"),
        (413, "too large"),
        (507, "no storage space"),
    ],
)
def test_a_refusal_stops_at_once_with_one_request(
    webdav_server: WebDavSite, status: int, words: str
) -> None:
    webdav_server.inject({"method": "PUT", "status": status, "count": 10})
    remote = webdav_server.remote()
    with pytest.raises(RemoteRefused, match=words):
        remote.write_new("changes/r1/1-1.jsonl.gz", b"x" * 100)
    assert [method for method, _ in webdav_server.seen()] == ["PUT"]
    assert remote.requests == 1
    assert webdav_server.waits == []
    assert files(webdav_server.folder) == []


def test_a_reply_slower_than_the_timeout_is_unavailable(webdav_server: WebDavSite) -> None:
    webdav_server.inject({"method": "PROPFIND", "delay": 1.5, "count": 2})
    remote = webdav_server.remote(timeout=0.3, attempts=2)
    with pytest.raises(RemoteUnavailable, match="broke off or stalled"):
        remote.list("")
    assert remote.requests == 2


def test_a_connection_dropped_mid_upload_never_leaves_the_final_name(
    webdav_server: WebDavSite,
) -> None:
    remote = webdav_server.remote(attempts=3)
    remote.make_folders("changes/r1")
    webdav_server.inject({"method": "PUT", "drop_after": 1000, "count": 10})
    data = os.urandom(200_000)
    with pytest.raises(RemoteUnavailable):
        remote.write_new(BUNDLE, data)
    assert not (webdav_server.folder / BUNDLE).exists()
    assert remote.list("changes/r1") is None or all(
        e.name.endswith(".tmp") for e in remote.list("changes/r1") or []
    )
    # what the server kept is a truncated temporary file, never the bundle's name
    leftovers = files(webdav_server.folder)
    assert all(name.endswith(".tmp") for name in leftovers)
    assert any((webdav_server.folder / name).stat().st_size < len(data) for name in leftovers)


def test_an_upload_dropped_once_is_sent_again(webdav_server: WebDavSite) -> None:
    webdav_server.inject({"method": "PUT", "drop_after": 10, "count": 1})
    remote = webdav_server.remote()
    assert remote.write_new(BUNDLE, b"y" * 50_000)
    assert (webdav_server.folder / BUNDLE).read_bytes() == b"y" * 50_000


def test_a_connection_dropped_mid_download_is_never_a_short_read(
    webdav_server: WebDavSite,
) -> None:
    (webdav_server.folder / "big").write_bytes(b"z" * 300_000)
    webdav_server.inject({"method": "GET", "drop_after": 5000, "count": 10})
    remote = webdav_server.remote(attempts=2)
    with pytest.raises(RemoteUnavailable):
        remote.read("big")
    assert remote.requests == 2


def test_a_download_dropped_once_is_fetched_again_whole(webdav_server: WebDavSite) -> None:
    (webdav_server.folder / "big").write_bytes(b"z" * 300_000)
    webdav_server.inject({"method": "GET", "drop_after": 5000, "count": 1})
    assert webdav_server.remote().read("big") == b"z" * 300_000


def test_a_server_that_is_down_is_unavailable_at_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    remote = WebDavRemote(f"http://127.0.0.1:{port}/", sleep=waits.append)
    with pytest.raises(RemoteUnavailable, match="does not answer"):
        remote.list("")
    assert waits == []


def test_a_move_whose_answer_was_lost_is_not_mistaken_for_a_failure(
    webdav_server: WebDavSite,
) -> None:
    """The MOVE happens, its answer is lost, the repeat finds its source gone."""
    webdav_server.inject({"method": "MOVE", "delay": 0.6, "count": 1})
    remote = webdav_server.remote(timeout=0.4)
    result = remote.write_new(BUNDLE, b"moved")
    # the first MOVE did it; the repeat saw the name taken: "exists" is the truthful
    # answer, and the engine compares the content before deciding anything
    assert result in (True, False)
    assert (webdav_server.folder / BUNDLE).read_bytes() == b"moved"
    assert [f for f in files(webdav_server.folder) if f.endswith(".tmp")] == []


# --- passwords ----------------------------------------------------------------------


def test_basic_auth_with_the_right_password(start_webdav: StartWebDav) -> None:
    site = start_webdav(auth=("ona", "Žalias-kalnas-7"))
    remote = site.remote()
    assert remote.write_new("a", b"a")
    assert remote.list("") == [Entry("a", False, 1, remote.list("")[0].hint)]


def test_a_wrong_password_is_tried_once_and_never_shown(start_webdav: StartWebDav) -> None:
    site = start_webdav(auth=("ona", "right-password"))
    from fieldkit.sync.credentials import Credentials

    remote = site.remote(credentials=Credentials("ona", "wrong-password-42"))
    with pytest.raises(RemoteRefused, match="refused the user name or password") as caught:
        remote.list("")
    assert remote.requests == 1
    assert "wrong-password-42" not in str(caught.value)
    assert site.waits == []


def test_no_password_given_where_one_is_asked(start_webdav: StartWebDav) -> None:
    site = start_webdav(auth=("ona", "right-password"))
    remote = site.remote(credentials=None)
    with pytest.raises(RemoteRefused, match="asks for a user name and password"):
        remote.list("")
    assert remote.requests == 1


@pytest.mark.parametrize("kind", ["rclone", "apache"])
def test_basic_auth_on_other_servers(start_webdav: StartWebDav, kind: str) -> None:
    site = start_webdav(auth=("ona", "Žalias-kalnas-7"), kind=kind)
    assert site.remote().write_new("a", b"a")
    from fieldkit.sync.credentials import Credentials

    wrong = site.remote(credentials=Credentials("ona", "nope"))
    with pytest.raises(RemoteRefused):
        wrong.list("")
    assert wrong.requests == 1


# --- keep-alive under threads is not a goal, but one remote per thread works --------


def test_remotes_on_two_threads_each_keep_their_own_connection(
    webdav_server: WebDavSite,
) -> None:
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            remote = webdav_server.remote()
            for number in range(5):
                assert remote.write_new(f"{name}/{number}", name.encode())
            remote.close()
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(files(webdav_server.folder)) == 10


# --- https and redirects -------------------------------------------------------------


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[WebDavSite]:
    """wsgidav over https with a self-signed certificate for 127.0.0.1."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    command += ["-keyout", str(key), "-out", str(certificate), "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
    subprocess.run(command, check=True, capture_output=True)
    root = tmp_path / "served"
    root.mkdir()
    server = start_wsgidav(root, None, tmp_path / "tls.log", (certificate, key))
    try:
        yield WebDavSite(server, server.base_url, root, None)
    finally:
        server.stop()


def test_https_with_a_certificate_nobody_vouches_for_is_refused_at_once(
    tls_site: WebDavSite,
) -> None:
    assert tls_site.url.startswith("https://127.0.0.1:")
    remote = tls_site.remote()
    with pytest.raises(RemoteRefused, match="cannot be trusted"):
        remote.list("")
    assert remote.requests == 1
    assert tls_site.waits == []


def test_https_with_a_trusted_certificate_works(
    tls_site: WebDavSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the system's trust store, as OpenSSL reads it, holds this test's certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    remote = tls_site.remote()
    assert remote.write_new(BUNDLE, b"over tls")
    assert (tls_site.folder / BUNDLE).read_bytes() == b"over tls"


def test_a_redirect_on_the_same_server_is_followed_once(webdav_server: WebDavSite) -> None:
    (webdav_server.folder / "moved").mkdir()
    (webdav_server.folder / "moved" / "here").write_bytes(b"h")
    own = "/" + webdav_server.folder.name + "/"
    webdav_server.inject(
        {
            "method": "PROPFIND",
            "path": f"^{own}$",
            "status": 301,
            "count": 1,
            "headers": {"Location": webdav_server.url + "moved/"},
        }
    )
    remote = webdav_server.remote()
    assert [e.name for e in remote.list("") or []] == ["here"]
    assert remote.requests == 2


def test_a_redirect_to_another_server_is_refused(webdav_server: WebDavSite) -> None:
    webdav_server.inject(
        {
            "method": "GET",
            "status": 302,
            "count": 5,
            "headers": {"Location": "https://phishing.example.org/login"},
        }
    )
    remote = webdav_server.remote()
    with pytest.raises(RemoteRefused, match="another address: https://phishing"):
        remote.read("a")
    assert remote.requests == 1


def test_a_redirect_loop_stops_after_one(webdav_server: WebDavSite) -> None:
    webdav_server.inject(
        {"method": "GET", "status": 307, "count": 5, "headers": {"Location": webdav_server.url}}
    )
    remote = webdav_server.remote()
    with pytest.raises(RemoteRefused, match="307"):
        remote.read("a")
    assert remote.requests == 2
