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

A third rule needs no cause: when no agent has held a record for three looks, a partition
whose records below the log end stay uncommitted with nothing moving is read again. An idle
worker has no reason to keep records uncommitted, whatever faust did with them; while an agent
holds one (a long post), such a partition is only logged.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)
# Two looks this far apart without movement make a partition stuck: long against the
# fetcher's round trip (the drain loop hands a fetched batch to the agents' queues at once),
# short against the minutes a stuck partition would otherwise wait for a rebalance.
STALL_CHECK_SECONDS = 10.0
# A worker busy this many looks in a row (a rebalance or table recovery that does not end, a
# flow that stays stopped) is reported once: the guard rewinds nothing meanwhile.
BUSY_REPORT_LOOKS = 6
# Looks in a row with no record in an agent's hands after which uncommitted records that do
# not move are read again, whatever left them (the rules in ``stuck`` name the known causes).
IDLE_LOOKS = 3
# A seek back waits this long for the group coordinator's committed offset.
SEEK_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Progress:
    """Where one partition stands: aiokafka's fetch position, the last offset faust delivered
    to an agent, the offset faust committed (the next one to process), and whether the record
    at that offset was dropped while later ones were processed."""

    position: int | None
    read: int | None
    committed: int | None
    head_dropped: bool = False


def unchanged(before: dict[Any, Progress], now: dict[Any, Progress]) -> set[Any]:
    """Partitions where nothing moved since the look ``before``."""
    return {tp for tp, p in now.items() if before.get(tp) == p}


def uncommitted_records(p: Progress, end: int | None) -> bool:
    """Records below the log end ``end`` are not committed: the committed offset is behind
    it, or nothing was committed though records were delivered."""
    if end is None:
        return False
    return p.committed < end if p.committed is not None else p.read is not None


def stuck(before: dict[Any, Progress], now: dict[Any, Progress]) -> set[Any]:
    """Partitions whose fetcher is ahead of what faust delivered, while what it delivered is
    committed (nothing waits in an agent's queue), or whose head record was dropped; either
    with nothing moved since the last look."""
    found = set()
    for tp in unchanged(before, now):
        p = now[tp]
        # faust's read offset is the last offset delivered, or right after a seek the
        # committed offset itself (the next to read): either way, nothing it delivered is
        # waiting uncommitted when the committed offset has reached it.
        delivered = p.read if p.read is not None else -1
        ahead = p.position is not None and p.position > delivered + 1
        idle = (p.committed or 0) >= delivered
        if (ahead and idle) or p.head_dropped:
            found.add(tp)
    return found


class StallGuard:
    """Looks at the consumer every call (an app timer) and rewinds stuck partitions."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last: dict[Any, Progress] = {}
        self.before_last: dict[Any, Progress] = {}
        self.busy_looks = 0
        # Looks in a row (none busy) with no record in an agent's hands.
        self.idle_looks = 0
        # What was reported per partition (once per state): see ``report_unmoved``.
        self.reported: dict[Any, Progress] = {}

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

    def busy(self) -> list[str]:
        """Why positions are being set, not stuck: a rebalance or table recovery runs, or the
        flow is stopped (empty: none of these)."""
        app = self.app
        flow = app.consumer.flow_active and app.flow_control.is_active()
        found = {
            "rebalancing": bool(app.rebalancing),
            "table recovery": bool(app.tables.recovery.in_recovery),
            "flow stopped": not flow,
        }
        return [name for name, on in found.items() if on]

    async def check(self) -> set[Any]:
        """The partitions rewound now. Never raises: a guard must not stop the worker."""
        try:
            return await self._check()
        except Exception:
            log.exception("stall guard: check failed")
            self.last, self.before_last = {}, {}
            return set()

    async def _check(self) -> set[Any]:
        busy = self.busy()
        if busy:
            self.busy_looks += 1
            if self.busy_looks == BUSY_REPORT_LOOKS:
                log.warning(
                    "stall guard: no look for %.0f s (%s)",
                    BUSY_REPORT_LOOKS * STALL_CHECK_SECONDS,
                    ", ".join(busy),
                )
            self.last, self.before_last = {}, {}
            self.idle_looks = 0
            return set()
        self.busy_looks = 0
        consumer = self.app.consumer
        self.idle_looks = 0 if consumer.in_flight() else self.idle_looks + 1
        now = self.snapshot()
        # Unchanged over two intervals: one post may take a few seconds to extract.
        found = stuck(self.last, now) & stuck(self.before_last, now)
        unmoved = unchanged(self.last, now) & unchanged(self.before_last, now) - found
        ends = consumer.fetch_ends(unmoved)
        left = {tp for tp in unmoved if uncommitted_records(now[tp], ends[tp])}
        self.before_last, self.last = self.last, now
        for tp in sorted(found, key=str):
            await self.rewind(tp, now[tp], "head record dropped" if now[tp].head_dropped else "")
        if self.idle_looks >= IDLE_LOOKS:
            # Whatever left them: an idle worker with nothing moving has no reason to keep
            # records uncommitted, and reading them again is safe (at-least-once).
            for tp in sorted(left, key=str):
                await self.rewind(tp, now[tp], f"worker idle, end {ends[tp]}")
            found |= left
        else:
            self.report_unmoved(now, left, ends)
        if found:
            self.last, self.before_last = {}, {}
        return found

    async def rewind(self, tp: Any, p: Progress, why: str) -> None:
        """Seek ``tp`` back to its committed offset. Logged before the seek, and bounded: the
        seek asks the group coordinator for the committed offset, and a reply that never comes
        must not stop every later look (the timer awaits each look)."""
        log.warning(
            "partition %s:%d: fetched to %s, delivered to %s, committed %s%s; seek back",
            tp.topic,
            tp.partition,
            p.position,
            p.read,
            p.committed,
            f", {why}" if why else "",
        )
        try:
            await asyncio.wait_for(
                self.app.consumer.seek_to_committed_for(tp), timeout=SEEK_TIMEOUT_SECONDS
            )
        except TimeoutError:
            log.warning(
                "partition %s:%d: seek back not done after %.0f s; the next looks try again",
                tp.topic,
                tp.partition,
                SEEK_TIMEOUT_SECONDS,
            )

    def report_unmoved(
        self, now: dict[Any, Progress], left: set[Any], ends: dict[Any, int | None]
    ) -> None:
        """Log, once per state, a partition with uncommitted records where nothing moved over
        two looks while an agent had a record in hand (a long post, or a stall of a kind the
        guard does not know: the log is what tells them apart afterwards)."""
        for tp in sorted(left, key=str):
            p = now[tp]
            if self.reported.get(tp) != p:
                self.reported[tp] = p
                log.warning(
                    "partition %s:%d: nothing moved for %.0f s with records uncommitted "
                    "(fetched to %s, delivered to %s, committed %s, end %s); a record in hand",
                    tp.topic,
                    tp.partition,
                    2 * STALL_CHECK_SECONDS,
                    p.position,
                    p.read,
                    p.committed,
                    ends[tp],
                )
