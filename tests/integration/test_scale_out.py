"""Scale-out on the real broker: two workers in one consumer group, then one of them killed.

1. Two worker processes with the same app id (= consumer group) on 4-partition topics share
   the partitions: each reads a disjoint, non-empty part of the posts topic; every post reaches
   the events topic; every alert version, keyed (alert_id, version), is published once.
2. One worker is SIGKILLed (no clean leave) while posts keep coming: the group evicts it after
   the session timeout and the survivor takes its partitions over. Every post id still reaches
   the events topic (at-least-once: re-processed posts may appear twice, none may be missing).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import random
import signal
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families

from schemas.models import Alert, DeadLetter, ExtractedPost
from streams.cli.produce import send_all
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import ensure_topics
from tests.integration.conftest import consume_until
from tests.integration.prometheus import WorkerProcess, running_worker

pytestmark = [pytest.mark.kafka, pytest.mark.scaleout]

PARTITIONS = 4
# faust reads these from the environment: a killed worker is evicted after 10 s, not 60 s.
FAST_FAILOVER = {"BROKER_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}
ACTORS = ["Canada", "Japan", "Mexico", "India", "Brazil", "Australia", "Germany", "France"]
PRODUCTS = ["steel", "aluminium", "rice", "lumber", "solar panels", "cars", "chips", "copper"]
# Filler vocabulary: every post gets its own sentences, so no post is a reprint of another.
# fmt: off
WORDS = [
    "harbour", "committee", "weather", "festival", "museum", "river", "concert", "library",
    "bridge", "garden", "station", "orchestra", "mountain", "village", "market", "teacher",
    "stadium", "ferry", "lantern", "bakery", "painter", "island", "hospital", "novel", "tunnel",
    "glacier", "theatre", "farmer", "valley", "poet", "canal", "meadow", "chapel", "vineyard",
]
# fmt: on


def make_post(index: int, phase: str) -> bytes:
    """A valid English post about one distinct happening (actor, product, month)."""
    rng = random.Random(f"{phase}-{index}")
    actor, product = ACTORS[index % len(ACTORS)], PRODUCTS[(index // 8) % len(PRODUCTS)]
    month = dt.datetime(2020, 1, 15, tzinfo=dt.UTC) + dt.timedelta(days=31 * index)
    new, old = 10 + index % 40, 5 + index % 5
    filler = " ".join(
        " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(3)
    )
    text = (
        f"{actor} said on Wednesday it will raise tariffs on {product} imports to {new}% "
        f"from {old}%, citing a surge of cheap shipments.\n{filler}"
    )
    post = {
        "id": f"{phase}-{index:03d}",
        "source": "scale-test",
        "published_at": month.isoformat(),
        "lang": "en",
        "title": f"{actor} raises tariffs on {product}",
        "text": text,
    }
    return json.dumps(post).encode()


def scrape(worker: WorkerProcess) -> dict[str, list[tuple[dict[str, str], float]]]:
    """The worker's /metrics as {sample name: [(labels, value)]}."""
    with urllib.request.urlopen(worker.metrics_url, timeout=5) as resp:
        text = resp.read().decode()
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples.setdefault(s.name, []).append((s.labels, s.value))
    return samples


def posts_partitions(worker: WorkerProcess, topic: str) -> set[int]:
    """Partitions of ``topic`` this worker received messages from since its last rebalance
    (faust's sensor clears the gauge at every rebalance)."""
    found = scrape(worker).get("faust_messages_received_per_topics_partition", [])
    return {int(labels["partition"]) for labels, _ in found if labels["topic"] == topic}


def posts_received(worker: WorkerProcess) -> float:
    return sum(v for _, v in scrape(worker).get("newsalerts_posts_received_total", []))


