"""The user name and password of a WebDAV remote live in the operating system's
keyring (or, for scripts, in FIELDKIT_SYNC_USER / FIELDKIT_SYNC_PASSWORD), never in
the database, a settings file or the remote's address.

The keyring entry's service is "FieldKit sync <address>" (the address normalised, so
that it is found with or without the trailing slash), its user name the account's.
Not every keyring can look up a service without naming the user, so the user name
is also kept under a second service, "FieldKit sync user <address>"."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

from fieldkit.errors import QT_TRANSLATE_NOOP, SyncError

USER_VARIABLE = "FIELDKIT_SYNC_USER"
PASSWORD_VARIABLE = "FIELDKIT_SYNC_PASSWORD"
_USER_KEY = "user"


@dataclass(frozen=True, slots=True)
class Credentials:
    user: str
    password: str

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password='***')"

    __str__ = __repr__


def service_name(url: str) -> str:
    return f"FieldKit sync {parse_display(url)}"


def _user_service(url: str) -> str:
    return service_name(url).replace("FieldKit sync ", "FieldKit sync user ", 1)


def _keyring_failed(url: str, error: Exception) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The system keyring cannot be used for {url} ({reason}); unlock it, or set "
            "FIELDKIT_SYNC_USER and FIELDKIT_SYNC_PASSWORD.",
        ),
        url=url,
        reason=type(error).__name__,
    )


def credentials_for(url: str) -> Credentials | None:
    """The saved credentials for `url`, or None when none are saved (a server that
    asks no password)."""
    user = os.environ.get(USER_VARIABLE)
    password = os.environ.get(PASSWORD_VARIABLE)
    if user:
        return Credentials(user, password or "")
    if password:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Errors", "FIELDKIT_SYNC_PASSWORD is set but FIELDKIT_SYNC_USER is not."
            )
        )
    import keyring
    import keyring.errors

    service = service_name(url)
    try:
        found = keyring.get_credential(service, None)
        if found is not None and found.username:
            return Credentials(found.username, found.password or "")
        user = keyring.get_password(_user_service(url), _USER_KEY)
        if not user:
            return None
        return Credentials(user, keyring.get_password(service, user) or "")
    except keyring.errors.NoKeyringError:
        return None  # nothing can have been saved: try the server without a password
    except keyring.errors.KeyringError as error:
        raise _keyring_failed(parse_display(url), error) from None


def save_credentials(url: str, user: str, password: str) -> None:
    """Keeps the user name and password for `url` in the keyring (replacing any)."""
    import keyring
    import keyring.errors

    forget_credentials(url)
    try:
        keyring.set_password(service_name(url), user, password)
        keyring.set_password(_user_service(url), _USER_KEY, user)
    except keyring.errors.KeyringError as error:
        raise _keyring_failed(parse_display(url), error) from None


def forget_credentials(url: str) -> None:
    """Removes the saved credentials for `url`; none saved is fine."""
    import keyring
    import keyring.errors

    service = service_name(url)
    try:
        user = keyring.get_password(_user_service(url), _USER_KEY)
        found = keyring.get_credential(service, None)
        users = {name for name in (user, found.username if found else None) if name}
        for name in users:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(service, name)
        if user:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(_user_service(url), _USER_KEY)
    except keyring.errors.KeyringError as error:
        raise _keyring_failed(parse_display(url), error) from None


def parse_display(url: str) -> str:
    from fieldkit.sync.webdav_url import parse_webdav_url

    return parse_webdav_url(url).display
