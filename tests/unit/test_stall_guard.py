"""The stall guard's test: which partitions are stuck between two looks."""

from __future__ import annotations

from streams.kafka.stall import Progress, StallGuard, stuck

# The state seen after a takeover: fetched to the end (31), delivered up to 12, committed 14.
STUCK = Progress(position=31, read=12, committed=14)


def test_fetched_but_undelivered_records_with_no_movement_are_stuck() -> None:
    assert stuck({"p0": STUCK}, {"p0": STUCK}) == {"p0"}


def test_one_look_is_not_enough() -> None:
    assert stuck({}, {"p0": STUCK}) == set()


def test_movement_between_looks_is_progress() -> None:
    moved = Progress(position=31, read=20, committed=21)
    assert stuck({"p0": STUCK}, {"p0": moved}) == set()


def test_a_caught_up_partition_is_not_stuck() -> None:
    idle = Progress(position=31, read=30, committed=31)
    assert stuck({"p0": idle}, {"p0": idle}) == set()


def test_a_backlog_in_the_agents_queue_is_not_stuck() -> None:
    # Delivered to 3000, committed only to 120: the agent works through its queue.
    busy = Progress(position=5000, read=3000, committed=120)
    assert stuck({"p0": busy}, {"p0": busy}) == set()


def test_a_partition_sought_to_its_commit_and_never_delivered_from_is_stuck() -> None:
    # Right after a seek faust's read offset is the committed offset itself.
    sought = Progress(position=27, read=8, committed=8)
    assert stuck({"p1": sought}, {"p1": sought}) == {"p1"}


def test_a_partition_never_delivered_from_is_stuck_when_fetched_past_its_start() -> None:
    fresh = Progress(position=8, read=None, committed=None)
    assert stuck({"p2": fresh}, {"p2": fresh}) == {"p2"}
    assert stuck({"p2": Progress(None, None, None)}, {"p2": Progress(None, None, None)}) == set()


async def test_a_failing_look_never_stops_the_worker() -> None:
    class Broken:
        @property
        def consumer(self) -> object:
            raise RuntimeError("consumer not ready")

        rebalancing = False

    assert await StallGuard(Broken()).check() == set()


def test_a_dropped_head_record_is_stuck_after_two_looks() -> None:
    # Delivered and acknowledged to 18, the record at 17 dropped: the commit waits at 17.
    dropped = Progress(position=19, read=18, committed=17, head_dropped=True)
    assert stuck({"p3": dropped}, {"p3": dropped}) == {"p3"}
    assert stuck({}, {"p3": dropped}) == set()
    # The same offsets with the head still in an agent's hands are a backlog, not a stall.
    in_flight = Progress(position=19, read=18, committed=17)
    assert stuck({"p3": in_flight}, {"p3": in_flight}) == set()


def test_a_dropped_last_record_is_stuck_though_the_partition_looks_caught_up() -> None:
    # faust set the read offset to 4 though it abandoned the record; nothing came after it.
    dropped = Progress(position=5, read=4, committed=4, head_dropped=True)
    assert stuck({"p1": dropped}, {"p1": dropped}) == {"p1"}
    caught_up = Progress(position=5, read=4, committed=4)  # 4 in an agent's hands
    assert stuck({"p1": caught_up}, {"p1": caught_up}) == set()
