"""``newsalerts deadletters``: look at dead-lettered posts, and replay them once fixed.

A dead letter keeps the original bytes and key of what the worker could not process, and where
it came from (topic, partition, offset). After a scraper or the worker is fixed, ``replay``
sends those bytes back to the topic they came from, with their key, so they go through the
pipeline again. Reading is a snapshot: up to the end offsets seen at the start, so a replay
that fails again (and dead-letters anew) does not loop.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from pydantic import ValidationError
from rich.table import Table

from schemas.models import DeadLetter
from streams.topics import OUTPUT_MAX_BYTES


@dataclass(frozen=True)
class Selection:
    """Which dead letters to act on: all, or those of some reasons/stages."""

    reasons: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()

    def __call__(self, letter: DeadLetter) -> bool:
        return (not self.reasons or letter.reason in self.reasons) and (
            not self.stages or letter.stage in self.stages
        )


async def read_snapshot(
    bootstrap: str, topic: str, select: Selection, limit: int | None = None
) -> tuple[list[DeadLetter], int]:
    """The selected dead letters up to the current end of ``topic``; and how many unreadable."""
    # Subscribed at start, so that start() waits for the topic's metadata; then the partitions
    # are assigned by hand (no group, no committed offsets: a viewer).
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        max_partition_fetch_bytes=OUTPUT_MAX_BYTES,
    )
    await consumer.start()
    letters: list[DeadLetter] = []
    unreadable = 0
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        consumer.unsubscribe()
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        left = {tp for tp in partitions if ends[tp] > 0}
        while left and (limit is None or len(letters) < limit):
            batch = await consumer.getmany(*left, timeout_ms=1000)
            for tp, records in batch.items():
                for rec in records:
                    if rec.offset >= ends[tp]:
                        continue
                    try:
                        letter = DeadLetter.model_validate_json(rec.value or b"")
                    except ValidationError:
                        unreadable += 1
                        continue
                    if select(letter) and (limit is None or len(letters) < limit):
                        letters.append(letter)
            for tp in list(left):
                if await consumer.position(tp) >= ends[tp]:
                    left.discard(tp)
    finally:
        await consumer.stop()
    return letters, unreadable


def original(letter: DeadLetter) -> tuple[bytes, bytes | None]:
    """The bytes and key the worker read, exactly."""
    key = base64.b64decode(letter.original_key_b64) if letter.original_key_b64 else None
    return base64.b64decode(letter.original_b64), key


async def replay(
    bootstrap: str,
    letters: Iterable[DeadLetter],
    to_topic: str | None = None,
    on_sent: Callable[[], None] | None = None,
) -> int:
    """Send each letter's original bytes (and key) back to its source topic, or ``to_topic``."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", max_request_size=OUTPUT_MAX_BYTES
    )
    await producer.start()
    sent = 0
    try:
        for letter in letters:
            value, key = original(letter)
            await producer.send_and_wait(to_topic or letter.topic, value=value, key=key)
            sent += 1
            if on_sent is not None:
                on_sent()
    finally:
        await producer.stop()
    return sent


def table(letters: list[DeadLetter], width: int = 80) -> Table:
    out = Table(title=f"{len(letters)} dead letter(s)")
    for column in ("failed at", "stage", "reason", "from", "bytes", "detail"):
        out.add_column(column, overflow="fold" if column == "detail" else "ellipsis")
    for letter in letters:
        value, _ = original(letter)
        out.add_row(
            letter.failed_at.strftime("%Y-%m-%d %H:%M:%S"),
            letter.stage,
            letter.reason,
            f"{letter.topic}[{letter.partition}]@{letter.offset}",
            str(len(value)),
            letter.detail[:width],
        )
    return out


def by_reason(letters: list[DeadLetter]) -> Counter[str]:
    return Counter(f"{letter.stage}/{letter.reason}" for letter in letters)
