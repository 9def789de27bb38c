"""Hybrid logical clock (Kulkarni et al.): wall time in milliseconds, a counter for
events within one millisecond or while the wall clock lags, and the replica id as
the final tie-break. Timestamps are totally ordered and, encoded, sort as text."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int
    replica_id: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.replica_id}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        try:
            wall, counter, replica_id = text.split("-", 2)
            if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not replica_id:
                raise ValueError
            return cls(int(wall), int(counter), replica_id)
        except ValueError:
            raise ValueError(f"not a FieldKit clock reading: {text!r}") from None


class HybridLogicalClock:
    """Issues timestamps for one replica. Never goes backwards, even when the
    machine's clock does; `observe` folds in timestamps seen from other replicas so
    that a change made after seeing another always sorts after it."""

    def __init__(
        self,
        replica_id: str,
        last: Timestamp | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.replica_id = replica_id
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Timestamp:
        return Timestamp(self._wall, self._counter, self.replica_id)

    def tick(self) -> Timestamp:
        """A timestamp for a local event."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._bump()
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp received from another replica; returns the new reading."""
        now = self._now_ms()
        wall = max(self._wall, remote.wall_ms, now)
        if wall == self._wall == remote.wall_ms:
            counter = max(self._counter, remote.counter) + 1
        elif wall == self._wall:
            counter = self._counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._wall, self._counter = wall, counter
        if self._counter > MAX_COUNTER:
            self._wall, self._counter = self._wall + 1, 0
        return self.last

    def _bump(self) -> None:
        self._counter += 1
        if self._counter > MAX_COUNTER:
            # A million events in one millisecond: borrow the next millisecond rather
            # than let the counter overflow its digits and break the text order.
            self._wall, self._counter = self._wall + 1, 0
