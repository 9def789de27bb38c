"""`fieldkit sync` from the command line, as a script would run it."""

from __future__ import annotations

from pathlib import Path

from fieldkit.store import open_store


def new_database(path: Path) -> Path:
    with open_store(path):
        pass
    return path


def test_sync_two_databases_through_a_folder_and_print_what_moved(cli, tmp_path: Path) -> None:
    remote = tmp_path / "Bendras aplankas"
    a, b = tmp_path / "a.db", new_database(tmp_path / "b.db")
    assert cli("--db", str(a), "demo", "--size", "300").code == 0
    sent = cli("--db", str(a), "sync", "--remote", str(remote), "--save")
    assert sent.code == 0, sent.err
    assert "Sent " in sent.out and "Received 0 changes" in sent.out
    assert "Published" in sent.out
    received = cli("--db", str(b), "sync", "--remote", remote.as_uri())
    assert received.code == 0, received.err
    assert "Received 0 changes" not in received.out and "Sent 0 changes" in received.out
    # the saved remote is used when --remote is left out
    again = cli("--db", str(a), "sync", "--no-publish")
    assert again.code == 0 and "Sent 0 changes" in again.out


def test_sync_without_a_remote_says_how_to_give_one(cli, tmp_path: Path) -> None:
    result = cli("--db", str(new_database(tmp_path / "a.db")), "sync")
    assert result.code == 1
    assert "--remote" in result.err and result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_a_plain_http_address_off_this_computer_is_refused(cli, tmp_path: Path) -> None:
    db = new_database(tmp_path / "a.db")
    result = cli("--db", str(db), "sync", "--remote", "http://cloud.example.lt/dav/")
    assert result.code == 1
    assert "https" in result.err and "Traceback" not in result.err


def test_a_server_that_refuses_the_password_is_one_sentence(
    cli, tmp_path: Path, start_webdav, monkeypatch
) -> None:
    site = start_webdav(auth=("koordinatorius", "teisingas"))
    monkeypatch.setenv("FIELDKIT_SYNC_USER", "koordinatorius")
    monkeypatch.setenv("FIELDKIT_SYNC_PASSWORD", "neteisingas")
    db = new_database(tmp_path / "a.db")
    refused = cli("--db", str(db), "sync", "--remote", site.url)
    assert refused.code == 1
    assert refused.err.startswith("fieldkit: ") and refused.err.count("\n") == 1
    assert "neteisingas" not in refused.err
    monkeypatch.setenv("FIELDKIT_SYNC_PASSWORD", "teisingas")
    assert cli("--db", str(db), "sync", "--remote", site.url).code == 0
