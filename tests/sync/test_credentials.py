"""Credentials come from the environment (scripts) or the system keyring (a real
keyring backend kept in memory, set up by tests/sync/conftest.py), never from an
address; a keyring that is missing or locked is one sentence."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.credentials
import keyring.errors
import pytest

from fieldkit.errors import SyncError
from fieldkit.sync.credentials import (
    Credentials,
    credentials_for,
    forget_credentials,
    save_credentials,
    service_name,
)
from tests.sync.conftest import MemoryKeyring

URL = "https://debesis.example.lt/remote.php/dav/files/ona/FieldKit"
PASSWORD = "Žalias-kalnas-7"


def test_the_password_is_never_in_the_repr() -> None:
    credentials = Credentials("ona", PASSWORD)
    assert PASSWORD not in repr(credentials)
    assert PASSWORD not in str(credentials)
    assert "ona" in repr(credentials)


def test_nothing_saved_means_no_credentials() -> None:
    assert credentials_for(URL) is None


def test_saved_credentials_come_back_with_or_without_the_trailing_slash(
    memory_keyring: MemoryKeyring,
) -> None:
    save_credentials(URL, "ona", PASSWORD)
    assert credentials_for(URL) == Credentials("ona", PASSWORD)
    assert credentials_for(URL + "/") == Credentials("ona", PASSWORD)
    # both the user name and the password live in the keyring, under FieldKit's name
    assert (service_name(URL), "ona") in memory_keyring.entries
    assert all(service.startswith("FieldKit sync ") for service, _ in memory_keyring.entries)
    assert credentials_for("https://debesis.example.lt/kitas/") is None


def test_saving_again_replaces_the_user_and_forget_removes_everything(
    memory_keyring: MemoryKeyring,
) -> None:
    save_credentials(URL, "ona", PASSWORD)
    save_credentials(URL, "jonas", "kitas")
    assert credentials_for(URL) == Credentials("jonas", "kitas")
    assert PASSWORD not in memory_keyring.entries.values()
    forget_credentials(URL)
    assert credentials_for(URL) is None
    assert memory_keyring.entries == {}
    forget_credentials(URL)  # nothing saved: fine


class LookupKeyring(MemoryKeyring):
    """A keyring that finds a service's credential without the user name, as the
    Windows and macOS keyrings do."""

    def get_credential(
        self, service: str, username: str | None
    ) -> keyring.credentials.Credential | None:
        for (entry_service, user), password in self.entries.items():
            if entry_service == service and username in (None, user):
                return keyring.credentials.SimpleCredential(user, password)
        return None


def test_a_keyring_that_finds_the_user_itself() -> None:
    backend = LookupKeyring()
    keyring.set_keyring(backend)
    save_credentials(URL, "ona", PASSWORD)
    assert credentials_for(URL) == Credentials("ona", PASSWORD)
    forget_credentials(URL)
    assert backend.entries == {}


def test_the_environment_wins_for_scripts(monkeypatch: pytest.MonkeyPatch) -> None:
    save_credentials(URL, "ona", PASSWORD)
    monkeypatch.setenv("FIELDKIT_SYNC_USER", "skriptas")
    monkeypatch.setenv("FIELDKIT_SYNC_PASSWORD", "iš-aplinkos")
    assert credentials_for(URL) == Credentials("skriptas", "iš-aplinkos")


def test_a_password_without_a_user_in_the_environment_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FIELDKIT_SYNC_PASSWORD", "iš-aplinkos")
    with pytest.raises(SyncError, match="FIELDKIT_SYNC_USER is not") as caught:
        credentials_for(URL)
    assert "iš-aplinkos" not in str(caught.value)


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_locked_keyring_is_one_sentence_and_never_the_password() -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(SyncError, match="keyring cannot be used") as caught:
        credentials_for(URL)
    assert "FIELDKIT_SYNC_USER" in str(caught.value)
    with pytest.raises(SyncError, match="keyring cannot be used") as caught:
        save_credentials(URL, "ona", PASSWORD)
    assert PASSWORD not in str(caught.value)
    assert caught.value.__suppress_context__  # no chained traceback to show


def test_no_keyring_at_all_means_no_saved_password_but_saving_says_why() -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert credentials_for(URL) is None  # a server without a password still works
    with pytest.raises(SyncError, match="keyring cannot be used"):
        save_credentials(URL, "ona", PASSWORD)


def test_an_address_with_a_password_in_it_is_refused() -> None:
    from fieldkit.errors import InvalidInput

    with pytest.raises(InvalidInput, match="keyring") as caught:
        save_credentials("https://ona:slaptas@debesis.example.lt/dav/", "ona", PASSWORD)
    assert "slaptas" not in str(caught.value)
