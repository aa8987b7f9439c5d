"""Wiring of the delivery side into the faust app: tables, notifiers, dead letters, ownership.

The ``deliver_alerts`` agent itself is declared in ``streams.app``; this module builds the
``Dispatcher`` it feeds, from the subscriptions and the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import faust
from aiokafka.partitioner import murmur2
from faust.types import TP

from schemas.models import DeliveryDeadLetter
from streams.deliver.dispatch.dispatcher import Dispatcher
from streams.deliver.dispatch.route import Subscriptions, Timing
from streams.deliver.nflog.log import NotificationLog
from streams.deliver.notify.base import Backoff, Retrier
from streams.deliver.notify.factory import notifiers_for
from streams.deliver.notify.topic import Send
from streams.metrics import Metrics
from streams.settings import Settings
from streams.tables import MEMORY_STORE, json_table, raw_topic
from streams.topics import TopicNames


def build_dispatcher(
    app: faust.App, settings: Settings, names: TopicNames, metrics: Metrics, subs: Subscriptions
) -> Dispatcher:
    # Written from timers and tasks, outside any stream event: the producer's partitioner
    # picks the changelog partition (the alert id's, as on the alerts topic), and the memory
    # store is the one faust lets us write there (recovery replays the compacted changelog).
    groups = json_table(app, "groups", use_partitioner=True, store=MEMORY_STORE)
    nflog = json_table(app, "nflog", use_partitioner=True, store=MEMORY_STORE)
    dlq = raw_topic(app, names.delivery_dead_letters)

    async def dead_letter_delivery(letter: DeliveryDeadLetter) -> None:
        metrics.dead_letters.labels("delivery").inc()
        await _send_now(dlq, letter.alert.alert_id.encode(), letter.model_dump_json().encode())

    def topic_send(name: str) -> Send:
        topic = raw_topic(app, name)

        async def send(key: bytes, value: bytes) -> None:
            await topic.maybe_declare()
            await _send_now(topic, key, value)

        return send

    def on_retry(kind: str, result: Any) -> None:
        metrics.delivery_retries.labels(kind, result.reason).inc()

    return Dispatcher(
        subs=subs,
        notifiers=notifiers_for(
            subs,
            topic_send,
            settings.slack_timeout_seconds,
            settings.slack_interval_seconds,
            share=_share(app, names.alerts, settings.topic_partitions),
        ),
        groups=groups,
        nflog=NotificationLog(nflog, lambda: _durable(app)),
        retrier=Retrier(
            Backoff(
                base=settings.delivery_backoff_seconds, max_attempts=settings.delivery_max_attempts
            ),
            on_retry=on_retry,
        ),
        metrics=metrics,
        dead_letter=dead_letter_delivery,
        owns=_owner(app, names.alerts, settings.topic_partitions),
        default_timing=Timing(settings.group_wait_seconds, settings.group_interval_seconds),
    )


DELIVERY_TABLES = ("groups", "nflog")


async def changelogs_ready(app: faust.App, tables: tuple[str, ...] = DELIVERY_TABLES) -> None:
    """Wait until the producer knows the partitions of the delivery tables' changelogs.

    These tables are written with the producer's partitioner, which faust asks synchronously
    (``key_partition``): before the producer holds a changelog topic's metadata, aiokafka
    returns no partitions and the write raises. Nothing else would make the producer fetch that
    topic, so every later write (the notification log before a POST, a group after it) would
    fail the same way and deliveries stall: seen once in CI when the first delivery came
    right after the worker started. aiokafka's ``partitions_for`` waits for the metadata."""
    producer = cast(Any, app.producer)._ensure_producer()  # faust has no public accessor
    for name in tables:
        await producer.partitions_for(app.tables[name].changelog_topic.get_topic_name())


async def _send_now(topic: Any, key: bytes, value: bytes) -> None:
    """Send outside the stream's commit cycle and wait for the broker's ack."""
    fut = await topic.send(key=key, value=value, force=True)
    await fut


async def _durable(app: faust.App) -> None:
    """Wait until everything buffered (table changelog writes too) is acked by the broker."""
    producer = app.producer
    while True:
        drained = producer.buffer.size == 0
        await producer.flush()  # faust's buffer (may give up after 0.1 s), then aiokafka's
        if drained:
            return


def _share(app: faust.App, topic: str, partitions: int) -> Callable[[], float]:
    """The part of the alert topic's partitions this worker reads now (k of N)."""

    def share() -> float:
        owned = sum(1 for tp in app.consumer.assignment() if tp.topic == topic)
        return owned / partitions

    return share


def _owner(app: faust.App, topic: str, partitions: int) -> Callable[[str], bool]:
    """Whether this worker reads the alert id's partition now (not while rebalancing)."""

    def owns(alert_id: str) -> bool:
        if app.rebalancing or getattr(app, "in_recovery", False):
            return False
        partition = (murmur2(alert_id.encode()) & 0x7FFFFFFF) % partitions
        return TP(topic, partition) in app.consumer.assignment()

    return owns
