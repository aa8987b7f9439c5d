"""Delivery on the real broker to a local server that answers like Slack's webhooks.

Alert versions are written straight to the alerts topic (clustering is tested elsewhere); the
worker routes, groups, rate-limits, retries, dead-letters and records them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from schemas.models import (
    Alert,
    AlertSource,
    DeliveryDeadLetter,
    EventStatus,
    EventType,
    Magnitude,
    Severity,
)
from tests.integration.conftest import consume_until
from tests.integration.fake_slack import FakeSlack, Reply
from tests.integration.test_alert_lifecycle import Restartable, new_worker, send

pytestmark = pytest.mark.kafka

INJECTION = "<!channel> <!here> <@U024BE7LH> <http://evil.example|yourbank.com>"


def subscriptions(path: Path, feed_topic: str) -> Path:
    path.write_text(
        f"""
[[receivers]]
name = "desk"
kind = "slack"
url_env = "SLACK_WEBHOOK_DESK"

[[receivers]]
name = "gone"
kind = "slack"
url_env = "SLACK_WEBHOOK_GONE"

[[receivers]]
name = "feed"
kind = "topic"
topic = "{feed_topic}"

[[routes]]
name = "tariffs"
receivers = ["desk"]
types = ["tariff_change"]
group_wait = "200ms"
group_interval = "1s"

[[routes]]
name = "budget"
receivers = ["gone"]
types = ["budget_cut"]
group_wait = 0

