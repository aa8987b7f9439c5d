"""On the real broker: reprints and independent reports of one tariff move become one alert,
updated when the magnitude changes, with its state kept across worker restarts."""

from __future__ import annotations

import asyncio
import json
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from subprocess import Popen

import pytest
from aiokafka import AIOKafkaProducer

from schemas.models import Alert
from streams.kafka.local_broker import free_port
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import ensure_topics, spawn_worker, stop_worker, wait_http
from tests.integration.conftest import consume_until

pytestmark = pytest.mark.kafka

WIRE = (
    "The United States will raise tariffs on China to 104%, the White House said, escalating a "
    "trade war between the world's two largest economies after Beijing announced retaliatory "
    "duties on American goods. Markets fell sharply on the announcement."
)
KOREAN = (
    "미국이 중국산 수입품에 대한 관세를 104%로 인상했다고 백악관이 8일 밝혔다. 중국 상무부는 "
    "끝까지 싸우겠다며 강력히 반발했다. 광둥성 수출업체들은 미국 바이어들의 주문 취소가 "
    "이어지고 있다고 전했다."
)
ANALYSTS = (
    "The United States will raise tariffs on China to 104% this week. Chinese officials "
    "responded within hours, and analysts at several banks cut their growth forecasts for both "
    "economies."
)
CORRECTION = (
    "The United States will raise tariffs on China to 125%, the White House said on Wednesday, "
    "a higher figure than the 104% reported the day before."
)


def post(pid: str, url: str, text: str, when: str) -> bytes:
    body = {"id": pid, "source": url.split("/")[2], "url": url, "published_at": when}
    return json.dumps({**body, "text": text, "lang": "ko" if "미국" in text else "en"}).encode()


@dataclass
class Restartable:
    """A worker process that a test can kill and start again on the same app id and topics."""

    bootstrap: str
    env: dict[str, str]
    log: Path
    proc: Popen[bytes] | None = None
    starts: int = field(default=0)

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.env['NEWSALERTS_WEB_PORT']}/metrics"

    async def start(self) -> None:
        self.proc = spawn_worker(self.bootstrap, self.env, log_path=self.log)
        self.starts += 1
        await asyncio.to_thread(wait_http, self.metrics_url, 120, self.proc)

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no final commit or flush."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None:
            stop_worker(self.proc)

    async def until_metric(self, line: str, seconds: float) -> None:
        async with asyncio.timeout(seconds):
            while True:
                if line in await self.metrics():
                    return
                await asyncio.sleep(0.5)

    async def metrics(self) -> str:
        def read() -> str:
            with urllib.request.urlopen(self.metrics_url, timeout=5) as resp:
                return str(resp.read().decode())

        return await asyncio.to_thread(read)


async def new_worker(
    bootstrap: str, tmp_path: Path, extra: dict[str, str] | None = None
) -> tuple[Restartable, TopicNames]:
    prefix = f"t{uuid.uuid4().hex[:8]}"
    env = {
        "NEWSALERTS_TOPIC_PREFIX": prefix,
        "NEWSALERTS_APP_ID": f"{prefix}-app",
        "NEWSALERTS_WEB_PORT": str(free_port()),
        "NEWSALERTS_DATA_DIR": str(tmp_path / "worker"),
        "NEWSALERTS_TOPIC_PARTITIONS": "2",
        # faust reads these itself: a SIGKILLed worker leaves the group after 8 s, not 60 s.
        "BROKER_SESSION_TIMEOUT": "8",
        "BROKER_HEARTBEAT_INTERVAL": "1",
        **(extra or {}),
    }
    settings = Settings(kafka_bootstrap=bootstrap, topic_prefix=prefix, topic_partitions=2)
    await asyncio.to_thread(ensure_topics, settings, bootstrap)
    return Restartable(bootstrap, env, tmp_path / "worker.log"), TopicNames(prefix)


