"""Attaching files: a copy is kept once by its SHA-256 beside the database, the row
is logged for sync like any other, and what cannot be attached is refused with one
sentence (no file, a folder, too large, final minutes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import struct
import sys
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import InvalidInput, NotFound
from fieldkit.model import Attachment, ChangeLogEntry
from fieldkit.paths import attachments_dir
from fieldkit.services import attachments, meetings, problems
from fieldkit.services.attachments import (
    add_attachment,
    attachment_path,
    attachments_of_meeting,
    remove_attachment,
)
from fieldkit.store import Store


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real PNG, written by hand (no Pillow needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_png(folder: Path, name: str = "flipchart.png", **kwargs: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(png_bytes(**kwargs))  # type: ignore[arg-type]
    return path


def new_meeting(store: Store) -> str:
    return meetings.create_meeting(
        store,
        municipality_id="birzu-r",
        title="Diskusija",
        starts_at=dt.datetime(2026, 10, 6, 10, 0),
    )


@pytest.fixture
def meeting_id(store: Store) -> str:
    return new_meeting(store)


def test_a_file_is_kept_by_its_hash_and_listed_with_the_meeting(
    store: Store, meeting_id: str, tmp_path: Path
) -> None:
    source = write_png(tmp_path / "camera")
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    attachment_id = add_attachment(
        store, meeting_id=meeting_id, source=source, caption="  Problemų medis  "
    )
    (view,) = attachments_of_meeting(store, meeting_id)
    assert view.attachment_id == attachment_id
    assert (view.file_name, view.caption, view.media_type) == (
        "flipchart.png",
        "Problemų medis",
        "image/png",
    )
    assert (view.size, view.sha256) == (len(data), sha)
    blob = attachments_dir(store.path) / sha
    assert blob == store.path.parent / "attachments" / sha
    assert view.path == attachment_path(store, sha) == blob
    assert blob.read_bytes() == data
    if sys.platform != "win32":
        assert stat.S_IMODE(blob.stat().st_mode) == 0o600
    assert [p.name for p in blob.parent.iterdir()] == [sha]  # no temporary left behind
    source.unlink()  # a copy was kept, not a link
    assert blob.read_bytes() == data


def test_the_row_is_in_the_change_log(store: Store, meeting_id: str, tmp_path: Path) -> None:
    attachment_id = add_attachment(store, meeting_id=meeting_id, source=write_png(tmp_path))
    with store.read() as session:
        fields = set(
            session.scalars(
                select(ChangeLogEntry.field).where(
                    ChangeLogEntry.table_name == "attachment",
                    ChangeLogEntry.row_id == attachment_id,
                )
            )
        )
    assert {"sha256", "file_name", "media_type", "size", "caption", "meeting_id"} <= fields


def test_the_same_file_twice_is_stored_once(store: Store, meeting_id: str, tmp_path: Path) -> None:
    first = write_png(tmp_path / "a", "one.png")
    second = write_png(tmp_path / "b", "two.PNG")
    other = new_meeting(store)
    add_attachment(store, meeting_id=meeting_id, source=first)
    blob = attachments_dir(store.path) / hashlib.sha256(first.read_bytes()).hexdigest()
    before = blob.stat().st_mtime_ns
    os.utime(blob, ns=(before - 10**9, before - 10**9))
    add_attachment(store, meeting_id=other, source=second, caption="Kopija")
    assert blob.stat().st_mtime_ns == before - 10**9  # reused, not rewritten
    assert len(list(blob.parent.iterdir())) == 1
    (view,) = attachments_of_meeting(store, other)
    assert (view.file_name, view.media_type) == ("two.PNG", "image/png")


def test_a_damaged_copy_is_replaced(store: Store, meeting_id: str, tmp_path: Path) -> None:
    source = write_png(tmp_path)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    folder = attachments_dir(store.path)
    folder.mkdir()
    (folder / sha).write_bytes(b"half a file")
    add_attachment(store, meeting_id=meeting_id, source=source)
    assert (folder / sha).read_bytes() == source.read_bytes()


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("photo.JPG", "image/jpeg"),
        ("photo.jpeg", "image/jpeg"),
        ("handout.pdf", "application/pdf"),
        ("plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("notes", "application/octet-stream"),
        ("archive.xyz", "application/octet-stream"),
    ],
)
def test_the_media_type_comes_from_the_suffix(
    store: Store, meeting_id: str, tmp_path: Path, name: str, media_type: str
) -> None:
    source = tmp_path / name
    source.write_bytes(b"something")
    add_attachment(store, meeting_id=meeting_id, source=source)
    (view,) = attachments_of_meeting(store, meeting_id)
    assert view.media_type == media_type
    assert view.printable_image == media_type.startswith("image/")


def test_a_problem_can_have_attachments(store: Store, tmp_path: Path) -> None:
    problem_id = problems.create_problem(store, municipality_id="birzu-r", title="Transportas")
    attachment_id = add_attachment(store, problem_id=problem_id, source=write_png(tmp_path))
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        assert row is not None
        assert (row.problem_id, row.meeting_id) == (problem_id, None)


def test_what_cannot_be_attached_is_refused(store: Store, meeting_id: str, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="There is no file at"):
        add_attachment(store, meeting_id=meeting_id, source=tmp_path / "gone.png")
    with pytest.raises(InvalidInput, match="is a folder"):
        add_attachment(store, meeting_id=meeting_id, source=tmp_path)
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(attachments.MAX_SIZE + 1)
    with pytest.raises(
        InvalidInput, match=r"video\.mp4 is too large to attach: the limit is 25 MB"
    ):
        add_attachment(store, meeting_id=meeting_id, source=big)
    png = write_png(tmp_path)
    with pytest.raises(InvalidInput, match="either a meeting or a problem"):
        add_attachment(store, source=png)
    with pytest.raises(NotFound, match="There is no meeting"):
        add_attachment(store, meeting_id="0" * 36, source=png)
    assert attachments_of_meeting(store, meeting_id) == []
    assert not attachments_dir(store.path).exists()  # nothing kept for a refusal


def test_an_unreadable_file_is_refused(
    store: Store, meeting_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = write_png(tmp_path)
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == secret:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)  # chmod binds no root
    with pytest.raises(InvalidInput, match=r"Cannot read .*flipchart\.png: Permission denied"):
        add_attachment(store, meeting_id=meeting_id, source=secret)


def test_final_minutes_take_no_attachments_and_keep_theirs(
    store: Store, meeting_id: str, tmp_path: Path
) -> None:
    attachment_id = add_attachment(store, meeting_id=meeting_id, source=write_png(tmp_path))
    meetings.finalise_meeting(store, meeting_id)
    with pytest.raises(InvalidInput, match="The minutes are final"):
        add_attachment(store, meeting_id=meeting_id, source=write_png(tmp_path, "two.png"))
    with pytest.raises(InvalidInput, match="The minutes are final"):
        remove_attachment(store, attachment_id)
    assert len(attachments_of_meeting(store, meeting_id)) == 1


def test_removing_tombstones_the_row_and_keeps_the_file(
    store: Store, meeting_id: str, tmp_path: Path
) -> None:
    attachment_id = add_attachment(store, meeting_id=meeting_id, source=write_png(tmp_path))
    (view,) = attachments_of_meeting(store, meeting_id)
    remove_attachment(store, attachment_id)
    assert attachments_of_meeting(store, meeting_id) == []
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        assert row is not None and row.deleted
    assert view.path is not None and view.path.is_file()
    with pytest.raises(NotFound, match="There is no attachment"):
        remove_attachment(store, attachment_id)


def test_a_synced_row_without_its_file_has_no_path(
    store: Store, meeting_id: str, tmp_path: Path
) -> None:
    add_attachment(store, meeting_id=meeting_id, source=write_png(tmp_path))
    (view,) = attachments_of_meeting(store, meeting_id)
    assert view.path is not None
    view.path.unlink()  # as if the row came by sync before the file
    (view,) = attachments_of_meeting(store, meeting_id)
    assert view.path is None
    assert attachment_path(store, view.sha256) is None
    assert attachment_path(store, "../fieldkit.sqlite") is None
