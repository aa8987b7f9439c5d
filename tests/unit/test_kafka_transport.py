"""Which partitions the consumer rewinds when faust seeks back to committed offsets, and which
commits it withholds."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from aiokafka.consumer.fetcher import OffsetResetStrategy
from aiokafka.consumer.subscription_state import SubscriptionState
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as driver
from faust.types import TP, Message

from streams.kafka.transport import (
    App,
    Consumer,
    ConsumerThread,
    Transport,
    awaiting_position,
    uncommitted,
    withhold,
)

POSTS_0, POSTS_1, POSTS_2 = (TP("x.posts.v1", p) for p in range(3))
CHANGELOG = TP("x-app-clusters-changelog", 0)


def _is_changelog(tp: TP) -> bool:
    return tp.topic.endswith("-changelog")


def test_partitions_without_a_commit_are_rewound() -> None:
    committed = {POSTS_0: None, POSTS_1: 0, POSTS_2: 7}
    # aiokafka seeks only offsets above 0: None and 0 stay where the dropped records left them.
    assert uncommitted(committed, _is_changelog) == [POSTS_0, POSTS_1]


def test_changelog_partitions_are_left_to_table_recovery() -> None:
    assert uncommitted({CHANGELOG: None, POSTS_2: 3}, _is_changelog) == []


def test_the_worker_app_consumes_through_the_fixed_thread() -> None:
    app = App("transport-test", broker="kafka://127.0.0.1:1")
    assert isinstance(app.transport, Transport)
    assert isinstance(app.consumer._thread, ConsumerThread)  # type: ignore[attr-defined]


def test_a_record_delivered_and_never_acknowledged_holds_the_commit() -> None:
    # faust-streaming #606: faust steps over one unacknowledged offset at the head.
    assert withhold(17, [18, 19], {17, 18, 19})
    # A hole left by compaction or a transaction marker is no record: commit over it.
    assert not withhold(17, [18, 19], {18, 19})
    assert not withhold(17, [17, 18], {17, 18})
    assert not withhold(17, [], {17})
    # Nothing committed yet (a fresh partition): the first record fetched is the head. faust
    # checks no head then, and would commit past a first record it dropped.
    assert withhold(None, [1, 2], {0, 1, 2})
    assert not withhold(None, [0, 1], {0, 1})
    assert not withhold(None, [5], {5})
    assert not withhold(None, [], set())


def _consumer() -> Consumer:
    app = App("transport-test", broker="kafka://127.0.0.1:1")
    consumer = app.consumer
    assert isinstance(consumer, Consumer)
    return consumer


def _acked(consumer: Consumer, tp: TP, offsets: list[int]) -> None:
    consumer._acked[tp].extend(offsets)
    consumer._acked_index[tp].update(offsets)


def test_the_commit_waits_for_the_head_record_then_covers_all() -> None:
    consumer = _consumer()
    consumer._committed_offset[POSTS_0] = 17
    consumer._records[POSTS_0] = {17, 18, 19}
    _acked(consumer, POSTS_0, [18, 19])
    assert consumer._new_offset(POSTS_0) is None
    _acked(consumer, POSTS_0, [17])
    assert consumer._new_offset(POSTS_0) == 20
    # What is committed is forgotten: the set stays as small as the uncommitted window.
    assert consumer._records[POSTS_0] == set()


def test_the_commit_steps_over_holes_that_are_no_records() -> None:
    consumer = _consumer()
    consumer._committed_offset[POSTS_0] = 17
    consumer._records[POSTS_0] = {18, 19}
    _acked(consumer, POSTS_0, [18, 19])
    assert consumer._new_offset(POSTS_0) == 20


def _message(tp: TP, offset: int) -> Message:
    return Message(tp.topic, tp.partition, offset, 0.0, None, [], b"k", b"v", None, tp=tp)


def test_a_head_record_held_by_an_agent_is_in_flight_until_a_later_one_is_acknowledged() -> None:
    consumer = _consumer()
    consumer._committed_offset[POSTS_0] = 17
    consumer._records[POSTS_0] = {17, 18}
    assert consumer.head_dropped(POSTS_0)  # fetched, in nobody's hands
    held = _message(POSTS_0, 17)
    consumer._unacked_messages.add(held)
    assert not consumer.head_dropped(POSTS_0)
    # One agent reads a partition in order: once 18 is acknowledged, 17 was passed over, and
    # a stale reference to it (a crashed actor's event, a skipped stream) brings nothing back.
    _acked(consumer, POSTS_0, [18])
    assert consumer.head_dropped(POSTS_0)
    # A head not fetched yet is simply next, not dropped.
    consumer._committed_offset[POSTS_1] = 4
    assert not consumer.head_dropped(POSTS_1)


def test_a_first_record_dropped_on_a_fresh_partition_holds_the_commit_and_is_rewound() -> None:
    """Seen in two-worker runs: the first post of a partition nobody had committed was
    dropped and later ones were processed; faust committed past it (session 10), and then,
    with the commit withheld, the partition waited uncommitted (CI, session 32)."""
    consumer = _consumer()
    consumer._records[POSTS_0] = {0, 1, 2}
    _acked(consumer, POSTS_0, [1, 2])
    assert consumer._new_offset(POSTS_0) is None
    assert consumer.head_dropped(POSTS_0)
    held = _message(POSTS_0, 0)
    consumer._unacked_messages.add(held)
    assert consumer.head_dropped(POSTS_0)
    consumer._unacked_messages.discard(held)
    _acked(consumer, POSTS_0, [0])
    assert not consumer.head_dropped(POSTS_0)
    assert consumer._new_offset(POSTS_0) == 3


async def test_records_dropped_inside_a_gap_are_not_committed_over() -> None:
    """faust took the jump from 10 to 13 in what it delivered for a gap of empty offsets;
    11 and 12 were real records it dropped."""
    consumer = _consumer()
    consumer._committed_offset[POSTS_0] = 10
    consumer._records[POSTS_0] = {10, 11, 12, 13}
    _acked(consumer, POSTS_0, [10, 13])
    await consumer._add_gap(POSTS_0, 11, 12)
    assert consumer._new_offset(POSTS_0) == 11
    # A true hole (no record fetched there) is still stepped over.
    holes = _consumer()
    holes._committed_offset[POSTS_0] = 10
    holes._records[POSTS_0] = {10, 13}
    _acked(holes, POSTS_0, [10, 13])
    await holes._add_gap(POSTS_0, 11, 12)
    assert holes._new_offset(POSTS_0) == 14


def test_a_last_record_abandoned_when_the_flow_stopped_is_dropped() -> None:
    """Nothing after it, so no commit is withheld; faust set its read offset all the same."""
    consumer = _consumer()
    consumer._committed_offset[POSTS_1] = 4
    consumer._records[POSTS_1] = {4}
    consumer._read_offset[POSTS_1] = 4
    assert consumer.head_dropped(POSTS_1)
    held = _message(POSTS_1, 4)
    consumer._unacked_messages.add(held)  # in an agent's queue: in flight
    assert not consumer.head_dropped(POSTS_1)
    consumer._unacked_messages.discard(held)
    _acked(consumer, POSTS_1, [4])  # processed: committed next, nothing to rewind
    assert not consumer.head_dropped(POSTS_1)


async def test_every_fetched_record_of_acknowledged_topics_is_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before faust's getmany filters the batch (an inactive partition's records, the rest of
    a batch when the flow stops): the offsets are real records even if no agent sees them."""
    consumer = _consumer()
    fetched = {
        POSTS_0: [_message(POSTS_0, 5), _message(POSTS_0, 6)],
        CHANGELOG: [_message(CHANGELOG, 900)],
    }

    async def upstream(
        self: Consumer,
        timeout: float,  # noqa: ASYNC109 (faust's signature)
    ) -> tuple[dict[TP, list[Message]], set[TP]]:
        return fetched, set()  # no partition active: faust would yield none of them

    monkeypatch.setattr(driver.Consumer, "_wait_next_records", upstream)
    monkeypatch.setattr(consumer.app.topics, "acks_enabled_for", lambda t: t == POSTS_0.topic)
    assert await consumer._wait_next_records(timeout=1.0) == (fetched, set())
    assert consumer._records == {POSTS_0: {5, 6}}


