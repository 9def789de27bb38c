"""Writing a file the user asked for (an export, a document) so that a reader never
sees half of it: into a temporary file beside the target, flushed to disk, then
renamed over it. The files hold personal data, so they are the owner's only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from fieldkit.errors import QT_TRANSLATE_NOOP, StorageError

T = TypeVar("T")


def write_atomically(target: Path, fill: Callable[[IO[Any]], T], *, text: bool = False) -> T:
    """Call `fill` with the open temporary file (UTF-8 text with "\\n" line ends
    when `text`, else bytes), then put it in place of `target` with mode 0600.
    Returns what `fill` returned; a failure leaves `target` as it was."""
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
        opened = (
            os.fdopen(handle, "w", encoding="utf-8", newline="\n")
            if text
            else os.fdopen(handle, "wb")
        )
        with opened as out:
            result = fill(out)
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
    return result
