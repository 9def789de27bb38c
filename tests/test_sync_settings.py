"""The saved remote: kept per database, replaced, cleared, never holding a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.errors import InvalidInput
from fieldkit.services.sync_settings import clear_remote, save_remote, saved_remote
from fieldkit.services.sync_status import sync_status
from fieldkit.store import Store, open_store


def test_nothing_saved_means_not_set_up(store: Store) -> None:
    assert saved_remote(store) is None


def test_saved_remote_survives_reopening_and_is_replaced(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert save_remote(store, "  /media/usb/FieldKit  ") == "/media/usb/FieldKit"
    with open_store(db_path) as store:
        assert saved_remote(store) == "/media/usb/FieldKit"
        save_remote(store, "https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/")
        assert saved_remote(store) == "https://cloud.example.lt/remote.php/dav/files/ona/FieldKit/"


def test_clearing_forgets_the_remote(store: Store) -> None:
    save_remote(store, "/srv/share")
    clear_remote(store)
    assert saved_remote(store) is None
    clear_remote(store)  # clearing twice is harmless
    assert saved_remote(store) is None


def test_an_empty_address_is_refused_and_the_old_one_kept(store: Store) -> None:
    save_remote(store, "/srv/share")
    with pytest.raises(InvalidInput, match="folder or a web address"):
        save_remote(store, "   ")
    assert saved_remote(store) == "/srv/share"


def test_saving_the_remote_is_not_a_change_to_sync(store: Store) -> None:
    before = sync_status(store).changes_waiting
    save_remote(store, "/srv/share")
    assert sync_status(store).changes_waiting == before