async def group_members(bootstrap: str, group: str) -> tuple[str, int]:
    """(state, number of members) of a consumer group, from the broker."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        response = (await admin.describe_consumer_groups([group]))[0]
    except KafkaError:  # e.g. no coordinator yet: the offsets topic is still being created
        return "", 0
    finally:
        await admin.close()
    described = response.to_object()["groups"][0]
    return described["state"], len(described["members"])


async def wait_for(what: str, check: Callable[[], Any], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not after {seconds:.0f}s")
        await asyncio.sleep(0.5)


def extracted_ids(values: list[bytes]) -> list[str]:
    return [ExtractedPost.model_validate_json(v).id for v in values]


async def events_ids(bootstrap: str, topics: TopicNames, ids: set[str], seconds: float) -> set[str]:
    values = await consume_until(
        bootstrap, [topics.events], lambda v: set(extracted_ids(v)) >= ids, seconds
    )
    return set(extracted_ids(values))


async def missing_report(bootstrap: str, topics: TopicNames, missing: set[str]) -> str:
    """Why posts are missing: dead-lettered (with the reason) or nowhere."""
    letters = await consume_until(bootstrap, [topics.dead_letters], lambda v: False, 3)
    reasons = {}
    for raw in letters:
        letter = DeadLetter.model_validate_json(raw)
        key = base64.b64decode(letter.original_key_b64 or "").decode(errors="replace")
        if key in missing:
            reasons[key] = f"{letter.stage}/{letter.reason}: {letter.detail[:200]}"
    return f"missing {len(missing)} post(s), e.g. {sorted(missing)[:5]}; dead letters: {reasons}"


async def all_alerts(bootstrap: str, topics: TopicNames, settle: float = 3.0) -> list[Alert]:
    """Every alert message so far, once the topic stopped growing for ``settle`` seconds."""
    seen = -1
    values: list[bytes] = []
    deadline = time.monotonic() + 90
    while len(values) != seen and time.monotonic() < deadline:
        seen = len(values)
        await asyncio.sleep(settle)
        values = await consume_until(bootstrap, [topics.alerts], lambda v: False, 2)
    return [Alert.model_validate_json(v) for v in values]


async def offsets_report(bootstrap: str, group: str, topic: str, missing: set[str]) -> str:
    """Where the missing posts sit (partition, offset) against the group's committed offset and
    the log end of each partition: tells a post never fetched from one fetched and dropped."""
    committed: dict[TopicPartition, Any] = {}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        await admin.start()
        committed = await admin.list_consumer_group_offsets(group)
    except KafkaError:  # no coordinator (yet): the offsets below still say where posts are
        pass
    finally:
        await admin.close()
    try:
        tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            ends = await consumer.end_offsets(tps)
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            where: dict[str, tuple[int, int]] = {}
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and any(
                [await consumer.position(tp) < ends[tp] for tp in tps]
            ):
                for tp, records in (await consumer.getmany(timeout_ms=1000)).items():
                    for r in records:
                        key = (r.key or b"").decode(errors="replace")
                        if key in missing:
                            where[key] = (tp.partition, r.offset)
        finally:
            await consumer.stop()
        parts = [
            f"p{tp.partition} committed {committed[tp].offset if tp in committed else None}"
            f" end {ends[tp]}"
            for tp in tps
        ]
        return f"missing at (partition, offset) {where}; {'; '.join(parts)}"
    except Exception as exc:  # a diagnostic must never hide the failure it explains
        return f"offsets unavailable: {exc!r}"


# aiokafka's routine complaints while a group forms or a member is evicted.
ROUTINE = ("Heartbeat failed", "Marking the coordinator dead", "Group Coordinator Request failed")


def warnings(worker: WorkerProcess, last: int = 20) -> str:
    """The worker's last warnings and errors, one short line each: what the stall guard and
    faust said, without the asyncio task dump that fills the end of the log on failure."""
    lines = []
    for raw in worker.log_tail(2_000_000).splitlines():
        try:
            rec = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(rec, dict) or rec.get("level") not in ("warning", "error"):
            continue
        msg = str(rec.get("msg", ""))
        if not msg.startswith(ROUTINE):
            lines.append(f"{str(rec.get('ts', ''))[11:23]} {rec.get('logger')}: {msg[:240]}")
    return f"{worker.log.name}: " + (" | ".join(lines[-last:]) or "no warnings")


def rewinds(worker: WorkerProcess) -> float:
    return sum(v for _, v in scrape(worker).get("newsalerts_partition_rewinds_total", []))


@pytest.fixture
def group(kafka_bootstrap: str, tmp_path: Path) -> Iterator[tuple[TopicNames, dict[str, str]]]:
    prefix = f"x{uuid.uuid4().hex[:8]}"
    ensure_topics(Settings(topic_prefix=prefix, topic_partitions=PARTITIONS), kafka_bootstrap)
    env = {
        "NEWSALERTS_TOPIC_PREFIX": prefix,
        "NEWSALERTS_APP_ID": f"{prefix}-app",
        "NEWSALERTS_TOPIC_PARTITIONS": str(PARTITIONS),
        **FAST_FAILOVER,
    }
    yield TopicNames(prefix), env


async def test_two_workers_share_partitions_and_survive_a_kill(
    kafka_bootstrap: str, group: tuple[TopicNames, dict[str, str]], tmp_path: Path
) -> None:
    topics, env = group
    bootstrap = kafka_bootstrap
    with ExitStack() as stack:
        workers = [
            stack.enter_context(
                running_worker(
                    bootstrap,
                    {**env, "NEWSALERTS_DATA_DIR": str(tmp_path / name)},
                    tmp_path / f"{name}.log",
                )
            )
            for name in ("a", "b")
        ]
        survivor, victim = workers

        async def stable_pair() -> bool:
            """Stable with both members over three looks 3 s apart: a worker's start can take
            the group through more than one rebalance (the second member joins, then faust
            declares more topics), and one that clears the partition gauges halfway through
            the first phase would fail it for no fault of the workers."""
            for look in range(3):
                if look:
                    await asyncio.sleep(3)
                if await group_members(bootstrap, env["NEWSALERTS_APP_ID"]) != ("Stable", 2):
                    return False
            return True

        await wait_for("both workers in the consumer group", stable_pair, 120)
        await _share_the_partitions(bootstrap, topics, workers, env["NEWSALERTS_APP_ID"])
        await _survive_a_kill(bootstrap, topics, survivor, victim, env["NEWSALERTS_APP_ID"])


async def _share_the_partitions(
    bootstrap: str, topics: TopicNames, workers: list[WorkerProcess], group_id: str
) -> None:
    first = [make_post(i, "one") for i in range(40)]
    ids = {json.loads(p)["id"] for p in first}
    await send_all(bootstrap, topics.posts, first)
    seen = await events_ids(bootstrap, topics, ids, 120)
    if not seen >= ids:
        state = [
            (posts_received(w), posts_partitions(w, topics.posts), rewinds(w)) for w in workers
        ]
        offsets = await offsets_report(bootstrap, group_id, topics.posts, ids - seen)
        for w in workers:  # mode's Worker dumps its asyncio tasks on SIGUSR1
            w.proc.send_signal(signal.SIGUSR1)
        await asyncio.sleep(2)
        for w in workers:
            print(w.log.name, w.log.read_text(errors="replace")[-12000:])
        report = await missing_report(bootstrap, topics, ids - seen)
        raise AssertionError(
            f"{report}; {offsets}; per worker (received, partitions, rewinds): {state}; "
            + "; ".join(warnings(w) for w in workers)
        )

    parts = [posts_partitions(w, topics.posts) for w in workers]
    logs = "\n".join(w.log_tail(1500) for w in workers)
    assert all(parts), f"a worker received no posts: {parts}\n{logs}"
    assert not parts[0] & parts[1], f"a partition read by both workers: {parts}"
    assert parts[0] | parts[1] == set(range(PARTITIONS)), parts
    assert all(posts_received(w) > 0 for w in workers)

    alerts = await all_alerts(bootstrap, topics)
    assert alerts, f"no alert from {len(first)} tariff posts\n{logs}"
    versions = Counter((a.alert_id, a.version) for a in alerts)
    assert [k for k, n in versions.items() if n > 1] == [], "an alert version published twice"


async def _survive_a_kill(
    bootstrap: str,
    topics: TopicNames,
    survivor: WorkerProcess,
    victim: WorkerProcess,
    group_id: str,
) -> None:
    victim_parts = posts_partitions(victim, topics.posts)
    second = [make_post(i, "two") for i in range(60)]
    ids = {json.loads(p)["id"] for p in second}
    before = posts_received(victim)
    await send_all(bootstrap, topics.posts, second[:20])

    async def victim_busy() -> bool:
        return posts_received(victim) > before

    await wait_for("the victim processes the new posts", victim_busy, 60)
    victim.proc.send_signal(signal.SIGKILL)  # no commit, no LeaveGroup: a crash
    victim.proc.wait(10)
    await send_all(bootstrap, topics.posts, second[20:])

    seen = await events_ids(bootstrap, topics, ids, 150)
    if not seen >= ids:
        missing = ids - seen
        report = await missing_report(bootstrap, topics, missing)
        offsets = await offsets_report(bootstrap, group_id, topics.posts, missing)
        raise AssertionError(
            f"{report}; {offsets}; victim's partitions {victim_parts}; survivor rewinds "
            f"{rewinds(survivor)}; {warnings(survivor)}\n{survivor.log_tail()}"
        )
    taken_over = posts_partitions(survivor, topics.posts)
    assert victim_parts <= taken_over, f"victim had {victim_parts}, survivor reads {taken_over}"
