"""The desktop bundle's figures (issue 7), printed, not asserted: its size on disk
with its biggest parts, and how long it takes to start, beside FieldKit started from
source by this Python in the same run (runs alternate, so drift hits both alike):

- `fieldkit-cli --version` from the bundle vs `python -m fieldkit --version`;
- `fieldkit-cli selftest` from the bundle vs `python -m fieldkit selftest`.

    python bench/bench_bundle.py [--dist dist/FieldKit] [--runs 7]

Without --dist the bundle is built first into a temporary folder (a minute or two),
and the build time is printed too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"
EXE = "fieldkit-cli.exe" if sys.platform == "win32" else "fieldkit-cli"
MIB = 1024 * 1024


def build(into: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(into / "dist"),
            "--workpath",
            str(into / "work"),
            str(SPEC),
        ],
        check=True,
        cwd=into,
    )
    return into / "dist" / "FieldKit", time.perf_counter() - start


def sizes(folder: Path) -> tuple[int, Counter[str], list[tuple[int, str]]]:
    """Total bytes, bytes by part (a top-level entry of the libraries folder, with
    PySide6 split one level further), and the biggest single files."""
    parts: Counter[str] = Counter()
    files = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        relative = path.relative_to(folder).parts
        depth = 2 if relative[0] == "_internal" else 1
        if relative[depth - 1 : depth] == ("PySide6",):
            depth += 2 if relative[depth : depth + 1] == ("Qt",) else 1
        parts["/".join(relative[: min(depth, len(relative))])] += size
        files.append((size, "/".join(relative)))
    return sum(parts.values()), parts, sorted(files, reverse=True)


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, help="an existing dist/FieldKit folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as temporary:
        folder = Path(temporary)
        if args.dist:
            bundle = args.dist.resolve()
        else:
            bundle, seconds = build(folder)
            print(f"build: {seconds:.0f} s")

        total, parts, files = sizes(bundle)
        print(f"bundle {bundle}: {total / MIB:.1f} MiB in {len(files)} files")
        print("biggest parts:")
        for name, size in parts.most_common(12):
            print(f"  {size / MIB:7.1f} MiB  {name}")
        print("biggest files:")
        for size, name in files[:6]:
            print(f"  {size / MIB:7.1f} MiB  {name}")
        archive = shutil.make_archive(str(folder / "FieldKit"), "gztar", bundle.parent, bundle.name)
        packed = Path(archive).stat().st_size / MIB
        print(f"as a .tar.gz (about what a download carries): {packed:.1f} MiB")

        home = folder / "home"
        home.mkdir()
        # the bundle with a clean environment, as on a machine with no Python
        clean = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "FIELDKIT_DATA_DIR": str(home / "data"),
        }
        if sys.platform == "win32":
            clean.update(SYSTEMROOT=os.environ["SYSTEMROOT"], USERPROFILE=str(home))
        source = {**os.environ, **clean}
        cli = str(bundle / EXE)
        commands = {
            "bundle --version": ([cli, "--version"], clean),
            "source --version": ([sys.executable, "-m", "fieldkit", "--version"], source),
            "bundle selftest": ([cli, "selftest"], clean),
            "source selftest": ([sys.executable, "-m", "fieldkit", "selftest"], source),
        }
        for command, env in commands.values():  # warm the disk cache
            timed(command, env, ROOT if env is source else home)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, env) in commands.items():
                times[name].append(timed(command, env, ROOT if env is source else home))

    print(f"start-up, {args.runs} runs each (median, best):")
    for name, values in times.items():
        print(f"  {name:18} {statistics.median(values):6.2f} s  {min(values):6.2f} s")


if __name__ == "__main__":
    main()
