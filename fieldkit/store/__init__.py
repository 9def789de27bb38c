"""The only door to the data: engine and sessions, migrations, search, backups."""

from fieldkit.store.database import Store, open_store

__all__ = ["Store", "open_store"]
