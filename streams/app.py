"""The faust app: its topics, tables and agents, declared where a reader looks first.

    posts ──process_posts──▶ events ──observe_events──▶ observations ──raise_alerts──▶ alerts,
        └──────────────────▶ posts.deadletter   (by post id)     (by cluster key)   alerts.<type>
    alerts ──deliver_alerts──▶ groups ──(timer, per receiver)──▶ Slack / topics
                                                                 └─▶ deliveries.deadletter

Tables: ``post-keys`` (post id → the cluster keys it reported, beside the events topic),
``clusters`` (cluster key → cluster state, beside the observations topic), ``groups`` and
``nflog`` (alert id → pending versions / delivery log, beside the alerts topic).

Agents are short loops: the work is in pure functions (``streams.process``,
``streams.cluster.tracker``, ``streams.deliver.dispatch``) that the offline commands and the
tests call too; table plumbing is in ``streams.tables``, delivery wiring in
``streams.deliver.wiring``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from pydantic import BaseModel, ValidationError

from schemas.models import (
    Alert,
    DeadLetter,
    EventType,
    ExtractedPost,
    Observation,
)
from streams.cluster.observe import observations
from streams.cluster.tracker import Change, KeyState, TrackerConfig, observe
from streams.deliver.dispatch.route import load_subscriptions
from streams.deliver.wiring import build_dispatcher, changelogs_ready
from streams.intake import SourceRecord, dead_letter
from streams.isolated import IsolatedExtractor
from streams.kafka.stall import STALL_CHECK_SECONDS, StallGuard
from streams.kafka.transport import App
from streams.metrics import Metrics, actor_label
from streams.pipeline import Pipeline, default_pipeline
from streams.process import Extracted, Rejected
from streams.settings import Settings
from streams.tables import json_table, raw_topic, table_store
from streams.topics import OUTPUT_MAX_BYTES, TopicNames

log = logging.getLogger("newsalerts.app")
M = TypeVar("M", bound=BaseModel)

# A post re-scraped later than this can no longer withdraw its reports (bounds the table).
POST_KEYS_RETENTION = {"cleanup.policy": "compact,delete", "retention.ms": str(30 * 86400 * 1000)}


@dataclass
class NewsAlertsApp:
    """The faust app with the handles tests and the CLI need."""

    app: faust.App
    topics: TopicNames
    metrics: Metrics


def faust_broker_url(bootstrap: str) -> str:
    return ";".join(f"kafka://{hp.strip()}" for hp in bootstrap.split(",") if hp.strip())


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
    app = App(
        settings.app_id,
        broker=faust_broker_url(bootstrap),
        datadir=str(settings.data_dir),
        store=table_store(settings),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_acks=-1,  # acks=all: a post is not committed before its outputs are durable
        consumer_auto_offset_reset="earliest",
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        broker_commit_interval=1.0,
        # What the worker writes about a post is larger than the post (streams/topics.py).
        producer_max_request_size=OUTPUT_MAX_BYTES,
        consumer_max_fetch_size=OUTPUT_MAX_BYTES,
    )
    setup_prometheus_sensors(app, registry=metrics.registry, name_prefix="faust")
    _guard_stalls(app, metrics)

    posts = raw_topic(app, names.posts)
    dead_letters = raw_topic(app, names.dead_letters)
    events = raw_topic(app, names.events)
    alerts = raw_topic(app, names.alerts)
    alerts_by_type = {t: raw_topic(app, names.alerts_of(t)) for t in EventType}

    # Extraction runs in a child process with a deadline per post (streams/isolated.py), so
    # a post that stalls or crashes it is dead-lettered instead of stopping the worker. The
    # calls wait on a pipe: off the event loop, so heartbeats and commits keep flowing while
    # a long post is analysed.
    extractor = IsolatedExtractor(
        pipeline_factory, settings.extract_timeout_seconds, settings.log_level
    )
    extractor.start()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")

    async def publish_dead_letter(letter: DeadLetter) -> None:
        metrics.dead_letters.labels(letter.stage).inc()
        await dead_letters.send(value=letter.model_dump_json().encode())

    async def parse_or_dead_letter(model: type[M], event: Any) -> M | None:
        """Our own topics carry our models; anything else there is kept as a dead letter."""
        try:
            return model.model_validate_json(event.value)
        except ValidationError as exc:
            letter = dead_letter(event.value, _record(event), "schema", str(exc), "alert")
            await publish_dead_letter(letter)
            return None

    @app.agent(posts, name="process_posts", concurrency=1)
    async def process_posts(stream: faust.StreamT[bytes]) -> None:
        loop = asyncio.get_running_loop()
        async for event in stream.events():
            metrics.posts_received.inc()
            ingested = dt.datetime.fromtimestamp(event.message.timestamp, dt.UTC)
            outcome = await loop.run_in_executor(
                executor, extractor.process, event.value, _record(event), ingested
            )
            if isinstance(outcome, Rejected):
                metrics.posts_rejected.labels(outcome.letter.reason).inc()
                log.warning("post rejected: %s (%s)", outcome.letter.reason, outcome.letter.detail)
                await publish_dead_letter(outcome.letter)
                continue
            _observe(metrics, outcome)
            await events.send(key=outcome.post.id.encode(), value=outcome.body)

    observed = raw_topic(app, names.observations)
    post_keys = json_table(app, "post-keys", extra_topic_configs=POST_KEYS_RETENTION)
    clusters = json_table(app, "clusters")
    tracker = TrackerConfig.from_settings(settings)

    @app.agent(events, name="observe_events", concurrency=1)
    async def observe_events(stream: faust.StreamT[bytes]) -> None:
        # Repartition: events are keyed by post id, cluster state by cluster key.
        async for event in stream.events():
            post = await parse_or_dead_letter(ExtractedPost, event)
            if post is None:
                continue
            ingested = dt.datetime.fromtimestamp(event.message.timestamp, dt.UTC)
            reports = observations(post, _keys_of(post_keys, post.id), ingested)
            _remember(post_keys, post.id, [o.key for o in reports if o.event is not None])
            for obs in reports:
                body = obs.model_dump_json(exclude_none=True).encode()
                await observed.send(key=obs.key.encode(), value=body)

    async def publish_alert(alert: Alert, change: Change) -> None:
        body = alert.model_dump_json(exclude_none=True).encode()
        key = alert.alert_id.encode()
        await alerts.send(key=key, value=body)
        await alerts_by_type[alert.type].send(key=key, value=body)
        _count(metrics, alert, change)

    @app.agent(observed, name="raise_alerts", concurrency=1)
    async def raise_alerts(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            obs = await parse_or_dead_letter(Observation, event)
            if obs is None:
                continue
            raw = clusters.get(obs.key)
            state = KeyState.model_validate_json(raw) if raw else None
            step = observe(state, obs, dt.datetime.now(dt.UTC), tracker)
            clusters[obs.key] = step.state.model_dump_json().encode()
            if step.reprint:
                metrics.dedup_hits.inc()
            if step.alert is not None and step.change is not None:
                await publish_alert(step.alert, step.change)

    if settings.subscriptions_file is not None:
        _add_delivery(app, settings, names, metrics, alerts)

    return NewsAlertsApp(app=app, topics=names, metrics=metrics)


def _guard_stalls(app: faust.App, metrics: Metrics) -> None:
    guard = StallGuard(app)

    async def check_stalls() -> None:
        metrics.partition_rewinds.inc(len(await guard.check()))

    # Called, not used as a decorator: faust's timer decorator is untyped.
    app.timer(interval=STALL_CHECK_SECONDS, name="stall_guard")(check_stalls)


def _keys_of(table: MutableMapping[str, bytes], post_id: str) -> list[str]:
    raw = table.get(post_id)
    return [str(k) for k in json.loads(raw)] if raw else []


def _remember(table: MutableMapping[str, bytes], post_id: str, keys: list[str]) -> None:
    if keys:
        table[post_id] = json.dumps(sorted(keys)).encode()
    elif post_id in table:
        del table[post_id]


def _count(metrics: Metrics, alert: Alert, change: Change) -> None:
    kind, level = alert.type.value, alert.severity.value
    metrics.alerts.labels(kind).inc()
    metrics.alert_actors.labels(actor_label(alert.actor, alert.actor_id)).inc()
    if change == "opened":
        metrics.alerts_opened.labels(kind, level).inc()
    elif change == "retracted":
        metrics.alerts_retracted.labels(kind, level).inc()
    else:
        metrics.alerts_updated.labels(kind, level).inc()
    if alert.ingested_at is not None:
        lag = dt.datetime.now(dt.UTC) - alert.ingested_at
        metrics.ingest_to_alert_seconds.observe(max(lag.total_seconds(), 0.0))


# --- delivery ------------------------------------------------------------------------------


def _add_delivery(
    app: faust.App, settings: Settings, names: TopicNames, metrics: Metrics, alerts: Any
) -> None:
    """deliver_alerts (route + group, in the stream) and the timer and tasks that send."""
    assert settings.subscriptions_file is not None
    subs = load_subscriptions(settings.subscriptions_file)
    dispatcher = build_dispatcher(app, settings, names, metrics, subs)
    max_age = dt.timedelta(hours=settings.delivery_max_age_hours)

    @app.agent(alerts, name="deliver_alerts", concurrency=1)
    async def deliver_alerts(stream: faust.StreamT[bytes]) -> None:
        await changelogs_ready(app)
        async for event in stream.events():
            try:
                alert = Alert.model_validate_json(event.value)
            except ValidationError:
                log.warning("unreadable alert skipped", extra={"offset": event.message.offset})
                continue
            if dt.datetime.now(dt.UTC) - alert.last_updated > max_age:
                continue  # a new consumer group replaying old news: nobody wants it now
            dispatcher.on_alert(alert)

    async def dispatch_due() -> None:
        dispatcher.tick()

    async def prune_nflog() -> None:
        dispatcher.prune()

    async def deliver_to_receivers() -> None:
        await changelogs_ready(app)
        await asyncio.gather(*(dispatcher.run_receiver(n) for n in dispatcher.notifiers))

    # Called, not used as decorators: faust's timer/task decorators are untyped.
    app.timer(interval=0.25, name="dispatch_due")(dispatch_due)
    app.timer(interval=3600.0, name="prune_nflog")(prune_nflog)
    app.task(deliver_to_receivers)

    log.info("delivery on: receivers %s", sorted(dispatcher.notifiers))


def _observe(metrics: Metrics, outcome: Extracted) -> None:
    post = outcome.post
    metrics.posts_processed.labels(post.lang).inc()
    for stage, seconds in outcome.stage_seconds.items():
        metrics.stage_seconds.labels(stage).observe(seconds)
    for ev in post.events:
        metrics.events.labels(ev.type.value, post.lang).inc()
