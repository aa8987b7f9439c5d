"""The stall guard's seek back against a real broker and aiokafka's real consumer: a partition
nobody committed yet goes back to its beginning, a committed one to its commit."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from faust.types import TP

from streams.kafka.local_broker import create_topics
from streams.kafka.transport import App, Consumer
from tests.integration.conftest import produce

pytestmark = pytest.mark.kafka


@asynccontextmanager
async def reader(kafka_bootstrap: str) -> AsyncIterator[tuple[AIOKafkaConsumer, str]]:
    """A real consumer in its own group, assigned the one partition of a new topic holding
    five records, which it has read to the end."""
    topic = f"x{uuid.uuid4().hex[:8]}.posts.v1"
    await create_topics(kafka_bootstrap, [(topic, 1, {})], replication_factor=1)
    await produce(kafka_bootstrap, topic, [f"post {i}".encode() for i in range(5)])
    ak = AIOKafkaConsumer(
        bootstrap_servers=kafka_bootstrap,
        group_id=f"g{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await ak.start()
    try:
        ak.assign([TopicPartition(topic, 0)])
        assert [r.offset for r in await _read(ak)] == [0, 1, 2, 3, 4]
        yield ak, topic
    finally:
        await ak.stop()


async def _read(ak: AIOKafkaConsumer) -> list[Any]:
    out: list[Any] = []
    for _ in range(20):
        batches = await ak.getmany(timeout_ms=500)
        out.extend(r for records in batches.values() for r in records)
        if out and not batches:
            break
    return out


def _guarding(ak: AIOKafkaConsumer) -> Consumer:
    """The worker's consumer driving ``ak``; the calls faust would pass to its consumer
    thread run here instead (the thread belongs to a running worker)."""
    consumer = App("rewind-test", broker="kafka://127.0.0.1:1").consumer
    assert isinstance(consumer, Consumer)

    async def call_thread(method: Any, *args: Any) -> Any:
        result = method(*args)
        return await result if hasattr(result, "__await__") else result

    consumer._thread._ensure_consumer = lambda: ak  # type: ignore[attr-defined]
    consumer._thread.call_thread = call_thread  # type: ignore[attr-defined]
    return consumer


async def test_a_partition_nobody_committed_is_read_again_from_its_beginning(
    kafka_bootstrap: str,
) -> None:
    async with reader(kafka_bootstrap) as (ak, topic):
        consumer = _guarding(ak)
        assert await consumer.seek_to_committed_for(TP(topic, 0)) is None
        assert [r.offset for r in await _read(ak)] == [0, 1, 2, 3, 4]


async def test_a_committed_partition_is_read_again_from_its_commit(kafka_bootstrap: str) -> None:
    async with reader(kafka_bootstrap) as (ak, topic):
        await ak.commit({TopicPartition(topic, 0): 3})
        consumer = _guarding(ak)
        assert await consumer.seek_to_committed_for(TP(topic, 0)) == 3
        assert [r.offset for r in await _read(ak)] == [3, 4]
