"""The sync bundle: one replica's changes `first_seq`..`last_seq` as gzipped JSON
lines, a header line first naming the format, schema, replica, sequence range,
count and the SHA-256 of the body. A reader trusts nothing about a bundle it
fetched (not its name, size or listing) until all of that checks out."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import zlib
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from fieldkit.model.base import format_utc
from fieldkit.sync.hlc import Timestamp

FORMAT = 1
SUFFIX = ".jsonl.gz"
#: Bundle names sort by sequence as text (12 digits: a trillion changes).
NAME = re.compile(r"^(\d{12})-(\d{12})\.jsonl\.gz$")
SEQ_DIGITS = 12
#: A bigger body than this is refused before it fills the memory (a gzip bomb, or
#: not ours): a bundle holds at most MAX_CHANGES changes of bounded size.
MAX_CHANGES = 50_000
MAX_BODY_BYTES = 256 * 1024 * 1024


class Change(NamedTuple):
    """One field's value at one clock, as bundles carry it and the merge reads it.
    (A tuple: a first sync reads a million of them.)"""

    seq: int
    hlc: str
    table_name: str
    row_id: str
    field: str
    value: str | int | bool | None
    base: str  # the clock of the value it replaced, "" for a new row


@dataclass(frozen=True, slots=True)
class Header:
    replica_id: str
    schema: str
    first_seq: int
    last_seq: int
    prev_seq: int  # last_seq of this replica's previous bundle (0 for its first)
    count: int
    sha256: str


class Fault(StrEnum):
    """Why a bundle was set aside (stored in sync_set_aside.reason)."""

    UNREADABLE = "unreadable"  # not gzip, truncated, not JSON
    MISMATCH = "mismatch"  # header disagrees with the name, count or checksum
    NEWER_SCHEMA = "newer-schema"  # written by a newer FieldKit


class BundleFault(Exception):
    """A bundle that must be set aside; `detail` is for the log and the Sync page."""

    def __init__(self, fault: Fault, detail: str) -> None:
        super().__init__(detail)
        self.fault = fault
        self.detail = detail


def bundle_name(first_seq: int, last_seq: int) -> str:
    return f"{first_seq:0{SEQ_DIGITS}d}-{last_seq:0{SEQ_DIGITS}d}{SUFFIX}"


def parse_name(name: str) -> tuple[int, int] | None:
    match = NAME.match(name)
    if not match:
        return None
    first, last = int(match[1]), int(match[2])
    return (first, last) if 0 < first <= last else None


def encode(
    replica_id: str,
    schema: str,
    prev_seq: int,
    rows: list[tuple[int, str, str, str, str, str, str]],
) -> bytes:
    """rows: (seq, hlc, table, row id, field, value as JSON text, base) in seq order.
    The same rows always give the same bytes (a repeated push compares equal)."""
    dumps = json.dumps
    lines = [
        f"[{seq},{dumps(hlc)},{dumps(table)},{dumps(row)},{dumps(field)},{value},{dumps(base)}]\n"
        for seq, hlc, table, row, field, value, base in rows
    ]
    body = "".join(lines).encode("utf-8")
    header = {
        "fieldkit_bundle": FORMAT,
        "schema": schema,
        "replica": replica_id,
        "first_seq": rows[0][0],
        "last_seq": rows[-1][0],
        "prev_seq": prev_seq,
        "count": len(rows),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    head = (json.dumps(header, sort_keys=True) + "\n").encode("ascii")
    # mtime=0: no time in the gzip header, so equal content is equal bytes.
    return gzip.compress(head + body, compresslevel=6, mtime=0)


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, MAX_BODY_BYTES + 1)
    except zlib.error as error:
        raise BundleFault(Fault.UNREADABLE, f"not a readable gzip file ({error})") from None
    if len(out) > MAX_BODY_BYTES:
        raise BundleFault(Fault.UNREADABLE, "larger than any bundle FieldKit writes")
    if not inflater.eof:
        raise BundleFault(Fault.UNREADABLE, "the file ends early (truncated)")
    return out


def decode(
    data: bytes,
    *,
    replica_id: str,
    name: str,
    known_schemas: tuple[str, ...],
    fields: dict[str, frozenset[str]],
) -> tuple[Header, list[Change]]:
    """Verify and read a bundle fetched as `changes/<replica_id>/<name>`."""
    raw = _inflate(data)
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head)
        version = header.get("fieldkit_bundle")
        if version != FORMAT:
            if isinstance(version, int) and version > FORMAT:
                raise BundleFault(Fault.NEWER_SCHEMA, "a newer bundle format")
            raise BundleFault(Fault.MISMATCH, "not a FieldKit bundle")
        parsed = Header(
            replica_id=str(header["replica"]),
            schema=str(header["schema"]),
            first_seq=int(header["first_seq"]),
            last_seq=int(header["last_seq"]),
            prev_seq=int(header["prev_seq"]),
            count=int(header["count"]),
            sha256=str(header["sha256"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BundleFault(Fault.UNREADABLE, "the header is not readable") from None
    if parsed.schema not in known_schemas:
        raise BundleFault(Fault.NEWER_SCHEMA, f"written with database schema {parsed.schema}")
    if parse_name(name) != (parsed.first_seq, parsed.last_seq) or parsed.replica_id != replica_id:
        raise BundleFault(Fault.MISMATCH, "the header does not match the file's name")
    if hashlib.sha256(body).hexdigest() != parsed.sha256:
        raise BundleFault(Fault.MISMATCH, "the checksum does not match (changed or truncated)")
    try:
        text = body.decode("utf-8")
        rows = json.loads("[" + text.rstrip("\n").replace("\n", ",") + "]") if text else []
        changes = list(map(Change._make, rows))
    except (ValueError, TypeError):
        raise BundleFault(Fault.UNREADABLE, "a line is not a FieldKit change") from None
    _check_changes(parsed, changes, fields)
    return parsed, changes


def _check_changes(
    header: Header, changes: list[Change], fields: dict[str, frozenset[str]]
) -> None:
    """Every change in range and order, from the header's replica, naming a field
    FieldKit has (checked a column at a time: a bundle holds 50,000 changes)."""
    if len(changes) != header.count or not changes:
        raise BundleFault(Fault.MISMATCH, "the number of changes does not match the header")
    if header.prev_seq >= header.first_seq:
        raise BundleFault(Fault.MISMATCH, "the sequence numbers do not follow on")
    seqs = [c.seq for c in changes]
    if (
        {type(s) for s in seqs} != {int}
        or seqs[0] != header.first_seq
        or seqs[-1] != header.last_seq
        or len(set(seqs)) != len(seqs)
        or sorted(seqs) != seqs
    ):
        raise BundleFault(Fault.MISMATCH, "the sequence range does not match the changes")
    # A bundle may carry changes stamped by an earlier id of its replica (a laptop
    # that took a new id sends its whole log to a new remote): the clocks, not the
    # bundle, say who wrote them.
    if (
        {type(c.hlc) for c in changes}
        | {type(c.row_id) for c in changes}
        | {type(c.base) for c in changes}
    ) != {str}:
        raise BundleFault(Fault.MISMATCH, "a change is not well formed")
    named = {(c.table_name, c.field) for c in changes}
    if any(name not in fields.get(table, ()) for table, name in named):
        raise BundleFault(Fault.MISMATCH, "a change names a field FieldKit does not have")
    for change in (changes[0], changes[-1]):
        try:
            Timestamp.decode(change.hlc)
        except ValueError:
            raise BundleFault(Fault.MISMATCH, "a change carries no valid clock") from None


def now_text() -> str:
    return format_utc(dt.datetime.now(dt.UTC))
