"""``newsalerts bench``: posts/s and ingest→alert latency on the real broker.

Two runs in one invocation, on the same broker with the same messages:
1. the newsalerts worker (a child process, exactly as deployed): posts → events → alerts;
2. a raw aiokafka consume-and-produce passthrough: the floor any Kafka pipeline pays.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

from schemas.models import Alert
from streams.kafka.local_broker import create_topics, free_port
from streams.worker import spawn_worker, stop_worker, wait_http


@dataclass
class BenchResult:
    name: str
    posts: int
    seconds: float
    posts_per_s: float
    p50_ms: float
    p99_ms: float


# Each benchmark post reports its own happening (actor × product × month), so every post
# opens exactly one alert and ingest→alert latency is measured on all of them. Filler
# sentences (no events) give the posts news-like length and the Korean ones real morphology.
_ACTORS = [
    ("Canada", "캐나다"),
    ("Japan", "일본"),
    ("Mexico", "멕시코"),
    ("India", "인도"),
    ("Brazil", "브라질"),
    ("Australia", "호주"),
    ("Germany", "독일"),
    ("France", "프랑스"),
]
_GOODS = [
    ("steel", "철강"),
    ("rice", "쌀"),
    ("lumber", "목재"),
    ("copper", "구리"),
    ("cars", "자동차"),
    ("chips", "반도체"),
    ("solar panels", "태양광 패널"),
]
_FILLER = {
    "en": [
        "Officials said the measure followed months of consultations with industry groups.",
        "Importers said they would review their contracts in the coming weeks.",
        "The statement did not say how the change would be enforced at ports.",
        "Analysts expect trade volumes to adjust over the next two quarters.",
        "Domestic producers have long complained about cheap shipments.",
    ],
    "ko": [
        "정부 관계자는 업계와 여러 차례 협의를 거쳤다고 설명했다.",
        "수입업체들은 앞으로 몇 주 동안 계약 내용을 검토할 계획이다.",
        "발표문에는 항만에서의 구체적인 집행 방식이 담기지 않았다.",
        "전문가들은 향후 두 분기 동안 교역량이 조정될 것으로 내다봤다.",
        "국내 생산업체들은 그동안 값싼 수입품에 대한 불만을 제기해 왔다.",
    ],
}


def bench_posts(n: int) -> list[bytes]:
    """N posts, alternating English and Korean, each about a distinct tariff change."""
    out = []
    for i in range(n):
        (actor_en, actor_ko), (good_en, good_ko) = _ACTORS[i % 8], _GOODS[(i // 8) % 7]
        month, year, rate = 1 + (i // 56) % 12, 2000 + i // 672, 10 + i % 40
        lang = "ko" if i % 2 else "en"
        if lang == "ko":
            lead = (
                f"{actor_ko} 정부는 {good_ko} 수입품에 대한 관세율을 {rate}%로 인상한다고 밝혔다."
            )
        else:
            lead = (
                f"{actor_en} said on Tuesday it will raise tariffs on {good_en} imports to {rate}%."
            )
        filler = " ".join(_FILLER[lang][(i + k) % 5] for k in range(4))
        post = {
            "id": f"bench-{i}",
            "source": f"bench-{i % 5}",
            "published_at": f"{year}-{month:02d}-05T09:00:00+00:00",
            "text": f"{lead} {filler}",
        }
        out.append(json.dumps(post, ensure_ascii=False).encode())
    return out


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def summarise(name: str, n: int, seconds: float, latencies_s: list[float]) -> BenchResult:
    ms = [x * 1000 for x in latencies_s]
    return BenchResult(
        name,
        n,
        round(seconds, 3),
        round(n / seconds, 1),
        round(_percentile(ms, 50), 1),
        round(_percentile(ms, 99), 1),
    )


async def _produce(
    bootstrap: str, topic: str, values: list[bytes], rate: float | None = None
) -> float:
    """Send ``values``: as fast as possible, or paced at ``rate`` posts/s (for latency)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=2)
    await producer.start()
    began = time.time()
    try:
        futures = []
        for i, value in enumerate(values):
            if rate:
                await asyncio.sleep(max(0.0, began + i / rate - time.time()))
            futures.append(await producer.send(topic, value))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return began


_UNTIL_QUIET = 1 << 62  # read until the time runs out
Latency = Callable[["ConsumerRecord[bytes, bytes]"], float | None]


async def _collect(
    bootstrap: str, topic: str, want: int, seconds: float, latency: Latency
) -> tuple[list[float], float]:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    lat: list[float] = []
    count, last = 0, time.time()
    try:
        async with asyncio.timeout(seconds):
            while count < want:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for rec in records:
                        count += 1
                        last = rec.timestamp / 1000
                        value = latency(rec)
                        if value is not None:
                            lat.append(value)
    except TimeoutError:
        # Report what arrived: how many alerts a run yields depends on clustering.
        if want != _UNTIL_QUIET:
            raise
    finally:
        await consumer.stop()
    return lat, last


