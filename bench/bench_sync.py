"""Budgets of sync (issue 5), printed, not asserted:

- the first sync of the 100,000-row demo database to a folder remote, then into an
  empty second database: each under 15 s (beside the floor of the same run:
  reading the change log and gzipping it; inflating and parsing the bundles);
- a sync with nothing new: at most 2 HTTP requests to WebDAV (wsgidav on
  loopback), under 100 ms (beside one bare PROPFIND round trip);
- one edited field: the upload under 4 KB, and a sync that costs the same on the
  100,000-row database as on a small one.

    python bench/bench_sync.py [--db /tmp/d100.sqlite] [--size 100000]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import median_ms  # noqa: E402
from sqlalchemy import text  # noqa: E402

from fieldkit.model import Organization  # noqa: E402
from fieldkit.services.demo import generate_demo  # noqa: E402
from fieldkit.store import Store, open_store  # noqa: E402
from fieldkit.sync.engine import sync  # noqa: E402
from fieldkit.sync.folder import FolderRemote  # noqa: E402
from fieldkit.sync.webdav import WebDavRemote  # noqa: E402
from tests.sync.servers import start_wsgidav  # noqa: E402


def once(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def edit_one_field(store: Store, name: str) -> None:
    with store.write() as session:
        org = session.execute(text("SELECT id FROM organization LIMIT 1")).scalar()
        session.get(Organization, org).name = name


def floor_push(store: Store) -> float:
    """Reading every change-log entry and gzipping it: what any push must do."""
    start = time.perf_counter()
    with store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT seq, hlc, table_name, row_id, field, value, base FROM change_log"
        )
        body = "".join("\t".join(map(str, r)) + "\n" for r in rows)
    gzip.compress(body.encode(), compresslevel=6)
    return time.perf_counter() - start


def floor_pull(remote_root: Path) -> float:
    """Inflating and parsing every bundle: what any pull must do before it writes."""
    start = time.perf_counter()
    for path in sorted((remote_root / "changes").rglob("*.jsonl.gz")):
        raw = gzip.decompress(path.read_bytes()).decode()
        body = raw.split("\n", 1)[1].rstrip("\n")
        json.loads("[" + body.replace("\n", ",") + "]")
    return time.perf_counter() - start


def floor_write(source: Path, target: Path) -> float:
    """Copying every synced row into an empty database with plain SQL (search index
    triggers firing as they do for any insert): what any pull must write."""
    from fieldkit.model import SYNCABLE_CLASSES

    with open_store(target) as store, store.write() as session:
        connection = session.connection()
        connection.exec_driver_sql(f"ATTACH DATABASE '{source}' AS source")
        start = time.perf_counter()
        for model in SYNCABLE_CLASSES:
            name = model.__tablename__  # type: ignore[attr-defined]
            columns = ", ".join(c.name for c in model.__table__.columns)  # type: ignore[attr-defined]
            connection.exec_driver_sql(
                f"INSERT OR IGNORE INTO main.{name} ({columns}) SELECT {columns} FROM source.{name}"
            )
        elapsed = time.perf_counter() - start
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a demo database to copy (made if missing)")
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        a_path = work / "a.db"
        if args.db and args.db.exists():
            shutil.copy(args.db, a_path)
        else:
            print(f"making the {args.size:,}-row demo database …", flush=True)
            with open_store(a_path) as store:
                generate_demo(store, size=args.size, seed=2)
            if args.db:
                shutil.copy(a_path, args.db)
        remote = FolderRemote(work / "remote")
        print("\n1. first sync of the demo database, then into an empty one (budget 15 s each)")
        with open_store(a_path) as a:
            with a.read() as session:
                entries = session.execute(text("SELECT count(*) FROM change_log")).scalar()
            push_floor = floor_push(a)
            seconds, report = once(lambda: sync(a, remote, publish=False))
        print(
            f"   push: {seconds:6.2f} s  {report.sent_changes:,} changes of {entries:,} in "
            f"{report.sent_bundles} bundles, {report.sent_bytes / 2**20:.1f} MiB "
            f"(floor: read + gzip the log {push_floor:.2f} s, ratio {seconds / push_floor:.1f})"
        )
        pull_floor = floor_pull(remote.root) + floor_write(a_path, work / "floor.db")
        with open_store(work / "b.db") as b:
            seconds, report = once(lambda: sync(b, remote, publish=False))
        print(
            f"   pull: {seconds:6.2f} s  {report.received_changes:,} changes into an empty "
            f"database (floor: inflate + parse the bundles, insert the same rows by SQL "
            f"{pull_floor:.2f} s, ratio {seconds / pull_floor:.1f})"
        )

        print("\n2. a sync with nothing new, WebDAV on loopback (budget 2 requests, 100 ms)")
        served = work / "dav"
        served.mkdir()
        server = start_wsgidav(served, None, work / "wsgidav.log")
        try:
            url = server.base_url
            small = work / "small.db"
            with open_store(small) as store:
                generate_demo(store, size=300, seed=5)
                dav = WebDavRemote(url)
                sync(store, dav, publish=False)
                time.sleep(1.1)  # listing times have one-second steps; let them settle
                sync(store, dav, publish=False)
                before = dav.requests
                quiet = median_ms(lambda: sync(store, dav, publish=False), 15)
                per_sync = (dav.requests - before) / 16
            connection = http.client.HTTPConnection("127.0.0.1", server.port)

            def propfind() -> None:
                connection.request("PROPFIND", "/", headers={"Depth": "1"})
                connection.getresponse().read()

            bare = median_ms(propfind, 15)
            print(
                f"   {quiet:6.1f} ms median, {per_sync:.0f} requests per sync "
                f"(floor: one bare PROPFIND {bare:.1f} ms, ratio {quiet / bare:.1f})"
            )
        finally:
            server.stop()

        print("\n3. one edited field (budget: upload under 4 KB; cost independent of size)")
        costs = {}
        for label, path in (("100,000-row", a_path), ("300-row", small)):
            with open_store(path) as store:
                edit_remote = FolderRemote(work / f"remote-{label}")
                sync(store, edit_remote, publish=False)
                times = []
                sizes = []
                for n in range(7):
                    edit_one_field(store, f"Pervadinta {n}")
                    seconds, report = once(
                        lambda store=store, remote=edit_remote: sync(store, remote, publish=False)
                    )
                    times.append(seconds * 1000)
                    sizes.append(report.sent_bytes)
                costs[label] = statistics.median(times)
                print(
                    f"   {label:>11} database: {costs[label]:6.1f} ms median, "
                    f"upload {max(sizes):,} bytes"
                )
        print(f"   ratio big/small: {costs['100,000-row'] / costs['300-row']:.2f}")


if __name__ == "__main__":
    main()
