"""A guard for stream partitions whose fetched records faust never delivered.

faust drops records it has already taken from aiokafka in a few places (a fetch returning
while the flow is stopped, a delivery abandoned when a rebalance starts) and relies on a
seek back to the committed offsets to read them again. Seen here after a worker took over a
killed worker's partitions (tests/integration/test_scale_out.py): aiokafka's position was at
the high-water mark (31), faust's read offset stayed at 12 and the committed offset at 14,
the flow was active and nothing moved for minutes; the records in between reached no agent.
Nothing was lost — faust never commits past a record it did not deliver — but nothing would
read them before the next rebalance.

A second kind of stuck partition: faust dropped the record at the committed offset (the
head). When it delivered and acknowledged later ones, the consumer
(``streams/kafka/transport.py``) withholds commits on that partition, since committing would
lose the head record. When the head is the last record fetched, the partition looks caught up
(faust sets its read offset to a record whose delivery it abandoned). Either way the guard
sees the head neither acknowledged nor held by any agent and seeks back to it.

Every ``STALL_CHECK_SECONDS`` the guard compares, per assigned stream partition, aiokafka's
position with faust's read and committed offsets. A partition whose fetcher is ahead of what
faust delivered while all it delivered is committed (a backlog waiting in an agent's queue is
not stuck), with no movement over two looks and no rebalance or recovery running, is
sought back to its committed offset: the records come again (at-least-once; the stages
downstream are idempotent per post and alert version).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)
# Two looks this far apart without movement make a partition stuck: long against the
# fetcher's round trip (the drain loop hands a fetched batch to the agents' queues at once),
# short against the minutes a stuck partition would otherwise wait for a rebalance.
STALL_CHECK_SECONDS = 10.0


@dataclass(frozen=True)
class Progress:
    """Where one partition stands: aiokafka's fetch position, the last offset faust delivered
    to an agent, the offset faust committed (the next one to process), and whether the record
    at that offset was dropped while later ones were processed."""

    position: int | None
    read: int | None
    committed: int | None
    head_dropped: bool = False


def stuck(before: dict[Any, Progress], now: dict[Any, Progress]) -> set[Any]:
    """Partitions whose fetcher is ahead of what faust delivered, while what it delivered is
    committed (nothing waits in an agent's queue), or whose head record was dropped; either
    with nothing moved since the last look."""
    found = set()
    for tp, p in now.items():
        # faust's read offset is the last offset delivered, or right after a seek the
        # committed offset itself (the next to read): either way, nothing it delivered is
        # waiting uncommitted when the committed offset has reached it.
        delivered = p.read if p.read is not None else -1
        ahead = p.position is not None and p.position > delivered + 1
        idle = (p.committed or 0) >= delivered
        if ((ahead and idle) or p.head_dropped) and before.get(tp) == p:
            found.add(tp)
    return found


class StallGuard:
    """Looks at the consumer every call (an app timer) and rewinds stuck partitions."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last: dict[Any, Progress] = {}
        self.before_last: dict[Any, Progress] = {}

    def snapshot(self) -> dict[Any, Progress]:
        consumer = self.app.consumer
        recovery = self.app.tables.recovery
        tps = [tp for tp in consumer.assignment() if not recovery._is_changelog_tp(tp)]
        positions = consumer.fetch_positions(tps)
        read, committed = consumer._read_offset, consumer._committed_offset
        return {
            tp: Progress(positions[tp], read.get(tp), committed.get(tp), consumer.head_dropped(tp))
            for tp in tps
        }

    def busy(self) -> bool:
        """A rebalance or table recovery runs: positions are being set, not stuck."""
        app = self.app
        recovery = app.tables.recovery
        flow = app.consumer.flow_active and app.flow_control.is_active()
        return bool(app.rebalancing or recovery.in_recovery or not flow)

    async def check(self) -> set[Any]:
        """The partitions rewound now. Never raises: a guard must not stop the worker."""
        try:
            return await self._check()
        except Exception:
            log.exception("stall guard: check failed")
            self.last, self.before_last = {}, {}
            return set()

    async def _check(self) -> set[Any]:
        if self.busy():
            self.last, self.before_last = {}, {}
            return set()
        now = self.snapshot()
        # Unchanged over two intervals: one post may take a few seconds to extract.
        found = stuck(self.last, now) & stuck(self.before_last, now)
        self.before_last, self.last = self.last, now
        consumer = self.app.consumer
        for tp in sorted(found, key=str):
            committed = await consumer.seek_to_committed_for(tp)
            log.warning(
                "partition %s:%d: fetched to %s, delivered to %s; seek to committed %s",
                tp.topic,
                tp.partition,
                now[tp].position,
                now[tp].read,
                committed,
            )
        if found:
            self.last, self.before_last = {}, {}
        return found