async def test_a_partition_awaiting_a_reset_is_not_asked_its_position() -> None:
    # aiokafka's own subscription state, as seek_to_beginning leaves it: fetched once
    # (highwater known), position cleared until the fetcher has asked the broker. Reading
    # the position then asserts, which crashed faust's livelock check and the worker.
    state = SubscriptionState()
    tp = TopicPartition(POSTS_0.topic, POSTS_0.partition)
    state.assign_from_user({tp})
    consumer = SimpleNamespace(_subscription=state)
    partition = state.subscription.assignment.state_value(tp)
    partition.seek(5)
    partition.highwater = 9
    assert not awaiting_position(consumer, POSTS_0)
    partition.await_reset(OffsetResetStrategy.EARLIEST)
    with pytest.raises(AssertionError):
        _ = partition.position
    assert awaiting_position(consumer, POSTS_0)
    assert not awaiting_position(consumer, POSTS_1)  # not assigned: faust's own check answers
    assert not awaiting_position(None, POSTS_0)  # before the consumer started


async def test_the_livelock_check_skips_a_partition_awaiting_a_reset() -> None:
    app = App("transport-test", broker="kafka://127.0.0.1:1")
    thread = app.consumer._thread  # type: ignore[attr-defined]
    state = SubscriptionState()
    tp = TopicPartition(POSTS_0.topic, POSTS_0.partition)
    state.assign_from_user({tp})
    partition = state.subscription.assignment.state_value(tp)
    partition.seek(5)
    partition.highwater = 9
    partition.timestamp = 1000  # fetched a second after the start (milliseconds)
    partition.await_reset(OffsetResetStrategy.EARLIEST)
    # An AIOKafkaConsumer reaches its subscription state both ways; faust reads the second.
    fetcher = SimpleNamespace(_subscriptions=state)
    thread._consumer = SimpleNamespace(_subscription=state, _fetcher=fetcher)
    thread.time_started = 0.0
    thread.verify_event_path(2.0, POSTS_0)
    with pytest.raises(AssertionError):  # faust's own check, as it crashed the worker
        driver.AIOKafkaConsumerThread.verify_event_path(thread, 2.0, POSTS_0)