[[routes]]
name = "critical"
receivers = ["feed"]
min_severity = "critical"
group_wait = 0
"""
    )
    return path


def alert(alert_id: str, version: int = 1, **kw: object) -> Alert:
    now = dt.datetime.now(dt.UTC)
    base: dict[str, object] = {
        "alert_id": alert_id,
        "version": version,
        "type": EventType.TARIFF_CHANGE,
        "headline": f"Tariff change: US → China (125%) {alert_id}",
        "actor": "US",
        "target": "China",
        "magnitude": Magnitude(value=125, unit="%"),
        "status": EventStatus.IMPLEMENTED,
        "lang": "en",
        "severity": Severity.WARNING,
        "sources": [
            AlertSource(post_id="p", source="wire", url="https://wire.example/1", evidence="q")
        ],
        "first_seen": now,
        "last_updated": now,
    }
    base.update(kw)
    return Alert.model_validate(base)


async def publish(w: Restartable, topic: str, *alerts: Alert) -> None:
    for a in alerts:
        body = a.model_dump_json(exclude_none=True).encode()
        await send(w.bootstrap, topic, [body], key=a.alert_id.encode())


async def delivery_worker(
    kafka_bootstrap: str, tmp_path: Path, slack: FakeSlack
) -> tuple[Restartable, str]:
    feed = f"feed-{tmp_path.name[-12:]}".replace("_", "-")
    w, _ = await new_worker(
        kafka_bootstrap,
        tmp_path,
        {
            "SLACK_WEBHOOK_DESK": slack.url("desk"),
            "SLACK_WEBHOOK_GONE": slack.url("gone"),
            "NEWSALERTS_DELIVERY_BACKOFF_SECONDS": "0.3",
        },
    )
    w.env["NEWSALERTS_SUBSCRIPTIONS_FILE"] = str(subscriptions(tmp_path / "subs.toml", feed))
    await w.start()
    return w, feed


def hook_secret(slack: FakeSlack) -> str:
    return slack.url("desk").split("/services/")[1]


async def test_rate_limit_retries_dead_letters_and_escaping(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    async with FakeSlack() as slack:
        await rate_limit_retries_dead_letters_and_escaping(kafka_bootstrap, tmp_path, slack)


async def rate_limit_retries_dead_letters_and_escaping(
    kafka_bootstrap: str, tmp_path: Path, slack: FakeSlack
) -> None:
    slack.script("desk", Reply(429, "rate_limited", retry_after=2), Reply(500, "internal_error"))
    slack.script("gone", Reply(404, "no_service"))
    w, feed = await delivery_worker(kafka_bootstrap, tmp_path, slack)
    t = w.env["NEWSALERTS_TOPIC_PREFIX"]
    alerts_topic = f"{t}.alerts.v1"
    try:
        evil = alert(
            "t1",
            severity=Severity.CRITICAL,
            headline=f"Tariffs {INJECTION}",
            sources=[AlertSource(post_id="p", source=INJECTION, url=None, evidence=INJECTION)],
        )
        budget = alert("b1", type=EventType.BUDGET_CUT, magnitude=None)
        await publish(w, alerts_topic, evil, alert("t2"), alert("t3"), alert("t4"), budget)

        def delivered(s: FakeSlack) -> bool:
            return len([a for a in s.of("desk") if a.status == 200]) >= 4

        assert await slack.wait_for(delivered, 90), w.log.read_text()[-3000:]
        letters = await consume_until(
            kafka_bootstrap, [f"{t}.deliveries.deadletter.v1"], lambda v: len(v) >= 1, 60
        )
        fed = await consume_until(kafka_bootstrap, [feed], lambda v: len(v) >= 1, 60)
        metrics = await w.metrics()
    finally:
        w.stop()

    desk = slack.of("desk")
    ok = [a for a in desk if a.status == 200]
    ids = [re.search(r"\) (t\d)", a.body["text"]) for a in ok]
    # each alert exactly once, however many attempts it took
    assert sorted(m[1] for m in ids if m) == ["t2", "t3", "t4"]
    assert sum(1 for a in ok if "Tariffs" in a.body["text"]) == 1
    assert [a.status for a in desk].count(429) == 1 and [a.status for a in desk].count(500) == 1
    assert len(desk) == 6  # 4 alerts + a retry after the 429 + one after the 500
    gaps = [b.at - a.at for a, b in itertools.pairwise(desk)]
    assert all(g >= 0.9 for g in gaps), gaps  # at most 1 message/s to one webhook
    after_429 = desk[[a.status for a in desk].index(429) + 1].at - desk[0].at
    assert after_429 >= 1.9  # Retry-After: 2 was honoured

    # injection strings arrive escaped: no ping, no spoofed link
    flat = str([a.body for a in desk if "Tariffs" in a.body["text"]])
    for raw in ("<!channel>", "<!here>", "<@U024BE7LH>", "<http://evil.example|yourbank.com>"):
        assert raw not in flat
    assert "&lt;!channel&gt;" in flat and "&lt;@U024BE7LH&gt;" in flat

    # a permanent error is tried once and dead-lettered with its reason, never the URL
    assert len(slack.of("gone")) == 1
    [letter] = [DeliveryDeadLetter.model_validate_json(v) for v in letters]
    assert (letter.receiver, letter.reason, letter.status_code) == ("gone", "no_service", 404)
    assert letter.alert.alert_id == "b1" and letter.attempts == 1
    assert [Alert.model_validate_json(v).alert_id for v in fed] == ["t1"]  # critical → topic

    assert 'newsalerts_deliveries_total{outcome="sent",receiver="slack"} 4.0' in metrics
    assert 'newsalerts_deliveries_total{outcome="dead_lettered",receiver="slack"} 1.0' in metrics
    assert 'newsalerts_delivery_retries_total{cause="rate_limited",receiver="slack"} 1.0' in metrics
    assert 'newsalerts_delivery_retries_total{cause="server_error",receiver="slack"} 1.0' in metrics
    assert 'newsalerts_deliveries_total{outcome="sent",receiver="topic"} 1.0' in metrics
    # webhook URLs are secrets: not in metrics, logs or dead letters
    secret = hook_secret(slack)
    for text in (metrics, w.log.read_text(), letter.model_dump_json()):
        assert secret not in text


async def test_kill_mid_delivery_never_posts_a_version_twice(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    async with FakeSlack() as slack:
        await kill_mid_delivery_never_posts_a_version_twice(kafka_bootstrap, tmp_path, slack)


async def kill_mid_delivery_never_posts_a_version_twice(
    kafka_bootstrap: str, tmp_path: Path, slack: FakeSlack
) -> None:
    slack.script("desk", Reply(200, "ok", hold=60))  # the first POST hangs: kill meanwhile
    w, _ = await delivery_worker(kafka_bootstrap, tmp_path, slack)
    alerts_topic = f"{w.env['NEWSALERTS_TOPIC_PREFIX']}.alerts.v1"
    try:
        await publish(w, alerts_topic, alert("a1", 1))
        assert await slack.wait_for(lambda s: len(s.of("desk")) == 1, 60), w.log.read_text()
        w.kill()  # SIGKILL while the POST of a1 v1 is in flight
        await w.start()
        await publish(w, alerts_topic, alert("b1", 1))
        assert await slack.wait_for(lambda s: len(s.of("desk")) == 2, 60)
        metrics = await w.metrics()
        await publish(w, alerts_topic, alert("a1", 2))  # the next version goes out as usual
        assert await slack.wait_for(lambda s: len(s.of("desk")) == 3, 60)
    finally:
        w.stop()

    heads = [a.body["text"] for a in slack.of("desk")]
    assert all(h.endswith(x) for h, x in zip(heads, ("a1", "b1", "a1"), strict=True)), heads
    assert sum(h.endswith("a1") for h in heads) == 2  # v1 once (before the kill), v2 once
    v2 = slack.of("desk")[2].body
    assert "version 2" in str(v2["blocks"])
    # the restarted worker found v1 in flight without a result: counted, not re-posted
    assert 'newsalerts_deliveries_total{outcome="unknown",receiver="slack"} 1.0' in metrics
