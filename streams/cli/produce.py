"""``newsalerts produce``: send posts from JSON Lines or text pages to the posts topic."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from aiokafka import AIOKafkaProducer

from streams.intake.files import count_lines, raw_posts_from_file


def post_key(raw: bytes) -> bytes | None:
    """Key posts by id so that reprints of one post land on one partition, in order."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    post_id = data.get("id") if isinstance(data, dict) else None
    return post_id.encode("utf-8") if isinstance(post_id, str) else None


async def send_all(
    bootstrap: str,
    topic: str,
    values: Iterable[bytes],
    on_sent: Callable[[], None] | None = None,
) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    sent = 0
    try:
        pending = []
        for value in values:
            pending.append(await producer.send(topic, value=value, key=post_key(value)))
            if len(pending) >= 500:
                await _settle(pending, on_sent)
            sent += 1
        await _settle(pending, on_sent)
    finally:
        await producer.stop()
    return sent


async def _settle(
    pending: list[asyncio.Future[object]], on_sent: Callable[[], None] | None
) -> None:
    for fut in pending:
        await fut
        if on_sent is not None:
            on_sent()
    pending.clear()


def values_from(paths: list[Path], tz: str) -> Iterable[bytes]:
    for path in paths:
        yield from raw_posts_from_file(path, tz)


def total_of(paths: list[Path]) -> int:
    return sum(count_lines(p) for p in paths)
