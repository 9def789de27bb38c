"""open_remote turns what the user typed into a remote; describe_remote never shows a
password; test_connection lists, makes `changes/` and compares the clocks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fieldkit.errors import InvalidInput, RemoteRefused, RemoteUnavailable
from fieldkit.sync.credentials import Credentials, save_credentials
from fieldkit.sync.remotes import (
    ConnectionCheck,
    describe_remote,
    folder_path,
    open_remote,
    test_connection,
)
from fieldkit.sync.webdav import WebDavRemote
from tests.sync.conftest import StartWebDav, WebDavSite


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("/media/ona/USB/FieldKit", "/media/ona/USB/FieldKit"),
        ("file:///media/ona/USB/Bendri%20failai", "/media/ona/USB/Bendri failai"),
        ("file://localhost/srv/%C5%A0iauliai", "/srv/Šiauliai"),
        ("file:///srv/%c5%a0iauliai", "/srv/Šiauliai"),
    ],
)
def test_folder_paths_and_file_urls(typed: str, expected: str) -> None:
    assert folder_path(typed) == Path(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("file:///C:/Users/Ona/Nextcloud/FieldKit", "C:/Users/Ona/Nextcloud/FieldKit"),
        ("file:///d:/Sinchronizacija", "d:/Sinchronizacija"),
        ("file://biuras/bendras/FieldKit", "//biuras/bendras/FieldKit"),
        ("C:\\Users\\Ona\\FieldKit", "C:\\Users\\Ona\\FieldKit"),
    ],
)
def test_windows_drive_letters_and_shares(typed: str, expected: str) -> None:
    assert str(folder_path(typed)).replace("\\", "/") == expected.replace("\\", "/")


def test_a_folder_opens_as_a_folder_remote(tmp_path: Path) -> None:
    folder = pytest.importorskip("fieldkit.sync.folder")
    remote = open_remote(f"file://{tmp_path}/bendras")
    assert isinstance(remote, folder.FolderRemote)
    assert isinstance(open_remote(str(tmp_path)), folder.FolderRemote)


def test_a_webdav_address_opens_a_webdav_remote_with_saved_credentials(
    start_webdav: StartWebDav,
) -> None:
    site = start_webdav(auth=("ona", "Žalias-kalnas-7"))
    save_credentials(site.url, "ona", "Žalias-kalnas-7")
    remote = open_remote(site.url.rstrip("/"))
    assert isinstance(remote, WebDavRemote)
    assert remote.write_new("a", b"a")
    remote.close()
    given = open_remote(site.url, Credentials("ona", "wrong"))
    with pytest.raises(RemoteRefused):
        given.list("")


def test_credentials_from_the_environment(
    start_webdav: StartWebDav, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = start_webdav(auth=("skriptas", "iš-aplinkos"))
    monkeypatch.setenv("FIELDKIT_SYNC_USER", "skriptas")
    monkeypatch.setenv("FIELDKIT_SYNC_PASSWORD", "iš-aplinkos")
    assert open_remote(site.url).list("") == []


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ftp://example.org/dav/", "cannot sync with"),
        ("smb://biuras/bendras", "cannot sync with"),
        ("   ", "Please give a folder"),
        ("http://debesis.example.lt/dav/", "https://"),
        ("https://ona:Slaptas-1@debesis.example.lt/dav/", "keyring"),
    ],
)
def test_what_cannot_be_a_remote_is_one_sentence(typed: str, words: str) -> None:
    with pytest.raises(InvalidInput, match=words) as caught:
        open_remote(typed)
    assert "Slaptas-1" not in str(caught.value)


def test_describe_remote_never_shows_a_password() -> None:
    shown = describe_remote("https://ona:Slaptas-1@debesis.example.lt/dav/%C5%A0iauliai")
    assert shown == "https://debesis.example.lt/dav/Šiauliai/"
    assert describe_remote("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080/a/"
    assert describe_remote("file:///srv/Bendri%20failai") == str(Path("/srv/Bendri failai"))
    assert describe_remote("ftp://jonas:pw@example.org/x") == "ftp://example.org/x"


def test_test_connection_makes_the_changes_folder_and_says_so(
    any_webdav: WebDavSite,
) -> None:
    url = any_webdav.url + "nauja/komanda"  # not there yet: made too
    check = test_connection(url)
    assert isinstance(check, ConnectionCheck)
    assert (any_webdav.folder / "nauja" / "komanda" / "changes").is_dir()
    assert check.entries == 0
    assert check.clock_offset_s is not None and not check.clock_is_off
    assert str(check) == f"FieldKit can sync with {check.display_url}."
    again = test_connection(url)
    assert again.entries == 1  # changes/
    assert again.requests == 2  # PROPFIND, MKCOL (exists)


def test_test_connection_reports_a_wrong_clock() -> None:
    check = ConnectionCheck(
        "https://x/",
        0,
        -600.0,
        2,
        "FieldKit can sync with {url}, but this computer's clock is {minutes} minutes "
        "off the server's: please set the clock right.",
        {"url": "https://x/", "minutes": 10},
    )
    assert check.clock_is_off
    assert "10 minutes" in str(check)


def test_test_connection_passes_the_remote_error_on(start_webdav: StartWebDav) -> None:
    site = start_webdav(auth=("ona", "teisingas"))
    with pytest.raises(RemoteRefused, match="asks for a user name and password"):
        test_connection(site.url)
    site.inject({"method": "PROPFIND", "status": 503, "count": 9, "headers": {"Retry-After": "99"}})
    with pytest.raises(RemoteUnavailable, match="503"):
        test_connection(site.url, Credentials("ona", "teisingas"))


def test_the_clock_offset_is_measured(webdav_server: WebDavSite) -> None:
    check = test_connection(webdav_server.url)
    assert check.clock_offset_s is not None
    assert abs(check.clock_offset_s) < dt.timedelta(seconds=5).total_seconds()
