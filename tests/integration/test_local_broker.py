"""The local Apache Kafka broker: real JVM, real ports, real aiokafka round trips."""

from __future__ import annotations

import os
import shutil
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from streams.kafka.local_broker import (
    LIB_DIR_ENV,
    BrokerError,
    LocalBroker,
    create_topics,
    ensure_topics,
    free_port,
)


def _new_broker(data_dir: Path, heap: str = "512m") -> LocalBroker:
    return LocalBroker(data_dir, port=free_port(), controller_port=free_port(), heap=heap)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def _produce(bootstrap: str, topic: str, key: bytes, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


async def _consume_one(bootstrap: str, topic: str, group: str | None) -> tuple[Any, Any]:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        record = await consumer.getone()
        return record.key, record.value
    finally:
        await consumer.stop()


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    """A broker of this module's own, so its lifecycle can be inspected."""
    own = _new_broker(tmp_path_factory.mktemp("own-broker"))
    try:
        own.start()
        yield own
    finally:
        own.stop()


# --- lifecycle -------------------------------------------------------------------------------


@pytest.mark.kafka
def test_status_reports_running_and_ready(broker: LocalBroker) -> None:
    status = broker.status()
    assert status.running and status.ready
    assert status.pid is not None and status.pid == int(broker.pid_file.read_text())
    assert status.bootstrap == broker.bootstrap == f"127.0.0.1:{broker.port}"
    assert status.data_dir == broker.data_dir
    # Startup lines reach the file log; partition chatter does not.
    assert "Kafka Server started" in (broker.log_dir / "server.log").read_text()


@pytest.mark.kafka
def test_start_twice_is_idempotent(broker: LocalBroker) -> None:
    pid = broker.status().pid
    began = time.monotonic()
    assert broker.start() == broker.bootstrap
    # Another process (a second CLI call) sees the same broker through the pid file.
    other = LocalBroker(broker.data_dir, port=broker.port, controller_port=broker.controller_port)
    assert other.start() == broker.bootstrap
    assert time.monotonic() - began < 10, "a running broker must not be started again"
    assert broker.status().pid == other.status().pid == pid


@pytest.mark.kafka
def test_start_with_other_ports_names_the_running_address(broker: LocalBroker) -> None:
    moved = LocalBroker(broker.data_dir, port=free_port(), controller_port=free_port())
    with pytest.raises(BrokerError, match=f"already runs .* at {broker.bootstrap}"):
        moved.start(timeout=5)
    assert moved.status().bootstrap == broker.bootstrap  # where it really listens
    assert broker.status().ready  # the running broker was left alone


@pytest.mark.kafka
async def test_stop_then_restart_keeps_data(tmp_path: Path) -> None:
    # Async on purpose: start()/ensure_topics() must also work while an event loop runs.
    first = _new_broker(tmp_path / "broker")
    first.start()
    try:
        topic = f"persist-{uuid.uuid4().hex[:8]}"
        ensure_topics(first.bootstrap, [(topic, 1, {})])
        await _produce(first.bootstrap, topic, b"k", b"survives a restart")
        # Stopped through a fresh object, as `broker down` in a later CLI invocation would.
        second = LocalBroker(first.data_dir, port=first.port, controller_port=first.controller_port)
        assert second.stop() is True
        status = first.status()
        assert not status.running and not status.ready and status.pid is None
        assert not first.pid_file.exists() and not _port_open(first.port)
        assert first.stop() is False
        first.start()
        got = await _consume_one(first.bootstrap, topic, None)
        assert got == (b"k", b"survives a restart")
    finally:
        first.stop()
    assert not first.status().running


@pytest.mark.kafka
def test_broker_dying_during_start_shows_its_log(tmp_path: Path) -> None:
    doomed = _new_broker(tmp_path / "broker", heap="1k")  # the JVM refuses a heap this small
    with pytest.raises(BrokerError, match="exited during start") as caught:
        doomed.start(timeout=60)
    assert "heap" in str(caught.value).lower()
    assert not doomed.pid_file.exists()


@pytest.mark.kafka
def test_port_in_use_is_reported(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = LocalBroker(tmp_path / "broker", port=port, controller_port=free_port())
        with pytest.raises(BrokerError, match=f"port {port} .* in use"):
            busy.start()


# --- clients against the session broker ------------------------------------------------------


@pytest.mark.kafka
async def test_produce_consume_round_trip(kafka_bootstrap: str) -> None:
    topic = f"roundtrip-{uuid.uuid4().hex[:8]}"  # auto-created with num.partitions=4
    await _produce(kafka_bootstrap, topic, b"key-1", "뉴스 알림".encode())
    got = await _consume_one(kafka_bootstrap, topic, group=f"g-{topic}")
    assert got == (b"key-1", "뉴스 알림".encode())


@pytest.mark.kafka
async def test_create_compacted_topic(kafka_bootstrap: str) -> None:
    name = f"compact-{uuid.uuid4().hex[:8]}"
    spec = [(name, 3, {"cleanup.policy": "compact", "min.compaction.lag.ms": "0"})]
    assert await create_topics(kafka_bootstrap, spec) == [name]
    assert await create_topics(kafka_bootstrap, spec) == []  # idempotent
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([name])
        responses = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name, dict.fromkeys(["cleanup.policy"]))]
        )
    finally:
        await admin.close()
    assert len(described["partitions"]) == 3
    [(error_code, _msg, _type, resource, entries)] = responses[0].resources
    assert (error_code, resource) == (0, name)
    assert {entry[0]: entry[1] for entry in entries} == {"cleanup.policy": "compact"}


@pytest.mark.kafka
async def test_create_topics_reports_invalid_config(kafka_bootstrap: str) -> None:
    bad = [(f"bad-{uuid.uuid4().hex[:8]}", 1, {"cleanup.policy": "shred"})]
    with pytest.raises(BrokerError, match="cannot create topic"):
        await create_topics(kafka_bootstrap, bad)


# --- clear errors without Java or Maven (no broker needed) ----------------------------------


def test_missing_java_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty dir: no java, no mvn
    with pytest.raises(BrokerError, match=r"`java` is not on PATH\. Java 17\+ is needed"):
        LocalBroker(tmp_path / "broker").start()


def test_missing_maven_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.skip("needs java on PATH to get as far as Maven")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    os.symlink(java, bin_dir / "java")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv(LIB_DIR_ENV, str(tmp_path / "empty-lib"))  # forces a resolution
    with pytest.raises(BrokerError, match=r"`mvn` is not on PATH\. Maven is needed"):
        LocalBroker(tmp_path / "broker").start()
