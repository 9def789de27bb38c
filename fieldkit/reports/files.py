"""Writing a finished document to disk, for the command line (the window has the
same steps in its preview)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, StorageError


def write_pdf(target: Path, data: bytes) -> Path:
    """Write `data` so that a reader never sees half a file; documents hold
    personal data, so the file is readable by its owner only (mode 0600)."""
    target = target.expanduser()
    if target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the PDF file to write."),
            path=str(target),
        )
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write to the folder {folder}: {reason}."),
            folder=str(target.parent),
            reason=error.strerror or str(error),
        ) from None
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=str(target),
            reason=error.strerror or str(error),
        ) from None
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target
