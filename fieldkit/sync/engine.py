"""One sync: push this replica's unpushed changes as bundles (attachments first),
pull the other replicas' bundles past their high-water marks and merge them, then
publish the documents for colleagues without FieldKit.

Every step can be interrupted (the network goes, the laptop is shut) and the next
sync finishes the work: a bundle is applied and its replica's mark moved in one
transaction; the pushed mark moves only after the bundle is in place, and a
bundle found already in place is compared, never overwritten."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import logging
import re
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldkit import __version__
from fieldkit.errors import QT_TRANSLATE_NOOP, NotFound, RemoteRefused, Sentence, SyncError
from fieldkit.model.base import format_utc, parse_utc
from fieldkit.store import Store
from fieldkit.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from fieldkit.sync import bundle
from fieldkit.sync.bundle import BundleFault, Change, Fault
from fieldkit.sync.identity import BUNDLE_PREV, REMOTE_ID, REMOTE_URL, take_new_replica_id
from fieldkit.sync.merge import FIELDS, MergeResult, merge_changes, take_held_changes
from fieldkit.sync.recording import LAST_SYNC, PUSHED_SEQ, read_meta, write_meta
from fieldkit.sync.remote import BLOBS, CHANGES, MARKER, Entry, Remote
from fieldkit.sync.report import Progress, SyncReport, finish_run, start_run

log = logging.getLogger(__name__)


MARKER_FORMAT = 1

DAY_MS = 24 * 3600 * 1000
CLOCK_WARNING = dt.timedelta(minutes=5)
# A listing hint is trusted for at most this long; then the folder is listed whole.
HINT_LIFETIME = dt.timedelta(hours=1)
# Listing times have one-second steps: a folder modified in the very second it was
# listed may have taken a file after the listing without its time changing.
HINT_SETTLE = dt.timedelta(seconds=1)
REPLICA_NAME = re.compile(r"^[0-9a-f]{32}$")
SHA256_NAME = re.compile(r"^[0-9a-f]{64}$")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Sync:
    def __init__(
        self,
        store: Store,
        remote: Remote,
        report: SyncReport,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self.store = store
        self.remote = remote
        self.report = report
        self.progress = progress or (lambda stage, done, total: None)
        self.cancel = cancel
        self.hints: dict[str, tuple[str, dt.datetime]] = {}
        self.new_hints: dict[str, str] = {}
        self.blobs_on_remote: set[str] | None = None
        with store.read() as session:
            self.replica_id = str(read_meta(session, "replica_id")["replica_id"])
            for folder, hint, checked in session.execute(
                text("SELECT folder, hint, checked_at FROM sync_listing_hint")
            ):
                self.hints[folder] = (hint, parse_utc(checked))

    # -- helpers -------------------------------------------------------------

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "The sync was stopped before it finished."))

    def warn(self, template: str, **params: object) -> None:
        sentence = Sentence(template, params)
        log.warning("sync: %s", sentence)
        self.report.warnings.append(str(sentence))
        self.report.notes.append(sentence)

    def unchanged(self, folder: str, entry: Entry) -> bool:
        """True when the remote's hint says the folder has not changed since it was
        last listed whole, and the hint is recent and settled enough to believe."""
        if not entry.hint:
            return False
        known = self.hints.get(folder)
        if known is None or known[0] != entry.hint:
            return False
        return _now() - known[1] < HINT_LIFETIME

    def listed(self, folder: str, hint: str) -> None:
        """Remember the hint of a folder just listed whole (unless it is so fresh
        that a file written in the same second might not be in the listing)."""
        server = self.remote.server_time() or _now()
        modified = _hint_time(hint)
        if hint and (modified is None or server - modified >= HINT_SETTLE):
            self.new_hints[folder] = hint

    # -- the steps -------------------------------------------------------------

    def run(self) -> None:
        root = self.check_remote()
        self.check_clock()
        if CHANGES not in root:
            self.remote.make_folders(CHANGES)
        if BLOBS not in root:
            self.remote.make_folders(BLOBS)
        replicas = {e.name: e for e in self.remote.list(CHANGES) or [] if e.is_folder}
        self.check_identity(replicas)
        self.push()
        self.pull(replicas)
        self.retry_held()
        self.fetch_blobs()
        self.save_state()

    def check_remote(self) -> dict[str, Entry]:
        """The remote's root, with its marker checked (or written, on a new remote).
        A remote of another team, or one that was emptied, never deletes anything
        here: only tombstones delete."""
        root = self.remote.list("")
        if root is None:
            self.remote.make_folders("")
            root = []
        entries = {e.name: e for e in root}
        with self.store.read() as session:
            meta = read_meta(session, REMOTE_ID, REMOTE_URL)
        same_remote = meta.get(REMOTE_URL) == self.remote.display_url
        marker = entries.get(MARKER)
        if marker is None:
            if same_remote and meta.get(REMOTE_ID):
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The remote {url} looks emptied (its marker is gone); nothing was "
                        "deleted here.",
                    ),
                    url=self.remote.display_url,
                )
            remote_id = meta.get(REMOTE_ID) if same_remote and meta.get(REMOTE_ID) else None
            remote_id = remote_id or str(uuid.uuid4())
            content = {
                "fieldkit_remote": MARKER_FORMAT,
                "remote_id": remote_id,
                "created_by": self.replica_id,
                "created_at": format_utc(_now()),
                "fieldkit_version": __version__,
            }
            data = json.dumps(content, indent=2, sort_keys=True).encode() + b"\n"
            if not self.remote.write_new(MARKER, data):
                remote_id = self.read_marker()  # another laptop was quicker
        elif same_remote and meta.get(REMOTE_ID) and self.unchanged(MARKER, marker):
            remote_id = meta[REMOTE_ID]
        else:
            remote_id = self.read_marker()
            if marker.hint:
                self.new_hints[MARKER] = marker.hint
        if same_remote and meta.get(REMOTE_ID) and meta[REMOTE_ID] != remote_id:
            raise RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{url} now holds another FieldKit team's data (its marker changed); "
                    "nothing was synced. Check the remote in the sync settings.",
                ),
                url=self.remote.display_url,
            )
        self.remote_id = remote_id
        return entries

    def read_marker(self) -> str:
        try:
            content = json.loads(self.remote.read(MARKER))
            if content["fieldkit_remote"] > MARKER_FORMAT:
                raise RemoteRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The remote was set up by a newer FieldKit; update FieldKit to sync.",
                    )
                )
            return str(content["remote_id"])
        except (ValueError, KeyError, TypeError):
            raise RemoteRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{url} holds a {marker} that FieldKit cannot read; nothing was synced.",
                ),
                url=self.remote.display_url,
                marker=MARKER,
            ) from None

    def check_clock(self) -> None:
        server = self.remote.server_time()
        now = _now()
        self.hold_after_ms = int(max(now, server or now).timestamp() * 1000) + DAY_MS
        if server is not None and abs(server - now) > CLOCK_WARNING:
            minutes = round(abs(server - now).total_seconds() / 60)
            if server > now:
                template = QT_TRANSLATE_NOOP(
                    "Errors",
                    "This computer's clock is {minutes} minutes behind the remote's; check "
                    "the date and time settings.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Errors",
                    "This computer's clock is {minutes} minutes ahead of the remote's; check "
                    "the date and time settings.",
                )
            self.warn(template, minutes=minutes)

    # -- identity --------------------------------------------------------------

    def own_bundles(self, replicas: dict[str, Entry]) -> list[tuple[int, int, str]] | None:
        entry = replicas.get(self.replica_id)
        if entry is None:
            return []
        folder = f"{CHANGES}/{self.replica_id}"
        if self.unchanged(folder, entry):
            return None  # nothing new there since it was last listed
        return self.list_bundles(folder, entry)

    def list_bundles(
        self, folder: str, entry: Entry, *, remember: bool = True
    ) -> list[tuple[int, int, str]]:
        found = []
        strangers = []
        for item in self.remote.list(folder) or []:
            seqs = None if item.is_folder else bundle.parse_name(item.name)
            if seqs is None and item.name.endswith(".tmp"):
                continue  # an upload under way (or cut off): never a bundle, not news
            if seqs is None:
                strangers.append(item.name)
            else:
                found.append((*seqs, item.name))
        if strangers:
            self.warn(
                QT_TRANSLATE_NOOP(
                    "Errors", "Ignored files in {folder} that FieldKit did not write: {names}."
                ),
                folder=folder,
                names=", ".join(sorted(strangers)[:5]) + (" …" if len(strangers) > 5 else ""),
            )
        if remember:
            self.listed(folder, entry.hint)
        return sorted(found)

    def read_marks(self, session: Session) -> tuple[int, int]:
        """(pushed_seq, bundle_prev) on this remote."""
        keys = (f"{PUSHED_SEQ}@{self.remote_id}", f"{BUNDLE_PREV}@{self.remote_id}")
        meta = read_meta(session, *keys)
        return int(meta.get(keys[0]) or 0), int(meta.get(keys[1]) or 0)

    def save_marks(self, session: Session, pushed: int, prev: int) -> None:
        write_meta(
            session,
            **{
                f"{PUSHED_SEQ}@{self.remote_id}": pushed,
                f"{BUNDLE_PREV}@{self.remote_id}": prev,
                PUSHED_SEQ: pushed,
            },
        )

    def check_identity(self, replicas: dict[str, Entry]) -> None:
        """A remote that holds more of this replica than this database pushed means
        a copied database or a restored backup (or a sync killed after its upload):
        bundles equal to our own log are ours; any other makes this database take
        a new replica id, so that no (replica, sequence) pair is ever reused. A
        remote that holds less than was pushed there lost it (emptied, or restored
        from an old copy): the whole log goes there again."""
        bundles = self.own_bundles(replicas)
        if bundles is None:
            return
        with self.store.read() as session:
            pushed, _ = self.read_marks(session)
        if pushed and (not bundles or bundles[-1][1] < pushed):
            self.warn(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The remote does not hold all of this laptop's changes any more (emptied "
                    "or restored?); they are sent again.",
                )
            )
            with self.store.write() as session:
                self.save_marks(session, 0, 0)
            pushed = 0
        for first, last, name in bundles:
            if last <= pushed:
                continue
            if first == pushed + 1 and self.is_ours(name, first, last):
                with self.store.write() as session:
                    self.save_marks(session, last, last)
                pushed = last
                continue
            self.take_new_replica_id(pushed)
            return

    def is_ours(self, name: str, first: int, last: int) -> bool:
        try:
            data = self.remote.read(f"{CHANGES}/{self.replica_id}/{name}")
        except NotFound:
            return False
        with self.store.read() as session:
            _, prev = self.read_marks(session)
            rows = self.log_rows(session, first - 1, last - first + 1)
        if not rows or rows[-1][0] != last:
            return False
        mine = bundle.encode(self.replica_id, SCHEMA_HEAD, prev, rows)
        return _body_sha(mine) == _body_sha(data)

    def take_new_replica_id(self, pushed: int) -> None:
        new = take_new_replica_id(self.store, self.replica_id, pushed)
        self.replica_id = new
        self.report.new_replica_id = new
        self.warn(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was copied from another computer (or restored from a "
                "backup); it now syncs under a new replica id so that both copies' changes "
                "are kept.",
            )
        )

    # -- push ------------------------------------------------------------------

    @staticmethod
    def log_rows(
        session: Session, after: int, limit: int
    ) -> list[tuple[int, str, str, str, str, str, str]]:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.connection().exec_driver_sql(
                "SELECT seq, hlc, table_name, row_id, field, value, base FROM change_log "
                "WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, limit),
            )
        ]

    def push(self) -> None:
        with self.store.read() as session:
            pushed, prev = self.read_marks(session)
            newest = session.execute(text("SELECT max(seq) FROM change_log")).scalar() or 0
        if newest <= pushed:
            return
        folder = f"{CHANGES}/{self.replica_id}"
        self.remote.make_folders(folder)
        total = newest - pushed
        while pushed < newest:
            self.check_cancel()
            with self.store.read() as session:
                rows = self.log_rows(session, pushed, bundle.MAX_CHANGES)
            if not rows:
                break
            self.push_blobs(rows)
            data = bundle.encode(self.replica_id, SCHEMA_HEAD, prev, rows)
            first, last = rows[0][0], rows[-1][0]
            name = f"{folder}/{bundle.bundle_name(first, last)}"
            if not self.remote.write_new(name, data):
                if _body_sha(self.remote.read(name)) != _body_sha(data):
                    # Someone else pushed under our id: become a new replica and
                    # push these changes again under it.
                    self.take_new_replica_id(pushed)
                    self.push()
                    return
            else:
                self.report.sent_bytes += len(data)
            with self.store.write() as session:
                self.save_marks(session, last, last)
            pushed = prev = last
            self.report.sent_changes += len(rows)
            self.report.sent_bundles += 1
            self.progress("push", min(total, last - (newest - total)), total)

    def push_blobs(self, rows: list[tuple[int, str, str, str, str, str, str]]) -> None:
        """Attachments go up before the bundle that names them."""
        from fieldkit.services.attachments import attachment_path

        wanted = {
            json.loads(value)
            for _, _, table, _, name, value, _ in rows
            if table == "attachment" and name == "sha256"
        }
        wanted = {w for w in wanted if isinstance(w, str) and SHA256_NAME.match(w)}
        if not wanted:
            return
        if self.blobs_on_remote is None:
            self.blobs_on_remote = {e.name for e in self.remote.list(BLOBS) or []}
        for done, sha in enumerate(sorted(wanted - self.blobs_on_remote), 1):
            self.check_cancel()
            path = attachment_path(self.store, sha)
            if path is None:
                continue  # it never reached this computer either; whoever has it sends it
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The attached file {sha}… is damaged on this computer; not sent."
                    ),
                    sha=sha[:12],
                )
                continue
            if self.remote.write_new(f"{BLOBS}/{sha}", data):
                self.report.sent_blobs += 1
                self.report.sent_bytes += len(data)
            self.blobs_on_remote.add(sha)
            self.progress("blobs", done, len(wanted))

    # -- pull ------------------------------------------------------------------

    def pull(self, replicas: dict[str, Entry]) -> None:
        with self.store.read() as session:
            marks = dict(
                session.execute(text("SELECT replica_id, applied_seq FROM sync_peer")).all()
            )
        others = []
        for name, entry in sorted(replicas.items()):
            if name == self.replica_id:
                continue
            if not REPLICA_NAME.match(name):
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Ignored the folder {folder}: FieldKit did not write it."
                    ),
                    folder=f"{CHANGES}/{name}",
                )
                continue
            folder = f"{CHANGES}/{name}"
            if self.unchanged(folder, entry):
                continue
            others.append((name, folder, entry, self.list_bundles(folder, entry, remember=False)))
        for name, folder, entry, bundles in others:
            if self.pull_replica(name, bundles, int(marks.get(name) or 0)):
                # Only a folder pulled to its end may be skipped while unchanged: a
                # bundle set aside may be made whole in place, without a new time.
                self.listed(folder, entry.hint)

    def pull_replica(self, replica: str, bundles: list[tuple[int, int, str]], mark: int) -> bool:
        """Apply the replica's bundles past its mark, in order; False when it had to
        stop early (a bundle set aside, or an earlier one not arrived yet)."""
        for _first, last, name in bundles:
            if last <= mark:
                continue
            self.check_cancel()
            path = f"{CHANGES}/{replica}/{name}"
            data = self.remote.read(path)
            self.report.received_bytes += len(data)
            try:
                with _without_cycle_collection():
                    header, changes = bundle.decode(
                        data,
                        replica_id=replica,
                        name=name,
                        known_schemas=KNOWN_REVISIONS,
                        fields=FIELDS,
                    )
            except BundleFault as fault:
                self.set_aside(path, replica, fault)
                return False  # the mark does not pass it; later bundles wait behind it
            if header.prev_seq > mark:
                return False  # an earlier bundle has not arrived yet (a cloud drive lags)
            with _without_cycle_collection():
                self.apply(replica, header, changes, path)
            mark = max(mark, last)
            self.progress("pull", self.report.received_bundles, len(bundles))
        return True

    def apply(
        self, replica: str, header: bundle.Header, changes: list[Change], path: str
    ) -> MergeResult | None:
        with self.store.write() as session:
            # Read again inside the transaction: another sync of this database
            # (the window's and a script's) may have applied it meanwhile.
            mark = session.execute(
                text("SELECT applied_seq FROM sync_peer WHERE replica_id = :r"), {"r": replica}
            ).scalar()
            if mark is not None and mark >= header.last_seq:
                return None
            result = merge_changes(session, changes, hold_after_ms=self.hold_after_ms)
            session.execute(
                text(
                    "INSERT INTO sync_peer (replica_id, applied_seq, applied_at) "
                    "VALUES (:r, :s, :t) ON CONFLICT (replica_id) DO UPDATE "
                    "SET applied_seq = excluded.applied_seq, applied_at = excluded.applied_at"
                ),
                {"r": replica, "s": header.last_seq, "t": format_utc(_now())},
            )
            session.execute(text("DELETE FROM sync_set_aside WHERE path = :p"), {"p": path})
        self.report.received_changes += len(changes)
        self.report.received_bundles += 1
        self.report.conflicts += result.conflicts
        self.report.held += result.held
        return result

    def set_aside(self, path: str, replica: str, fault: BundleFault) -> None:
        if fault.fault is Fault.NEWER_SCHEMA:
            sentence = Sentence(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} was written by a newer FieldKit ({detail}); update FieldKit to "
                    "receive it. Nothing is lost meanwhile.",
                ),
                {"path": path, "detail": fault.detail},
            )
        else:
            sentence = Sentence(
                QT_TRANSLATE_NOOP("Errors", "{path} was set aside: {detail}. The rest was synced."),
                {"path": path, "detail": fault.detail},
            )
        self.report.set_aside.append(str(sentence))
        self.report.notes.append(sentence)
        log.warning("sync: %s", sentence)
        with self.store.write() as session:
            session.execute(
                text(
                    "INSERT INTO sync_set_aside (path, replica_id, reason, detail, noticed_at) "
                    "VALUES (:p, :r, :reason, :d, :t) ON CONFLICT (path) DO UPDATE "
                    "SET reason = excluded.reason, detail = excluded.detail"
                ),
                {
                    "p": path,
                    "r": replica,
                    "reason": fault.fault.value,
                    "d": fault.detail,
                    "t": format_utc(_now()),
                },
            )

    def retry_held(self) -> None:
        with self.store.read() as session:
            if not session.execute(text("SELECT 1 FROM sync_held_change LIMIT 1")).first():
                return
        with self.store.write() as session:
            held = take_held_changes(session)
            result = merge_changes(session, held, hold_after_ms=self.hold_after_ms)
        self.report.conflicts += result.conflicts
        self.report.held = result.held

    def fetch_blobs(self) -> None:
        """Files of attachments that arrived before their file: fetched now, kept
        only when their content has the hash they are named by."""
        from fieldkit.services.attachments import attachment_path, keep_blob

        with self.store.read() as session:
            wanted = sorted(
                sha
                for (sha,) in session.execute(
                    text("SELECT DISTINCT sha256 FROM attachment WHERE deleted = 0")
                )
                if SHA256_NAME.match(sha)
            )
        missing = [sha for sha in wanted if attachment_path(self.store, sha) is None]
        waiting = 0
        for done, sha in enumerate(missing, 1):
            self.check_cancel()
            try:
                data = self.remote.read(f"{BLOBS}/{sha}")
            except NotFound:
                waiting += 1
                continue
            self.report.received_bytes += len(data)
            if hashlib.sha256(data).hexdigest() != sha:
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The attached file {path} on the remote is damaged; not taken."
                    ),
                    path=f"{BLOBS}/{sha}",
                )
                continue
            keep_blob(self.store, sha, data)
            self.report.received_blobs += 1
            self.progress("blobs", done, len(missing))
        if waiting:
            self.warn(
                QT_TRANSLATE_NOOP(
                    "Errors", "Attached files not on the remote yet: {count}; they follow later."
                ),
                count=waiting,
            )

    def save_state(self) -> None:
        now = format_utc(_now())
        with self.store.write() as session:
            for folder, hint in self.new_hints.items():
                session.execute(
                    text(
                        "INSERT INTO sync_listing_hint (folder, hint, checked_at) "
                        "VALUES (:f, :h, :t) ON CONFLICT (folder) DO UPDATE "
                        "SET hint = excluded.hint, checked_at = excluded.checked_at"
                    ),
                    {"f": folder, "h": hint, "t": now},
                )
            write_meta(
                session,
                **{LAST_SYNC: now, REMOTE_ID: self.remote_id, REMOTE_URL: self.remote.display_url},
            )


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A bundle is 50,000 small lists and tuples made at once, none of them in a
    cycle: Python's cycle collector would walk them over and over for nothing
    (a third of a first sync's time). Reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    report = SyncReport(remote=remote.display_url)
    run_id = start_run(store, remote.display_url)
    requests_before = remote.requests
    try:
        work = _Sync(store, remote, report, progress, cancel)
        work.run()
        if publish:
            from fieldkit.sync.publish import publish_documents

            changed = bool(report.sent_changes or report.received_changes)
            report.published = publish_documents(
                store, remote, work.check_cancel, work.warn, changed=changed
            )
    except SyncError as error:
        report.requests = remote.requests - requests_before
        finish_run(store, run_id, report, "failed", Sentence.of(error))
        raise
    except BaseException:
        report.requests = remote.requests - requests_before
        unexpected = Sentence(
            QT_TRANSLATE_NOOP("Errors", "The sync stopped on an unexpected error.")
        )
        finish_run(store, run_id, report, "failed", unexpected)
        raise
    report.requests = remote.requests - requests_before
    outcome = "warning" if report.warnings or report.set_aside else "ok"
    finish_run(store, run_id, report, outcome, report.summary())
    return report


def _hint_time(hint: str) -> dt.datetime | None:
    """The modification time inside a hint, when it holds one."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(hint.split("|")[0]).astimezone(dt.UTC)
    except (TypeError, ValueError, IndexError):
        return None


def _body_sha(data: bytes) -> str | None:
    """The checksum a bundle's header declares (equal bodies, equal bundles, even if
    two zlib versions compress them differently)."""
    import gzip

    try:
        head = gzip.decompress(data).split(b"\n", 1)[0]
        return str(json.loads(head)["sha256"])
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None
