"""faust's aiokafka transport with two fixes: stream partitions nobody committed yet are rewound,
and no commit passes a record that was delivered and never acknowledged.

faust seeks every assigned partition back to its committed offset whenever it throws records
away: at the end of a rebalance, and when a fetch returns while the flow is stopped
(``Consumer.getmany``: "getmany called while flow not active. Seek back to committed
offsets."). It relies on aiokafka's ``seek_to_committed``, which seeks only partitions whose
committed offset is above 0 (aiokafka/consumer/consumer.py: ``if offset and offset > 0``). A
partition no member of the group has committed yet — a new topic or a new consumer group, for
example the posts partitions of workers that just started — keeps its fetch position *after*
the records faust dropped, and they are never read again until the group rebalances.

Seen here with two workers (tests/integration/test_scale_out.py, faust-streaming 0.15.3,
aiokafka 0.12): after the second join, one worker's posts partitions sat at the high-water
mark with faust's read offsets empty, and 13 to 19 of 40 posts were missing for minutes.

The fix: after aiokafka's seek, partitions without a committed offset are sought to their
beginning, which is what ``auto.offset.reset=earliest`` (the worker's setting) means for them.
Changelog partitions are left alone: table recovery positions those itself.

The second fix is for faust-streaming issue #606 (open; fix proposed in pull request #707).
``Consumer._new_offset`` withholds a commit only when the first acknowledged offset is more
than one past the committed offset (``min(acked) - committed > 1``), to step over the offsets
compaction or transaction markers leave empty. A single record at the committed head that was
delivered and never acknowledged looks the same, and faust commits past it: the record is lost
for good. Records are dropped at that place when faust clears the agents' queues as table
recovery ends (seen here: a survivor processed offsets 16 and 18, never 17). So the consumer
remembers which offsets were real records it fetched, and withholds the commit while such a
record at the head is unacknowledged; the stall guard (``streams/kafka/stall.py``) rewinds a
partition whose head record is neither acknowledged nor in flight any more. faust's drain loop
also takes any jump in the offsets it delivers for a gap of empty offsets and counts it
acknowledged; records it dropped make such a jump too, so real records are taken out of the
gap before a commit.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import faust
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as driver
from faust.types import TP, TransportT


def partition_state(consumer: Any, tp: TP) -> Any | None:
    """aiokafka's state of an assigned partition (None: no consumer yet, or not assigned)."""
    subscription = consumer._subscription.subscription if consumer is not None else None
    assignment = subscription.assignment if subscription is not None else None
    return assignment.state_value(tp) if assignment is not None else None


def awaiting_position(consumer: Any, tp: TP) -> bool:
    """Whether aiokafka has no position for ``tp`` now (assigned, awaiting a reset)."""
    state = partition_state(consumer, tp)
    return state is not None and not state.has_valid_position


def uncommitted(committed: Mapping[Any, int | None], is_changelog: Any) -> list[Any]:
    """Stream partitions whose committed offset does not place them (none, or not above 0)."""
    return [tp for tp, offset in committed.items() if not offset and not is_changelog(tp)]


def head(committed: int | None, records: Collection[int]) -> int | None:
    """The next record to process: the committed offset, or, where nothing was committed yet
    (a new topic or group), the first record fetched. faust checks the head only when the
    committed offset is above 0 (``if committed_offset:``), so on a fresh partition it commits
    past a first record it dropped."""
    if committed is not None:
        return committed
    return min(records) if records else None


def unacked_head(first: int | None, acked: Collection[int], records: Collection[int]) -> bool:
    """The head ``first`` (the next to process, see ``head``) is a record that was fetched and is
    not acknowledged: it is in an agent's hands, or faust dropped it."""
    return first is not None and first in records and first not in acked


def passed_over(first: int | None, acked: Collection[int]) -> bool:
    """Records after the head ``first`` were acknowledged while the head was not."""
    return first is not None and any(offset > first for offset in acked)


def withhold(committed: int | None, acked: Collection[int], records: Collection[int]) -> bool:
    """True when committing would pass a record not yet acknowledged: the head (the next to
    process) is a record that was fetched, and only offsets after it are acknowledged."""
    first = head(committed, records)
    if first is None or not acked or not unacked_head(first, acked, records):
        return False
    return min(acked) > first


# mode names a service's logger after its class's module: keep these under faust's loggers, which
# the worker's logging config quiets like the rest of faust (streams/logs.py).
_LOG = logging.getLogger("faust.newsalerts")


class ConsumerThread(driver.AIOKafkaConsumerThread):
    logger = _LOG

    def verify_event_path(self, now: float, tp: TP) -> None:
        """faust's livelock check reads aiokafka's position of every assigned partition that
        has fetched once, and that position *asserts* while the partition awaits a reset:
        ``seek_to_beginning`` (which the rewinds here use) clears it until the fetcher has
        asked the broker. The AssertionError crashed the consumer, so the worker (a CI run of
        tests/integration/test_scale_out.py, 2026-12-05: seconds after the second worker
        joined). Such a partition is skipped this look; the next look, 2.5 s on, checks it."""
        if awaiting_position(self._consumer, tp):
            return None
        return super().verify_event_path(now, tp)

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed: Mapping[TP, int] = await self.call_thread(self._seek_to_committed_or_beginning)
        return committed

    async def _seek_to_committed_or_beginning(self) -> Mapping[TP, int]:
        consumer = self._ensure_consumer()
        committed: Mapping[TP, int] = await consumer.seek_to_committed()
        if self.app.conf.consumer_auto_offset_reset == "earliest":
            fresh = uncommitted(committed, self.consumer._is_changelog_tp)
            if fresh:
                self.log.info("seek %d uncommitted partition(s) to the beginning", len(fresh))
                await consumer.seek_to_beginning(*fresh)
        return committed


