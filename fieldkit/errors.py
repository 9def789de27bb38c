"""Typed errors that every layer raises and that the CLI and the window each turn
into one sentence. Headless code never prints; it raises one of these."""

from __future__ import annotations


class FieldKitError(Exception):
    """An expected failure caused by the user's input or environment (not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(FieldKitError):
    """The user asked for something that cannot be done as asked."""


class NotFound(FieldKitError):
    """No record matches what the user named."""


class Ambiguous(InvalidInput):
    """What the user named matches more than one record."""


class StorageError(FieldKitError):
    """The database or a file around it cannot be used as it is."""


class NotAFieldKitDatabase(StorageError):
    """The file is not a FieldKit database (another program's data, or not SQLite)."""


class DatabaseDamaged(StorageError):
    """SQLite reports the file as malformed; it is left untouched."""


class NewerSchema(StorageError):
    """The database was written by a newer FieldKit; opening it could lose data."""


class DatabaseBusy(StorageError):
    """Another program holds the database for longer than the busy timeout."""
