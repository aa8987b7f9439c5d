"""The faust app: its topics and its agents, declared where a reader looks first.

    posts ──process_posts──▶ events ──raise_alerts──▶ alerts, alerts.<type>
        └──────────────────▶ posts.deadletter

Agents are short loops: the work is in pure functions (``streams.process``,
``streams.alert.build``) that the offline ``extract`` command and the tests call too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from pydantic import ValidationError

from schemas.models import DeadLetter, EventType, ExtractedPost
from streams.alert.build import alerts_for
from streams.intake import SourceRecord, dead_letter
from streams.metrics import Metrics
from streams.pipeline import Pipeline, default_pipeline
from streams.process import Extracted, Rejected, process_post
from streams.settings import Settings
from streams.topics import TopicNames

log = logging.getLogger("newsalerts.app")


@dataclass
class NewsAlertsApp:
    """The faust app with the handles tests and the CLI need."""

    app: faust.App
    topics: TopicNames
    metrics: Metrics


def faust_broker_url(bootstrap: str) -> str:
    return ";".join(f"kafka://{hp.strip()}" for hp in bootstrap.split(",") if hp.strip())


def _raw_topic(app: faust.App, name: str) -> Any:
    # Values stay bytes: we parse them with pydantic ourselves, so an invalid post reaches
    # our validator (and the dead-letter topic) instead of failing inside faust's codec.
    return app.topic(
        name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )


def _record(event: Any) -> SourceRecord:
    msg = event.message
    return SourceRecord(topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key)


def create_app(
    settings: Settings,
    bootstrap: str,
    pipeline_factory: Callable[[], Pipeline] = default_pipeline,
) -> NewsAlertsApp:
    names = TopicNames(settings.topic_prefix)
    metrics = Metrics.create()
    app = faust.App(
        settings.app_id,
        broker=faust_broker_url(bootstrap),
        datadir=str(settings.data_dir),
        store="memory://",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_acks=-1,  # acks=all: a post is not committed before its outputs are durable
        consumer_auto_offset_reset="earliest",
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        broker_commit_interval=1.0,
    )
    setup_prometheus_sensors(app, registry=metrics.registry, name_prefix="faust")

    posts = _raw_topic(app, names.posts)
    dead_letters = _raw_topic(app, names.dead_letters)
    events = _raw_topic(app, names.events)
    alerts = _raw_topic(app, names.alerts)
    alerts_by_type = {t: _raw_topic(app, names.alerts_of(t)) for t in EventType}

    pipeline = pipeline_factory()
    # Extraction is CPU work (Korean morphology): off the event loop, so heartbeats and
    # commits keep flowing while a long post is analysed.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")

    async def publish_dead_letter(letter: DeadLetter) -> None:
        metrics.dead_letters.labels(letter.stage).inc()
        await dead_letters.send(value=letter.model_dump_json().encode())

    @app.agent(posts, name="process_posts", concurrency=1)
    async def process_posts(stream: faust.StreamT[bytes]) -> None:
        loop = asyncio.get_running_loop()
        async for event in stream.events():
            metrics.posts_received.inc()
            ingested = dt.datetime.fromtimestamp(event.message.timestamp, dt.UTC)
            outcome = await loop.run_in_executor(
                executor, process_post, event.value, _record(event), pipeline, ingested
            )
            if isinstance(outcome, Rejected):
                metrics.posts_rejected.labels(outcome.letter.reason).inc()
                log.warning("post rejected: %s (%s)", outcome.letter.reason, outcome.letter.detail)
                await publish_dead_letter(outcome.letter)
                continue
            _observe(metrics, outcome)
            body = outcome.post.model_dump_json(exclude_none=True).encode()
            await events.send(key=outcome.post.id.encode(), value=body)

    @app.agent(events, name="raise_alerts", concurrency=1)
    async def raise_alerts(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            try:
                post = ExtractedPost.model_validate_json(event.value)
            except ValidationError as exc:
                letter = dead_letter(event.value, _record(event), "schema", str(exc), "alert")
                await publish_dead_letter(letter)
                continue
            for alert in alerts_for(post):
                body = alert.model_dump_json(exclude_none=True).encode()
                key = alert.alert_id.encode()
                await alerts.send(key=key, value=body)
                await alerts_by_type[alert.type].send(key=key, value=body)
                metrics.alerts.labels(alert.type.value).inc()
                if alert.ingested_at is not None:
                    lag = dt.datetime.now(dt.UTC) - alert.ingested_at
                    metrics.ingest_to_alert_seconds.observe(max(lag.total_seconds(), 0.0))

    return NewsAlertsApp(app=app, topics=names, metrics=metrics)


def _observe(metrics: Metrics, outcome: Extracted) -> None:
    post = outcome.post
    metrics.posts_processed.labels(post.lang).inc()
    for stage, seconds in outcome.stage_seconds.items():
        metrics.stage_seconds.labels(stage).observe(seconds)
    for ev in post.events:
        metrics.events.labels(ev.type.value, post.lang).inc()
