"""Budgets of imports and exports (issue 6), printed, not asserted:

- import of 20,000 contacts from a Lithuanian Excel CSV (Windows-1257, `;`), with
  duplicate detection against the database and within the file, under 5 s; beside
  csv.reader reading the same file in the same run (what parsing alone costs);
- XLSX export of the 100,000-row demo database under 15 s; beside openpyxl in
  write-only mode writing the same number of plain cells (what openpyxl costs).

    python bench/bench_transfer.py [--db /tmp/d100.sqlite]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fieldkit.io.export_tables import TABLES  # noqa: E402
from fieldkit.io.spreadsheet import export_xlsx  # noqa: E402
from fieldkit.io.tabular import read_table  # noqa: E402
from fieldkit.model import Contact  # noqa: E402
from fieldkit.services import demo_vocabulary as words  # noqa: E402
from fieldkit.services import importing  # noqa: E402
from fieldkit.services.demo import generate_demo  # noqa: E402
from fieldkit.store import open_store  # noqa: E402
from fieldkit.store.bulk import insert_rows  # noqa: E402

FIRST = [*words.FEMALE_FIRST_NAMES, *words.MALE_FIRST_NAMES]
LAST = [form for pair in words.SURNAMES for form in pair]
PLACES = ["Biržų r.", "Utenos rajono savivaldybė", "Vilniaus m.", "Siauliu m", "Kauno r."]
ROLES = ["direktorė", "vedėjas", "bibliotekininkė", "seniūnas", 'pirmininkė; "Aktyvistai"']


def contacts_csv(path: Path, rows: int, seed: int = 6) -> None:
    """A partner list as Lithuanian Excel saves it, with 2 % repeated people."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp1257", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            ["Vardas", "Pavardė", "Organizacija", "Pareigos", "Telefonas", "El. paštas",
             "Savivaldybė", "Pastabos"]
        )  # fmt: skip
        for index in range(rows):
            number = index if rng.random() > 0.02 else rng.randrange(max(index, 1))
            writer.writerow(
                [
                    rng.choice(FIRST),
                    rng.choice(LAST),
                    f"Bendruomenė Nr. {number % 500}",
                    rng.choice(ROLES),
                    f"8 6{number % 100:02d} {number:05d}",
                    f"asmuo{number}@pavyzdys.lt",
                    rng.choice(PLACES),
                    "Susitikime Biržuose; domisi projektais" if index % 7 == 0 else "",
                ]
            )


def bench_import(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "partneriai.csv"
        contacts_csv(source, rows)
        template = Path(folder) / "empty.sqlite"
        open_store(template, create=True).close()

        start = time.perf_counter()
        with source.open(encoding="cp1257", newline="") as handle:
            parsed = sum(1 for _ in csv.reader(handle, delimiter=";"))
        floor = time.perf_counter() - start

        runs = []
        for run in range(3):
            database = Path(folder) / f"run{run}.sqlite"
            shutil.copyfile(template, database)
            with open_store(database) as store:
                start = time.perf_counter()
                table = read_table(source)
                mapping = importing.guess_mapping(table.headers)
                plan = importing.apply_import(store, table.rows, mapping)
                runs.append(time.perf_counter() - start)
        with open_store(database) as store:
            start = time.perf_counter()
            preview = importing.plan_import(store, table.rows, mapping)
            again = time.perf_counter() - start

        # the house's bulk path alone (what the demo uses), same people, no file
        database = Path(folder) / "bulk.sqlite"
        shutil.copyfile(template, database)
        people = [
            {"first_name": cells[0], "last_name": cells[1], "role": cells[3], "phone": cells[4],
             "email": cells[5], "notes": cells[7] if len(cells) > 7 else ""}
            for _, cells in table.rows
        ]  # fmt: skip
        with open_store(database) as store:
            start = time.perf_counter()
            with store.write() as session:
                insert_rows(session, Contact, people)
            bulk = time.perf_counter() - start
    print(
        f"import of {rows:,} contacts from CSV: best {min(runs):.2f} s, worst {max(runs):.2f} s"
        f" ({plan.created:,} created, {plan.skipped:,} skipped as duplicates,"
        f" {len(plan.new_organizations)} organisations) (budget 5 s)"
    )
    print(f"csv.reader over the same file ({parsed:,} rows): {floor:.3f} s")
    print(f"store.bulk.insert_rows of the same {rows:,} people (logged for sync): {bulk:.2f} s")
    print(
        f"preview of the same file against those {plan.created:,} contacts: {again:.2f} s"
        f" ({preview.skipped:,} known)"
    )


def bench_xlsx(database: Path) -> None:
    if not database.exists():
        print(f"{database} missing: making a 100,000-row demo database (a few minutes)")
        with open_store(database, create=True) as store:
            generate_demo(store, size=100_000)
    with tempfile.TemporaryDirectory() as folder, open_store(database) as store:
        target = Path(folder) / "export.xlsx"
        start = time.perf_counter()
        counts = export_xlsx(store, target)
        elapsed = time.perf_counter() - start
        size = target.stat().st_size
        cells = sum(counts[t.name] * len(t.columns) for t in TABLES)

        from openpyxl import Workbook

        start = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("plain")
        width = 12
        row = ["Biržų rajono savivaldybė"] * (width // 2) + [12345] * (width - width // 2)
        for _ in range(cells // width):
            sheet.append(row)
        workbook.save(Path(folder) / "plain.xlsx")
        floor = time.perf_counter() - start
    print(
        f"XLSX export of {database.name} ({sum(counts.values()):,} rows in 5 sheets, {cells:,}"
        f" cells, {size // 1024:,} KiB): {elapsed:.2f} s (budget 15 s)"
    )
    print(f"openpyxl write-only, {cells:,} plain cells in one sheet: {floor:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/d100.sqlite"))
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    bench_import(args.rows)
    bench_xlsx(args.db)


if __name__ == "__main__":
    main()
