"""The hybrid logical clock: every timestamp a replica issues sorts after the last,
whatever the machine's clock does, and timestamps from all replicas are totally
ordered, as text as well as as values (the change log sorts them as text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.sync.hlc import MAX_COUNTER, HybridLogicalClock, Timestamp


class FakeWallClock:
    """A wall clock the test moves by hand, backwards included."""

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms

    def __call__(self) -> int:
        return self.now_ms


def test_tick_follows_the_wall_clock_when_it_moves_forward() -> None:
    wall = FakeWallClock(1_000)
    clock = HybridLogicalClock("a", now_ms=wall)
    first = clock.tick()
    wall.now_ms = 2_000
    second = clock.tick()
    assert (first.wall_ms, first.counter) == (1_000, 0)
    assert (second.wall_ms, second.counter) == (2_000, 0)


def test_events_within_one_millisecond_are_ordered_by_the_counter() -> None:
    clock = HybridLogicalClock("a", now_ms=FakeWallClock(5_000))
    stamps = [clock.tick() for _ in range(3)]
    assert [s.counter for s in stamps] == [0, 1, 2]
    assert stamps == sorted(stamps)


def test_stays_monotonic_when_the_wall_clock_jumps_backwards() -> None:
    """A laptop whose clock is corrected by NTP, or set by hand to yesterday."""
    wall = FakeWallClock(1_000_000)
    clock = HybridLogicalClock("a", now_ms=wall)
    before = clock.tick()
    wall.now_ms = 1_000  # an hour and more into the past
    after = [clock.tick() for _ in range(5)]
    assert all(stamp > before for stamp in after)
    assert after == sorted(after)
    assert all(stamp.wall_ms == before.wall_ms for stamp in after)
    wall.now_ms = 2_000_000
    assert clock.tick() == Timestamp(2_000_000, 0, "a")


def test_a_restored_clock_continues_after_its_last_reading() -> None:
    """The database keeps the last reading, so a restart with a slow clock still
    issues later timestamps."""
    last = Timestamp(9_000, 7, "a")
    clock = HybridLogicalClock("a", last=last, now_ms=FakeWallClock(10))
    assert clock.tick() == Timestamp(9_000, 8, "a")


def test_observing_a_remote_timestamp_orders_later_local_events_after_it() -> None:
    """A change made after seeing another replica's change must win over it, even
    when the other laptop's clock runs ahead."""
    local = HybridLogicalClock("a", now_ms=FakeWallClock(1_000))
    remote = Timestamp(50_000, 3, "b")
    observed = local.observe(remote)
    assert observed > remote
    assert local.tick() > remote


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridLogicalClock("a", last=Timestamp(7, MAX_COUNTER, "a"), now_ms=FakeWallClock(7))
    stamp = clock.tick()
    assert stamp == Timestamp(8, 0, "a")
    observed = clock.observe(Timestamp(8, MAX_COUNTER, "b"))
    assert observed > Timestamp(8, MAX_COUNTER, "b")
    assert observed.counter <= MAX_COUNTER


def test_encoding_round_trips_and_rejects_garbage() -> None:
    stamp = Timestamp(1_764_000_000_000, 42, "3f2a")
    assert Timestamp.decode(stamp.encode()) == stamp
    for text in ("", "12-3-a", "not-a-clock", "000000000000001-000001-"):
        with pytest.raises(ValueError, match="clock reading"):
            Timestamp.decode(text)


timestamps = st.builds(
    Timestamp,
    wall_ms=st.integers(min_value=0, max_value=10**15 - 1),
    counter=st.integers(min_value=0, max_value=MAX_COUNTER),
    replica_id=st.text(alphabet="0123456789abcdef", min_size=1, max_size=32),
)


@given(st.lists(timestamps, min_size=2, max_size=20))
def test_text_order_is_value_order(stamps: list[Timestamp]) -> None:
    """Encoded timestamps sort exactly as the timestamps do (SQL ORDER BY hlc)."""
    assert sorted(stamps, key=Timestamp.encode) == sorted(stamps)


@given(timestamps, timestamps)
def test_order_is_total(a: Timestamp, b: Timestamp) -> None:
    assert (a < b) + (a == b) + (a > b) == 1
    assert (a == b) == (a.encode() == b.encode())


@given(
    start=st.integers(min_value=0, max_value=10**12),
    steps=st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(-(10**6), 10**6)),
            st.tuples(st.just("observe"), timestamps.filter(lambda t: t.wall_ms < 10**13)),
        ),
        max_size=60,
    ),
)
def test_every_reading_is_later_than_everything_before(
    start: int, steps: list[tuple[str, object]]
) -> None:
    """Whatever mix of wall-clock jumps and remote timestamps arrives, each reading
    is later than the previous one and than every remote timestamp observed."""
    wall = FakeWallClock(start)
    clock = HybridLogicalClock("a", now_ms=wall)
    previous = clock.tick()
    for kind, arg in steps:
        if kind == "tick":
            assert isinstance(arg, int)
            wall.now_ms = max(0, wall.now_ms + arg)
            reading = clock.tick()
        else:
            assert isinstance(arg, Timestamp)
            reading = clock.observe(arg)
            assert reading > arg
        assert reading > previous
        previous = reading
