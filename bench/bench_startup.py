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
    """Wall seconds from starting the process to the first line it prints (the
    probe prints when the window is shown, or filled); the process is then ended,
    so shutting down is not counted."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - start
    if not line:
        raise SystemExit(f"the probe printed nothing: {command}")
    process.kill()
    process.wait()
    # A killed FieldKit leaves its open marker, and the next start would then run
    # the full health check of an unclean shutdown: not what is measured here.
    database = command[command.index("--db") + 1] if "--db" in command else None
    if database:
        for marker in Path(database).parent.glob(Path(database).name + ".open*"):
            marker.unlink()
    return seconds


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
        commands = {
            "shown": [sys.executable, str(PROBE), "--db", str(db), "shown"],
            "filled": [sys.executable, str(PROBE), "--db", str(db), "filled"],
            "bare": [sys.executable, str(PROBE), "--bare"],
        }
        for command in commands.values():
            timed(command, env)  # warm the page cache and the bytecode
        times: dict[str, list[float]] = {key: [] for key in commands}
        for _ in range(args.runs):
            for key, command in commands.items():
                times[key].append(timed(command, env))
        # a "shown" probe waits to be ended, so memory is read on the other two;
        # "filled" has loaded everything "shown" has and more
        peaks = {key: child_peak(commands[key], env) for key in ("bare", "filled")}
        peaks["shown"] = peaks["filled"]
    bare = times["bare"]
    print(f"start-up on {db.name}, {args.runs} runs each, interleaved")
    for key, label in (
        ("bare", "bare QMainWindow shown"),
        ("shown", "FieldKit window shown, answering input"),
        ("filled", "FieldKit first page filled with data"),
    ):
        values = times[key]
        ratios = [a / b for a, b in zip(values, bare, strict=True)]
        print(
            f"  {label:<40} median {statistics.median(values) * 1000:6.0f} ms"
            f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
            f"  ratio {statistics.median(ratios):.2f}x  peak {peaks[key]:.0f} MiB"
        )
    print("  budgets: interactive window at most 3x the bare window; peak at most 200 MiB")


if __name__ == "__main__":
    main()
