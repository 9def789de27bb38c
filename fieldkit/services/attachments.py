"""Files attached to a meeting or a problem: flip-chart photos, handouts, scans.

The row in the database only names the file; the file itself is kept once, by its
SHA-256, in the `attachments` folder beside the database (as sync ships it, as
`blobs/<sha256>`). Attaching the same photo twice stores it once; removing an
attachment tombstones the row and keeps the file, which another row, or this one
restored by a sync, may still name. A row that arrived by sync before its file
has no file here yet: `attachment_path` says None and the documents say so."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, StorageError
from fieldkit.model import Attachment, Meeting, Problem
from fieldkit.paths import attachments_dir
from fieldkit.services.meetings import editable_meeting
from fieldkit.services.records import (
    NO_ATTACHMENT,
    NO_MEETING,
    NO_PROBLEM,
    get_live,
    tombstone,
)
from fieldkit.store import Store

MAX_SIZE_MB = 25
MAX_SIZE = MAX_SIZE_MB * 1024 * 1024

# By suffix, from a table of our own: mimetypes would read the Windows registry,
# and a document should not print a photo on one laptop and not on another.
MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}
UNKNOWN_MEDIA_TYPE = "application/octet-stream"
# the pictures the minutes print (reportlab reads these two)
PRINTABLE_IMAGES = frozenset({"image/jpeg", "image/png"})


@dataclass(frozen=True, slots=True)
class AttachmentView:
    attachment_id: str
    file_name: str
    caption: str
    media_type: str
    size: int
    sha256: str
    # where the file is on this computer; None while it has not arrived yet
    path: Path | None

    @property
    def printable_image(self) -> bool:
        return self.media_type in PRINTABLE_IMAGES


def media_type_of(name: str) -> str:
    return MEDIA_TYPES.get(Path(name).suffix.lower(), UNKNOWN_MEDIA_TYPE)


def _read_source(source: Path) -> bytes:
    """The whole file, refused with one sentence when it cannot be attached. At
    most one byte past the limit is read, so a huge file costs no more."""
    if source.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; choose a file to attach."),
            path=str(source),
        )
    try:
        with source.open("rb") as handle:
            data = handle.read(MAX_SIZE + 1)
    except FileNotFoundError:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=str(source)
        ) from None
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(source),
            reason=error.strerror or str(error),
        ) from None
    if len(data) > MAX_SIZE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to attach: the limit is {limit} MB."),
            name=source.name,
            limit=MAX_SIZE_MB,
        )
    return data


def _sha256_of_file(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def keep_blob(store: Store, sha256: str, data: bytes) -> None:
    """Put the file in the attachments folder under its hash, whole or not at all
    (a temporary file renamed into place), readable by this user only. A file
    already there with the right content is kept as it is."""
    folder = attachments_dir(store.path)
    target = folder / sha256
    if target.is_file() and _sha256_of_file(target) == sha256:
        return
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{sha256}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot keep the attached file in {folder}: {reason}."),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def add_attachment(
    store: Store,
    *,
    meeting_id: str | None = None,
    problem_id: str | None = None,
    source: Path,
    caption: str = "",
) -> str:
    """Attach a copy of the file `source` to a meeting (whose minutes are not
    final) or to a problem; returns the new attachment's id."""
    if (meeting_id is None) == (problem_id is None):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Attach the file to either a meeting or a problem.")
        )
    source = Path(source)
    data = _read_source(source)
    sha256 = hashlib.sha256(data).hexdigest()
    with store.write() as session:
        if meeting_id is not None:
            editable_meeting(session, meeting_id)
        else:
            get_live(session, Problem, str(problem_id), NO_PROBLEM)
        keep_blob(store, sha256, data)
        attachment = Attachment(
            sha256=sha256,
            file_name=source.name,
            media_type=media_type_of(source.name),
            size=len(data),
            caption=(caption or "").strip(),
            meeting_id=meeting_id,
            problem_id=problem_id,
        )
        session.add(attachment)
        return attachment.id


def attachment_path(store: Store, sha256: str) -> Path | None:
    """The file with this hash on this computer, or None while it is not here
    (its row came by sync before the file did)."""
    if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
        return None  # never a path outside the folder
    path = attachments_dir(store.path) / sha256
    return path if path.is_file() else None


def attachments_of_meeting(store: Store, meeting_id: str) -> list[AttachmentView]:
    """The meeting's live attachments, in the order they were added."""
    with store.read() as session:
        get_live(session, Meeting, meeting_id, NO_MEETING)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.meeting_id == meeting_id, Attachment.deleted.is_(False))
            .order_by(Attachment.created_at, Attachment.id)
        ).all()
        return [
            AttachmentView(
                a.id,
                a.file_name,
                a.caption,
                a.media_type,
                a.size,
                a.sha256,
                attachment_path(store, a.sha256),
            )
            for a in rows
        ]


def remove_attachment(store: Store, attachment_id: str) -> None:
    """Tombstone the attachment (a final meeting's stay, as its minutes do); the
    file stays in the folder."""
    with store.write() as session:
        attachment = get_live(session, Attachment, attachment_id, NO_ATTACHMENT)
        if attachment.meeting_id is not None:
            editable_meeting(session, attachment.meeting_id)
        tombstone(attachment)
