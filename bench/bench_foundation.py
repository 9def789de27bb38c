"""Foundation budgets (issue 2), each beside a floor measured in the same run.

    python bench/bench_foundation.py [--size 100000] [--db PATH]

- demo: `fieldkit demo --size N` as a whole process; floor: as many rows as it
  writes (domain rows and change-log entries) by a bare sqlite3 executemany into
  one plain table.  Budget: 30 s.
- open: open_store() on the N-row database (file checks, schema revision check,
  engine, replica id), median of repeated opens; floor: sqlite3.connect + one
  query.  Budget: 150 ms.
- search: search_everything() for one-word queries, median; floor: a bare FTS5
  MATCH on the same index with the same limit.  Budget: 10 ms.

Times are wall-clock on a shared machine: read the ratios, not the third digit.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import median_ms  # noqa: E402

from fieldkit.services.search import search_everything  # noqa: E402
from fieldkit.store import open_store  # noqa: E402
from fieldkit.store.search import match_expression  # noqa: E402

BARE = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50"
BARE_RANKED = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50"
COUNT = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
#: Typical words, then the worst realistic ones: the administrative words that
#: schema 0001 put into nearly every record ("savivaldybe", "rajono"), lone
#: letters and a common two-letter prefix (the search box after one or two
#: keystrokes).
WORDS = (
    "siauliu",
    "jaunimo",
    "bibliotek",
    "transport",
    "senjor",
    "kurs",
    "mokym",
    "savivaldybe",
    "rajono",
    "r",
    "s",
    "pa",
    "pak",
    "bib",
    "pri",
    "370",
)


def process_ms(code: str, env: dict[str, str], repeat: int = 5) -> float:
    def run() -> None:
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)

    return median_ms(run, repeat)


def bench_demo(db: Path, size: int, env: dict[str, str]) -> tuple[float, int]:
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db), "demo", "--size", str(size)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    print(f"  {result.stdout.strip()}")
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT count(*) FROM change_log").fetchone()[0]
    return seconds, rows


def bench_bare_inserts(folder: Path, rows: int) -> float:
    path = folder / "floor.sqlite"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d INTEGER)")
    with connection:
        connection.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            ((f"{i:036d}", "Šiaulių", "rajono", "savivaldybė", i) for i in range(rows)),
        )
    connection.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this demo database (skip the demo run)")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as temporary:
        folder = Path(temporary)
        env = {**os.environ, "FIELDKIT_DATA_DIR": str(folder / "data")}
        db = args.db or folder / "demo.sqlite"
        print(f"FieldKit foundation benchmark, size {args.size}, python {sys.version.split()[0]}")

        if args.db is None:
            print("\ndemo (whole process)")
            seconds, logged = bench_demo(db, args.size, env)
            with sqlite3.connect(db) as connection:
                domain_rows = sum(
                    connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for (table,) in connection.execute(
                        "SELECT DISTINCT table_name FROM change_log"
                    ).fetchall()
                )
            floor = bench_bare_inserts(folder, domain_rows + logged)
            print(f"  fieldkit demo: {seconds:8.2f} s  (budget 30 s)")
            print(f"  {domain_rows} rows, {logged} change-log entries, search index, clocks")
            print(
                f"  floor, as many bare rows ({domain_rows + logged}) in one table:"
                f" {floor:6.2f} s  -> ratio {seconds / floor:.1f}x"
            )
            print(f"  database size: {db.stat().st_size / 2**20:.0f} MiB")

        print("\nopen (in process, warm imports)")

        def open_and_close() -> None:
            open_store(db).close()

        def bare_open() -> None:
            connection = sqlite3.connect(db)
            connection.execute("SELECT count(*) FROM meta").fetchone()
            connection.close()

        open_ms = median_ms(open_and_close, max(20, args.repeat // 5))
        bare_ms = median_ms(bare_open, args.repeat)
        print(f"  open_store median: {open_ms:7.2f} ms  (budget 150 ms)")
        print(
            f"  floor, sqlite3.connect + one query: {bare_ms:7.3f} ms"
            f"  -> ratio {open_ms / bare_ms:.0f}x"
        )

        print("\nopen (whole process: start Python, import, open, close; median of 5)")
        ours_process = process_ms(
            f"from fieldkit.store import open_store; open_store({str(db)!r}).close()", env
        )
        bare_process = process_ms(
            f"import sqlite3; sqlite3.connect({str(db)!r}).execute('SELECT 1').fetchone()", env
        )
        orm_process = process_ms("import sqlalchemy.orm", env)
        print(f"  fieldkit: {ours_process:6.0f} ms")
        print(f"  floor, python + sqlite3 open: {bare_process:6.0f} ms")
        print(
            f"  floor, python + import sqlalchemy.orm: {orm_process:6.0f} ms"
            f"  -> fieldkit's own part {ours_process - orm_process:.0f} ms"
        )

        print("\nsearch (one word, limit 50, median per word)")
        store = open_store(db)
        raw = sqlite3.connect(db)
        try:
            header = ("word", "matches", "shown", "fieldkit", "bare", "ranked", "ratio")
            print("  {:<10} {:>7} {:>5} {:>10} {:>8} {:>8} {:>7}".format(*header))
            print("  (ms; bare: FTS5 MATCH LIMIT 50; ranked: the same ORDER BY rank;")
            print("   ratio: fieldkit against the ranked floor)")
            medians = []
            for word in WORDS:
                hits = len(search_everything(store, word))
                ours = median_ms(lambda w=word: search_everything(store, w), args.repeat)
                expression = match_expression(word)
                floor = median_ms(
                    lambda e=expression: raw.execute(BARE, (e,)).fetchall(), args.repeat
                )
                ranked = median_ms(
                    lambda e=expression: raw.execute(BARE_RANKED, (e,)).fetchall(), args.repeat
                )
                matching = raw.execute(COUNT, (expression,)).fetchone()[0]
                medians.append(ours)
                print(
                    f"  {word:<10} {matching:>7} {hits:>5} {ours:10.2f} {floor:8.2f} {ranked:8.2f}"
                    f" {ours / ranked:6.1f}x"
                )
            print(f"  worst word median: {max(medians):.2f} ms  (budget 10 ms)")
        finally:
            raw.close()
            store.close()


if __name__ == "__main__":
    main()
