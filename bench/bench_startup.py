"""Start-up budget (issue 3): from process start to an interactive main window on
the 100,000-row demo database, beside a bare PySide6 QMainWindow measured in the
same run, runs alternating so drift hits both alike.

    python bench/bench_startup.py [--db PATH] [--runs 7]

Budgets: at most 3x the bare window's time, at most 200 MiB peak memory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "startup_probe.py"


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one child process, from its start to its exit."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def child_peak(command: list[str], env: dict[str, str]) -> float:
    """Peak resident MiB of one run, measured by a fresh python parent."""
    code = (
        "import resource, subprocess, sys; "
        f"subprocess.run({command!r}, check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: make one, 100k)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-startup-") as temporary:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FIELDKIT_DATA_DIR": str(Path(temporary) / "data"),
        }
        db = args.db
        if db is None:
            db = Path(temporary) / "demo.sqlite"
            print("making the 100,000-row demo database…")
            subprocess.run(
                [sys.executable, "-m", "fieldkit", "--db", str(db), "demo", "--size", "100000"],
                env=env,
                check=True,
                capture_output=True,
            )
        ours_cmd = [sys.executable, str(PROBE), "--db", str(db)]
        bare_cmd = [sys.executable, str(PROBE), "--bare"]
        timed(ours_cmd, env)  # warm the page cache and the bytecode
        timed(bare_cmd, env)
        ours, bare, ratios = [], [], []
        for _ in range(args.runs):
            a = timed(ours_cmd, env)
            b = timed(bare_cmd, env)
            ours.append(a)
            bare.append(b)
            ratios.append(a / b)
        ours_peak = child_peak(ours_cmd, env)
        bare_peak = child_peak(bare_cmd, env)
    print(f"start-up to an interactive window, {args.runs} runs each, alternating")
    print(
        f"  fieldkit on {db.name}: median {statistics.median(ours) * 1000:6.0f} ms"
        f"  (min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})"
    )
    print(
        f"  bare QMainWindow:       median {statistics.median(bare) * 1000:6.0f} ms"
        f"  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"  ratio, pair by pair: median {statistics.median(ratios):.2f}x"
        f"  (min {min(ratios):.2f}, max {max(ratios):.2f})  budget 3x"
    )
    print(f"  peak memory: fieldkit {ours_peak:.0f} MiB, bare {bare_peak:.0f} MiB  budget 200 MiB")


if __name__ == "__main__":
    main()