async def send(
    bootstrap: str, topic: str, values: list[bytes], key: bytes | None = b"one-story"
) -> None:
    """One key: the posts keep their order through the posts topic's partitions."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


async def alerts_until(w: Restartable, topic: str, done: object, seconds: float) -> list[Alert]:
    def parsed(values: list[bytes]) -> list[Alert]:
        return [Alert.model_validate_json(v) for v in values]

    values = await consume_until(w.bootstrap, [topic], lambda vs: done(parsed(vs)), seconds)  # type: ignore[operator]
    return parsed(values)


async def test_reprints_and_independent_reports_make_one_alert_across_restarts(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    w, topics = await new_worker(kafka_bootstrap, tmp_path)
    await w.start()
    try:
        # One post after another: events are keyed by post id, so posts sent together may be
        # observed in any order across the events topic's partitions. The tracker's end state
        # does not depend on it, but the versions on the way do (a copy read first opens the
        # alert, and the original taking over as its source is one more version).
        await send(
            kafka_bootstrap,
            topics.posts,
            [post("wire-1", "https://www.wire.example/a/1", WIRE, "2025-04-08T12:00:00Z")],
        )
        await alerts_until(w, topics.alerts, lambda a: len(a) >= 1, 120)
        await send(
            kafka_bootstrap,
            topics.posts,
            [
                post(
                    "copy-1",
                    "https://news.courier.example.co.kr/x/9",
                    "By staff writers. " + WIRE + " All rights reserved.",
                    "2025-04-08T13:00:00Z",
                ),
                post(
                    "copy-2",
                    "https://gazette.example/world/3",
                    WIRE + " Read more on our markets page.",
                    "2025-04-08T14:00:00Z",
                ),
            ],
        )
        await w.until_metric("newsalerts_dedup_hits_total 2.0", 120)  # both copies seen
        await send(
            kafka_bootstrap,
            topics.posts,
            [post("ko-1", "https://www.koreanews.example/b/2", KOREAN, "2025-04-08T15:00:00Z")],
        )
        before = await alerts_until(
            w, topics.alerts, lambda a: any(x.source_count == 2 for x in a), 120
        )
        assert [(a.version, a.source_count) for a in before] == [(1, 1), (2, 2)], w.log
        assert before[-1].reprint_count == 2
        assert "newsalerts_dedup_hits_total 2.0" in await w.metrics()

        w.kill()  # 1: SIGKILL; RocksDB and the changelog carry the state
        await w.start()
        await send(
            kafka_bootstrap,
            topics.posts,
            [post("daily-1", "https://dailywire.example/c", ANALYSTS, "2025-04-08T16:00:00Z")],
        )
        await alerts_until(w, topics.alerts, lambda a: any(x.source_count == 3 for x in a), 120)

        w.stop()  # 2: a fresh data dir: state comes back from the changelog topics alone
        w.env["NEWSALERTS_DATA_DIR"] = str(tmp_path / "worker-fresh")
        await w.start()
        await send(
            kafka_bootstrap,
            topics.posts,
            [post("wire-2", "https://wire.example/a/2", CORRECTION, "2025-04-09T09:00:00Z")],
        )
        alerts = await alerts_until(
            w,
            topics.alerts,
            lambda a: any(x.magnitude and x.magnitude.value == 125 for x in a),
            120,
        )
    finally:
        w.stop()

    assert len({a.alert_id for a in alerts}) == 1  # one alert, the same id after both restarts
    assert [a.version for a in alerts] == [1, 2, 3, 4]  # no version lost, none repeated
    last = alerts[-1]
    assert (last.source_count, last.reprint_count) == (3, 2)  # wire.example counted once
    assert last.magnitude is not None and last.magnitude.value == 125
    assert last.corrected_from is not None and last.corrected_from.value == 104
    assert last.severity.value == "critical"
    assert {s.post_id for s in last.sources} == {"wire-1", "ko-1", "daily-1"}
    typed = await consume_until(
        kafka_bootstrap, [topics.alerts_of("tariff_change")], lambda v: len(v) >= 4, 30
    )
    assert Alert.model_validate_json(typed[-1]).version == 4


async def test_a_post_edited_to_no_longer_report_the_event_retracts_its_alert(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """A re-scraped post (same id) whose new text reports nothing: its alert's last version
    says so (retracted), once, and the retraction is counted."""
    w, topics = await new_worker(kafka_bootstrap, tmp_path)
    await w.start()
    url = "https://www.wire.example/a/7"
    try:
        await send(kafka_bootstrap, topics.posts, [post("w-7", url, WIRE, "2025-04-08T12:00:00Z")])
        await alerts_until(w, topics.alerts, lambda a: len(a) >= 1, 120)
        edited = "Markets were calm on Tuesday as investors waited for inflation figures."
        await send(
            kafka_bootstrap, topics.posts, [post("w-7", url, edited, "2025-04-08T12:00:00Z")]
        )
        alerts = await alerts_until(w, topics.alerts, lambda a: any(x.retracted for x in a), 120)
        # counted just after the versions are sent: wait for it rather than race it
        retracted = 'newsalerts_alerts_retracted_total{severity="warning",type="tariff_change"}'
        await w.until_metric(retracted + " 1.0", 30)
    finally:
        w.stop()

    assert [(a.version, a.retracted) for a in alerts] == [(1, False), (2, True)], w.log
    assert len({a.alert_id for a in alerts}) == 1
    assert alerts[-1].magnitude is not None and alerts[-1].magnitude.value == 104
