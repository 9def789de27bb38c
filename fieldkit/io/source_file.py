"""The file a table of people comes from, whatever its format: checked before it is
read (there, not empty, not huge) and read a line at a time with a cap, so that a
50 MB line is refused after its first megabyte. Shared by the CSV and vCard
readers; the rows come back as a `Table`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from fieldkit.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageError

# The longest physical line read (a contact's notes fit many times over).
MAX_LINE_BYTES = 1 << 20
# Rows imported at once.
MAX_ROWS = 200_000
# The largest file accepted.
MAX_FILE_BYTES = 200 << 20
# How much of a file is looked at to tell text from binary.
SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header and its non-empty rows, each with its row number as a
    spreadsheet shows it (the header is row 1)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    # "csv", "xlsx" or "vcard", and for CSV the encoding and separator found
    kind: str
    encoding: str = ""
    delimiter: str = ""


def start_of(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(path)
        ) from None
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is {size} MB; FieldKit imports files of up to {limit} MB."
            ),
            path=path.name,
            size=size >> 20,
            limit=MAX_FILE_BYTES >> 20,
        )
    if not start.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=path.name)
    return start


def physical_lines(path: Path, handle: IO[bytes]) -> Iterator[bytes]:
    """The file's lines, each read with a cap: a line past MAX_LINE_BYTES stops the
    import at once (a binary file, or something that is no list of people)."""
    for number, line in enumerate(_lines_of(handle), 1):
        if len(line) > MAX_LINE_BYTES:
            raise line_too_long(path, number)
        if number > MAX_ROWS * 2:
            raise too_many_rows(path)
        yield line


# After a carriage return that no line feed follows: where a line ends in a file
# from an old Mac (Excel for Mac's "CSV (Macintosh)").
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")


def _lines_of(handle: IO[bytes]) -> Iterator[bytes]:
    """The lines of a file, ending in LF, CRLF or a lone CR, each read with the
    cap (a line longer than it comes back longer than MAX_LINE_BYTES, unread)."""
    rest = b""
    while True:
        chunk = handle.readline(MAX_LINE_BYTES + 1)
        if not chunk:
            if rest:
                yield rest
            return
        if not rest and b"\r" not in chunk[:-2]:
            yield chunk  # the usual line: no CR but its CRLF
            continue
        *complete, rest = _LONE_CR.split(rest + chunk)
        yield from (line for line in complete if line)
        if rest.endswith(b"\n") or len(rest) > MAX_LINE_BYTES:
            yield rest
            rest = b""


def line_too_long(path: Path, number: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {line} of {path} is longer than {limit} MB; "
            "it is not a table FieldKit can import.",
        ),
        path=path.name,
        line=number,
        limit=MAX_LINE_BYTES >> 20,
    )


def too_many_rows(path: Path) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} has more than {limit} rows; split it into smaller files."
        ),
        path=path.name,
        limit=MAX_ROWS,
    )
