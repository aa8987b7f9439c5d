"""The stall guard's test: which partitions are stuck between two looks."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest
from faust.types import TP

from streams.kafka import stall
from streams.kafka.stall import (
    BUSY_REPORT_LOOKS,
    Progress,
    StallGuard,
    stuck,
    uncommitted_records,
)

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


def test_uncommitted_records_are_behind_the_log_end_or_delivered_and_never_committed() -> None:
    assert uncommitted_records(Progress(position=8, read=7, committed=None), end=8)
    assert uncommitted_records(Progress(position=12, read=11, committed=9), end=12)
    assert not uncommitted_records(Progress(position=12, read=11, committed=12), end=12)
    # Nothing delivered and nothing committed: a partition with nothing to read yet.
    assert not uncommitted_records(Progress(position=0, read=None, committed=None), end=0)
    assert not uncommitted_records(Progress(position=None, read=None, committed=3), end=None)


class _Consumer:
    """The parts of the worker's consumer the guard reads, at fixed offsets."""

    def __init__(self, positions: dict[TP, int], read: dict[TP, int | None]) -> None:
        self.positions, self._read_offset = positions, read
        self._committed_offset: dict[TP, int | None] = dict.fromkeys(positions)
        self.flow_active = True
        self.busy_agent = False
        self.sought: list[TP] = []

    def in_flight(self) -> bool:
        return self.busy_agent

    def assignment(self) -> set[TP]:
        return set(self.positions)

    def fetch_positions(self, tps: list[TP]) -> dict[TP, int]:
        return {tp: self.positions[tp] for tp in tps}

    def fetch_ends(self, tps: set[TP]) -> dict[TP, int]:
        return {tp: self.positions[tp] for tp in tps}

    def head_dropped(self, tp: TP) -> bool:
        return False

    async def seek_to_committed_for(self, tp: TP) -> None:
        self.sought.append(tp)


def _app(consumer: _Consumer, *, rebalancing: bool = False) -> SimpleNamespace:
    recovery = SimpleNamespace(in_recovery=False, _is_changelog_tp=lambda tp: False)
    return SimpleNamespace(
        consumer=consumer,
        rebalancing=rebalancing,
        tables=SimpleNamespace(recovery=recovery),
        flow_control=SimpleNamespace(is_active=lambda: True),
    )


async def test_an_idle_worker_reads_records_it_left_uncommitted_again() -> None:
    """The CI failure of session 32: delivered to 7 of 8 on a fresh partition, nothing
    committed, no rule above saw why, and the worker idle for two minutes."""
    p2 = TP("x.posts.v1", 2)
    consumer = _Consumer({p2: 8}, {p2: 7})
    guard = StallGuard(_app(consumer))
    assert [await guard.check() for _ in range(4)] == [set(), set(), {p2}, set()]
    assert consumer.sought == [p2]


async def test_records_left_uncommitted_while_an_agent_works_are_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    p2 = TP("x.posts.v1", 2)
    consumer = _Consumer({p2: 8}, {p2: 7})
    consumer.busy_agent = True  # a long post (a 1 MB Korean page takes ~40 s)
    guard = StallGuard(_app(consumer))
    with caplog.at_level(logging.WARNING, logger="streams.kafka.stall"):
        for _ in range(5):
            assert await guard.check() == set()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1, lines
    assert "x.posts.v1:2" in lines[0] and "committed None, end 8" in lines[0]
    assert consumer.sought == []
    # Caught up: nothing uncommitted, nothing to do.
    consumer._committed_offset[p2] = 8
    consumer.busy_agent = False
    assert [await guard.check() for _ in range(4)] == [set(), set(), set(), set()]


async def test_a_worker_busy_for_a_minute_is_reported_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    guard = StallGuard(_app(_Consumer({}, {}), rebalancing=True))
    with caplog.at_level(logging.WARNING, logger="streams.kafka.stall"):
        for _ in range(3 * BUSY_REPORT_LOOKS):
            assert await guard.check() == set()
    assert [r.getMessage() for r in caplog.records] == [
        "stall guard: no look for 60 s (rebalancing)"
    ]


async def test_a_seek_back_that_never_returns_does_not_stop_later_looks(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    class Hanging(_Consumer):
        def head_dropped(self, tp: TP) -> bool:
            return True

        async def seek_to_committed_for(self, tp: TP) -> None:
            self.sought.append(tp)
            await asyncio.Event().wait()  # the coordinator never answers

    monkeypatch.setattr(stall, "SEEK_TIMEOUT_SECONDS", 0.01)
    p1 = TP("x.posts.v1", 1)
    consumer = Hanging({p1: 5}, {p1: 4})
    guard = StallGuard(_app(consumer))
    with caplog.at_level(logging.WARNING, logger="streams.kafka.stall"):
        found = [await guard.check() for _ in range(6)]
    assert found == [set(), set(), {p1}, set(), set(), {p1}]
    assert consumer.sought == [p1, p1]
    assert sum("seek back not done" in r.getMessage() for r in caplog.records) == 2
