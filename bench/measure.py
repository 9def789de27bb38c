"""How the benchmarks time a piece of work in process: one warm-up call (page
cache, lazy imports), then wall time of each repeat, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best wall time in ms, after one warm-up call."""
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    return timed(action, repeat)[0]