def _alert_latency(rec: ConsumerRecord[bytes, bytes]) -> float | None:
    """Alert record time (when the worker sent it) minus the post's broker timestamp."""
    alert = Alert.model_validate_json(rec.value or b"{}")
    if alert.ingested_at is None:
        return None
    return int(rec.timestamp) / 1000 - alert.ingested_at.timestamp()


async def run_pipeline(bootstrap: str, n: int, rate: float | None = None) -> BenchResult:
    prefix = f"bench{uuid.uuid4().hex[:6]}"
    port = free_port()
    env = {
        "NEWSALERTS_TOPIC_PREFIX": prefix,
        "NEWSALERTS_APP_ID": prefix,
        "NEWSALERTS_WEB_PORT": str(port),
        "NEWSALERTS_DATA_DIR": tempfile.mkdtemp(prefix="newsalerts-bench-"),
        "NEWSALERTS_LOG_LEVEL": "warning",
    }
    values = bench_posts(n + 1)
    proc = spawn_worker(bootstrap, env)
    try:
        wait_http(f"http://127.0.0.1:{port}/metrics", 120, proc)
        posts, events, alerts = (f"{prefix}.{t}.v1" for t in ("posts", "events", "alerts"))
        # Warm-up: one post through, so the consumer group has joined before the clock starts.
        await _produce(bootstrap, posts, values[:1])
        await _collect(bootstrap, events, 1, 120, _no_latency)
        began = await _produce(bootstrap, posts, values[1:], rate)
        # Throughput: every post yields one extracted post on the events topic.
        _, last = await _collect(bootstrap, events, n + 1, 900, _no_latency)
        # Latency: every alert version published so far (their number depends on clustering).
        lat, _ = await _collect(bootstrap, alerts, _UNTIL_QUIET, 10, _alert_latency)
        lat = [x for x in lat if x >= 0 and x < time.time() - began + 60][1:]
        name = f"newsalerts worker, {_pace(rate)} ({len(lat)} alerts)"
        return summarise(name, n, last - began, lat)
    finally:
        stop_worker(proc)


def _no_latency(rec: ConsumerRecord[bytes, bytes]) -> float | None:
    return None


def _relayed_latency(rec: ConsumerRecord[bytes, bytes]) -> float | None:
    src_ms: bytes | None = dict(rec.headers).get("src_ts")
    return (int(rec.timestamp) - int(src_ms)) / 1000 if src_ms else None


async def run_passthrough(bootstrap: str, n: int, rate: float | None = None) -> BenchResult:
    tag = uuid.uuid4().hex[:6]
    src, dst = f"pass{tag}.in", f"pass{tag}.out"
    await create_topics(bootstrap, [(src, 4, {}), (dst, 4, {})])
    relay = asyncio.create_task(_relay(bootstrap, src, dst, f"relay{tag}", n + 1))
    values = bench_posts(n + 1)
    await _produce(bootstrap, src, values[:1])  # warm-up, as for the worker
    await _collect(bootstrap, dst, 1, 120, _no_latency)
    began = await _produce(bootstrap, src, values[1:], rate)
    lat, last = await _collect(bootstrap, dst, n + 1, 900, _relayed_latency)
    await relay
    return summarise(f"raw aiokafka passthrough, {_pace(rate)}", n, last - began, lat[1:])


async def _relay(bootstrap: str, src: str, dst: str, group: str, n: int) -> None:
    """Consume and produce like an at-least-once agent: send, don't wait per message."""
    consumer = AIOKafkaConsumer(
        src, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=2)
    await consumer.start()
    await producer.start()
    pending = []
    try:
        async for rec in consumer:
            headers = [("src_ts", str(rec.timestamp).encode())]
            pending.append(await producer.send(dst, rec.value, key=rec.key, headers=headers))
            if len(pending) >= n:
                break
        await asyncio.gather(*pending)
    finally:
        await consumer.stop()
        await producer.stop()


def _pace(rate: float | None) -> str:
    return f"paced {rate:g}/s" if rate else "burst"


async def run_all(bootstrap: str, n: int, rate: float) -> list[BenchResult]:
    """Burst runs measure throughput; paced runs (below capacity) measure latency."""
    return [
        await run_pipeline(bootstrap, n),
        await run_pipeline(bootstrap, n, rate),
        await run_passthrough(bootstrap, n),
        await run_passthrough(bootstrap, n, rate),
    ]


def as_rows(results: list[BenchResult]) -> list[dict[str, object]]:
    return [asdict(r) for r in results]
