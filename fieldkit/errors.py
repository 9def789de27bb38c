"""Typed errors that every layer raises and that the CLI and the window each turn
into one sentence. Headless code never prints; it raises one of these.

An error carries an English template marked for translation and its parameters,
not a finished sentence: the CLI prints the English (`str(error)`), the window
translates the template first (`fieldkit.ui.errors.user_message`). Each template is
a whole sentence for one case, never one assembled from English nouns, as
Lithuanian declines them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation under `context` and returns it unchanged.
    `pyside6-lupdate` finds calls by this exact name, so it has no shorter alias."""
    return text


class FieldKitError(Exception):
    """An expected failure caused by the user's input or environment (not a bug)."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)

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


class SyncError(FieldKitError):
    """A sync could not finish; nothing local was lost or half-applied."""


class RemoteUnavailable(SyncError):
    """The remote cannot be reached now (offline, timeout, server busy or failing):
    worth trying again later. `retry_after` is the server's wish in seconds."""

    def __init__(self, template: str, *, retry_after: float | None = None, **params: object):
        super().__init__(template, **params)
        self.retry_after = retry_after


class RemoteRefused(SyncError):
    """The remote says no in a way that repeating will not change (wrong password,
    no permission, storage full, not a folder): stop at once and tell the user."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence kept to be shown later (the sync history): its English template,
    marked with QT_TRANSLATE_NOOP("Errors", ...), and its parameters, so that the
    window can show it in the user's language and the CLI in English."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    @classmethod
    def of(cls, error: FieldKitError) -> Sentence:
        return cls(error.template, dict(error.params))

    def to_json(self) -> dict[str, object]:
        return {"template": self.template, "params": self.params}

    @classmethod
    def from_json(cls, value: object) -> Sentence:
        """From `to_json`'s form, or a plain English sentence stored earlier."""
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return cls(value)
        if isinstance(value, dict) and isinstance(value.get("template"), str):
            params = value.get("params")
            return cls(value["template"], params if isinstance(params, dict) else {})
        return cls(str(value))
