"""One sync: push this replica's unpushed changes as a bundle (attachments first),
pull the other replicas' bundles past their high-water marks and merge them, then
publish the documents for colleagues without FieldKit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from fieldkit.store import Store
from fieldkit.sync.remote import Remote

#: progress(stage, done, total): stage is one of "push", "blobs", "pull", "publish".
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncReport:
    """What one sync did, for the CLI's lines, the history and the status bar."""

    remote: str
    sent_changes: int = 0
    sent_bundles: int = 0
    sent_blobs: int = 0
    sent_bytes: int = 0
    received_changes: int = 0
    received_bundles: int = 0
    received_blobs: int = 0
    received_bytes: int = 0
    conflicts: int = 0
    published: int = 0
    requests: int = 0
    new_replica_id: str | None = None
    set_aside: list[str] = field(default_factory=list)  # one sentence per bundle
    warnings: list[str] = field(default_factory=list)  # one sentence each


def sync(
    store: Store,
    remote: Remote,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    publish: bool = True,
) -> SyncReport:
    """Sync once. Raises SyncError (RemoteUnavailable, RemoteRefused, ...) when the
    sync cannot finish; whatever was applied before stays applied and consistent."""
    raise NotImplementedError("being written")
