"""`newsalerts deadletters list|replay` on the real broker, against a running worker."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys

import pytest
from aiokafka import AIOKafkaProducer

from schemas.models import DeadLetter
from streams.cli.deadletters import Selection, read_snapshot, replay
from tests.integration.conftest import Worker, consume_until, produce

pytestmark = pytest.mark.kafka

NOT_JSON = b"{not json at all"
NO_BODY = json.dumps({"id": "dl-no-body", "source": "test"}).encode()


async def _send_keyed(bootstrap: str, topic: str, key: bytes, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


def _letters(values: list[bytes]) -> list[DeadLetter]:
    return [DeadLetter.model_validate_json(v) for v in values]


async def test_dead_letters_are_listed_and_replayed_with_their_bytes_and_key(
    worker: Worker,
) -> None:
    t = worker.topics
    await produce(worker.bootstrap, t.posts, [NOT_JSON])
    await _send_keyed(worker.bootstrap, t.posts, b"dl-no-body", NO_BODY)
    await consume_until(worker.bootstrap, [t.dead_letters], lambda v: len(v) >= 2, 60)

    everything, unreadable = await read_snapshot(worker.bootstrap, t.dead_letters, Selection())
    assert unreadable == 0
    assert sorted(d.reason for d in everything) == ["invalid_json", "schema"]
    only_schema, _ = await read_snapshot(
        worker.bootstrap, t.dead_letters, Selection(reasons=frozenset({"schema"}))
    )
    assert [base64.b64decode(d.original_b64) for d in only_schema] == [NO_BODY]

    # Replayed to the posts topic, the still-bad post is dead-lettered again by the worker:
    # the same bytes come back, proof that replay sent exactly what was read.
    assert await replay(worker.bootstrap, only_schema) == 1
    values = await consume_until(worker.bootstrap, [t.dead_letters], lambda v: len(v) >= 3, 60)
    again = sorted(
        (d for d in _letters(values) if base64.b64decode(d.original_b64) == NO_BODY),
        key=lambda d: d.failed_at,
    )
    assert len(again) == 2
    assert again[1].offset > again[0].offset and again[1].topic == t.posts
    assert {d.original_key_b64 for d in again} == {base64.b64encode(b"dl-no-body").decode()}

    # The command line reads the same snapshot (topic prefix from the environment).
    env = {**os.environ, **worker.env}
    command = [sys.executable, "-m", "streams.cli.main", "deadletters", "list", "--json"]
    out = await asyncio.to_thread(
        subprocess.run,
        [*command, "-b", worker.bootstrap, "--reason", "invalid_json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    listed = [DeadLetter.model_validate_json(line) for line in out.stdout.splitlines()]
    assert [base64.b64decode(d.original_b64) for d in listed] == [NOT_JSON]
