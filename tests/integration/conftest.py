"""Fixtures that run a real worker process against the session's real Kafka broker."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.kafka.local_broker import free_port
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import ensure_topics, spawn_worker, stop_worker, wait_http

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO.parent / "shared" / "samples"


@dataclass
class Worker:
    bootstrap: str
    topics: TopicNames
    metrics_url: str
    log: Path
    env: dict[str, str]


@pytest.fixture
def worker_env() -> dict[str, str]:
    """Settings a test module gives its workers (override the fixture in the module)."""
    return {}


@pytest.fixture
def worker(kafka_bootstrap: str, tmp_path: Path, worker_env: dict[str, str]) -> Iterator[Worker]:
    """A fresh worker with its own topics and consumer group, so tests never see each other."""
    prefix = f"t{uuid.uuid4().hex[:8]}"
    port = free_port()
    env = {
        "NEWSALERTS_TOPIC_PREFIX": prefix,
        "NEWSALERTS_APP_ID": f"{prefix}-app",
        "NEWSALERTS_WEB_PORT": str(port),
        "NEWSALERTS_DATA_DIR": str(tmp_path / "worker"),
        "NEWSALERTS_TOPIC_PARTITIONS": "2",
        **worker_env,
    }
    settings = Settings(kafka_bootstrap=kafka_bootstrap, topic_prefix=prefix, topic_partitions=2)
    ensure_topics(settings, kafka_bootstrap)
    log = tmp_path / "worker.log"
    proc = spawn_worker(kafka_bootstrap, env, log_path=log)
    url = f"http://127.0.0.1:{port}/metrics"
    try:
        wait_http(url, timeout=120, proc=proc)
        yield Worker(kafka_bootstrap, TopicNames(prefix), url, log, env)
    finally:
        stop_worker(proc)
        if proc.returncode not in (0, -15, None):
            print(log.read_text(errors="replace")[-4000:])


async def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()


async def consume_until(
    bootstrap: str, topics: list[str], done: object, seconds: float
) -> list[bytes]:
    """Read ``topics`` from the beginning until ``done(values)`` is true or time runs out."""
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(seconds):
            while not done(values):  # type: ignore[operator]
                batch = await consumer.getmany(timeout_ms=500)
                for records in batch.values():
                    values.extend(r.value for r in records if r.value is not None)
    except TimeoutError:
        pass
    finally:
        await consumer.stop()
    return values
