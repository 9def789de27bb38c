"""Which remote this database syncs with: its URL, kept in the database's own
`meta` table so that it travels with the file (a copied database still knows its
team's storage). The user name and password never live here: they are in the
operating system's keyring (fieldkit.sync.credentials)."""

from __future__ import annotations

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput
from fieldkit.model import Meta
from fieldkit.store import Store

REMOTE_URL = "sync_remote_url"


def saved_remote(store: Store) -> str | None:
    """The saved remote's URL or folder path, or None when sync is not set up."""
    with store.read() as session:
        meta = session.get(Meta, REMOTE_URL)
        return meta.value if meta is not None and meta.value else None


def save_remote(store: Store, url: str) -> str:
    """Save `url` (a folder path or an http(s) URL) as this database's remote and
    return it as saved. Its shape is checked when the remote is opened (Test
    connection, or the next sync), where the reason can be said precisely."""
    cleaned = url.strip()
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a folder or a web address to sync with.")
        )
    with store.write() as session:
        meta = session.get(Meta, REMOTE_URL)
        if meta is None:
            session.add(Meta(key=REMOTE_URL, value=cleaned))
        else:
            meta.value = cleaned
    return cleaned


def clear_remote(store: Store) -> None:
    """Stop syncing this database (nothing on the remote is touched)."""
    with store.write() as session:
        meta = session.get(Meta, REMOTE_URL)
        if meta is not None:
            session.delete(meta)
