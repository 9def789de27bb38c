"""Writing a finished document to disk, for the command line and the preview."""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import QT_TRANSLATE_NOOP, StorageError
from fieldkit.io.files import write_atomically


def write_pdf(target: Path, data: bytes) -> Path:
    """Write `data` so that a reader never sees half a file; documents hold
    personal data, so the file is readable by its owner only (mode 0600)."""
    target = target.expanduser()
    if target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the PDF file to write."),
            path=str(target),
        )
    write_atomically(target, lambda out: out.write(data))
    return target