class Consumer(driver.Consumer):
    logger = _LOG

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Offsets of the records fetched per partition, from the committed offset on: which
        # offsets are real records (not compaction or transaction-marker holes).
        self._records: defaultdict[TP, set[int]] = defaultdict(set)

    # faust calls this with timeout=...: the name is its interface, not ours to change.
    async def _wait_next_records(
        self,
        timeout: float,  # noqa: ASYNC109
    ) -> tuple[Mapping[TP, list[Any]] | None, set[TP] | None]:
        """Every record aiokafka returned, remembered before faust's ``getmany`` filters the
        batch: it skips a partition that is not active, and stops mid-batch when the flow
        stops or the generation changes, without a seek. A record dropped there never reaches
        an agent, yet the fetcher has moved past it (seen: a post at the head of a partition
        after a takeover, lost when a later one was committed)."""
        records, active = await super()._wait_next_records(timeout)
        if records:
            # Only where offsets are acknowledged and committed (stream topics): changelog
            # records read by table recovery are never acknowledged, they would only pile up.
            acked_topic = self.app.topics.acks_enabled_for
            for tp, batch in records.items():
                if acked_topic(tp.topic):
                    self._records[TP(tp.topic, tp.partition)].update(r.offset for r in batch)
        return records, active

    def _new_offset(self, tp: TP) -> int | None:
        committed = self._committed_offset[tp]
        if withhold(committed, self._acked[tp], self._records[tp]):
            return None
        self._unmark_dropped_records(tp)
        offset: int | None = super()._new_offset(tp)
        if offset is not None:
            self._records[tp] = {o for o in self._records[tp] if o >= offset}
        return offset

    def _unmark_dropped_records(self, tp: TP) -> None:
        """faust's drain loop takes a jump in the offsets it delivers for a gap of offsets
        that are no records (compaction, transaction markers) and counts them acknowledged.
        Records it dropped on the way (a partition not active, a batch cut short) make such a
        jump too, and would be committed over. Offsets that were real records, fetched and
        not acknowledged, are taken out of the gap: the commit stops before the first of them,
        and the stall guard rewinds it as a dropped head."""
        gap = self._gap.get(tp)
        if not gap:
            return
        acked = set(self._acked[tp])
        for offset in self._records[tp]:
            if offset not in acked and gap.overlaps(offset):
                gap.chop(offset, offset + 1)

    def head_dropped(self, tp: TP) -> bool:
        """The head record (at the committed offset, or the first fetched where nothing was
        committed) was fetched and will not be acknowledged: faust dropped it, and only a seek
        brings it back. Either no agent holds it, or later records of the partition were
        acknowledged: each agent reads its partitions in order, one record at a time
        (concurrency 1), so a head passed over is not in flight, whatever still refers to it.

        With later records acknowledged, the commit is withheld meanwhile. Without any (the
        dropped record is the last one fetched), nothing else shows it: faust's drain loop
        sets the read offset even for a record whose delivery it abandoned because the flow
        stopped, so the partition looks caught up (seen after table recovery ended, when a
        post sent during recovery never reached its agent until the next post came)."""
        records, acked = self._records[tp], self._acked[tp]
        first = head(self._committed_offset[tp], records)
        if not unacked_head(first, acked, records):
            return False
        if passed_over(first, acked):
            return True
        return not any(
            m.tp == tp and m.offset == first and not m.acked for m in list(self._unacked_messages)
        )

    def fetch_positions(self, tps: Iterable[TP]) -> dict[TP, int | None]:
        """aiokafka's fetch position of each partition (None where it has none): how far the
        fetcher has handed records to faust."""
        out: dict[TP, int | None] = {}
        for tp in tps:
            state = partition_state(self._thread._consumer, tp)
            out[tp] = state.position if state is not None and state.has_valid_position else None
        return out

    def in_flight(self) -> bool:
        """Some agent holds a record it has not acknowledged yet."""
        return any(not m.acked for m in list(self._unacked_messages))

    def fetch_ends(self, tps: Iterable[TP]) -> dict[TP, int | None]:
        """The log end (high-water mark) aiokafka last fetched for each partition (None
        before its first fetch)."""
        out: dict[TP, int | None] = {}
        for tp in tps:
            state = partition_state(self._thread._consumer, tp)
            out[tp] = state.highwater if state is not None else None
        return out

    async def seek_to_committed_for(self, tp: TP) -> int | None:
        """Seek one partition back to its committed offset (its beginning when it has none).

        aiokafka's ``seek_to_beginning`` takes only its own ``TopicPartition`` (faust's ``TP``
        is an equal tuple of another class): given faust's, it raised TypeError, so every
        rewind of a partition nobody had committed failed (two-worker runs, session 33: the
        first post of a fresh partition dropped, the commit rightly withheld, the guard
        failing every look)."""
        ak = self._thread._ensure_consumer()
        partition = TopicPartition(tp.topic, tp.partition)
        committed: int | None = await self._thread.call_thread(ak.committed, partition)
        if committed is not None and committed > 0:
            await self.seek(tp, committed)
        else:
            await self._thread.call_thread(ak.seek_to_beginning, partition)
            self._read_offset[tp] = None
        return committed

    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    Consumer = Consumer


class App(faust.App):
    """faust's App, consuming through the Transport above (producing is unchanged)."""

    logger = _LOG

    def _new_transport(self) -> TransportT:
        return Transport(self.conf.broker_consumer, self)
